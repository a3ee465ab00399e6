//! Enhanced status codes (RFC 3463): `class.subject.detail`.
//!
//! `class` is 2, 4 or 5; `subject` and `detail` are 1 to 3 digits without
//! leading zeros; no white space inside. [`parse`] is that strict reading;
//! [`verdict`] says whether a well-formed code is registered, a known vendor
//! code, or unknown, and proposes the nearest registered codes.

use super::registry::{self, RegistryDetail};
use super::vendor::{self, VendorCode};
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

    pub fn registry(self) -> Option<&'static RegistryDetail> {
        registry::detail(self.subject, self.detail)
    }

    pub fn vendor(self) -> Option<&'static VendorCode> {
        vendor::lookup(self)
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

/// What we know of a well-formed code.
#[derive(Debug, Clone, Copy)]
pub enum EnhancedVerdict {
    /// In the IANA registry.
    Registered(&'static RegistryDetail),
    /// Not registered, but a vendor's documented code.
    Vendor(&'static VendorCode),
    /// Well formed, but neither registered nor known.
    Unknown,
}

pub fn verdict(code: EnhancedCode) -> EnhancedVerdict {
    if let Some(row) = code.registry() {
        EnhancedVerdict::Registered(row)
    } else if let Some(vendor) = code.vendor() {
        EnhancedVerdict::Vendor(vendor)
    } else {
        EnhancedVerdict::Unknown
    }
}

/// Every registered code under the classes given, in registry order.
pub fn registered(classes: &[u8]) -> impl Iterator<Item = EnhancedCode> + '_ {
    classes.iter().flat_map(|&class| {
        registry::DETAILS
            .iter()
            .map(move |row| EnhancedCode::new(class, row.subject, row.detail))
    })
}

/// The registered codes closest to `text` as typed (at most `count`):
/// smallest edit distance first, then same class and subject, then the
/// nearest detail number.
pub fn nearest(text: &str, count: usize) -> Vec<EnhancedCode> {
    // A log repeats the same bad code thousands of times: remember the
    // answers (bounded), so 100,000 bad codes cost one search each kind.
    thread_local! {
        static CACHE: std::cell::RefCell<std::collections::HashMap<(String, usize), Vec<EnhancedCode>>> =
            std::cell::RefCell::new(std::collections::HashMap::new());
    }
    let key = (text.to_string(), count);
    if let Some(hit) = CACHE.with(|cache| cache.borrow().get(&key).cloned()) {
        return hit;
    }
    let answer = nearest_uncached(text, count);
    CACHE.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() >= 4096 {
            cache.clear();
        }
        cache.insert(key, answer.clone());
    });
    answer
}

fn nearest_uncached(text: &str, count: usize) -> Vec<EnhancedCode> {
    let text = text.trim();
    let typed_class = text
        .bytes()
        .next()
        .filter(|b| matches!(b, b'2' | b'4' | b'5'));
    let classes: &[u8] = match typed_class {
        Some(b'2') => &[2, 5, 4],
        Some(b'4') => &[4, 5, 2],
        _ => &[5, 4, 2],
    };
    let typed_numbers: Vec<u32> = text
        .split('.')
        .map(|part| part.trim_start_matches('0').parse().unwrap_or(0))
        .collect();
    let mut scored: Vec<(usize, u32, EnhancedCode)> = registered(classes)
        .map(|code| {
            let rendered = code.to_string();
            let distance = edit_distance(text, &rendered);
            let same_class = typed_numbers.first() == Some(&u32::from(code.class));
            let same_subject = typed_numbers.get(1) == Some(&u32::from(code.subject));
            let detail_gap = typed_numbers
                .get(2)
                .map_or(999, |&typed| typed.abs_diff(u32::from(code.detail)));
            let tie = u32::from(!same_class) * 100_000
                + u32::from(!same_subject) * 10_000
                + detail_gap.min(9_999);
            (distance, tie, code)
        })
        .collect();
    scored.sort_by_key(|(distance, tie, _)| (*distance, *tie));
    scored
        .into_iter()
        .take(count)
        .map(|(_, _, code)| code)
        .collect()
}

