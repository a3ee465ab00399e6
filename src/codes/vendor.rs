//! Detail codes that are not in the IANA registry but that real bounces
//! carry, and vendor notes on registered codes that a provider uses in a
//! particular sense. Every row names its public source.
//!
//! Both tables are sorted by code; tests check that no vendor code is also
//! registered (that would be a note, not a vendor code).

use super::enhanced::EnhancedCode;
use super::{Bi, Lang, Side};

mod data;

pub use data::{VENDOR_CODES, VENDOR_NOTES};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vendor {
    /// Microsoft 365 / Exchange Online / Exchange Server.
    Microsoft,
    /// Google Workspace / Gmail.
    Google,
    /// Yahoo / AOL.
    Yahoo,
    /// Apple iCloud Mail.
    Apple,
    /// Cisco Secure Email (IronPort).
    Cisco,
    /// Proofpoint.
    Proofpoint,
    /// Mimecast.
    Mimecast,
}

impl Vendor {
    pub fn name(self) -> &'static str {
        match self {
            Vendor::Microsoft => "Microsoft 365 / Exchange",
            Vendor::Google => "Google (Gmail / Workspace)",
            Vendor::Yahoo => "Yahoo / AOL",
            Vendor::Apple => "Apple iCloud Mail",
            Vendor::Cisco => "Cisco Secure Email",
            Vendor::Proofpoint => "Proofpoint",
            Vendor::Mimecast => "Mimecast",
        }
    }
}

/// An unregistered detail code with a vendor-specific meaning.
#[derive(Debug)]
pub struct VendorCode {
    pub code: EnhancedCode,
    pub vendor: Vendor,
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

pub fn lookup(code: EnhancedCode) -> Option<&'static VendorCode> {
    VENDOR_CODES
        .binary_search_by_key(&code, |row| row.code)
        .ok()
        .map(|index| &VENDOR_CODES[index])
}

/// The vendor notes on one code.
pub fn notes(code: EnhancedCode) -> impl Iterator<Item = &'static VendorNote> {
    VENDOR_NOTES.iter().filter(move |row| row.code == code)
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
            assert!(
                registry::detail(row.code.subject, row.code.detail).is_none(),
                "{} is registered: make it a note",
                row.code
            );
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
