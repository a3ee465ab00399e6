//! Facts from the IANA "SMTP Enhanced Status Codes" registry (2024-12-06) and
//! from the reply-code list, as sorted static tables.
//!
//! `registry/generated.rs` is written from `fixtures/reference/*.csv` by the
//! test `generated_tables_are_fresh`: edit the CSV, run `cargo test`, commit
//! both. A bad row fails that test, never a lookup at run time.

#[rustfmt::skip]
mod generated;

pub use generated::{CLASSES, DETAILS, REPLIES, SUBJECTS};

/// A class row: `2`, `4`, `5`.
#[derive(Debug)]
pub struct RegistryClass {
    pub class: u8,
    pub title: &'static str,
    pub reference: &'static str,
    pub description: &'static str,
}

/// A subject row: `X.0` .. `X.7`.
#[derive(Debug)]
pub struct RegistrySubject {
    pub subject: u16,
    pub title: &'static str,
    pub reference: &'static str,
    pub description: &'static str,
}

/// A detail row: `X.S.D`.
#[derive(Debug)]
pub struct RegistryDetail {
    pub subject: u16,
    pub detail: u16,
    /// The registry's sample text.
    pub title: &'static str,
    /// Associated basic reply codes: three digits, or `any`, or `5XX`.
    pub basic: &'static [&'static str],
    pub reference: &'static str,
    /// The first sentence of the registry's description.
    pub description: &'static str,
}

impl RegistryDetail {
    /// Does the registry list `reply` among this code's basic codes?
    pub fn associates(&self, reply: u16) -> bool {
        let class_digit = b'0' + (reply / 100 % 10) as u8;
        self.basic.iter().any(|basic| {
            *basic == "any"
                || basic.parse::<u16>() == Ok(reply)
                || (basic.len() == 3 && basic.ends_with("XX") && basic.as_bytes()[0] == class_digit)
        })
    }

    /// The basic codes of one class (first digit), in registry order.
    pub fn basic_of_class(&self, class_digit: u8) -> impl Iterator<Item = u16> + '_ {
        self.basic
            .iter()
            .filter_map(|basic| basic.parse::<u16>().ok())
            .filter(move |code| code / 100 == u16::from(class_digit))
    }
}

/// A reply code row; `standard` tells an RFC reply from a vendor or web-list one.
#[derive(Debug)]
pub struct RegistryReply {
    pub code: u16,
    pub title: &'static str,
    pub reference: &'static str,
    pub standard: bool,
    pub note: &'static str,
}

pub fn class(class: u8) -> Option<&'static RegistryClass> {
    CLASSES.iter().find(|row| row.class == class)
}

pub fn subject(subject: u16) -> Option<&'static RegistrySubject> {
    SUBJECTS
        .binary_search_by_key(&subject, |row| row.subject)
        .ok()
        .map(|index| &SUBJECTS[index])
}

pub fn detail(subject: u16, detail: u16) -> Option<&'static RegistryDetail> {
    DETAILS
        .binary_search_by_key(&(subject, detail), |row| (row.subject, row.detail))
        .ok()
        .map(|index| &DETAILS[index])
}

/// Every row for a reply code: standard first, then the non-standard uses.
pub fn replies(code: u16) -> &'static [RegistryReply] {
    let start = REPLIES.partition_point(|row| row.code < code);
    let end = REPLIES.partition_point(|row| row.code <= code);
    &REPLIES[start..end]
}

#[cfg(test)]
mod tests;
