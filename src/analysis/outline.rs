//! A log read like a postmaster reads it: one entry per message (ID,
//! sender, recipients, final status), and the outcome of each delivery line
//! (`status=sent|deferred|bounced|expired`, rejects), counted by enhanced code.
//!
//! The outline reads every line once, in place (allocations are per
//! message, not per line), from a whole text or a rope's chunks. The summary
//! only reads the lines a multi-literal search finds.

use super::FileKind;
use super::queue_ids::{self, IdKind};
use super::replies::{self, EnhancedToken};
use crate::codes::enhanced::EnhancedCode;
use memchr::memmem;
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::sync::LazyLock;

// Searched for in every line: each searcher is built once, not per call.
static STATUS: LazyLock<memmem::Finder> = LazyLock::new(|| memmem::Finder::new("status="));
static STAT: LazyLock<memmem::Finder> = LazyLock::new(|| memmem::Finder::new("stat="));
static DSN_5: LazyLock<memmem::Finder> = LazyLock::new(|| memmem::Finder::new("dsn=5."));
static DSN_4: LazyLock<memmem::Finder> = LazyLock::new(|| memmem::Finder::new("dsn=4."));
static REJECT_COLON: LazyLock<memmem::Finder> = LazyLock::new(|| memmem::Finder::new(" reject: "));
static REJECT_EQUALS: LazyLock<memmem::Finder> = LazyLock::new(|| memmem::Finder::new(" reject="));
static REJECTED: LazyLock<memmem::Finder> = LazyLock::new(|| memmem::Finder::new(" rejected "));
static FROM: LazyLock<memmem::Finder> = LazyLock::new(|| memmem::Finder::new("from=<"));
static TO: LazyLock<memmem::Finder> = LazyLock::new(|| memmem::Finder::new("to=<"));

/// What happened to a delivery (or to a message, at its end).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Sent,
    Deferred,
    Bounced,
    Expired,
    Rejected,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Sent,
        Status::Deferred,
        Status::Bounced,
        Status::Expired,
        Status::Rejected,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Status::Sent => "sent",
            Status::Deferred => "deferred",
            Status::Bounced => "bounced",
            Status::Expired => "expired",
            Status::Rejected => "rejected",
        }
    }

    /// The class digit of the outcome: 2 done, 4 will retry, 5 failed.
    pub fn class_digit(self) -> u8 {
        match self {
            Status::Sent => 2,
            Status::Deferred => 4,
            _ => 5,
        }
    }
}

/// The outcome of one line, if it reports one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub status: Status,
    /// The status word's byte columns (`sent` in `status=sent`), if written.
    pub word: Option<Range<usize>>,
    /// The first well-formed enhanced code on the line (`dsn=5.1.1`).
    pub code: Option<EnhancedCode>,
}

fn word_after(line: &str, at: usize) -> Range<usize> {
    let len = line.as_bytes()[at..]
        .iter()
        .take_while(|b| b.is_ascii_alphabetic())
        .count();
    at..at + len
}

fn first_code(kind: FileKind, line: &str) -> Option<EnhancedCode> {
    replies::scan_line(kind, line)
        .into_iter()
        .find_map(|found| match found.enhanced {
            Some((_, EnhancedToken::Valid(code))) => Some(code),
            _ => None,
        })
}

/// The status of one line and its word's columns (see [`line_outcome`]).
fn outcome_word(line: &str) -> Option<(Status, Option<Range<usize>>)> {
    let bytes = line.as_bytes();
    let (status, word) = if let Some(at) = STATUS.find(bytes) {
        let word = word_after(line, at + 7);
        let status = match &line[word.clone()] {
            "sent" | "delivered" => Status::Sent,
            "deferred" => Status::Deferred,
            "bounced" => Status::Bounced,
            "expired" => Status::Expired,
            _ => return None,
        };
        (status, Some(word))
    } else if let Some(at) = STAT.find(bytes) {
        let word = word_after(line, at + 5);
        let status = match &line[word.clone()] {
            "Sent" => Status::Sent,
            "Deferred" => Status::Deferred,
            _ if DSN_5.find(bytes).is_some() => Status::Bounced,
            _ if DSN_4.find(bytes).is_some() => Status::Deferred,
            _ => return None,
        };
        (status, Some(word))
    } else if let Some(at) = REJECT_COLON.find(bytes) {
        (Status::Rejected, Some(at + 1..at + 7))
    } else if let Some(at) = REJECT_EQUALS.find(bytes) {
        (Status::Rejected, Some(at + 1..at + 7))
    } else if let Some((id, IdKind::Exim)) = queue_ids::owner(line) {
        let rest = &line[id.end..];
        let status = if rest.starts_with(" => ") || rest.starts_with(" -> ") {
            Status::Sent
        } else if rest.starts_with(" ** ") {
            Status::Bounced
        } else if rest.starts_with(" == ") {
            Status::Deferred
        } else if REJECTED.find(rest.as_bytes()).is_some() {
            Status::Rejected
        } else {
            return None;
        };
        (status, Some(id.end + 1..id.end + 3))
    } else if let Some(at) = REJECTED.find(bytes) {
        (Status::Rejected, Some(at + 1..at + 9))
    } else {
        return None;
    };
    Some((status, word))
}

