//! Charsets: a part's bytes to text, with the map of the text back to the
//! bytes. Every label `encoding_rs` knows (the WHATWG set: UTF-8,
//! ISO-8859-x, windows-125x, ISO-2022-JP, Shift_JIS, EUC-JP, GB18030,
//! Big5, EUC-KR, KOI8-R, ...) plus UTF-7, which some mail servers still
//! write. An unknown label (`uft-8`) is read as UTF-8; bytes that do not
//! decode become U+FFFD, never an error.

use super::map::OffsetMap;
use encoding_rs::{CoderResult, Encoding, ISO_2022_JP, UTF_8};

/// How a part's bytes become text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charset {
    Encoding(&'static Encoding),
    Utf7,
}

impl Charset {
    /// From a `charset` parameter; none or an unknown label is UTF-8 (a
    /// superset of the US-ASCII that mail defaults to).
    pub fn from_label(label: Option<&str>) -> Charset {
        let Some(label) = label.map(str::trim) else {
            return Charset::Encoding(UTF_8);
        };
        let lower = label.to_ascii_lowercase();
        if matches!(
            lower.as_str(),
            "utf-7" | "unicode-1-1-utf-7" | "x-unicode-2-0-utf-7"
        ) {
            return Charset::Utf7;
        }
        Charset::Encoding(Encoding::for_label(label.as_bytes()).unwrap_or(UTF_8))
    }

    /// The charset's name, for display.
    pub fn name(self) -> &'static str {
        match self {
            Charset::Encoding(encoding) => encoding.name(),
            Charset::Utf7 => "UTF-7",
        }
    }

    /// True for the charsets whose text is written in ASCII bytes that
    /// stand for other characters (ISO-2022-JP's escapes, UTF-7's `+...-`):
    /// such a body is decoded even when it is not transfer-encoded.
    pub fn is_seven_bit_escape(self) -> bool {
        match self {
            Charset::Utf7 => true,
            Charset::Encoding(encoding) => !encoding.is_ascii_compatible() && encoding != UTF_8,
        }
    }

    /// True when `bytes` decode to themselves: ASCII with no escape, or
    /// valid UTF-8 in UTF-8.
    fn is_identity(self, bytes: &[u8]) -> bool {
        match self {
            Charset::Utf7 => bytes.is_ascii() && !bytes.contains(&b'+'),
            Charset::Encoding(encoding) if encoding == UTF_8 => std::str::from_utf8(bytes).is_ok(),
            Charset::Encoding(encoding) if encoding == ISO_2022_JP => {
                bytes.is_ascii() && !bytes.contains(&0x1b)
            }
            Charset::Encoding(encoding) => encoding.is_ascii_compatible() && bytes.is_ascii(),
        }
    }
}

/// Decodes `bytes` to text; the map takes text offsets to byte offsets.
/// The bytes are fed to the decoder in runs (ASCII, other bytes, escape
/// sequences; lines for UTF-7), each a piece of the map, so ASCII text maps
/// back exactly even on a line with accented or Japanese characters; the
/// decoder's state (ISO-2022-JP's current set) carries from run to run.
pub(crate) fn decode(bytes: &[u8], charset: Charset) -> (String, OffsetMap) {
    if charset.is_identity(bytes) {
        let text = String::from_utf8(bytes.to_vec()).unwrap_or_default();
        let map = OffsetMap::identity(0, text.len());
        return (text, map);
    }
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 2);
    let mut map = OffsetMap::default();
    let mut decoder = match charset {
        Charset::Encoding(encoding) => Some(encoding.new_decoder_without_bom_handling()),
        Charset::Utf7 => None,
    };
    let mut start = 0;
    while start < bytes.len() {
        let before = text.len();
        let end = match decoder.as_mut() {
            Some(decoder) => {
                let end = run_end(bytes, start);
                let chunk = &bytes[start..end];
                let last = end == bytes.len();
                let needed = decoder
                    .max_utf8_buffer_length(chunk.len())
                    .unwrap_or(chunk.len() * 3 + 16);
                text.reserve(needed);
                let mut read = 0;
                loop {
                    let (result, consumed, _) =
                        decoder.decode_to_string(&chunk[read..], &mut text, last);
                    read += consumed;
                    match result {
                        CoderResult::InputEmpty => break,
                        CoderResult::OutputFull => text.reserve(needed.max(16)),
                    }
                }
                end
            }
            None => {
                let end =
                    memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i + 1);
                decode_utf7(&bytes[start..end], &mut text);
                end
            }
        };
        map.push(before..text.len(), start..end);
        start = end;
    }
    (text, map)
}

