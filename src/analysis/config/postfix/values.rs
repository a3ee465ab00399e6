//! Values of parameters (main.cf, master.cf `-o`) and table actions:
//! reply-code parameters, access(5) actions, their class-aware completion.

use crate::analysis::Severity;
use crate::analysis::completion::{self, Completion, Slot};
use crate::analysis::config::template::{is_templated, looks_like_placeholder};
use crate::analysis::config::{
    BAD_CODE_VALUE, Logical, Scan, UNKNOWN_ACTION, did_you_mean, looks_enhanced, placeholder_hint,
    replace_fix, reply_token, tokens,
};
use crate::codes::Lang;
use crate::codes::lookup::edit_distance;
use crate::messages::config as messages;
use std::ops::Range;

/// access(5) and header_checks(5) actions (matched without regard to case).
pub(crate) const ACTIONS: &[&str] = &[
    "BCC",
    "DEFER",
    "DEFER_IF_PERMIT",
    "DEFER_IF_REJECT",
    "DISCARD",
    "DUNNO",
    "FILTER",
    "HOLD",
    "IGNORE",
    "INFO",
    "OK",
    "PASS",
    "PERMIT",
    "PREPEND",
    "REDIRECT",
    "REJECT",
    "REPLACE",
    "WARN",
];

pub(crate) fn is_action(word: &str) -> bool {
    ACTIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

/// What the first word of an action value was.
pub(crate) enum Action {
    Known,
    /// An upper-case word that no Postfix version knows.
    Unknown(Range<usize>, String),
    /// Something else: a lookup result, a restriction name, an address.
    Other,
}

/// Reads an access(5)-style action starting at `from` in `logical`.
pub(crate) fn action(logical: &Logical, from: usize, scan: &mut Scan, lang: Lang) -> Action {
    let words = tokens(&logical.text, from);
    let Some(&(start, word)) = words.first() else {
        return Action::Other;
    };
    let next = words.get(1).copied();
    if let Some(reply) = reply_token(word) {
        let enhanced = next
            .filter(|(_, t)| looks_enhanced(t))
            .map(|(s, t)| s..s + t.len());
        if !matches!(reply.class_digit(), 4 | 5) {
            scan.diag(
                logical,
                start..start + 3,
                Severity::Error,
                crate::analysis::config::ACTION_CLASS_MISMATCH,
                messages::AccessCodeClass { reply: &reply }.get(lang),
                Vec::new(),
            );
        }
        scan.code(logical, Some(start..start + 3), enhanced, None);
        return Action::Known;
    }
    if word.bytes().all(|b| b.is_ascii_digit()) && !word.is_empty() {
        return Action::Other;
    }
    if is_templated(word) {
        return Action::Other;
    }
    let upper = word.to_ascii_uppercase();
    if is_action(word) {
        let want = match upper.as_str() {
            "REJECT" => Some(5),
            "DEFER" | "DEFER_IF_PERMIT" | "DEFER_IF_REJECT" => Some(4),
            _ => None,
        };
        if let (Some(want), Some((s, t))) = (want, next)
            && looks_enhanced(t)
        {
            scan.code(logical, None, Some(s..s + t.len()), Some((want, &upper)));
        }
        return Action::Known;
    }
    if word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase() || b == b'_') {
        return Action::Unknown(start..start + word.len(), upper);
    }
    Action::Other
}

pub(crate) fn unknown_action(
    logical: &Logical,
    range: Range<usize>,
    word: &str,
    scan: &mut Scan,
    lang: Lang,
) {
    let suggestion = ACTIONS
        .iter()
        .map(|a| (edit_distance(word, a), *a))
        .filter(|(d, _)| *d <= 2)
        .min();
    if suggestion.is_none() && looks_like_placeholder(word, true) {
        placeholder_hint(logical, range, word, scan, lang);
        return;
    }
    let hint = did_you_mean(suggestion.map(|(_, a)| a), lang);
    let fixes = replace_fix(suggestion.map(|(_, a)| a), lang);
    scan.diag(
        logical,
        range,
        Severity::Error,
        UNKNOWN_ACTION,
        messages::UnknownPostfixAction { word: &word }.get(lang) + &hint,
        fixes,
    );
}

/// `*_reject_code` / `*_defer_code`: the classes they accept.
pub(crate) fn code_parameter(name: &str) -> Option<&'static [u8]> {
    if name == "fault_injection_code" {
        return None;
    }
    let defer = name == "defer_code" || name.ends_with("_defer_code");
    let reject = name == "reject_code" || name.ends_with("_reject_code");
    if !defer && !reject {
        return None;
    }
    Some(match name {
        "smtpd_forbid_bare_newline_reject_code" => &[5],
        n if n.starts_with("unverified_") && defer => &[4, 2],
        n if n.starts_with("unverified_") => &[4, 5, 2],
        _ if defer => &[4],
        _ => &[4, 5],
    })
}

