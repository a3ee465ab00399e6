//! Bounces as people read them: the report text the bouncing server wrote,
//! cut where the returned message begins, and the recipients in it.
//!
//! A recipient is an address that stands on its own line (after a bullet,
//! `<`, `>>>` or a label such as `RCPT TO:`, `Recipient:`, `Unknown user:`,
//! `Could not be delivered to:`), or opens a line (`a@b: 550 ...`,
//! `a@b [User unknown]`, `a@b on <date>`). Addresses that name the sender,
//! a contact or the bouncing system are not recipients. Each recipient's
//! block runs to the next recipient; its reply is read from the block, else
//! from the text before the first recipient (layouts that give the reason
//! first and the addresses after).

use super::{Finding, header, reply, root_fields};
use crate::analysis::mime::{Message, Region};
use crate::analysis::reason::Outcome;
use regex::Regex;
use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

/// The report text of a bounce, and where each recipient's block is.
#[derive(Debug, Default)]
pub(crate) struct ProseText {
    pub(crate) text: String,
    /// `(address as written, lower-cased address, block)` in order.
    anchors: Vec<(String, String, Range<usize>)>,
    /// The text before the first recipient.
    preamble: Range<usize>,
}

impl ProseText {
    /// The blocks of `recipient` (compared without case), joined.
    pub(crate) fn block_for(&self, recipient: &str) -> Option<String> {
        let wanted = recipient.to_ascii_lowercase();
        let wanted = wanted.trim_matches(['<', '>']);
        let blocks: Vec<&str> = self
            .anchors
            .iter()
            .filter(|(_, address, _)| address == wanted)
            .map(|(_, _, block)| &self.text[block.clone()])
            .collect();
        (!blocks.is_empty()).then(|| blocks.join("\n"))
    }

    fn preamble(&self) -> &str {
        &self.text[self.preamble.clone()]
    }
}

static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9][A-Za-z0-9._%+=/!#$&'*?^`{|}~-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
        .expect("a fixed pattern")
});

/// Words before an address that make it the sender, a contact or the
/// reporting system, not a recipient.
const NOT_RECIPIENT_WORDS: &[&str] = &[
    "from",
    "sender",
    "contact",
    "reply-to",
    "return-path",
    "envelope-from",
    "mailto",
    "cc",
    "by",
    "postmaster at",
    "send mail to",
    "message-id",
    "in-reply-to",
    "references",
    "support",
    "help",
    "write to",
    "email us",
    "sent by",
];

/// Labels that name a header field of the returned message, not a
/// recipient of the bounce (`To:` echoes the original's header).
const NOT_RECIPIENT_LABELS: &[&str] = &["to", "cc", "bcc", "subject", "date"];

/// Labels that introduce a recipient.
const RECIPIENT_LABELS: &[&str] = &[
    "rcpt to",
    "recipient",
    "recipients",
    "original-recipient",
    "final-recipient",
    "unknown user",
    "invalid final delivery userid",
    "could not be delivered to",
    "was not delivered to",
    "undeliverable to",
    "delivery to",
    "failed recipient",
    "user's mailbox is full",
    "mailbox is full",
    "the following address failed",
    "returned permanent errors",
    "address",
    "addressee",
    "user",
];

/// Lines that say the returned message starts here.
const ORIGINAL_MARKERS: &[&str] = &[
    "copy of the message",
    "copy of your message",
    "copy of the original message",
    "original message follows",
    "original message --",
    "original message",
    "returned message",
    "unsent message follows",
    "undelivered message follows",
    "message headers follow",
    "header of the original message",
    "headers of the original message",
    "original message header",
    "original mail info",
    "original mail header",
    "included is a copy of the message header",
    "attachment contains the original mail headers",
    "below is a copy of the original message",
    "enclosed is a copy of the message",
    "below this line is a copy of the message",
    "end of message",
    "message follows",
];

/// Header fields that, several in a row at the start of a line, open a
/// returned message inline.
const HEADER_NAMES: &[&str] = &[
    "received",
    "return-path",
    "from",
    "to",
    "subject",
    "date",
    "message-id",
    "mime-version",
    "content-type",
    "x-mailer",
    "delivered-to",
    "reply-to",
    "dkim-signature",
    "authentication-results",
];

