//! The types of the tables `generated.rs` holds (made from
//! `data/reasons/*.toml`): the generated file imports only these, and the
//! modules that read the tables import it.

use super::Reason;
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

/// What a phrase says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Signal {
    Reason(Reason),
    /// The connection to the receiving server failed: a network error while
    /// the message is queued, an expired message once delivery is given up.
    Connection,
}

/// One phrase of the data.
#[derive(Debug)]
pub(crate) struct Phrase {
    /// As written in the data (without the `~`).
    pub(crate) text: &'static str,
    /// Folded, split at ` * `.
    pub(crate) pieces: &'static [&'static str],
    pub(crate) signal: Signal,
    /// Generic words that count only when nothing else names a reason.
    pub(crate) weak: bool,
    /// The data file: `en`, `fr`, ...
    pub(crate) lang: &'static str,
}

/// One Postfix rule and the text it writes.
#[derive(Debug)]
pub(crate) struct PostfixRule {
    /// As Postfix writes it.
    pub(crate) text: &'static str,
    /// Folded as the matcher compares (lower case, single spaces).
    pub(crate) folded: &'static str,
    /// The restriction or feature: `reject_unauth_destination`.
    pub(crate) restriction: &'static str,
    /// Where it is usually set: `smtpd_relay_restrictions`.
    pub(crate) list: &'static str,
    /// The parameter that sets the reply code, when one does.
    pub(crate) parameter: Option<&'static str>,
    /// Its default (or the fixed code).
    pub(crate) default: &'static str,
    pub(crate) reason: Reason,
    /// What to change.
    pub(crate) change: Bi,
}
