//! Sendmail: access / virtusertable / mailertable, sendmail.cf rules and
//! `.mc` files (text only: m4 is never expanded).

use super::{Logical, Scan, UNKNOWN_ACTION, looks_enhanced, reply_token};
use crate::analysis::completion::{self, Completion, Slot};
use crate::analysis::{FileKind, Severity};
use crate::codes::Lang;
use crate::codes::lookup::edit_distance;

const ACTIONS: &[&str] = &[
    "OK", "RELAY", "REJECT", "DISCARD", "SKIP", "FRIEND", "HATER",
];

fn physical(index: usize, line: &str) -> Logical {
    Logical {
        text: line.to_string(),
        parts: vec![(index, 0)],
    }
}

/// The length of an enhanced-looking token at the start of `text`.
fn enhanced_len(text: &str) -> usize {
    let len = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    if looks_enhanced(&text[..len]) { len } else { 0 }
}

/// Reads `[D.S.N:]NNN [D.S.N] text` or `[word ]NNN [D.S.N]` from `at`
/// (after `ERROR:`, `TEMP:`, `error:`).
fn error_codes(logical: &Logical, mut at: usize, expect: Option<(u8, &str)>, scan: &mut Scan) {
    let text = &logical.text;
    if text[at..].starts_with('"') {
        at += 1;
    }
    let mut enhanced = None;
    let len = enhanced_len(&text[at..]);
    if len > 0 && text[at + len..].starts_with(':') {
        enhanced = Some(at..at + len);
        at += len + 1;
    } else if len == 0 {
        // `error:nouser 550 ...`: the mailer's host part.
        let word = text[at..]
            .find(|c: char| !c.is_ascii_alphabetic())
            .unwrap_or(text.len() - at);
        if word > 0 && text[at + word..].starts_with([' ', '\t']) {
            at += word;
            at += text[at..].len() - text[at..].trim_start().len();
        }
    }
    if text[at..].starts_with('"') {
        at += 1;
    }
    let three = text.get(at..at + 3).filter(|t| reply_token(t).is_some());
    // `get` found `three`: `at + 3` is then a character boundary.
    let reply = three
        .filter(|_| {
            text[at + 3..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_ascii_alphanumeric() && c != '.')
        })
        .map(|_| at..at + 3);
    if let Some(range) = &reply {
        let mut next = range.end;
        next += text[next..].len() - text[next..].trim_start().len();
        if next > range.end && enhanced.is_none() {
            let len = enhanced_len(&text[next..]);
            if len > 0 {
                enhanced = Some(next..next + len);
            }
        }
    }
    if reply.is_some() || enhanced.is_some() {
        scan.code(logical, reply, enhanced, expect);
    }
}

/// Sendmail access, virtusertable, mailertable: one entry a line.
pub fn table(text: &str, lang: Lang) -> Scan {
    let mut scan = Scan::default();
    let mut unknown = Vec::new();
    let mut actions = 0;
    for (index, _, line) in crate::analysis::lines::lines(text) {
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let logical = physical(index, line);
        let key_start = line.len() - trimmed.len();
        let key_end = line[key_start..]
            .find(char::is_whitespace)
            .map_or(line.len(), |i| key_start + i);
        let key = &line[key_start..key_end];
        let rest = &line[key_end..];
        let value_start = key_end + (rest.len() - rest.trim_start().len());
        let value = line[value_start..].trim_end();
        if value.is_empty() {
            continue;
        }
        let upper = value.to_ascii_uppercase();
        if upper.starts_with("ERROR:") {
            actions += 1;
            error_codes(&logical, value_start + 6, None, &mut scan);
        } else if upper.starts_with("TEMP:") {
            actions += 1;
            error_codes(&logical, value_start + 5, Some((4, "TEMP:")), &mut scan);
        } else if let Some(position) = upper.find("ERROR:") {
            // mailertable/virtusertable `error:...` after a mailer prefix.
            error_codes(&logical, value_start + position + 6, None, &mut scan);
        } else if upper.starts_with("QUARANTINE:") || ACTIONS.contains(&upper.as_str()) {
            actions += 1;
        } else {
            let tag = key.split_once(':').map(|(tag, _)| tag.to_ascii_lowercase());
            let plain_tag = tag
                .as_deref()
                .is_none_or(|t| matches!(t, "connect" | "from" | "to"));
            if plain_tag
                && value.len() >= 2
                && value.bytes().all(|b| b.is_ascii_uppercase() || b == b'_')
            {
                unknown.push((logical, value_start..value_start + value.len(), upper));
            }
        }
    }
    if actions > 0 {
        for (logical, range, word) in unknown {
            let suggestion = ACTIONS
                .iter()
                .map(|a| (edit_distance(&word, a), *a))
                .filter(|(d, _)| *d <= 2)
                .min();
            let name = suggestion.map(|(_, a)| a);
            let hint = super::did_you_mean(name, lang);
            let fixes = super::replace_fix(name, lang);
            scan.diag(
                &logical,
                range,
                Severity::Error,
                UNKNOWN_ACTION,
                crate::messages::config::UnknownSendmailAction { word: &word }.get(lang) + &hint,
                fixes,
            );
        }
    }
    scan
}

