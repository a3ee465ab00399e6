//! Basic reply codes (RFC 5321 section 4.2): three digits `xyz`.
//!
//! The first digit is the class (2 to 5), the second the category (0 to 5:
//! syntax, information, connections, unspecified, unspecified, mail system).
//! [`verdict`] tells a standard code from a non-standard one in use, and both
//! from a code that does not exist.

use super::registry::{self, RegistryReply};
use super::{Class, Lang};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ReplyCode(pub u16);

impl ReplyCode {
    pub fn class(self) -> Option<Class> {
        Class::from_digit((self.0 / 100) as u8)
    }

    pub fn class_digit(self) -> u8 {
        (self.0 / 100) as u8
    }

    /// Rows of the reply table: the standard meaning first, if any.
    pub fn rows(self) -> &'static [RegistryReply] {
        registry::replies(self.0)
    }
}

impl fmt::Display for ReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:03}", self.0)
    }
}

/// What we know of a three-digit reply code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReplyVerdict {
    /// Defined by an RFC (it may also have non-standard uses).
    Standard,
    /// Seen in the wild but defined by no RFC.
    NonStandard,
    /// Digits in range (class 2-5, category 0-5) but no known meaning.
    Unknown,
    /// Cannot be an SMTP reply: the class is not 2-5 or the category not 0-5.
    Impossible,
}

/// Reads exactly three ASCII digits.
pub fn parse(text: &str) -> Option<ReplyCode> {
    let bytes = text.as_bytes();
    if bytes.len() == 3 && bytes.iter().all(u8::is_ascii_digit) {
        let value = bytes
            .iter()
            .fold(0u16, |acc, b| acc * 10 + u16::from(b - b'0'));
        Some(ReplyCode(value))
    } else {
        None
    }
}

pub fn verdict(code: ReplyCode) -> ReplyVerdict {
    let rows = code.rows();
    if rows.iter().any(|row| row.standard) {
        ReplyVerdict::Standard
    } else if !rows.is_empty() {
        ReplyVerdict::NonStandard
    } else if (2..=5).contains(&(code.0 / 100)) && (code.0 / 10) % 10 <= 5 {
        ReplyVerdict::Unknown
    } else {
        ReplyVerdict::Impossible
    }
}

/// The meaning of the second digit (RFC 5321 section 4.2.1).
pub fn category(code: ReplyCode, lang: Lang) -> Option<&'static str> {
    use crate::messages::codes as m;
    Some(match (code.0 / 10) % 10 {
        0 => m::CategorySyntax.get(lang),
        1 => m::CategoryInformation.get(lang),
        2 => m::CategoryConnection.get(lang),
        3 | 4 => m::CategoryUnspecified.get(lang),
        5 => m::CategoryMailSystem.get(lang),
        _ => return None,
    })
}

/// Every known reply code of a class, standard ones first, ascending.
pub fn known_of_class(class_digit: u8) -> impl Iterator<Item = &'static RegistryReply> {
    let standard = registry::REPLIES
        .iter()
        .filter(move |row| row.standard && row.code / 100 == u16::from(class_digit));
    let others = registry::REPLIES.iter().filter(move |row| {
        !row.standard
            && row.code / 100 == u16::from(class_digit)
            && !registry::replies(row.code).iter().any(|r| r.standard)
    });
    standard.chain(others)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verdicts() {
        let of = |text: &str| parse(text).map(verdict);
        assert_eq!(of("550"), Some(ReplyVerdict::Standard));
        assert_eq!(of("432"), Some(ReplyVerdict::Standard));
        assert_eq!(of("511"), Some(ReplyVerdict::NonStandard));
        assert_eq!(of("559"), Some(ReplyVerdict::Unknown));
        assert_eq!(of("599"), Some(ReplyVerdict::Impossible));
        assert_eq!(of("650"), Some(ReplyVerdict::Impossible));
        assert_eq!(of("150"), Some(ReplyVerdict::Impossible));
        assert_eq!(of("55"), None);
        assert_eq!(of("5500"), None);
        assert_eq!(of("5a0"), None);
        assert_eq!(of("٥٥٠"), None);
    }

    #[test]
    fn categories() {
        assert_eq!(category(ReplyCode(550), Lang::En), Some("mail system"));
        assert_eq!(category(ReplyCode(421), Lang::Fr), Some("connexion"));
        assert_eq!(category(ReplyCode(599), Lang::En), None);
    }

    #[test]
    fn class_listing_has_no_duplicates() {
        let codes: Vec<u16> = known_of_class(5).map(|row| row.code).collect();
        let mut unique = codes.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(codes.len(), unique.len());
        assert_eq!(codes.first(), Some(&500));
    }
}
