//! Content-Transfer-Encoding: quoted-printable and base64 decoded to bytes,
//! each with the map of its bytes back to the encoded text. Decoding is
//! lenient, as mail readers are: a stray `=` or a character outside the
//! base64 alphabet is kept or skipped, never an error.

use super::map::OffsetMap;

/// The transfer encodings a part can declare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransferEncoding {
    /// `7bit`, `8bit`, `binary`, or none: the body is its own text.
    Identity,
    QuotedPrintable,
    Base64,
}

impl TransferEncoding {
    /// From a `Content-Transfer-Encoding` value; unknown values (`x-uuencode`)
    /// are read as they stand.
    pub fn from_header(value: &str) -> TransferEncoding {
        let value = value.trim();
        if value.eq_ignore_ascii_case("quoted-printable") {
            TransferEncoding::QuotedPrintable
        } else if value.eq_ignore_ascii_case("base64") {
            TransferEncoding::Base64
        } else {
            TransferEncoding::Identity
        }
    }
}

fn hex(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        _ => None,
    }
}

/// Decodes quoted-printable `src`, which starts at `base` in its layer.
/// `=XX` is a byte, `=` before a line break (after optional blanks) is a
/// soft break that joins two lines; anything else is copied.
pub(crate) fn decode_quoted_printable(src: &str, base: usize) -> (Vec<u8>, OffsetMap) {
    let bytes = src.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut map = OffsetMap::default();
    let mut at = 0;
    // Copied runs go to the map at once: a piece per run, not per byte.
    let mut run_start = 0;
    let flush = |out: &Vec<u8>, map: &mut OffsetMap, run_start: usize, at: usize| {
        if at > run_start {
            let len = at - run_start;
            map.push(out.len() - len..out.len(), base + run_start..base + at);
        }
    };
    while let Some(found) = memchr::memchr(b'=', &bytes[at..]) {
        let equals = at + found;
        out.extend_from_slice(&bytes[at..equals]);
        at = equals;
        if let (Some(high), Some(low)) = (
            bytes.get(at + 1).copied().and_then(hex),
            bytes.get(at + 2).copied().and_then(hex),
        ) {
            flush(&out, &mut map, run_start, at);
            out.push(high << 4 | low);
            map.push(out.len() - 1..out.len(), base + at..base + at + 3);
            at += 3;
            run_start = at;
            continue;
        }
        let mut after = at + 1;
        while matches!(bytes.get(after), Some(b' ' | b'\t')) {
            after += 1;
        }
        let line_break = match (bytes.get(after), bytes.get(after + 1)) {
            (Some(b'\r'), Some(b'\n')) => 2,
            (Some(b'\n' | b'\r'), _) => 1,
            (None, _) => 0,
            _ => usize::MAX,
        };
        if line_break == usize::MAX {
            // A stray `=`: kept as written.
            out.push(b'=');
            at += 1;
            continue;
        }
        flush(&out, &mut map, run_start, at);
        at = after + line_break;
        run_start = at;
    }
    out.extend_from_slice(&bytes[at..]);
    flush(&out, &mut map, run_start, bytes.len());
    (out, map)
}

fn base64_value(byte: u8) -> Option<u8> {
    match byte {
        b'A'..=b'Z' => Some(byte - b'A'),
        b'a'..=b'z' => Some(byte - b'a' + 26),
        b'0'..=b'9' => Some(byte - b'0' + 52),
        b'+' | b'-' => Some(62),
        b'/' | b'_' => Some(63),
        _ => None,
    }
}

/// Decodes base64 `src`, which starts at `base` in its layer: one map piece
/// per line, so a decoded byte maps back to the line it came from. Blanks,
/// line breaks and characters outside the alphabet are skipped; decoding
/// stops at padding.
pub(crate) fn decode_base64(src: &str, base: usize) -> (Vec<u8>, OffsetMap) {
    let bytes = src.as_bytes();
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3 + 3);
    let mut map = OffsetMap::default();
    let mut quad: u32 = 0;
    let mut filled = 0;
    let mut line_start = 0;
    let mut out_at_line_start = 0;
    let mut done = false;
    for (at, &byte) in bytes.iter().enumerate() {
        if byte == b'\n' {
            map.push(out_at_line_start..out.len(), base + line_start..base + at);
            line_start = at + 1;
            out_at_line_start = out.len();
            continue;
        }
        if done {
            continue;
        }
        if byte == b'=' {
            // Padding: what is left of the quantum is complete.
            match filled {
                2 => out.push((quad >> 4) as u8),
                3 => out.extend_from_slice(&[(quad >> 10) as u8, (quad >> 2) as u8]),
                _ => {}
            }
            filled = 0;
            quad = 0;
            done = true;
            continue;
        }
        let Some(value) = base64_value(byte) else {
            continue;
        };
        quad = quad << 6 | u32::from(value);
        filled += 1;
        if filled == 4 {
            out.extend_from_slice(&[(quad >> 16) as u8, (quad >> 8) as u8, quad as u8]);
            quad = 0;
            filled = 0;
        }
    }
    match filled {
        2 => out.push((quad >> 4) as u8),
        3 => out.extend_from_slice(&[(quad >> 10) as u8, (quad >> 2) as u8]),
        _ => {}
    }
    map.push(
        out_at_line_start..out.len(),
        base + line_start..base + bytes.len(),
    );
    (out, map)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn qp(src: &str) -> String {
        String::from_utf8_lossy(&decode_quoted_printable(src, 0).0).into_owned()
    }

    #[test]
    fn quoted_printable() {
        assert_eq!(qp("a=3Db"), "a=b");
        assert_eq!(
            qp("Diagnostic-Code: smtp; 550 5.1.1=\n <a@b>"),
            "Diagnostic-Code: smtp; 550 5.1.1 <a@b>"
        );
        assert_eq!(qp("55=\r\n0 5.1.=  \n1 x"), "550 5.1.1 x");
        assert_eq!(qp("=E3=81=AB"), "に");
        assert_eq!(qp("a = b =zz c="), "a = b =zz c");
        assert_eq!(qp("lower =e3=81=ab"), "lower に");
        assert_eq!(qp("line\r\nnext\n"), "line\r\nnext\n");
    }

    #[test]
    fn quoted_printable_maps_both_halves_of_a_split_code() {
        let src = "said: 55=\n0 5.1.1";
        let (out, map) = decode_quoted_printable(src, 100);
        assert_eq!(out, b"said: 550 5.1.1");
        assert_eq!(map.to_source(6), 106);
        assert_eq!(map.to_source(8), 110);
        assert_eq!(map.to_source_end(9), 111);
        assert_eq!(map.to_decoded(110), 8);
        assert_eq!(&src[map.to_source(10) - 100..], "5.1.1");
    }

    #[test]
    fn base64() {
        let (out, map) = decode_base64("NTUwIDUu\nMS4xIFVz\r\nZXI=\n", 10);
        assert_eq!(out, b"550 5.1.1 User");
        // "1.1" came from the second line (source 19..27).
        assert_eq!(map.to_source(6), 19);
        assert_eq!(map.to_decoded(23), 8);
        let (out, _) = decode_base64("NTUw\n ID\tUu !", 0);
        assert_eq!(out, b"550 5.");
        assert_eq!(decode_base64("", 0).0, b"");
        assert_eq!(decode_base64("QQ", 0).0, b"A");
    }
}
