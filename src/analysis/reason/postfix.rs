//! The Postfix rule behind a reject text: `Relay access denied` is
//! `reject_unauth_destination`, its code set by `relay_domains_reject_code`
//! (default 554). From `data/reasons/postfix.toml`.

use super::Reason;
use super::generated::POSTFIX_RULES;
use super::phrases::fold_char;
use crate::codes::Bi;

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

/// Folds a text as the rules are folded: lower case, one space for any run
/// of white space.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars().map(fold_char) {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        out.push(c);
    }
    out
}

/// The rule whose text the line holds (the first in the data's order).
pub(crate) fn rule_for(text: &str) -> Option<&'static PostfixRule> {
    let folded = fold(text);
    POSTFIX_RULES
        .iter()
        .find(|rule| folded.contains(rule.folded))
}
