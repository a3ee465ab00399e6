//! Queue IDs: the token that ties the interleaved lines of one message.
//!
//! - Postfix: `postfix/<daemon>[pid]: ID: ...`, short IDs (`3F2A41C0A2`,
//!   uppercase hex) and long IDs (`4bVjF55bDkz9tq3`, `enable_long_queue_ids`).
//! - Sendmail: `sendmail[pid]: ID: ...` / `sm-mta[pid]: ID: ...` (`u1234ABC012345`).
//! - Exim: message IDs anywhere on a line, by their shape: `10HmaX-0005vi-00`
//!   (6-6-2) and the 4.97+ form `10HmaX-000000005vi-0000` (6-11-4).
//!
//! A bounce is a new message: `3F2A41C0A2: sender non-delivery notification:
//! 4B3C2D1E0F` makes `4B3C2D1E0F` part of the story of `3F2A41C0A2`.
//!
//! Document-wide searches use `memmem` with a token-boundary check; nothing
//! is allocated per line.

use super::text::Text;
use memchr::memmem;
use std::ops::Range;
use std::sync::LazyLock;

/// Which MTA wrote the ID.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdKind {
    Postfix,
    Sendmail,
    Exim,
}

/// What the ID is doing on its line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The message the line is about (`postfix/smtp[1]: ID: ...`).
    Owner,
    /// A new message created for this one: a bounce or a delivery notice
    /// (`sender non-delivery notification: ID`).
    Notification,
    /// The ID another server (or the next stage) gave it: `queued as ID`.
    QueuedAs,
    /// Any other mention (Exim IDs are found by shape anywhere).
    Mention,
}

/// One ID on a line: `range` is in byte columns of the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdToken {
    pub range: Range<usize>,
    pub kind: IdKind,
    pub role: Role,
}

const NOTIFICATION: &str = "notification: ";
static NOTIFICATION_SEARCH: LazyLock<memmem::Finder> =
    LazyLock::new(|| memmem::Finder::new(NOTIFICATION));
static SYSLOG_COLON: LazyLock<memmem::Finder> = LazyLock::new(|| memmem::Finder::new("]: "));

/// True when the line announces a notification (a bounce) by its new ID.
pub fn has_notification(line: &str) -> bool {
    NOTIFICATION_SEARCH.find(line.as_bytes()).is_some()
}
const QUEUED_AS: &str = "queued as ";
static QUEUED_AS_SEARCH: LazyLock<memmem::Finder> =
    LazyLock::new(|| memmem::Finder::new(QUEUED_AS));

pub fn is_word(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_'
}

/// The alphanumeric run starting at `at`.
fn alnum_run(bytes: &[u8], at: usize) -> usize {
    bytes.get(at..).map_or(0, |rest| {
        rest.iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count()
    })
}

/// A Postfix queue ID: short (uppercase hex, 6..=16) or long (base 52 + `z`).
fn is_postfix_id(token: &str) -> bool {
    let bytes = token.as_bytes();
    if !(6..=20).contains(&bytes.len()) || !bytes.iter().all(u8::is_ascii_alphanumeric) {
        return false;
    }
    let short = bytes.len() <= 16
        && bytes
            .iter()
            .all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(b));
    let long = bytes.len() >= 12
        && bytes.iter().any(u8::is_ascii_digit)
        && bytes.iter().any(u8::is_ascii_lowercase);
    short || long
}

/// A Sendmail queue ID: 6..=20 alphanumerics with a digit (`u1234ABC012345`).
fn is_sendmail_id(token: &str) -> bool {
    let bytes = token.as_bytes();
    (6..=20).contains(&bytes.len())
        && bytes.iter().all(u8::is_ascii_alphanumeric)
        && bytes.iter().any(u8::is_ascii_digit)
}

/// Length of an Exim message ID starting at `at`, if one starts there.
fn exim_id_at(bytes: &[u8], at: usize) -> Option<usize> {
    if at > 0 && is_word(bytes[at - 1]) {
        return None;
    }
    if alnum_run(bytes, at) != 6 || bytes.get(at + 6) != Some(&b'-') {
        return None;
    }
    let middle = alnum_run(bytes, at + 7);
    if !(middle == 6 || middle == 11) || bytes.get(at + 7 + middle) != Some(&b'-') {
        return None;
    }
    let tail_at = at + 8 + middle;
    let tail = alnum_run(bytes, tail_at);
    if !(tail == 2 || tail == 4) || bytes.get(tail_at + tail).is_some_and(|&b| is_word(b)) {
        return None;
    }
    Some(tail_at + tail - at)
}