/// Reads the outcome of one line: Postfix `status=`, Sendmail `stat=` and
/// `reject=`, Postfix `reject:`, Exim `=>`, `->`, `**`, `==` and `rejected`.
pub fn line_outcome(kind: FileKind, line: &str) -> Option<Outcome> {
    let (status, word) = outcome_word(line)?;
    Some(Outcome {
        status,
        word,
        code: first_code(kind, line),
    })
}

/// Lines that may report an outcome: one search over the whole text.
static OUTCOME_ANCHORS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"status=|stat=| reject: | reject=| rejected | => | -> | \*\* | == ")
        .expect("literal alternation")
});

/// The outcome status of one line, without reading its codes (the code
/// lens counts): the same as `line_outcome(..).status`.
pub fn line_status(line: &str) -> Option<Status> {
    if !OUTCOME_ANCHORS.is_match(line) {
        return None;
    }
    outcome_word(line).map(|(status, _)| status)
}

/// The outcome totals of a text given in pieces (a rope's chunks), read in
/// place: only a line cut by a chunk boundary is copied. Equal to
/// `summarize(..).totals` of the whole text.
pub fn count_outcomes<'a>(chunks: impl IntoIterator<Item = &'a str>) -> Counts {
    let mut counts = Counts::default();
    let mut add = |line: &str| {
        if let Some(status) = line_status(line) {
            counts.add(status);
        }
    };
    let mut carry = String::new();
    for chunk in chunks {
        let bytes = chunk.as_bytes();
        let Some(first) = memchr::memchr2(b'\n', b'\r', bytes) else {
            carry.push_str(chunk);
            continue;
        };
        carry.push_str(&chunk[..first]);
        add(&carry);
        carry.clear();
        let last = memchr::memrchr2(b'\n', b'\r', bytes).unwrap_or(first);
        // Whole lines: only those an anchor is on are read.
        let body = &chunk[first + 1..last + 1];
        let mut next_free = 0;
        for found in OUTCOME_ANCHORS.find_iter(body) {
            if found.start() < next_free {
                continue;
            }
            let (start, end) = super::lines::line_around(body, found.start());
            next_free = end + 1;
            add(&body[start..end]);
        }
        carry.push_str(&chunk[last + 1..]);
    }
    add(&carry);
    counts
}

/// Counts per outcome.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub sent: usize,
    pub deferred: usize,
    pub bounced: usize,
    pub expired: usize,
    pub rejected: usize,
}

impl Counts {
    pub fn add(&mut self, status: Status) {
        *self.get_mut(status) += 1;
    }

    fn get_mut(&mut self, status: Status) -> &mut usize {
        match status {
            Status::Sent => &mut self.sent,
            Status::Deferred => &mut self.deferred,
            Status::Bounced => &mut self.bounced,
            Status::Expired => &mut self.expired,
            Status::Rejected => &mut self.rejected,
        }
    }

    pub fn add_all(&mut self, other: Counts) {
        for status in Status::ALL {
            *self.get_mut(status) += other.get(status);
        }
    }

    /// Takes back an [`Counts::add_all`] (lines edited away).
    pub fn remove_all(&mut self, other: Counts) {
        for status in Status::ALL {
            let count = self.get_mut(status);
            *count = count.saturating_sub(other.get(status));
        }
    }

    pub fn get(&self, status: Status) -> usize {
        let mut copy = *self;
        *copy.get_mut(status)
    }

    pub fn total(&self) -> usize {
        Status::ALL.iter().map(|s| self.get(*s)).sum()
    }
}

