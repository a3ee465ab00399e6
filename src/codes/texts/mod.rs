//! Our own explanations of every registered code, in English and French,
//! compiled from `data/codes/enhanced/*.toml` and `data/codes/replies.toml`
//! into `generated.rs` by `codes::data_tests`.
//!
//! The registry (`codes::registry`) says what exists and gives the IANA title;
//! these tables say what it means for a postmaster: whose side the problem is
//! on, how it reads as a temporary (4.x.x) or permanent (5.x.x) failure, and
//! what to do. Every table is sorted by its key; tests check that each
//! registry row has exactly one text and each text a registry row.

#[rustfmt::skip]
mod generated;

pub use generated::{CLASS_TEXTS, DETAIL_TEXTS, REPLY_TEXTS, SUBJECT_TEXTS};

use super::{Bi, Side};

/// Text for a class row of the registry (`2`, `4`, `5`).
#[derive(Debug)]
pub struct ClassText {
    pub class: u8,
    pub title_fr: &'static str,
    pub meaning: Bi,
}

/// Text for a subject row of the registry (`X.0` .. `X.7`).
#[derive(Debug)]
pub struct SubjectText {
    pub subject: u16,
    pub title_fr: &'static str,
    pub meaning: Bi,
}

/// Text for a detail row of the registry (`X.1.1`, `X.7.26`, ...).
#[derive(Debug)]
pub struct DetailText {
    pub subject: u16,
    pub detail: u16,
    /// French title; the English title is the registry's own.
    pub title_fr: &'static str,
    /// Where someone has to act.
    pub side: Side,
    /// What happened, whatever the class.
    pub meaning: Bi,
    /// How it reads as `2.S.D`, when the generic success text is not enough.
    pub success: Option<Bi>,
    /// What succeeded, in a few words, for the verdict line of a `2.S.D`
    /// (`the recipient address was accepted`); given with `success`.
    pub succeeded: Option<Bi>,
    /// How it reads as `4.S.D`: why it may clear up, what the retry will meet.
    pub transient: Bi,
    /// How it reads as `5.S.D`: why it is final.
    pub permanent: Bi,
    /// What to do, for the person reading the log (sender's or receiver's postmaster).
    pub advice: Bi,
    /// The one most useful action, when the advice's first sentence is not it.
    pub action: Option<Bi>,
}

/// Text for a reply code of `reply-codes.csv`, keyed by (code, standard).
#[derive(Debug)]
pub struct ReplyText {
    pub code: u16,
    pub standard: bool,
    pub title_fr: &'static str,
    pub side: Side,
    pub meaning: Bi,
    /// For a success reply, what succeeded in a few words, for the verdict
    /// line (`the login was accepted`).
    pub succeeded: Option<Bi>,
    /// What the client does next, when the class alone says it wrong (ETRN,
    /// AUTH, a greeting): replaces the class's retry text.
    pub retry: Option<Bi>,
    pub advice: Bi,
    /// The one most useful action, when the advice's first sentence is not it.
    pub action: Option<Bi>,
    /// Enhanced codes real servers send with it, the most used first.
    pub usual: &'static [&'static str],
}

pub fn class_text(class: u8) -> Option<&'static ClassText> {
    CLASS_TEXTS.iter().find(|row| row.class == class)
}

pub fn subject_text(subject: u16) -> Option<&'static SubjectText> {
    SUBJECT_TEXTS
        .binary_search_by_key(&subject, |row| row.subject)
        .ok()
        .map(|index| &SUBJECT_TEXTS[index])
}

pub fn detail_text(subject: u16, detail: u16) -> Option<&'static DetailText> {
    DETAIL_TEXTS
        .binary_search_by_key(&(subject, detail), |row| (row.subject, row.detail))
        .ok()
        .map(|index| &DETAIL_TEXTS[index])
}

pub fn reply_text(code: u16, standard: bool) -> Option<&'static ReplyText> {
    REPLY_TEXTS
        .binary_search_by_key(&(code, !standard), |row| (row.code, !row.standard))
        .ok()
        .map(|index| &REPLY_TEXTS[index])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::registry;

    fn check_bi(what: &str, text: Bi) {
        assert!(!text.en.trim().is_empty(), "{what}: English text is empty");
        assert!(!text.fr.trim().is_empty(), "{what}: French text is empty");
        assert_ne!(
            text.en, text.fr,
            "{what}: French text is a copy of the English"
        );
    }

    #[test]
    fn every_registry_row_has_one_text_in_both_languages() {
        assert_eq!(CLASS_TEXTS.len(), registry::CLASSES.len());
        for row in registry::CLASSES {
            let text = class_text(row.class).unwrap_or_else(|| panic!("class {}", row.class));
            check_bi(&format!("class {}", row.class), text.meaning);
            assert!(!text.title_fr.is_empty());
        }
        assert_eq!(SUBJECT_TEXTS.len(), registry::SUBJECTS.len());
        assert!(
            SUBJECT_TEXTS
                .windows(2)
                .all(|w| w[0].subject < w[1].subject)
        );
        for row in registry::SUBJECTS {
            let text = subject_text(row.subject).unwrap_or_else(|| panic!("X.{}", row.subject));
            check_bi(&format!("X.{}", row.subject), text.meaning);
            assert!(!text.title_fr.is_empty());
        }
        assert!(
            DETAIL_TEXTS
                .windows(2)
                .all(|w| (w[0].subject, w[0].detail) < (w[1].subject, w[1].detail))
        );
        for text in DETAIL_TEXTS {
            assert!(
                registry::detail(text.subject, text.detail).is_some(),
                "X.{}.{} is not registered",
                text.subject,
                text.detail
            );
        }
        for row in registry::DETAILS {
            let name = format!("X.{}.{}", row.subject, row.detail);
            let text = detail_text(row.subject, row.detail).unwrap_or_else(|| panic!("{name}"));
            assert!(!text.title_fr.is_empty(), "{name}");
            for part in [text.meaning, text.transient, text.permanent, text.advice] {
                check_bi(&name, part);
            }
            assert_ne!(text.transient.en, text.permanent.en, "{name}");
        }
    }

    #[test]
    fn every_reply_row_has_one_text_in_both_languages() {
        assert_eq!(REPLY_TEXTS.len(), registry::REPLIES.len());
        assert!(
            REPLY_TEXTS
                .windows(2)
                .all(|w| (w[0].code, !w[0].standard) < (w[1].code, !w[1].standard)),
            "REPLY_TEXTS must be sorted by (code, standard first)"
        );
        for row in registry::REPLIES {
            let name = format!("{} standard={}", row.code, row.standard);
            let text = reply_text(row.code, row.standard).unwrap_or_else(|| panic!("{name}"));
            assert!(!text.title_fr.is_empty(), "{name}");
            check_bi(&name, text.meaning);
            check_bi(&name, text.advice);
        }
    }
}