/// Every Exim ID on the line, in order.
fn exim_ids(line: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = line.as_bytes();
    memchr::memchr_iter(b'-', bytes).filter_map(move |dash| {
        let start = dash.checked_sub(6)?;
        exim_id_at(bytes, start).map(|len| start..start + len)
    })
}

/// The program of a syslog line and where its message starts:
/// `... postfix/smtp[4242]: rest` -> (`postfix/smtp`, offset of `rest`).
fn syslog_program(line: &str) -> Option<(&str, usize)> {
    let colon = SYSLOG_COLON.find(line.as_bytes())?;
    let open = line[..colon].rfind('[')?;
    let program_start = line[..open].rfind(' ').map_or(0, |i| i + 1);
    Some((&line[program_start..open], colon + 3))
}

/// The message a line is about, with its kind.
pub fn owner(line: &str) -> Option<(Range<usize>, IdKind)> {
    if let Some((program, rest)) = syslog_program(line) {
        let kind = if program.starts_with("postfix") {
            Some(IdKind::Postfix)
        } else if program == "sendmail" || program.starts_with("sm-") {
            Some(IdKind::Sendmail)
        } else {
            None
        };
        if let Some(kind) = kind {
            let len = alnum_run(line.as_bytes(), rest);
            let token = &line[rest..rest + len];
            let valid = line[rest + len..].starts_with(':')
                && match kind {
                    IdKind::Postfix => is_postfix_id(token),
                    _ => is_sendmail_id(token),
                };
            return valid.then_some((rest..rest + len, kind));
        }
    }
    // Exim: the ID follows the timestamp (and pid), near the start.
    let head = crate::analysis::lines::clip(line, 96);
    exim_ids(head).next().map(|range| (range, IdKind::Exim))
}

/// Every ID on a line: its owner, bounce notifications, `queued as`, and
/// (Exim) every ID-shaped token.
pub fn ids_in_line(line: &str) -> Vec<IdToken> {
    let mut out = Vec::new();
    let owner = owner(line);
    if let Some((range, kind)) = &owner {
        out.push(IdToken {
            range: range.clone(),
            kind: *kind,
            role: Role::Owner,
        });
    }
    let kind = owner.as_ref().map_or(IdKind::Postfix, |(_, kind)| *kind);
    let bytes = line.as_bytes();
    for (marker, role) in [
        (&*NOTIFICATION_SEARCH, Role::Notification),
        (&*QUEUED_AS_SEARCH, Role::QueuedAs),
    ] {
        for found in marker.find_iter(bytes) {
            let at = found + marker.needle().len();
            let len = alnum_run(bytes, at);
            let token = &line[at..at + len];
            let ok = len > 0
                && !bytes.get(at + len).is_some_and(|&b| is_word(b))
                && (is_postfix_id(token) || is_sendmail_id(token));
            if ok {
                out.push(IdToken {
                    range: at..at + len,
                    kind,
                    role,
                });
            }
        }
    }
    for range in exim_ids(line) {
        if !out.iter().any(|t| t.range == range) {
            out.push(IdToken {
                range,
                kind: IdKind::Exim,
                role: Role::Mention,
            });
        }
    }
    out.sort_by_key(|t| t.range.start);
    out
}

/// The ID under byte `column` of `line` (either edge counts).
pub fn id_at(line: &str, column: usize) -> Option<IdToken> {
    ids_in_line(line)
        .into_iter()
        .find(|t| t.range.start <= column && column <= t.range.end)
}

/// Every occurrence of `id` in `text` as a whole token, as byte ranges.
pub fn occurrences(text: &str, id: &str) -> Vec<Range<usize>> {
    occurrences_in(text, id)
}

/// [`occurrences`] in any [`Text`].
pub fn occurrences_in<T: Text + ?Sized>(text: &T, id: &str) -> Vec<Range<usize>> {
    if id.is_empty() {
        return Vec::new();
    }
    text.find_all(id.as_bytes())
        .into_iter()
        .filter(|&at| {
            let before = at == 0 || text.byte(at - 1).is_none_or(|b| !is_word(b));
            let after = text.byte(at + id.len()).is_none_or(|b| !is_word(b));
            before && after
        })
        .map(|at| at..at + id.len())
        .collect()
}

