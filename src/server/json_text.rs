//! Decodes a `didOpen`'s JSON string literal in the frame that carries it:
//! escapes only ever shrink the text, so the decoded bytes are written over
//! the frame from its start and the frame becomes the text. A 100 MB
//! document costs no second buffer: no fresh pages to fault in, no second
//! copy alive at once. Runs without escapes are moved whole (found with
//! memchr). The literal was located by serde, which has checked its syntax.

use std::ops::Range;

/// Turns `body` into the text of the JSON string literal at `literal`
/// (quotes included).
pub fn decode_in_place(mut body: Vec<u8>, literal: Range<usize>) -> Result<String, &'static str> {
    let quoted = body
        .get(literal.clone())
        .is_some_and(|raw| raw.len() >= 2 && raw[0] == b'"' && raw[raw.len() - 1] == b'"');
    if !quoted {
        return Err("not a JSON string");
    }
    let end = literal.end - 1;
    let mut read = literal.start + 1;
    let mut write = 0;
    while let Some(relative) = memchr::memchr(b'\\', &body[read..end]) {
        let escape = read + relative;
        body.copy_within(read..escape, write);
        write += escape - read;
        if escape + 1 >= end {
            return Err("dangling backslash");
        }
        read = escape + 2;
        let simple = match body[escape + 1] {
            b'n' => b'\n',
            b'"' => b'"',
            b'\\' => b'\\',
            b'/' => b'/',
            b'r' => b'\r',
            b't' => b'\t',
            b'b' => 0x08,
            b'f' => 0x0c,
            b'u' => {
                let (code, used) = unicode_escape(&body[read..end])?;
                read += used;
                let mut utf8 = [0; 4];
                let encoded = code.encode_utf8(&mut utf8).as_bytes();
                // Never more bytes than the escape they replace (6 or 12).
                body[write..write + encoded.len()].copy_from_slice(encoded);
                write += encoded.len();
                continue;
            }
            _ => return Err("unknown escape"),
        };
        body[write] = simple;
        write += 1;
    }
    body.copy_within(read..end, write);
    write += end - read;
    body.truncate(write);
    String::from_utf8(body).map_err(|_| "text is not UTF-8")
}

/// The texts of the JSON string literals at `literals` in `body`, in order:
/// the longest is decoded in place over the body, the others from copies
/// of their literals (the few characters of an edit).
pub fn decode_all_in_place(
    body: Vec<u8>,
    literals: &[Range<usize>],
) -> Result<Vec<String>, &'static str> {
    let longest = (0..literals.len()).max_by_key(|&index| literals[index].len());
    let mut texts = Vec::with_capacity(literals.len());
    for (index, literal) in literals.iter().enumerate() {
        if Some(index) != longest {
            let copy = body
                .get(literal.clone())
                .ok_or("not a JSON string")?
                .to_vec();
            let len = copy.len();
            texts.push(decode_in_place(copy, 0..len)?);
        } else {
            texts.push(String::new());
        }
    }
    if let Some(index) = longest {
        texts[index] = decode_in_place(body, literals[index].clone())?;
    }
    Ok(texts)
}

/// After `\u`: the character and how many bytes it took (4, or 10 for a
/// surrogate pair). A lone surrogate becomes U+FFFD, as serde does.
fn unicode_escape(rest: &[u8]) -> Result<(char, usize), &'static str> {
    let first = hex4(rest)?;
    if (0xD800..0xDC00).contains(&first) && rest.get(4..6) == Some(b"\\u") {
        let second = hex4(&rest[6..])?;
        if (0xDC00..0xE000).contains(&second) {
            let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
            return Ok((char::from_u32(code).unwrap_or('\u{FFFD}'), 10));
        }
    }
    Ok((char::from_u32(first).unwrap_or('\u{FFFD}'), 4))
}

fn hex4(bytes: &[u8]) -> Result<u32, &'static str> {
    let digits = bytes.get(..4).ok_or("short \\u escape")?;
    digits.iter().try_fold(0, |value, &digit| {
        let nibble = (digit as char).to_digit(16).ok_or("bad \\u escape")?;
        Ok(value << 4 | nibble)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Decodes `literal` framed by other JSON, as in a real body.
    fn decode(literal: &str) -> Result<String, &'static str> {
        let body = format!(r#"{{"text":{literal},"after":1}}"#).into_bytes();
        let start = r#"{"text":"#.len();
        decode_in_place(body, start..start + literal.len())
    }

    #[test]
    fn agrees_with_serde() {
        let samples = [
            "",
            "plain",
            "line\nbreak\r\n\ttab",
            "quote \" and \\ backslash /",
            "é😀\u{2028}\u{0}\u{1f}",
            "\u{8}\u{c}",
            "lone surrogate stays",
            "550 5.1.1 <a@b>",
            "\\\\\\\"\n\n",
        ];
        for sample in samples {
            let literal = serde_json::to_string(sample).unwrap();
            assert_eq!(decode(&literal).unwrap(), sample, "{literal}");
        }
        assert_eq!(decode(r#""\ud83d\ude00 \u00e9 \/""#).unwrap(), "😀 é /");
        assert_eq!(decode(r#""\u00E9\u20ac""#).unwrap(), "é€");
        assert_eq!(decode(r#""\ud83d x""#).unwrap(), "\u{FFFD} x");
        assert_eq!(decode(r#""\ud83d\u0041""#).unwrap(), "\u{FFFD}A");
    }

    #[test]
    fn every_text_of_a_change_is_decoded_in_its_order() {
        let body = br#"{"changes":[{"text":"a\nb"},{"text":"the \"longest\" one"},{"text":""}]}"#;
        let find = |literal: &str| {
            let start = body
                .windows(literal.len())
                .position(|w| w == literal.as_bytes())
                .unwrap();
            start..start + literal.len()
        };
        let literals = [
            find(r#""a\nb""#),
            find(r#""the \"longest\" one""#),
            find(r#""""#),
        ];
        assert_eq!(
            decode_all_in_place(body.to_vec(), &literals).unwrap(),
            ["a\nb", "the \"longest\" one", ""]
        );
        assert!(decode_all_in_place(body.to_vec(), &[]).unwrap().is_empty());
        assert_eq!(
            decode_all_in_place(body.to_vec(), &[0..1, 2..500]),
            Err("not a JSON string")
        );
    }

    #[test]
    fn refuses_what_is_not_a_string_literal() {
        assert_eq!(decode("nope"), Err("not a JSON string"));
        assert_eq!(decode(r#""\q""#), Err("unknown escape"));
        assert_eq!(decode(r#""\u12""#), Err("short \\u escape"));
        assert_eq!(decode(r#""\u12g4""#), Err("bad \\u escape"));
        assert_eq!(
            decode_in_place(b"\"a\\\"".to_vec(), 0..4),
            Err("dangling backslash")
        );
        assert_eq!(
            decode_in_place(b"\"\xff\"".to_vec(), 0..3),
            Err("text is not UTF-8")
        );
        assert_eq!(
            decode_in_place(b"\"ab\"".to_vec(), 0..9),
            Err("not a JSON string")
        );
    }
}