/// Levenshtein distance over bytes (codes are ASCII; other bytes count as one each).
pub fn edit_distance(a: &str, b: &str) -> usize {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, &ca) in a.iter().enumerate() {
        current[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verdict_of(text: &str) -> String {
        match parse(text) {
            Err(reason) => format!("malformed: {}", reason.id()),
            Ok(code) => match verdict(code) {
                EnhancedVerdict::Registered(row) => format!("registered: {}", row.title),
                EnhancedVerdict::Vendor(v) => format!("vendor: {}", v.vendor.name()),
                EnhancedVerdict::Unknown => "unknown".to_string(),
            },
        }
    }

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

    #[test]
    fn malformed_inputs_get_the_right_reason() {
        let cases = [
            ("6.1.1", "malformed: bad-class"),
            ("3.1.1", "malformed: bad-class"),
            ("55.1.1", "malformed: bad-class"),
            ("5..1", "malformed: empty-part"),
            ("5.1.", "malformed: empty-part"),
            (".1.1", "malformed: empty-part"),
            ("5.1.1000", "malformed: too-long"),
            ("5.1000.1", "malformed: too-long"),
            ("5.1", "malformed: missing-part"),
            ("55", "malformed: missing-part"),
            ("5", "malformed: missing-part"),
            ("5.a.1", "malformed: not-a-digit"),
            ("5.1.1.1", "malformed: extra-part"),
            ("5.01.1", "malformed: leading-zero"),
            ("5.1.01", "malformed: leading-zero"),
            ("5.1.001", "malformed: leading-zero"),
            ("5. 1.1", "malformed: whitespace"),
            (" 5.1.1", "malformed: whitespace"),
            ("5.1.1\t", "malformed: whitespace"),
            ("", "malformed: missing-part"),
            ("٥.1.1", "malformed: not-a-digit"),
        ];
        for (input, expected) in cases {
            assert_eq!(verdict_of(input), expected, "input {input:?}");
        }
    }

    #[test]
    fn well_formed_codes() {
        assert_eq!(
            verdict_of("5.1.1"),
            "registered: Bad destination mailbox address"
        );
        assert_eq!(
            verdict_of("4.7.26"),
            "registered: Multiple authentication checks failed"
        );
        assert_eq!(verdict_of("2.0.0"), "registered: Other undefined Status");
        assert_eq!(verdict_of("5.0.0"), "registered: Other undefined Status");
        assert_eq!(verdict_of("5.1.0"), "registered: Other address status");
        assert_eq!(verdict_of("5.7.31"), "unknown");
        assert_eq!(verdict_of("5.9.1"), "unknown");
        assert_eq!(verdict_of("5.999.999"), "unknown");
        assert_eq!(
            verdict_of("5.7.0"),
            "registered: Other or undefined security status"
        );
    }

    #[test]
    fn nearest_codes_repair_the_typo() {
        let show = |text: &str| -> Vec<String> {
            nearest(text, 3).iter().map(|c| c.to_string()).collect()
        };
        assert_eq!(show("6.1.1")[0], "5.1.1");
        assert_eq!(show("5.1.1000")[0], "5.1.10");
        assert_eq!(show("5.01.1")[0], "5.1.1");
        assert_eq!(show("5.7.31")[0], "5.7.30");
        assert!(show("4.7.31").iter().all(|code| code.starts_with("4.7.")));
        assert_eq!(show("5.1.11").len(), 3);
    }

    #[test]
    fn edit_distance_basics() {
        assert_eq!(edit_distance("", ""), 0);
        assert_eq!(edit_distance("5.1.1", "5.1.1"), 0);
        assert_eq!(edit_distance("6.1.1", "5.1.1"), 1);
        assert_eq!(edit_distance("5..1", "5.1.1"), 1);
        assert_eq!(edit_distance("abc", ""), 3);
    }
}