/// The message an ID belongs to: a bounce's new ID belongs to the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// The original message's ID first, then its notifications' IDs.
    pub ids: Vec<String>,
    /// Every occurrence of any of the IDs, in text order.
    pub occurrences: Vec<Range<usize>>,
}

impl Message {
    /// One range per line: the first occurrence on each line, in order.
    pub fn lines<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Range<usize>> + 'a {
        self.lines_in(text).into_iter()
    }

    /// [`Message::lines`] in any [`Text`].
    pub fn lines_in<T: Text + ?Sized>(&self, text: &T) -> Vec<Range<usize>> {
        let mut last_line = usize::MAX;
        self.occurrences
            .iter()
            .filter_map(|range| {
                let line_start = text.line_start(range.start);
                (line_start != last_line).then(|| {
                    last_line = line_start;
                    range.clone()
                })
            })
            .collect()
    }

    /// The first occurrence: on the message's first line.
    pub fn first(&self) -> Option<Range<usize>> {
        self.occurrences.first().cloned()
    }
}

/// Gathers the message of `id`: up to its original (when `id` is a bounce's
/// new ID), then down to its notifications.
pub fn message_of(text: &str, id: &str) -> Message {
    message_in(text, id)
}

/// [`message_of`] in any [`Text`].
pub fn message_in<T: Text + ?Sized>(text: &T, id: &str) -> Message {
    let mut root = id.to_string();
    // Up: is `id` the new ID of a notification?
    for range in occurrences_in(text, id) {
        let (start, line) = text.line_around(range.start);
        if line[..range.start - start].ends_with(NOTIFICATION) {
            if let Some((owner, _)) = owner(&line) {
                let owner = &line[owner];
                if owner != id {
                    root = owner.to_string();
                }
            }
            break;
        }
    }
    let mut ids = vec![root.clone()];
    let mut occurrences_all = occurrences_in(text, &root);
    // Down: notifications created for the root (one level: bounces of bounces are not sent).
    let mut children = Vec::new();
    for range in &occurrences_all {
        let (_, line) = text.line_around(range.start);
        if has_notification(&line) {
            for token in ids_in_line(&line) {
                if token.role == Role::Notification {
                    let child = &line[token.range.clone()];
                    if child != root && !children.iter().any(|c: &String| c == child) {
                        children.push(child.to_string());
                    }
                }
            }
        }
    }
    for child in children {
        occurrences_all.extend(occurrences_in(text, &child));
        ids.push(child);
    }
    occurrences_all.sort_by_key(|r| r.start);
    occurrences_all.dedup();
    Message {
        ids,
        occurrences: occurrences_all,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::test_support::Cursor;

    fn id_under(marked: &str) -> Option<String> {
        let Cursor {
            text: line,
            offset: column,
            ..
        } = Cursor::new(marked);
        id_at(&line, column).map(|t| format!("{:?} {:?} {}", t.kind, t.role, &line[t.range]))
    }

    #[test]
    fn postfix_ids() {
        assert_eq!(
            id_under(
                "Nov 22 09:44:03 mx postfix/smtp[4242]: 3F2A$041C0A2: to=<a@b.c>, status=sent"
            ),
            Some("Postfix Owner 3F2A41C0A2".into())
        );
        assert_eq!(
            id_under("Nov 22 09:44:03 mx postfix/qmgr[4]: 4bVjF55bDkz9tq3$0: from=<a@b>, size=1"),
            Some("Postfix Owner 4bVjF55bDkz9tq3".into())
        );
        assert_eq!(
            id_under(
                "Nov 22 mx postfix-out/smtp[4]: 3F2A41C0A2: to=<a@b>, status=sent (250 2.0.0 Ok: queued as 9A8$0B7C6D5E)"
            ),
            Some("Postfix QueuedAs 9A8B7C6D5E".into())
        );
        assert_eq!(
            id_under(
                "Nov 22 mx postfix/bounce[9]: 3F2A41C0A2: sender non-delivery notification: $04B3C2D1E0F"
            ),
            Some("Postfix Notification 4B3C2D1E0F".into())
        );
        // Not IDs: NOQUEUE, warning:, a pid, a word.
        assert_eq!(
            id_under(
                "Nov 22 mx postfix/smtpd[9]: NOQ$0UEUE: reject: RCPT from x[1.2.3.4]: 554 5.7.1"
            ),
            None
        );
        assert_eq!(
            id_under("Nov 22 mx postfix/smtpd[9]: warn$0ing: hostname x"),
            None
        );
        assert_eq!(
            id_under("Nov 22 mx postfix/smtpd[9$09]: connect from x"),
            None
        );
    }

    #[test]
    fn sendmail_and_exim_ids() {
        assert_eq!(
            id_under("Nov 22 09:44:03 mx sm-mta[42]: u1234A$0BC012345: from=<a@b>, size=1"),
            Some("Sendmail Owner u1234ABC012345".into())
        );
        assert_eq!(
            id_under("Nov 22 09:44:03 mx sendmail[42]: $0g9JAXL600873: to=<a@b>, stat=Sent"),
            Some("Sendmail Owner g9JAXL600873".into())
        );
        assert_eq!(
            id_under("1999-03-02 09:44:33 10HmaX-00$00000005vi-0000 => userx@domain.com R=try"),
            Some("Exim Owner 10HmaX-000000005vi-0000".into())
        );
        assert_eq!(
            id_under("2024-01-02 10:00:00 [123] 1abcDE-000123-AB$0 <= a@b.c H=x"),
            Some("Exim Owner 1abcDE-000123-AB".into())
        );
        assert_eq!(
            id_under("2024-01-02 10:00:00 1abcDE-000123-AB <= <> R=$01abcDF-000124-CD U=exim"),
            Some("Exim Mention 1abcDF-000124-CD".into())
        );
        assert_eq!(id_under("2024-01-02 10:0$00:00 x-y-z"), None);
        assert_eq!(id_under("a 1abcDE-000123-ABC$0 b"), None);
    }

    const LOG: &str = "\
Nov 22 09:44:01 mx postfix/smtpd[10]: 3F2A41C0A2: client=x[192.0.2.1]
Nov 22 09:44:01 mx postfix/qmgr[11]: 3F2A41C0A2: from=<a@b.c>, size=100, nrcpt=1 (queue active)
Nov 22 09:44:02 mx postfix/smtpd[10]: 9F2A41C0A2: client=y[192.0.2.2]
Nov 22 09:44:03 mx postfix/smtp[12]: 3F2A41C0A2: to=<x@y.z>, relay=mx.y.z[192.0.2.9]:25, dsn=5.1.1, status=bounced (host mx.y.z said: 550 5.1.1 unknown)
Nov 22 09:44:03 mx postfix/bounce[13]: 3F2A41C0A2: sender non-delivery notification: 4B3C2D1E0F
Nov 22 09:44:03 mx postfix/qmgr[11]: 4B3C2D1E0F: from=<>, size=2000, nrcpt=1 (queue active)
Nov 22 09:44:03 mx postfix/qmgr[11]: 3F2A41C0A2: removed
Nov 22 09:44:04 mx postfix/local[14]: 4B3C2D1E0F: to=<a@b.c>, relay=local, dsn=2.0.0, status=sent (delivered to mailbox)
Nov 22 09:44:04 mx postfix/qmgr[11]: 4B3C2D1E0F: removed
Nov 22 09:44:05 mx postfix/cleanup[15]: X3F2A41C0A2: not an occurrence
";

    fn line_numbers(text: &str, ranges: impl Iterator<Item = Range<usize>>) -> Vec<usize> {
        ranges
            .map(|r| text[..r.start].bytes().filter(|&b| b == b'\n').count())
            .collect()
    }

    #[test]
    fn occurrences_are_whole_tokens() {
        let found = occurrences(LOG, "3F2A41C0A2");
        assert_eq!(line_numbers(LOG, found.into_iter()), [0, 1, 3, 4, 6]);
        assert!(occurrences(LOG, "").is_empty());
        assert!(occurrences(LOG, "3F2A41").is_empty());
    }

    #[test]
    fn a_bounce_belongs_to_its_original() {
        let from_original = message_of(LOG, "3F2A41C0A2");
        assert_eq!(from_original.ids, ["3F2A41C0A2", "4B3C2D1E0F"]);
        assert_eq!(
            line_numbers(LOG, from_original.lines(LOG)),
            [0, 1, 3, 4, 5, 6, 7, 8]
        );
        let from_bounce = message_of(LOG, "4B3C2D1E0F");
        assert_eq!(from_bounce, from_original);
        assert_eq!(line_numbers(LOG, from_bounce.first().into_iter()), [0]);
        let other = message_of(LOG, "9F2A41C0A2");
        assert_eq!(line_numbers(LOG, other.lines(LOG)), [2]);
    }
}
