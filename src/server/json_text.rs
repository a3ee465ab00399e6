//! Decodes a JSON string literal quickly: runs without escapes are copied
//! whole (found with memchr), so a 100 MB document text costs one copy.
//! The literal comes from serde's `RawValue`, which has already checked it.

/// `raw` is a JSON string literal, quotes included.
pub fn decode(raw: &str) -> Result<String, &'static str> {
    let inner = raw
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
        .ok_or("not a JSON string")?;
    let bytes = inner.as_bytes();
    let mut out = String::with_capacity(inner.len());
    let mut at = 0;
    while let Some(relative) = memchr::memchr(b'\\', &bytes[at..]) {
        let escape = at + relative;
        out.push_str(&inner[at..escape]);
        let kind = *bytes.get(escape + 1).ok_or("dangling backslash")?;
        at = escape + 2;
        match kind {
            b'"' => out.push('"'),
            b'\\' => out.push('\\'),
            b'/' => out.push('/'),
            b'b' => out.push('\u{8}'),
            b'f' => out.push('\u{c}'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'u' => {
                let first = hex4(inner, at)?;
                at += 4;
                let code = if (0xD800..0xDC00).contains(&first) && inner[at..].starts_with("\\u") {
                    let second = hex4(inner, at + 2)?;
                    if (0xDC00..0xE000).contains(&second) {
                        at += 6;
                        0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                    } else {
                        first
                    }
                } else {
                    first
                };
                out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
            }
            _ => return Err("unknown escape"),
        }
    }
    out.push_str(&inner[at..]);
    Ok(out)
}

fn hex4(text: &str, at: usize) -> Result<u32, &'static str> {
    let digits = text.get(at..at + 4).ok_or("short \\u escape")?;
    u32::from_str_radix(digits, 16).map_err(|_| "bad \\u escape")
}

#[cfg(test)]
mod tests {
    use super::*;

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
        ];
        for sample in samples {
            let literal = serde_json::to_string(sample).unwrap();
            assert_eq!(decode(&literal).unwrap(), sample, "{literal}");
        }
        assert_eq!(decode(r#""\ud83d\ude00 \u00e9 \/""#).unwrap(), "😀 é /");
        assert_eq!(decode(r#""\ud83d x""#).unwrap(), "\u{FFFD} x");
        assert!(decode("nope").is_err());
        assert!(decode(r#""\q""#).is_err());
    }
}