/// The end of the run starting at `start`: an escape sequence (ESC,
/// intermediate bytes, a final byte), ASCII up to the next escape or
/// non-ASCII byte, or non-ASCII bytes up to the next ASCII one.
fn run_end(bytes: &[u8], start: usize) -> usize {
    const ESC: u8 = 0x1b;
    let rest = &bytes[start..];
    let len = if rest[0] == ESC {
        let intermediates = rest[1..]
            .iter()
            .take_while(|b| (0x20..0x30).contains(*b))
            .count();
        (1 + intermediates + 1).min(rest.len())
    } else if rest[0].is_ascii() {
        rest.iter()
            .position(|&b| b == ESC || !b.is_ascii())
            .unwrap_or(rest.len())
    } else {
        rest.iter().position(u8::is_ascii).unwrap_or(rest.len())
    };
    start + len
}

fn utf7_value(byte: u8) -> Option<u32> {
    match byte {
        b'A'..=b'Z' => Some(u32::from(byte - b'A')),
        b'a'..=b'z' => Some(u32::from(byte - b'a') + 26),
        b'0'..=b'9' => Some(u32::from(byte - b'0') + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

/// RFC 2152: `+` opens modified base64 of UTF-16 (`+-` is a plus sign),
/// closed by `-` (dropped) or any character outside the alphabet.
fn decode_utf7(chunk: &[u8], out: &mut String) {
    let mut at = 0;
    while at < chunk.len() {
        let byte = chunk[at];
        if byte != b'+' {
            out.push(if byte.is_ascii() {
                char::from(byte)
            } else {
                '\u{FFFD}'
            });
            at += 1;
            continue;
        }
        at += 1;
        if chunk.get(at) == Some(&b'-') {
            out.push('+');
            at += 1;
            continue;
        }
        let mut units: Vec<u16> = Vec::new();
        let mut bits: u32 = 0;
        let mut count = 0;
        while let Some(value) = chunk.get(at).copied().and_then(utf7_value) {
            bits = bits << 6 | value;
            count += 6;
            if count >= 16 {
                count -= 16;
                units.push((bits >> count) as u16);
                bits &= (1 << count) - 1;
            }
            at += 1;
        }
        if chunk.get(at) == Some(&b'-') {
            at += 1;
        }
        out.extend(char::decode_utf16(units).map(|c| c.unwrap_or('\u{FFFD}')));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(bytes: &[u8], label: &str) -> String {
        decode(bytes, Charset::from_label(Some(label))).0
    }

    #[test]
    fn charsets() {
        assert_eq!(text(b"caf\xe9 550", "iso-8859-1"), "café 550");
        assert_eq!(
            text(b"\x1b$B$3$s$K$A$O\x1b(B 550", "ISO-2022-JP"),
            "こんにちは 550"
        );
        assert_eq!(text(b"\x82\xb1\x82\xf1 550", "shift_jis"), "こん 550");
        assert_eq!(text(b"\xa4\xb3\xa4\xf3 550", "euc-jp"), "こん 550");
        assert_eq!(text(b"\xcf\xf0\xe8 550", "windows-1251"), "При 550");
        assert_eq!(text("ok ✓".as_bytes(), "uft-8"), "ok ✓");
        assert_eq!(text(b"bad \xff", "utf-8"), "bad \u{FFFD}");
        assert_eq!(
            text(b"Hi Mom -+Jjo--! 1+-1", "unicode-1-1-utf-7"),
            "Hi Mom -☺-! 1+1"
        );
        assert_eq!(text(b"+ZeVnLIqe-", "utf-7"), "日本語");
    }

    #[test]
    fn seven_bit_escapes_are_decoded_even_unencoded() {
        assert!(Charset::from_label(Some("iso-2022-jp")).is_seven_bit_escape());
        assert!(Charset::from_label(Some("UTF-7")).is_seven_bit_escape());
        assert!(!Charset::from_label(Some("iso-8859-1")).is_seven_bit_escape());
        assert!(!Charset::from_label(None).is_seven_bit_escape());
    }

    #[test]
    fn ascii_maps_back_exactly_beside_other_characters() {
        let bytes = b"caf\xe9 550 \x1b$B$3\x1b(B 5.1.1";
        let (text, map) = decode(b"caf\xe9 550", Charset::from_label(Some("iso-8859-1")));
        assert_eq!(map.to_source(text.find("550").unwrap()), 5);
        let (text, map) = decode(bytes, Charset::from_label(Some("iso-2022-jp")));
        assert_eq!(text, "caf\u{FFFD} 550 こ 5.1.1");
        assert_eq!(map.to_source(text.find("5.1.1").unwrap()), bytes.len() - 5);
    }

    #[test]
    fn the_state_carries_across_lines_and_offsets_map_to_their_line() {
        let bytes = b"\x1b$B$3\x1b(B\n\x1b$B$s\x1b(B 550\n";
        let (text, map) = decode(bytes, Charset::from_label(Some("iso-2022-jp")));
        assert_eq!(text, "こ\nん 550\n");
        let at = text.find("550").unwrap();
        let source = map.to_source(at);
        assert!((6..bytes.len()).contains(&source), "{source}");
    }
}