/// The report text: the texts of the bounce itself (not of the returned
/// message), cut at the returned message when it is inline.
pub(crate) fn report_text(message: &Message) -> ProseText {
    let mut text = String::new();
    for view in message.views() {
        let part = &message.parts()[view.part];
        if view.region != Region::Report || part.original {
            continue;
        }
        let piece = message.view_text(view);
        if piece.trim().is_empty() {
            continue;
        }
        let (piece, ended) = unbroken(piece);
        let cut = cut_at_original(&piece);
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&piece[..cut]);
        if cut < piece.len() || ended {
            break;
        }
    }
    let text = unquote(text);
    let excluded = sender_side(message);
    let mut anchors = anchors(&text, &excluded);
    // Exim and Google name the failed recipients in a header field: those
    // are the recipients, whatever else the text names.
    let failed = failed_recipients(message);
    if !failed.is_empty() {
        anchors.retain(|(_, lower, _)| failed.contains(lower));
        for address in &failed {
            if !anchors.iter().any(|(_, lower, _)| lower == address) {
                anchors.push((address.clone(), address.clone(), text.len()..text.len()));
            }
        }
    }
    let preamble = 0..anchors
        .first()
        .map_or(text.len(), |(_, _, block)| line_start(&text, block.start));
    ProseText {
        text,
        anchors,
        preamble,
    }
}

/// The addresses of `X-Failed-Recipients`, lower-cased, in order.
fn failed_recipients(message: &Message) -> Vec<String> {
    let fields = root_fields(message);
    let mut out: Vec<String> = Vec::new();
    for field in fields
        .iter()
        .filter(|field| field.is("X-Failed-Recipients"))
    {
        for found in ADDRESS.find_iter(&field.value) {
            let lower = found.as_str().to_ascii_lowercase();
            if !out.contains(&lower) {
                out.push(lower);
            }
        }
    }
    out
}

/// A bounce forwarded inline, each line quoted with `>`: one level of
/// quoting removed when most lines have it.
fn unquote(text: String) -> String {
    let lines: Vec<&str> = text
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    let quoted = lines.iter().filter(|line| line.starts_with('>')).count();
    if lines.len() < 4 || quoted * 2 <= lines.len() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let stripped = line.strip_prefix('>').unwrap_or(line);
        out.push_str(stripped.strip_prefix(' ').unwrap_or(stripped));
    }
    out
}

/// Addresses of the bounce's own sender (the reporting system).
fn sender_side(message: &Message) -> HashSet<String> {
    let fields = root_fields(message);
    ["From", "Sender"]
        .iter()
        .filter_map(|name| header(fields, name))
        .flat_map(|value| {
            ADDRESS
                .find_iter(value)
                .map(|m| m.as_str().to_ascii_lowercase())
        })
        .collect()
}

fn line_start(text: &str, at: usize) -> usize {
    text[..at].rfind('\n').map_or(0, |i| i + 1)
}

/// Where the returned message begins in a report text (its length when it
/// does not).
fn cut_at_original(text: &str) -> usize {
    let mut at = 0;
    let mut header_run = 0;
    let mut header_run_start = 0;
    for line in text.split_inclusive('\n') {
        if is_original_marker(line) {
            return at;
        }
        let is_header = !line.starts_with([' ', '\t'])
            && line.split_once(':').is_some_and(|(name, _)| {
                HEADER_NAMES.contains(&name.trim().to_ascii_lowercase().as_str())
            });
        if is_header {
            if header_run == 0 {
                header_run_start = at;
            }
            header_run += 1;
            if header_run >= 3 {
                return header_run_start;
            }
        } else if !line.starts_with([' ', '\t']) {
            header_run = 0;
        }
        at += line.len();
    }
    text.len()
}

/// A text with the boundaries and part headers of a multipart its writer
/// broke (so that it was read as one text) taken out, a blank line in
/// their place; the text ends at a part that holds the returned message.
/// Returns the text and whether it was cut there.
fn unbroken(text: &str) -> (String, bool) {
    if !text.lines().any(is_boundary) {
        return (text.to_string(), false);
    }
    let mut out = String::with_capacity(text.len());
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        if !is_boundary(line) {
            out.push_str(line);
            continue;
        }
        let mut returned = false;
        while let Some(next) = lines.peek() {
            let Some((name, value)) = next.split_once(':') else {
                break;
            };
            if !name.trim().to_ascii_lowercase().starts_with("content-") || name.contains(' ') {
                break;
            }
            let value = value.trim().to_ascii_lowercase();
            returned |= name.trim().eq_ignore_ascii_case("content-type")
                && (value.starts_with("message/rfc822")
                    || value.starts_with("text/rfc822-headers")
                    || value.starts_with("message/global"));
            lines.next();
        }
        if returned {
            return (out, true);
        }
        out.push('\n');
    }
    (out, false)
}

