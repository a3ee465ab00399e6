//! DNS blocklists named in reject texts, and the answers of Spamhaus that
//! are refusals of the query, not listings. From `data/reasons/dnsbl.toml`.

use super::generated::{DNSBLS, NOT_A_LISTING};
use super::postfix::fold;
pub(crate) use super::table::{Dnsbl, DnsblKind, NotAListing};

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
