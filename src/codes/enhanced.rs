//! Enhanced status codes (RFC 3463): `class.subject.detail`.
//!
//! `class` is 2, 4 or 5; `subject` and `detail` are 1 to 3 digits without
//! leading zeros; no white space inside. [`parse`] is that strict reading.
//! What is known of a code is in `lookup`.

use super::{Class, Lang};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EnhancedCode {
    pub class: u8,
    pub subject: u16,
    pub detail: u16,
}

impl EnhancedCode {
    pub const fn new(class: u8, subject: u16, detail: u16) -> EnhancedCode {
        EnhancedCode {
            class,
            subject,
            detail,
        }
    }

    pub fn class(self) -> Class {
        Class::from_digit(self.class).unwrap_or(Class::Permanent)
    }
}

impl fmt::Display for EnhancedCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.class, self.subject, self.detail)
    }
}

/// Why a token that looks like an enhanced code is not one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Malformed {
    /// The first number is not 2, 4 or 5.
    BadClass,
    /// Fewer than three dot-separated numbers (`5.1`).
    MissingPart,
    /// More than three dot-separated numbers (`5.1.1.1`).
    ExtraPart,
    /// Two dots in a row, or a dot at an end (`5..1`, `5.1.`).
    EmptyPart,
    /// A subject or detail longer than 3 digits (`5.1.1000`).
    TooLong,
    /// A character other than a digit (`5.a.1`).
    NotADigit,
    /// A number written with a leading zero (`5.01.1`).
    LeadingZero,
    /// White space inside the code (`5. 1.1`).
    Whitespace,
}

impl Malformed {
    pub fn message(self, lang: Lang) -> &'static str {
        use crate::messages::codes as m;
        match self {
            Malformed::BadClass => m::MalformedBadClass.get(lang),
            Malformed::MissingPart => m::MalformedMissingPart.get(lang),
            Malformed::ExtraPart => m::MalformedExtraPart.get(lang),
            Malformed::EmptyPart => m::MalformedEmptyPart.get(lang),
            Malformed::TooLong => m::MalformedTooLong.get(lang),
            Malformed::NotADigit => m::MalformedNotADigit.get(lang),
            Malformed::LeadingZero => m::MalformedLeadingZero.get(lang),
            Malformed::Whitespace => m::MalformedWhitespace.get(lang),
        }
    }

    /// A stable short name, for machine output.
    pub fn id(self) -> &'static str {
        match self {
            Malformed::BadClass => "bad-class",
            Malformed::MissingPart => "missing-part",
            Malformed::ExtraPart => "extra-part",
            Malformed::EmptyPart => "empty-part",
            Malformed::TooLong => "too-long",
            Malformed::NotADigit => "not-a-digit",
            Malformed::LeadingZero => "leading-zero",
            Malformed::Whitespace => "whitespace",
        }
    }
}

/// Reads `text` as an enhanced status code, strictly (RFC 3463).
pub fn parse(text: &str) -> Result<EnhancedCode, Malformed> {
    parse_plain(text.as_bytes()).map_or_else(|| parse_judged(text), Ok)
}

/// [`parse`] in full: says what is wrong with a malformed code.
fn parse_judged(text: &str) -> Result<EnhancedCode, Malformed> {
    if text.chars().any(char::is_whitespace) {
        return Err(Malformed::Whitespace);
    }
    let parts: Vec<&str> = text.split('.').collect();
    if parts.iter().any(|part| part.is_empty()) {
        return Err(if parts.len() < 3 && text.contains("..") {
            Malformed::EmptyPart
        } else if parts.len() < 3 && !text.contains('.') {
            Malformed::MissingPart
        } else {
            Malformed::EmptyPart
        });
    }
    if parts
        .iter()
        .any(|part| !part.bytes().all(|b| b.is_ascii_digit()))
    {
        return Err(Malformed::NotADigit);
    }
    match parts.len() {
        0..=2 => return Err(Malformed::MissingPart),
        3 => {}
        _ => return Err(Malformed::ExtraPart),
    }
    let class_part = parts[0];
    if class_part.len() > 1 && class_part.starts_with('0') {
        return Err(Malformed::LeadingZero);
    }
    if class_part.len() != 1 || !matches!(class_part, "2" | "4" | "5") {
        return Err(Malformed::BadClass);
    }
    for part in &parts[1..] {
        if part.len() > 3 {
            return Err(Malformed::TooLong);
        }
        if part.len() > 1 && part.starts_with('0') {
            return Err(Malformed::LeadingZero);
        }
    }
    Ok(EnhancedCode {
        class: class_part.as_bytes()[0] - b'0',
        subject: parts[1].parse().map_err(|_| Malformed::NotADigit)?,
        detail: parts[2].parse().map_err(|_| Malformed::NotADigit)?,
    })
}

/// The well-formed shape, `2|4|5 . 1-3 digits . 1-3 digits` without
/// leading zeros, read without allocating: nearly every code in a log.
/// `None` for anything else, which [`parse`] then judges in full.
fn parse_plain(bytes: &[u8]) -> Option<EnhancedCode> {
    let [class @ (b'2' | b'4' | b'5'), b'.', rest @ ..] = bytes else {
        return None;
    };
    let dot = rest.iter().position(|&b| b == b'.')?;
    let number = |part: &[u8]| {
        let plain = (1..=3).contains(&part.len())
            && part.iter().all(u8::is_ascii_digit)
            && (part.len() == 1 || part[0] != b'0');
        plain.then(|| {
            part.iter()
                .fold(0, |value, &digit| value * 10 + u16::from(digit - b'0'))
        })
    };
    Some(EnhancedCode {
        class: class - b'0',
        subject: number(&rest[..dot])?,
        detail: number(&rest[dot + 1..])?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_path_agrees_with_the_full_judgement() {
        // Every string of up to 7 of these characters.
        let alphabet = ['0', '1', '2', '5', '9', '.', 'a'];
        let mut quick = 0;
        let mut strings = vec![String::new()];
        for _ in 0..7 {
            strings = strings
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            for text in &strings {
                if let Some(code) = parse_plain(text.as_bytes()) {
                    quick += 1;
                    assert_eq!(parse_judged(text), Ok(code), "{text}");
                }
            }
        }
        // 2.1.1 to 5.99.999 and the like: the quick path is taken.
        assert!(quick > 1000, "{quick}");
        assert_eq!(parse("5.7.26"), Ok(EnhancedCode::new(5, 7, 26)));
        assert_eq!(parse("5.07.1"), Err(Malformed::LeadingZero));
    }
}
