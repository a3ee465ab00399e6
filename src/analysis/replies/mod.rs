//! The reply grammar: where SMTP codes stand in logs, bounces, transcripts
//! and JSON, recognised by their shape and their context, never as bare
//! numbers. One module for every reader: diagnostics, hover, tokens,
//! outline, `check`, `summary`.
//!
//! A **reply** is a code `[2-5][0-9][0-9]` standing alone (not inside a
//! word, a number, an address or a URL), then a separator (space, `-`, `:`,
//! ` - `, or the end of the line) and either an enhanced code or the reply's
//! text. It is taken for one when:
//!
//! - an enhanced code of the same class follows it (`550 5.1.1`,
//!   `550-5.1.1`, `550 #5.1.0`, `550-'5.7.1`): a strong signal on its own,
//!   anywhere;
//! - it stands where a server's answer stands: after a phrase that
//!   introduces one (a key or clause with a word such as *said*, *reply*,
//!   *reject*, *status*, *error*, *code*, *response*, *returned*, *reason*,
//!   *refused*, *failed*, *deferred*; then `:`, `=`, `,` or nothing:
//!   `said: 550`, `reply=550`, `ERROR_CODE :550`, `ResponseCode 421`,
//!   `"smtpResponse":"550`; a quoted command inside the clause is one of
//!   its words: `response to "MAIL FROM:<a@b>" was: 550`), after a
//!   diagnostic type (`smtp; 550`), after a
//!   transcript marker (`<<< 550`, `>>> `), after a host, an IP address in
//!   brackets or a mail address and a colon (`host mx [192.0.2.1]: 550`,
//!   `<a@example.org>: 550`), right after another reply's codes or after
//!   `...`, `->`, ` - ` inside a reply (`550 550 5.1.1`,
//!   `554 <a@b>... 550 Host unknown`);
//! - in a bounce's own text or delivery-status fields, it opens a line
//!   (after blanks and `>` quote marks), or opens a line after a line that
//!   ended with an introducing phrase, or continues a multi-line reply
//!   (`550-...` then `550 ...`);
//! - it repeats, after a blank, the code of a multi-line reply flattened
//!   onto one line or onto folded lines (`554-text 554-text 554 text`):
//!   each repetition begins a line of the same reply, and ends the text of
//!   the line before.
//!
//! An **enhanced code** `[245].[0-9]{1,3}.[0-9]{1,3}` stands alone (not in an
//! IP address or a version) and is taken for one after a reply code, after
//! a status key (`dsn=`, `Status:`, `"status":"`), after a diagnostic type
//! (`smtp; 5.1.0`), after `#` (`(#5.1.1)`), after an introducing phrase
//! (`not accepted: 5.7.1 ...`), after an address (`(5.1.1 <a@b>... `), or
//! opening a line of a bounce's own text followed by words; an enhanced code
//! at the end of a line pairs with a reply code that ended the line before
//! (a reply wrapped after its code).
//!
//! A number followed by a unit (`5.1.1 GB`, `550 ms`) is a quantity.
//!
//! Contexts are **strong** (a pair, `said:`, `reply=`, `reject=`, `dsn=`,
//! `stat=`, `Status:`, `smtp;`, a transcript marker, a reply opening the
//! line after a line that ended by introducing an answer) or **weak** (the
//! rest). In a strong context any code shape is read (a malformed or
//! impossible one is then diagnosed); a weak context takes only plausible
//! codes (a reply code that can exist, an enhanced code well formed, and
//! registered or a vendor's when it stands alone) and never leads to an
//! error or a warning.
//!
//! Each reply found carries the span of its text: the words after its
//! codes to the end of that reply (a closing bracket or quote that opened
//! before it, Postfix's `(in reply to ... command)`, the end of the line or,
//! in a bounce, of its continuation lines).
//!
//! A log is scanned with one multi-literal search for the words and shapes
//! that can introduce a code (no work at all on other lines); each line that
//! has one is read on its own, so an edit re-reads only the lines it
//! touches. A bounce is read as MIME (see [`bounce`]): every text decoded,
//! each line read with what the previous one said.

pub mod bounce;
mod grammar;
mod words;

#[cfg(test)]
mod tests;

use crate::analysis::FileKind;
use crate::codes::enhanced::{EnhancedCode, Malformed};
use crate::codes::reply::ReplyCode;
use std::ops::Range;

pub(crate) use grammar::{LineState, Place};

/// An enhanced code as written: well formed or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EnhancedToken {
    Valid(EnhancedCode),
    Malformed(Malformed),
}

