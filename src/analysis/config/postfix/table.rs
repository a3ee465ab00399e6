//! Lookup and pattern tables (access, header_checks, `*.pcre`, transport,
//! virtual, aliases, ...): actions and the codes they carry.

use crate::analysis::config::{Scan, logical_lines, tokens};

use super::values::{Action, action, action_completion, unknown_action};
use crate::analysis::completion::Completion;
use crate::codes::Lang;

/// Where the value starts in a table line: after `/regex/flags` in pattern
/// tables, after the key otherwise. `None` for `if`/`endif` and bare keys.
pub(crate) fn table_value(text: &str) -> Option<usize> {
    let trimmed_at = text.len() - text.trim_start().len();
    let rest = &text[trimmed_at..];
    let lower = rest.to_ascii_lowercase();
    if lower == "endif" || lower.starts_with("endif ") || lower.starts_with("endif\t") {
        return None;
    }
    let (pattern_at, is_if) = if lower.starts_with("if ") || lower.starts_with("if\t") {
        let after = trimmed_at + 2;
        (
            after + (text[after..].len() - text[after..].trim_start().len()),
            true,
        )
    } else {
        (trimmed_at, false)
    };
    let pattern = &text[pattern_at..];
    let regex_at = if pattern.starts_with("!/") {
        Some(pattern_at + 1)
    } else if pattern.starts_with('/') {
        Some(pattern_at)
    } else {
        None
    };
    if let Some(open) = regex_at {
        let bytes = text.as_bytes();
        let mut i = open + 1;
        while i < bytes.len() && bytes[i] != b'/' {
            i += if bytes[i] == b'\\' { 2 } else { 1 };
        }
        if i >= bytes.len() {
            return None;
        }
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        if is_if {
            return None;
        }
        return Some(i);
    }
    if is_if {
        return None;
    }
    let words = tokens(text, trimmed_at);
    words.get(1).map(|&(start, _)| start)
}

/// A Postfix lookup or pattern table. Lookup tables (transport, virtual,
/// canonical, ...) have no actions: an unknown word is flagged only when
/// most values of the file are actions.
pub(crate) fn table(text: &str, lang: Lang) -> Scan {
    let mut scan = Scan::default();
    let mut unknown = Vec::new();
    let (mut values, mut actions) = (0, 0);
    let lines = logical_lines(text, true);
    for (index, logical) in lines.iter().enumerate() {
        let Some(from) = table_value(&logical.text) else {
            continue;
        };
        // Exim alias files: `user: :fail: 550 5.1.1 text`.
        crate::analysis::config::exim::redirect_items(logical, from..logical.text.len(), &mut scan);
        values += 1;
        match action(logical, from, &mut scan, lang) {
            Action::Known => actions += 1,
            Action::Unknown(range, word) => unknown.push((index, range, word)),
            Action::Other => {}
        }
    }
    if actions > 0 && actions * 2 >= values {
        for (index, range, word) in unknown {
            unknown_action(&lines[index], range, &word, &mut scan, lang);
        }
    }
    scan
}

pub(crate) fn table_completion(line_text: &str, column: usize, lang: Lang) -> Vec<Completion> {
    let Some(from) = table_value(line_text) else {
        return Vec::new();
    };
    if column < from {
        return Vec::new();
    }
    action_completion(&line_text[from..column], from, lang)
}
