//! Compiled from `data/codes/vendors/*.toml` by `codes::data_tests`.
//!
//! Detail codes that are not in the IANA registry but that real bounces
//! carry, and vendor notes on registered codes that a provider uses in a
//! particular sense. Every row names its public source.
//!
//! Both tables are sorted by code; tests check that no vendor code is also
//! registered (that would be a note, not a vendor code).

use super::enhanced::EnhancedCode;
use super::{Bi, Lang, Side};

#[rustfmt::skip]
mod generated;

pub use generated::{VENDOR_CODES, VENDOR_NOTES, VENDOR_REPLY_NOTES, VENDORS, Vendor};

/// An unregistered detail code with a vendor-specific meaning.
#[derive(Debug)]
pub struct VendorCode {
    /// The first code of the documented range (often the only one).
    pub code: EnhancedCode,
    /// The last detail of the range: `4.7.500-699` has `last: 699`.
    pub last: u16,
    pub vendor: Vendor,
    /// The reply code the vendor sends with it, when it documents one.
    pub reply: Option<u16>,
    /// Where the meaning is documented (a public page title or URL).
    pub source: &'static str,
    pub title: Bi,
    pub side: Side,
    pub meaning: Bi,
    pub advice: Bi,
}

/// A vendor's particular use of a registered code (e.g. Gmail's 5.7.26).
#[derive(Debug)]
pub struct VendorNote {
    pub code: EnhancedCode,
    pub vendor: Vendor,
    pub source: &'static str,
    pub note: Bi,
}

/// A vendor's particular use of a reply code, for vendors whose replies
/// carry no enhanced code (Mimecast's `451 Internal resource temporarily
/// unavailable`, Comcast's block codes).
#[derive(Debug)]
pub struct VendorReplyNote {
    pub reply: u16,
    pub vendor: Vendor,
    pub source: &'static str,
    pub note: Bi,
}

pub fn lookup(code: EnhancedCode) -> Option<&'static VendorCode> {
    let after = VENDOR_CODES.partition_point(|row| row.code <= code);
    let row = VENDOR_CODES.get(after.checked_sub(1)?)?;
    (row.code.class == code.class
        && row.code.subject == code.subject
        && (row.code.detail..=row.last).contains(&code.detail))
    .then_some(row)
}

/// The vendor notes on one code.
pub fn notes(code: EnhancedCode) -> impl Iterator<Item = &'static VendorNote> {
    VENDOR_NOTES.iter().filter(move |row| row.code == code)
}

/// The vendor notes on one reply code.
pub fn reply_notes(reply: u16) -> impl Iterator<Item = &'static VendorReplyNote> {
    VENDOR_REPLY_NOTES
        .iter()
        .filter(move |row| row.reply == reply)
}

/// The vendors a text names (a host, a URL, a tag): `gsmtp` is Google,
/// `mimecast.com` Mimecast.
pub fn named_in(text: &str) -> Vec<Vendor> {
    let folded = text.to_ascii_lowercase();
    VENDORS
        .iter()
        .copied()
        .filter(|vendor| {
            vendor
                .markers()
                .iter()
                .any(|marker| folded.contains(marker))
        })
        .collect()
}

impl VendorCode {
    pub fn title(&self, lang: Lang) -> &'static str {
        self.title.get(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::registry;

    #[test]
    fn tables_are_sorted_unique_and_not_registered() {
        assert!(VENDOR_CODES.windows(2).all(|w| w[0].code < w[1].code));
        assert!(
            VENDOR_NOTES
                .windows(2)
                .all(|w| (w[0].code, w[0].vendor as u8) < (w[1].code, w[1].vendor as u8))
        );
        for row in VENDOR_CODES {
            assert!(matches!(row.code.class, 2 | 4 | 5), "{}", row.code);
            for detail in row.code.detail..=row.last {
                assert!(
                    registry::detail(row.code.subject, detail).is_none(),
                    "{}.{}.{detail} is registered: make it a note",
                    row.code.class,
                    row.code.subject
                );
            }
            assert!(!row.source.trim().is_empty(), "{} has no source", row.code);
            for text in [row.title, row.meaning, row.advice] {
                assert!(
                    !text.en.trim().is_empty() && !text.fr.trim().is_empty(),
                    "{}",
                    row.code
                );
                assert_ne!(text.en, text.fr, "{} is not translated", row.code);
            }
        }
        for row in VENDOR_NOTES {
            assert!(
                registry::detail(row.code.subject, row.code.detail).is_some(),
                "{}",
                row.code
            );
            assert!(!row.source.trim().is_empty(), "{} has no source", row.code);
            assert_ne!(row.note.en, row.note.fr, "{} is not translated", row.code);
        }
    }

    #[test]
    fn microsoft_codes_are_known() {
        for code in [(5, 7, 606), (5, 7, 509), (4, 7, 650), (5, 7, 708)] {
            let code = EnhancedCode::new(code.0, code.1, code.2);
            assert_eq!(
                lookup(code).map(|row| row.vendor),
                Some(Vendor::Microsoft),
                "{code}"
            );
        }
    }
}