/// How sure the context makes a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Only plausible codes are read; no error or warning comes of them.
    Weak,
    /// Any code shape is read, and diagnosed.
    Strong,
}

/// One code occurrence: a reply code, an enhanced code, or both together
/// (`550 5.1.1`). Ranges are byte offsets in the text that was read (a
/// line, or a bounce's decoded text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeFound {
    pub reply: Option<(Range<usize>, ReplyCode)>,
    pub enhanced: Option<(Range<usize>, EnhancedToken)>,
    /// The reply's text: the words after its codes, to the end of that
    /// reply (may be empty).
    pub text: Range<usize>,
    pub strength: Strength,
}

impl CodeFound {
    /// A code the user wrote (a config's value): read as written, diagnosed
    /// in full, no reply text.
    pub(crate) fn written(
        reply: Option<(Range<usize>, ReplyCode)>,
        enhanced: Option<(Range<usize>, EnhancedToken)>,
    ) -> CodeFound {
        let end = enhanced
            .as_ref()
            .map(|(r, _)| r.end)
            .or_else(|| reply.as_ref().map(|(r, _)| r.end))
            .unwrap_or(0);
        CodeFound {
            reply,
            enhanced,
            text: end..end,
            strength: Strength::Strong,
        }
    }

    /// The whole span, from the first code to the last.
    pub fn span(&self) -> Range<usize> {
        let start = self
            .reply
            .as_ref()
            .map(|(r, _)| r.start)
            .or_else(|| self.enhanced.as_ref().map(|(r, _)| r.start))
            .unwrap_or(0);
        let end = self
            .enhanced
            .as_ref()
            .map(|(r, _)| r.end)
            .or_else(|| self.reply.as_ref().map(|(r, _)| r.end))
            .unwrap_or(0);
        start..end.max(start)
    }

    /// True when `offset` is on (or just after) one of the codes.
    pub fn contains(&self, offset: usize) -> bool {
        let inside = |range: &Range<usize>| range.start <= offset && offset <= range.end;
        self.reply.as_ref().is_some_and(|(r, _)| inside(r))
            || self.enhanced.as_ref().is_some_and(|(r, _)| inside(r))
    }
}

/// Where the lines of a file kind stand, for the grammar.
fn place_of(kind: FileKind) -> Place {
    match kind {
        FileKind::Bounce => Place::Report,
        _ => Place::Log,
    }
}

/// True when lines of this kind are searched for the words that may
/// introduce a code before they are read: logs, written by servers in
/// fixed phrases. A bounce's lines or a text of no known kind (a
/// transcript, a pasted reply) are all read.
fn prefiltered(kind: FileKind) -> bool {
    kind == FileKind::MailLog
}

/// True when the line may hold a code (cheap test before [`scan_line`]).
pub fn may_have_codes(kind: FileKind, line: &str) -> bool {
    !prefiltered(kind) || words::may_introduce(line)
}

/// Calls `visit(line_start, line_end)` for every line of `text` that may
/// hold a code, in order, each once. One search over the whole text, none
/// again per line.
pub fn for_each_candidate(kind: FileKind, text: &str, mut visit: impl FnMut(usize, usize)) {
    if !prefiltered(kind) {
        for (_, start, line) in crate::analysis::lines::lines(text) {
            visit(start, start + line.len());
        }
        return;
    }
    // Once a line is offered, the search goes on after it.
    let mut from = 0;
    while let Some(at) = words::next_introducer(text, from) {
        let (start, end) = crate::analysis::lines::line_around(text, at);
        visit(start, end);
        from = end + 1;
    }
}

/// The lines [`for_each_candidate`] visits, as `(line_start, line_end)`.
pub fn candidate_lines(kind: FileKind, text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for_each_candidate(kind, text, |start, end| out.push((start, end)));
    out
}

/// Reads one line on its own: every code in a reply context.
pub fn scan_line(kind: FileKind, line: &str) -> Vec<CodeFound> {
    let mut found = Vec::new();
    scan_line_into(kind, line, &mut found);
    found
}

/// [`scan_line`] into `found` (cleared first): a whole document's scan
/// reuses one buffer.
pub fn scan_line_into(kind: FileKind, line: &str, found: &mut Vec<CodeFound>) {
    found.clear();
    if may_have_codes(kind, line) {
        grammar::scan_line(place_of(kind), line, &LineState::default(), found);
    }
}

/// [`scan_line_into`] for a line [`for_each_candidate`] offered: not
/// searched again.
pub fn scan_candidate_into(kind: FileKind, line: &str, found: &mut Vec<CodeFound>) {
    found.clear();
    grammar::scan_line(place_of(kind), line, &LineState::default(), found);
}