/// A MIME boundary left in a text (a multipart its writer broke): `--`
/// and a token, no blanks.
fn is_boundary(line: &str) -> bool {
    let line = line.trim_end();
    line.len() > 10
        && line.starts_with("--")
        && !line.contains(char::is_whitespace)
        && line
            .trim_matches('-')
            .chars()
            .any(|c| c.is_ascii_alphanumeric())
}

/// A line that announces the returned message: a marker sentence on its
/// own, or set off by dashes, stars or equal signs.
fn is_original_marker(line: &str) -> bool {
    let line = line.trim();
    let decorated = line.starts_with(['-', '=', '*', '_', '#', '|']);
    let trimmed = line
        .trim_matches(|c: char| {
            matches!(c, '-' | '=' | '*' | '_' | '#' | '|' | '[' | ']' | '.' | ':')
        })
        .trim()
        .to_ascii_lowercase();
    if trimmed.is_empty() {
        return false;
    }
    ORIGINAL_MARKERS.iter().any(|marker| {
        trimmed.starts_with(marker)
            || (decorated && trimmed.contains(marker))
            || (trimmed.contains(marker)
                && trimmed.len() <= marker.len() + 24
                && !trimmed.contains(" was "))
    })
}

/// The recipients of a report text and their blocks. A block starts at
/// the line that names its recipient (the words around the address are
/// part of it: `Unknown user: a@b`) and runs to the next recipient's line.
/// An address already seen opens a new block only on a line of its own.
fn anchors(text: &str, excluded: &HashSet<String>) -> Vec<(String, String, Range<usize>)> {
    let mut found: Vec<(String, String, usize)> = Vec::new();
    let mut line_at = 0;
    for line in text.split_inclusive('\n') {
        for address in ADDRESS.find_iter(line) {
            let lower = address.as_str().to_ascii_lowercase();
            if excluded.contains(&lower) {
                continue;
            }
            let seen = found.iter().any(|(_, known, _)| *known == lower);
            let alone = line[..address.start()]
                .trim()
                .trim_matches(|c: char| !c.is_alphanumeric())
                .is_empty()
                && line[address.end()..]
                    .trim()
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .is_empty();
            if (!seen || alone) && is_recipient_position(line, address.start(), address.end()) {
                found.push((address.as_str().to_string(), lower, line_at));
                break;
            }
        }
        line_at += line.len();
    }
    let mut anchors = Vec::with_capacity(found.len());
    for (index, (written, lower, start)) in found.iter().enumerate() {
        let next = found
            .get(index + 1)
            .map_or(text.len(), |(_, _, next_line)| *next_line);
        let end = summary_line_after(text, *start, next, lower).unwrap_or(next);
        anchors.push((written.clone(), lower.clone(), *start..end));
    }
    anchors
}

/// In a transcript summary (`554 <a@b>... Remote protocol error`, then
/// `421 example.org (smtp)... Deferred`), a line that opens with a reply
/// code and names another target ends the block.
fn summary_line_after(text: &str, start: usize, end: usize, address: &str) -> Option<usize> {
    let first_line_end = text[start..end].find('\n').map_or(end, |i| start + i + 1);
    let mut at = first_line_end;
    for line in text[first_line_end..end].split_inclusive('\n') {
        let bytes = line.as_bytes();
        let opens_with_code = bytes.len() > 4
            && bytes[..3].iter().all(u8::is_ascii_digit)
            && bytes[3] == b' '
            && crate::codes::reply::parse(line.get(..3).unwrap_or("")).is_some();
        // `NNN target... text`: a summary line of its own target.
        let names_target = line
            .get(4..)
            .and_then(|rest| {
                rest.split_whitespace()
                    .take(3)
                    .find(|word| word.ends_with("..."))
            })
            .is_some();
        if opens_with_code && names_target && !line.to_ascii_lowercase().contains(address) {
            return Some(at);
        }
        at += line.len();
    }
    None
}

