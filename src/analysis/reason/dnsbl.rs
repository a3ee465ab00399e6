//! DNS blocklists named in reject texts, and the answers of Spamhaus that
//! are refusals of the query, not listings. From `data/reasons/dnsbl.toml`.

use super::generated::{DNSBLS, NOT_A_LISTING};
use super::postfix::fold;
use crate::codes::Bi;

/// What a list holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DnsblKind {
    /// The client's IP address.
    Address,
    /// A domain of the message (sender, HELO name, links).
    Domain,
}

#[derive(Debug)]
pub(crate) struct Dnsbl {
    pub(crate) name: &'static str,
    pub(crate) zones: &'static [&'static str],
    pub(crate) kind: DnsblKind,
    /// Where to look an address or domain up.
    pub(crate) lookup: &'static str,
    pub(crate) meaning: Bi,
}

/// A blocklist answer that refuses the query instead of listing anything.
#[derive(Debug)]
pub(crate) struct NotAListing {
    pub(crate) texts: &'static [&'static str],
    pub(crate) meaning: Bi,
}

/// The list a reject text names: the longest zone found, standing as a
/// whole name (not inside a longer one).
pub(crate) fn list_in(text: &str) -> Option<&'static Dnsbl> {
    let folded = fold(text);
    let mut best: Option<(usize, &'static Dnsbl)> = None;
    for list in DNSBLS {
        for zone in list.zones {
            let found = folded.match_indices(zone).any(|(at, _)| {
                let before = folded[..at].chars().next_back();
                let after = folded[at + zone.len()..].chars().next();
                let part_of_name =
                    |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
                !part_of_name(before) && !part_of_name(after)
            });
            if found && best.is_none_or(|(len, _)| zone.len() > len) {
                best = Some((zone.len(), list));
            }
        }
    }
    best.map(|(_, list)| list)
}

/// The refusal a reject text shows, if it shows one.
pub(crate) fn not_a_listing(text: &str) -> Option<&'static NotAListing> {
    let folded = fold(text);
    NOT_A_LISTING
        .iter()
        .find(|answer| answer.texts.iter().any(|t| folded.contains(t)))
}