/// Outcomes of a log, in total and by enhanced code (`None`: no code written).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub totals: Counts,
    /// Sorted by code, the lines without a code last.
    pub by_code: Vec<(Option<EnhancedCode>, Counts)>,
}

/// Reads every outcome line of a log once.
pub fn summarize(kind: FileKind, text: &str) -> Summary {
    let mut summary = Summary::default();
    let mut by_code: HashMap<Option<EnhancedCode>, Counts> = HashMap::new();
    let mut next_free = 0;
    for found in OUTCOME_ANCHORS.find_iter(text) {
        if found.start() < next_free {
            continue;
        }
        let (start, end) = super::lines::line_around(text, found.start());
        next_free = end + 1;
        if let Some(outcome) = line_outcome(kind, &text[start..end]) {
            summary.totals.add(outcome.status);
            by_code.entry(outcome.code).or_default().add(outcome.status);
        }
    }
    summary.by_code = by_code.into_iter().collect();
    summary
        .by_code
        .sort_by_key(|(code, _)| (code.is_none(), code.map(|c| (c.class, c.subject, c.detail))));
    summary
}

/// One message of the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageEntry {
    pub id: String,
    pub kind: IdKind,
    /// Byte range of the ID on its first line.
    pub id_range: Range<usize>,
    /// From the start of its first line to the end of its last (and of its
    /// notifications' lines).
    pub range: Range<usize>,
    pub sender: Option<String>,
    pub recipients: Vec<String>,
    /// The last outcome seen: the final status.
    pub status: Option<Status>,
    /// Outcomes of its deliveries.
    pub counts: Counts,
    /// The message this one notifies about (a bounce's original), by index.
    pub parent: Option<usize>,
}

/// The value of `key<value>`; `key` ends with `<`.
fn angle_value(line: &str, key: &memmem::Finder) -> Option<String> {
    let at = key.find(line.as_bytes())? + key.needle().len();
    let end = line[at..].find('>')?;
    Some(line[at..at + end].to_string())
}

/// One entry per message, in order of first appearance.
pub fn outline(kind: FileKind, text: &str) -> Vec<MessageEntry> {
    let mut outline = Outline::new(kind, usize::MAX);
    for (_, line_start, line) in super::lines::lines(text) {
        outline.line(line_start, line);
    }
    outline.finish().0
}

/// [`outline`] made line by line, from a text in pieces as well, listing
/// at most `limit` messages: the others are only counted (by a hash of
/// their ID), so a log of a million messages costs little memory.
pub struct Outline {
    kind: FileKind,
    limit: usize,
    entries: Vec<MessageEntry>,
    index: HashMap<String, usize>,
    /// A notification's ID -> the message it is about.
    parents: HashMap<String, usize>,
    unlisted: HashSet<u64>,
}

impl Outline {
    pub fn new(kind: FileKind, limit: usize) -> Outline {
        Outline {
            kind,
            limit,
            entries: Vec::new(),
            index: HashMap::new(),
            parents: HashMap::new(),
            unlisted: HashSet::new(),
        }
    }

    /// The next line, starting at `line_start` in the text.
    pub fn line(&mut self, line_start: usize, line: &str) {
        let Some((id_range, id_kind)) = queue_ids::owner(line) else {
            return;
        };
        let id = &line[id_range.clone()];
        let line_end = line_start + line.len();
        let at = match self.index.get(id) {
            Some(&at) => at,
            None if self.entries.len() >= self.limit => {
                let mut hasher = std::hash::DefaultHasher::new();
                id.hash(&mut hasher);
                self.unlisted.insert(hasher.finish());
                return;
            }
            None => {
                self.entries.push(MessageEntry {
                    id: id.to_string(),
                    kind: id_kind,
                    id_range: line_start + id_range.start..line_start + id_range.end,
                    range: line_start..line_end,
                    sender: None,
                    recipients: Vec::new(),
                    status: None,
                    counts: Counts::default(),
                    parent: self.parents.get(id).copied(),
                });
                self.index.insert(id.to_string(), self.entries.len() - 1);
                self.entries.len() - 1
            }
        };
        let entry = &mut self.entries[at];
        entry.range.end = line_end;
        let rest = &line[id_range.end..];
        if entry.sender.is_none() {
            entry.sender = angle_value(rest, &FROM).or_else(|| {
                rest.strip_prefix(" <= ")
                    .map(|s| s.split(' ').next().unwrap_or("").to_string())
            });
        }
        let recipient = angle_value(rest, &TO).or_else(|| {
            ["=> ", "-> ", "** ", "== "]
                .iter()
                .find_map(|m| rest.strip_prefix(' ').and_then(|r| r.strip_prefix(m)))
                .map(|s| s.split(' ').next().unwrap_or("").to_string())
        });
        if let Some(recipient) = recipient
            && !entry.recipients.contains(&recipient)
        {
            entry.recipients.push(recipient);
        }
        if let Some(outcome) = line_outcome(self.kind, line) {
            entry.status = Some(outcome.status);
            entry.counts.add(outcome.status);
        }
        if queue_ids::has_notification(rest) {
            for token in queue_ids::ids_in_line(line) {
                if token.role == queue_ids::Role::Notification {
                    self.parents.insert(line[token.range].to_string(), at);
                }
            }
        }
    }