/// True when the address at `start..end` of `line` stands where a
/// recipient stands.
fn is_recipient_position(line: &str, start: usize, end: usize) -> bool {
    let before = line[..start].trim();
    let after = line[end..].trim_start_matches(['>', '"', ')', ']']).trim();
    let before_lower = before
        .trim_end_matches(['<', '"', '(', '['])
        .trim()
        .to_ascii_lowercase();
    let label = before_lower
        .trim_start_matches(['*', '-', '>', '•', '+', '|', ' ', '\t'])
        .trim_end_matches([':', ' '])
        .trim();
    // `(expanded from: <a@b>)`: the address an alias was expanded from.
    let expanded = label.ends_with("expanded from");
    if !expanded
        && NOT_RECIPIENT_WORDS
            .iter()
            .any(|word| ends_with_word(label, word) || label == *word)
        || NOT_RECIPIENT_LABELS.contains(&label)
        || label.ends_with("-id")
        || label.ends_with(" id")
    {
        return false;
    }
    // `554 <a@b>... 550 Host unknown`: Sendmail's transcript lines.
    let reply_label = label.len() == 3 && crate::codes::reply::parse(label).is_some();
    // `... delivering your mail to <a@b>`, `could not be delivered to a@b`.
    let delivery_to = label.ends_with(" to") && label.contains("deliver");
    let label_ok = label.is_empty()
        || expanded
        || reply_label
        || delivery_to
        || RECIPIENT_LABELS
            .iter()
            .any(|known| label == *known || ends_with_word(label, known))
        || (before_lower.ends_with(':') && label.split_whitespace().count() <= 6);
    if !label_ok {
        return false;
    }
    // What follows must not be the rest of a sentence about someone else.
    let after_lower = after.to_ascii_lowercase();
    !(after_lower.starts_with("wrote")
        || after_lower.starts_with("for assistance")
        || after_lower.starts_with("for more information"))
}

fn ends_with_word(text: &str, word: &str) -> bool {
    text.ends_with(word)
        && text[..text.len() - word.len()]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
}

/// One finding per recipient of a report text without a delivery-status
/// report.
pub(crate) fn read(message: &Message, prose: &ProseText) -> Vec<Finding> {
    let _ = message;
    let preamble_reply = reply::read(prose.preamble());
    let outcome = outcome_of(&prose.text);
    let mut seen: HashSet<&str> = HashSet::new();
    let mut findings = Vec::new();
    for (written, lower, _) in &prose.anchors {
        if !seen.insert(lower.as_str()) {
            continue;
        }
        let block = prose.block_for(lower).unwrap_or_default();
        let block = block.as_str();
        let block_reply = reply::read(block);
        let (read, from_block) = if block_reply.code.is_some() || block_reply.enhanced.is_some() {
            (block_reply, true)
        } else if preamble_reply.code.is_some() || preamble_reply.enhanced.is_some() {
            (preamble_reply.clone(), false)
        } else {
            (block_reply, true)
        };
        let diagnostic = if read.code.is_some() {
            read.text.clone()
        } else {
            collapse(if from_block { block } else { prose.preamble() })
        };
        findings.push(Finding {
            recipient: written.clone(),
            action: Some(
                if outcome == Outcome::Delayed {
                    "delayed"
                } else {
                    "failed"
                }
                .to_string(),
            ),
            status: None,
            reply: read.code,
            reply_status: read.enhanced,
            diagnostic: cap(diagnostic),
            context: if from_block {
                String::new()
            } else {
                collapse(block)
            },
            fallback: collapse(prose.preamble()),
            command: read.command,
            remote_mta: None,
            outcome,
            feedback_type: None,
            reason: None,
        });
    }
    findings
}