/// Checks a parameter value (main.cf or master.cf `-o`).
pub(crate) fn check_value(
    logical: &Logical,
    name: &str,
    value: Range<usize>,
    scan: &mut Scan,
    lang: Lang,
) {
    let text = &logical.text[value.clone()];
    if text.contains('$') || is_templated(text) {
        return;
    }
    let word = text.trim();
    let expects_word = code_parameter(name).is_some()
        || matches!(
            name,
            "milter_default_action" | "smtpd_policy_service_default_action"
        );
    if expects_word && looks_like_placeholder(word, code_parameter(name).is_none()) {
        let start = value.start + (text.len() - text.trim_start().len());
        placeholder_hint(logical, start..start + word.len(), word, scan, lang);
        return;
    }
    if let Some(classes) = code_parameter(name) {
        let Some(code) = reply_token(text.trim()) else {
            scan.diag(
                logical,
                value,
                Severity::Error,
                BAD_CODE_VALUE,
                messages::CodeParameterNotACode { name: &name }.get(lang),
                Vec::new(),
            );
            return;
        };
        let digit = code.class_digit();
        let ok = classes.contains(&digit) && (digit != 2 || code.0 == 250);
        if !ok {
            let allowed: Vec<String> = classes
                .iter()
                .map(|c| {
                    if *c == 2 {
                        "250".to_string()
                    } else {
                        format!("{c}XX")
                    }
                })
                .collect();
            let allowed = allowed.join(messages::Or.get(lang));
            scan.diag(
                logical,
                value.clone(),
                Severity::Error,
                BAD_CODE_VALUE,
                messages::CodeParameterClass {
                    name: &name,
                    allowed: &allowed,
                    code: &code,
                }
                .get(lang),
                Vec::new(),
            );
        }
        let start = value.start + (text.len() - text.trim_start().len());
        scan.code(logical, Some(start..start + 3), None, None);
        return;
    }
    match name {
        "smtpd_policy_service_default_action" => {
            if let Action::Unknown(range, word) = action(logical, value.start, scan, lang) {
                unknown_action(logical, range, &word, scan, lang);
            }
        }
        "milter_default_action" => {
            let word = text.trim();
            if !["accept", "reject", "tempfail", "quarantine"].contains(&word) {
                scan.diag(
                    logical,
                    value,
                    Severity::Error,
                    BAD_CODE_VALUE,
                    messages::MilterDefaultAction { value: &word }.get(lang),
                    Vec::new(),
                );
            }
        }
        _ => {}
    }
}

pub(crate) fn value_completion(
    name: &str,
    value: &str,
    value_start: usize,
    lang: Lang,
) -> Vec<Completion> {
    let column = value_start + value.len();
    if let Some(classes) = code_parameter(name) {
        let typed = value.trim_start();
        if typed.contains(char::is_whitespace) {
            return Vec::new();
        }
        let classes: &'static [u8] = if classes == [5] {
            &[5]
        } else if classes.contains(&5) {
            &[5, 4]
        } else {
            &[4]
        };
        return completion::items(
            Slot::Reply { classes },
            typed,
            column - typed.len()..column,
            lang,
        );
    }
    if name == "smtpd_policy_service_default_action" {
        return action_completion(value, value_start, lang);
    }
    Vec::new()
}

/// Class-aware code completion after an action (`REJECT `, `DEFER `, `550 `).
pub(crate) fn action_completion(before: &str, offset: usize, lang: Lang) -> Vec<Completion> {
    let token_start = completion::token_start(before, |c| c.is_ascii_digit() || c == '.');
    let typed = &before[token_start..];
    let context = before[..token_start].trim_end();
    let previous = context.rsplit(char::is_whitespace).next().unwrap_or("");
    let classes: Option<&'static [u8]> = if context.len() < before[..token_start].len() {
        match previous.to_ascii_uppercase().as_str() {
            "REJECT" => Some(&[5]),
            "DEFER" | "DEFER_IF_PERMIT" | "DEFER_IF_REJECT" => Some(&[4]),
            _ => None,
        }
    } else {
        None
    };
    let range = offset + token_start..offset + before.len();
    if let Some(classes) = classes {
        return completion::items(
            Slot::Enhanced {
                classes,
                after_reply: None,
            },
            typed,
            range,
            lang,
        );
    }
    match completion::log_slot(before, before.len()) {
        Some((start, slot @ Slot::Enhanced { .. })) => completion::items(
            slot,
            &before[start..],
            offset + start..offset + before.len(),
            lang,
        ),
        _ => Vec::new(),
    }
}