    /// The listed messages, and how many more the text has.
    pub fn finish(self) -> (Vec<MessageEntry>, usize) {
        let Outline {
            mut entries,
            parents,
            unlisted,
            ..
        } = self;
        // A notification's first line may come before the line announcing it
        // (Postfix logs the bounce's `cleanup` line first).
        for (at, entry) in entries.iter_mut().enumerate() {
            if entry.parent.is_none()
                && let Some(&parent) = parents.get(entry.id.as_str())
                && parent != at
            {
                entry.parent = Some(parent);
            }
        }
        // A parent's range covers its notifications'.
        for i in (0..entries.len()).rev() {
            if let Some(parent) = entries[i].parent {
                let end = entries[i].range.end;
                let parent = &mut entries[parent];
                parent.range.end = parent.range.end.max(end);
            }
        }
        (entries, unlisted.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LOG: &str = "\
Nov 22 09:44:01 mx postfix/smtpd[10]: 3F2A41C0A2: client=x[192.0.2.1]
Nov 22 09:44:01 mx postfix/qmgr[11]: 3F2A41C0A2: from=<a@b.c>, size=100, nrcpt=2 (queue active)
Nov 22 09:44:02 mx postfix/smtpd[10]: NOQUEUE: reject: RCPT from y[192.0.2.2]: 554 5.7.1 <q@r.s>: Relay access denied; from=<p@q> to=<q@r.s> proto=ESMTP helo=<y>
Nov 22 09:44:03 mx postfix/smtp[12]: 3F2A41C0A2: to=<x@y.z>, relay=mx.y.z[192.0.2.9]:25, dsn=5.1.1, status=bounced (host mx.y.z said: 550 5.1.1 unknown)
Nov 22 09:44:03 mx postfix/smtp[12]: 3F2A41C0A2: to=<w@y.z>, relay=mx.y.z[192.0.2.9]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok)
Nov 22 09:44:03 mx postfix/cleanup[14]: 4B3C2D1E0F: message-id=<b@mx>
Nov 22 09:44:03 mx postfix/bounce[13]: 3F2A41C0A2: sender non-delivery notification: 4B3C2D1E0F
Nov 22 09:44:03 mx postfix/qmgr[11]: 4B3C2D1E0F: from=<>, size=2000, nrcpt=1 (queue active)
Nov 22 09:44:03 mx postfix/qmgr[11]: 3F2A41C0A2: removed
Nov 22 09:44:04 mx postfix/local[14]: 4B3C2D1E0F: to=<a@b.c>, relay=local, dsn=2.0.0, status=sent (delivered to mailbox)
Nov 22 09:44:05 mx postfix/qmgr[11]: 4B3C2D1E0F: removed
1999-03-02 09:44:33 10HmaX-000000005vi-0000 <= CALLER@test.ex U=CALLER P=local S=300
1999-03-02 09:44:33 10HmaX-000000005vi-0000 ** userx@domain.com R=r1 T=t1 H=127.0.0.1 [127.0.0.1] : SMTP error from remote mail server after RCPT TO:<userx@domain.com>: 550 5.1.1 NOTOK
";

    #[test]
    fn messages_past_the_limit_are_counted_not_listed() {
        let mut whole = Outline::new(FileKind::MailLog, usize::MAX);
        let mut capped = Outline::new(FileKind::MailLog, 1);
        for (_, start, line) in crate::analysis::lines::lines(LOG) {
            whole.line(start, line);
            capped.line(start, line);
        }
        let (all, none_hidden) = whole.finish();
        let (listed, hidden) = capped.finish();
        assert_eq!((all.len(), none_hidden), (3, 0));
        assert_eq!((listed.len(), hidden), (1, 2));
        assert_eq!(listed[0].id, all[0].id);
        assert_eq!(listed[0].recipients, all[0].recipients);
        assert_eq!(listed[0].status, all[0].status);
    }

    #[test]
    fn one_entry_per_message() {
        let entries = outline(FileKind::MailLog, LOG);
        let shown: Vec<String> = entries
            .iter()
            .map(|e| {
                format!(
                    "{} {:?} from={:?} to={:?} {:?} parent={:?} {}",
                    e.id,
                    e.kind,
                    e.sender,
                    e.recipients,
                    e.status,
                    e.parent,
                    &LOG[e.id_range.clone()]
                )
            })
            .collect();
        assert_eq!(
            shown,
            [
                "3F2A41C0A2 Postfix from=Some(\"a@b.c\") to=[\"x@y.z\", \"w@y.z\"] Some(Sent) parent=None 3F2A41C0A2",
                "4B3C2D1E0F Postfix from=Some(\"\") to=[\"a@b.c\"] Some(Sent) parent=Some(0) 4B3C2D1E0F",
                "10HmaX-000000005vi-0000 Exim from=Some(\"CALLER@test.ex\") to=[\"userx@domain.com\"] Some(Bounced) parent=None 10HmaX-000000005vi-0000",
            ]
        );
        // The original's range covers its bounce's last line.
        let bounce_end = LOG.find("4B3C2D1E0F: removed").unwrap();
        assert!(entries[0].range.end > bounce_end);
        assert_eq!(entries[0].counts.bounced, 1);
        assert_eq!(entries[0].counts.sent, 1);
    }

    #[test]
    fn outcomes_by_code() {
        let summary = summarize(FileKind::MailLog, LOG);
        assert_eq!(
            summary.totals,
            Counts {
                sent: 2,
                deferred: 0,
                bounced: 2,
                expired: 0,
                rejected: 1
            }
        );
        let rows: Vec<String> = summary
            .by_code
            .iter()
            .map(|(code, counts)| format!("{code:?} {}", counts.total()))
            .collect();
        assert_eq!(rows.len(), 3);
        assert_eq!(summary.by_code[0].0, Some(EnhancedCode::new(2, 0, 0)));
        assert_eq!(summary.by_code[0].1.sent, 2);
        assert_eq!(summary.by_code[1].0, Some(EnhancedCode::new(5, 1, 1)));
        assert_eq!(summary.by_code[1].1.bounced, 2);
        assert_eq!(summary.by_code[2].0, Some(EnhancedCode::new(5, 7, 1)));
        assert_eq!(summary.by_code[2].1.rejected, 1);
    }

    #[test]
    fn counts_from_chunks_equal_the_summary() {
        let text = format!("{LOG}x status=sent\r\ny reject: z\rno outcome\n");
        let totals = summarize(FileKind::MailLog, &text).totals;
        assert_eq!(totals.sent, 3);
        for size in [1, 2, 3, 7, 64, 1000, text.len()] {
            let chunks: Vec<&str> = text
                .as_bytes()
                .chunks(size)
                .map(|c| std::str::from_utf8(c).unwrap())
                .collect();
            assert_eq!(count_outcomes(chunks), totals, "size {size}");
        }
        let per_line = text
            .lines()
            .filter_map(line_status)
            .fold(Counts::default(), |mut c, s| {
                c.add(s);
                c
            });
        assert_eq!(per_line, totals);
    }

    #[test]
    fn line_outcomes() {
        let status = |line: &str| line_outcome(FileKind::MailLog, line).map(|o| o.status);
        assert_eq!(
            status("x postfix/qmgr[1]: 3F2A41C0A2: from=<a@b>, status=expired, returned to sender"),
            Some(Status::Expired)
        );
        assert_eq!(
            status("x sendmail[42]: g9JAXL600873: to=<a@b>, dsn=4.0.0, stat=Deferred: 421 4.4.2 x"),
            Some(Status::Deferred)
        );
        assert_eq!(
            status("x sendmail[42]: g9JAXL600873: to=<a@b>, dsn=5.1.1, stat=User unknown"),
            Some(Status::Bounced)
        );
        assert_eq!(status("x postfix/smtpd[1]: connect from y[1.2.3.4]"), None);
        assert_eq!(
            status("x postfix/smtpd[1]: NOQUEUE: reject_warning: RCPT from y: 554 5.7.1 x"),
            None
        );
    }
}