/// sendmail.cf rules (`$#error $@ 5.7.1 $: "550 ..."`) and, in `.mc`
/// files, codes at the start of quoted strings of `define`/`FEATURE` lines.
pub fn rules(text: &str, kind: FileKind) -> Scan {
    let mut scan = Scan::default();
    for (index, _, line) in crate::analysis::lines::lines(text) {
        let logical = physical(index, line);
        if let Some(position) = line.find("$#error") {
            rule_codes(&logical, position, &mut scan);
        }
        if kind != FileKind::SendmailMc {
            continue;
        }
        let trimmed = line.trim_start();
        if !(trimmed.starts_with("define(") || trimmed.starts_with("FEATURE(")) {
            continue;
        }
        let mut at = 0;
        while let Some(open) = line[at..].find('`') {
            let start = at + open + 1;
            let end = line[start..].find('\'').map_or(line.len(), |i| start + i);
            let quoted = &line[start..end];
            if quoted.len() >= 3
                && reply_token(&quoted[..3]).is_some()
                && quoted[3..]
                    .chars()
                    .next()
                    .is_none_or(|c| c == ' ' || c == '"')
            {
                error_codes(&logical, start, None, &mut scan);
            } else if let Some(position) = quoted.to_ascii_uppercase().find("ERROR:") {
                error_codes(&logical, start + position + 6, None, &mut scan);
            }
            at = end.min(line.len());
            if at >= line.len() {
                break;
            }
            at += 1;
        }
    }
    scan
}

fn rule_codes(logical: &Logical, from: usize, scan: &mut Scan) {
    let text = &logical.text;
    let mut enhanced = None;
    if let Some(at) = text[from..].find("$@") {
        let mut start = from + at + 2;
        start += text[start..].len() - text[start..].trim_start().len();
        let len = enhanced_len(&text[start..]);
        if len > 0 {
            enhanced = Some(start..start + len);
        }
    }
    let mut reply = None;
    if let Some(at) = text[from..].find("$:") {
        let mut start = from + at + 2;
        start += text[start..].len() - text[start..].trim_start().len();
        if text[start..].starts_with('"') {
            start += 1;
        }
        if text
            .get(start..start + 3)
            .is_some_and(|t| reply_token(t).is_some())
            && text[start + 3..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_ascii_digit())
        {
            reply = Some(start..start + 3);
            if enhanced.is_none() {
                let mut next = start + 3;
                next += text[next..].len() - text[next..].trim_start().len();
                let len = enhanced_len(&text[next..]);
                if len > 0 {
                    enhanced = Some(next..next + len);
                }
            }
        }
    }
    if reply.is_some() || enhanced.is_some() {
        scan.code(logical, reply, enhanced, None);
    }
}

/// After `ERROR:"550 `, `ERROR:550 `, `$: "550 `: codes of that class;
/// after `TEMP:` a 4.x.x; on a dotted token, its class.
pub fn completion(line_text: &str, column: usize, lang: Lang) -> Vec<Completion> {
    let before = &line_text[..column];
    if let Some((start, slot @ Slot::Enhanced { .. })) = completion::log_slot(before, column) {
        return completion::items(slot, &before[start..], start..column, lang);
    }
    let token_start = completion::token_start(before, |c| c.is_ascii_digit() || c == '.');
    let context = before[..token_start].to_ascii_uppercase();
    if context.ends_with("TEMP:") {
        return completion::items(
            Slot::Enhanced {
                classes: &[4],
                after_reply: None,
            },
            &before[token_start..],
            token_start..column,
            lang,
        );
    }
    if context.ends_with("ERROR:") || context.ends_with("ERROR:\"") || context.ends_with("$: \"") {
        return completion::items(
            Slot::Reply { classes: &[5, 4] },
            &before[token_start..],
            token_start..column,
            lang,
        );
    }
    Vec::new()
}
