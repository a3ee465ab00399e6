//! The Postfix rule behind a reject text: `Relay access denied` is
//! `reject_unauth_destination`, its code set by `relay_domains_reject_code`
//! (default 554). From `data/reasons/postfix.toml`.

use super::generated::POSTFIX_RULES;
use super::phrases::fold_char;
pub(crate) use super::table::PostfixRule;

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