/// One finding for the returned message's recipient, when the report text
/// names no recipient: the reply and the reason are read from the whole
/// report text.
pub(crate) fn read_without_recipients(message: &Message, prose: &ProseText) -> Vec<Finding> {
    let recipient = message
        .original_headers()
        .and_then(|fields| header(fields, "To"))
        .map(str::to_string)
        .or_else(|| inline_original_to(message));
    let Some(recipient) = recipient else {
        return Vec::new();
    };
    let read = reply::read(&prose.text);
    let outcome = outcome_of(&prose.text);
    // With no recipient to attach it to, the report's words say nothing of
    // the reason unless they hold a reply.
    vec![Finding {
        recipient: super::bare_address(recipient.split(',').next().unwrap_or("")),
        action: Some(
            if outcome == Outcome::Delayed {
                "delayed"
            } else {
                "failed"
            }
            .to_string(),
        ),
        reply: read.code,
        reply_status: read.enhanced,
        diagnostic: if read.code.is_some() {
            cap(read.text)
        } else if crate::analysis::reason::phrases::best(&prose.text)
            .is_some_and(|found| !found.weak)
        {
            cap(collapse(&prose.text))
        } else {
            String::new()
        },
        command: read.command,
        outcome,
        ..Finding::default()
    }]
}

/// A whole message written inline after the report text (a provider's
/// note wrapping the bounce it received), when it is one: its text from
/// its header block (an mbox `From ` line skipped).
pub(crate) fn inline_message(message: &Message) -> Option<String> {
    for view in message.views() {
        let part = &message.parts()[view.part];
        if view.region != Region::Report || part.original {
            continue;
        }
        let text = message.view_text(view);
        let cut = cut_at_original(text);
        let rest = &text[cut..];
        let mut start = None;
        let mut offset = 0;
        for line in rest.split_inclusive('\n') {
            let names_header = line.split_once(':').is_some_and(|(name, _)| {
                HEADER_NAMES.contains(&name.trim().to_ascii_lowercase().as_str())
            });
            if names_header {
                start = Some(offset);
                break;
            }
            offset += line.len();
        }
        let start = start?;
        let inner = rest.get(start..)?;
        let headers: Vec<&str> = inner
            .lines()
            .take_while(|line| !line.trim().is_empty())
            .collect();
        let is_bounce = headers.iter().any(|line| {
            let lower = line.to_ascii_lowercase();
            (lower.starts_with("return-path:") && lower.contains("<>"))
                || (lower.starts_with("from:") && lower.contains("mailer-daemon"))
                || lower.starts_with("content-type: multipart/report")
        });
        if is_bounce {
            return Some(inner.to_string());
        }
    }
    None
}

/// The header fields of a returned message written inline after the
/// report text: `(name, value)` pairs, continuation lines unfolded.
pub(crate) fn inline_original_headers(message: &Message) -> Vec<(String, String)> {
    for view in message.views() {
        let part = &message.parts()[view.part];
        if view.region != Region::Report || part.original {
            continue;
        }
        let text = message.view_text(view);
        let cut = cut_at_original(text);
        if cut >= text.len() {
            continue;
        }
        let mut fields: Vec<(String, String)> = Vec::new();
        let mut started = false;
        for line in text[cut..].lines() {
            if line.starts_with([' ', '\t']) {
                if let Some((_, value)) = fields.last_mut() {
                    value.push(' ');
                    value.push_str(line.trim());
                }
                continue;
            }
            match line.split_once(':') {
                Some((name, value)) if !name.is_empty() && !name.contains(' ') => {
                    started = true;
                    fields.push((name.to_string(), value.trim().to_string()));
                }
                _ if started && line.trim().is_empty() => break,
                _ => {}
            }
        }
        if !fields.is_empty() {
            return fields;
        }
    }
    Vec::new()
}

/// The `To:` of a returned message written inline after the report text.
fn inline_original_to(message: &Message) -> Option<String> {
    inline_original_headers(message)
        .into_iter()
        .find(|(name, value)| name.eq_ignore_ascii_case("to") && ADDRESS.is_match(value))
        .map(|(_, value)| value)
}

/// A delay notice says so; anything else reports a failure.
fn outcome_of(text: &str) -> Outcome {
    let lower = text.to_ascii_lowercase();
    let delayed = [
        "warning message only",
        "has been delayed",
        "will be retried",
        "still being retried",
        "delivery attempts will continue",
        "do not need to resend",
    ]
    .iter()
    .any(|phrase| lower.contains(phrase));
    if delayed {
        Outcome::Delayed
    } else {
        Outcome::Final
    }
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A diagnostic is shown, not stored: at most 1000 bytes, cut at a
/// character boundary.
fn cap(mut text: String) -> String {
    if text.len() > 1000 {
        let mut end = 1000;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
    }
    text
}
