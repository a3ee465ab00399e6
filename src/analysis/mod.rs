//! Text in, findings with byte ranges out. Pure: no I/O, no LSP types.
//!
//! - This file: one entry point per feature ([`hover`], [`completion`],
//!   [`definition`], [`references`], [`highlights`], [`line_tokens`],
//!   [`line_hints`], [`outcome_counts`], [`document_diagnostics`],
//!   [`symbols::symbols`]), over any [`text::Text`] and absolute byte
//!   offsets: callers never choose a core function by file kind.
//! - `kinds`: which file is this (log, bounce, Postfix main.cf, ...) and
//!   every predicate on kinds.
//! - `replies`: the reply grammar: where codes stand in logs, bounces, transcripts.
//! - `mime`: a message decoded into parts and texts that map back to the document.
//! - `mime`: a message decoded into parts and texts that map back to the document.
//! - `diagnostics`, `hover`, `completion`, `tokens`, `outline`,
//!   `symbols`, `queue_ids`: one feature per file; `config/`: the configs.
//! - `parallel`: whole-text work on every core.
//! - `text`, `lines`: texts in pieces, lines as LSP counts them.
//!
//! Positions are byte offsets. Logs are analysed line by line: a finding
//! depends on one line only, so an edit re-analyses only the lines it touches.

pub mod bounce;
pub mod completion;
pub mod config;
pub mod diagnostics;
pub mod hover;
pub mod kinds;
pub mod lines;
pub mod mime;
#[cfg(test)]
mod multibyte_tests;
pub mod outline;
pub mod outline_symbol;
pub mod parallel;
pub mod queue_ids;
pub mod reason;
pub mod replies;
pub mod symbols;
#[cfg(test)]
pub(crate) mod test_support;
pub mod text;
pub mod tokens;

pub use kinds::FileKind;

use crate::codes::Lang;
use std::ops::Range;
use text::Text;

/// How serious a diagnostic is, in LSP's four levels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
    Information,
    Hint,
}

/// A text edit that fixes a diagnostic, on the same line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fix {
    pub title: String,
    pub start: usize,
    pub end: usize,
    pub replacement: String,
}

/// A problem found on one line: `start..end` are byte columns in that line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub line: usize,
    pub start: usize,
    pub end: usize,
    pub severity: Severity,
    /// A stable rule name, e.g. `unregistered-enhanced-code`.
    pub rule: &'static str,
    pub message: String,
    pub fixes: Vec<Fix>,
}

/// What the analysis needs to know of the user's choices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub lang: Lang,
    /// Rules the user turned off, by name.
    pub disabled_rules: Vec<String>,
    /// The `postfix.version` setting: the Postfix a configuration is for.
    pub postfix_version: Option<config::version::Version>,
    /// The `hover.verbosity` setting: how much a code hover says.
    pub hover_verbosity: crate::codes::explain::Verbosity,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            lang: Lang::En,
            disabled_rules: Vec::new(),
            postfix_version: None,
            hover_verbosity: crate::codes::explain::Verbosity::Short,
        }
    }
}

impl Options {
    pub fn enabled(&self, rule: &str) -> bool {
        !self.disabled_rules.iter().any(|name| name == rule)
    }
}

/// The diagnostics of a whole document of any kind (on one thread; see
/// [`parallel::document_diagnostics`] for a large one).
pub fn document_diagnostics(kind: FileKind, text: &str, options: &Options) -> Vec<Diagnostic> {
    if kind == FileKind::Bounce && reads_whole(kind, text.len()) {
        diagnostics::bounce_diagnostics(text, options)
    } else if kind.is_log_like() {
        diagnostics::document_diagnostics(kind, text, options)
    } else {
        config::document_diagnostics(kind, text, options)
    }
}

/// A bounce up to this size is read whole, as MIME; a larger one (a
/// mailbox, an archive) line by line, like a log.
pub const BOUNCE_READ_WHOLE: usize = 8 << 20;

/// True when a document of this kind and size is analysed whole, never in
/// parts nor line by line: a config (file-wide rules), a bounce up to
/// [`BOUNCE_READ_WHOLE`] (a code's reading depends on its MIME part).
pub fn reads_whole(kind: FileKind, len: usize) -> bool {
    kind.is_config() || (kind == FileKind::Bounce && len <= BOUNCE_READ_WHOLE)
}

/// Every rule name, for settings validation and documentation.
pub const RULES: &[&str] = &[
    diagnostics::MALFORMED_ENHANCED_CODE,
    diagnostics::UNREGISTERED_ENHANCED_CODE,
    diagnostics::UNKNOWN_REPLY_CODE,
    diagnostics::CLASS_MISMATCH,
    diagnostics::UNLISTED_PAIRING,
    diagnostics::PART_NOT_DECODED,
    config::UNKNOWN_PARAMETER,
    config::UNDEFINED_REFERENCE,
    config::DUPLICATE_PARAMETER,
    config::OBSOLETE_PARAMETER,
    config::BAD_CODE_VALUE,
    config::UNKNOWN_ACTION,
    config::ACTION_CLASS_MISMATCH,
    config::CONFIG_SYNTAX,
    config::TEMPLATE_PLACEHOLDER,
    config::POSTFIX_VERSION,
    config::DEPRECATED,
    config::MISSING_MAP,
];

// ---- One entry point per feature: the server never chooses by kind. ----
//
// Offsets and ranges are absolute bytes of the document. A log is read
// around the cursor only (codes are short and their context is near them);
// a config is read whole (file-wide rules), and is small.

/// How much of a log line around the cursor a feature reads.
const WINDOW_BEFORE: usize = 16 * 1024;
const WINDOW_AFTER: usize = 1024;

/// The line of `offset` in `text`: `(line index, start of the line)`.
fn line_of(text: &str, offset: usize) -> (usize, usize) {
    lines::lines(text)
        .take_while(|&(_, start, _)| start <= offset)
        .last()
        .map_or((0, 0), |(line, start, _)| (line, start))
}

/// The explanation of what is under byte `offset`: the range explained and
/// its Markdown.
pub fn hover<T: Text + ?Sized>(
    kind: FileKind,
    text: &T,
    offset: usize,
    options: &Options,
) -> Option<(Range<usize>, String)> {
    if kind.is_config() {
        let whole = text.whole();
        let (line, start) = line_of(&whole, offset);
        let (range, markdown) = config::hover(kind, &whole, line, offset - start, options)?;
        return Some((start + range.start..start + range.end, markdown));
    }
    if kind == FileKind::Bounce && reads_whole(kind, text.byte_len()) {
        // A bounce is read as MIME: a code cut by a soft line break, a
        // base64 part's decoded codes.
        let whole = text.whole();
        return hover::bounce_hover(&whole, offset, options.lang, options.hover_verbosity);
    }
    let (start, window) = text.window(offset, WINDOW_BEFORE, WINDOW_AFTER);
    let (range, markdown) = hover::hover(
        kind,
        &window,
        offset - start,
        options.lang,
        options.hover_verbosity,
    )?;
    Some((start + range.start..start + range.end, markdown))
}

/// The codes (or names) that fit at byte `offset`; each item's `replace`
/// is an absolute range.
pub fn completion<T: Text + ?Sized>(
    kind: FileKind,
    text: &T,
    offset: usize,
    options: &Options,
) -> Vec<completion::Completion> {
    let (start, items) = if kind.is_config() {
        let whole = text.whole();
        let (line, start) = line_of(&whole, offset);
        (
            start,
            config::completion(kind, &whole, line, offset - start, options),
        )
    } else {
        let (start, window) = text.window(offset, WINDOW_BEFORE, WINDOW_AFTER);
        (
            start,
            completion::log_completion(&window, offset - start, options.lang),
        )
    };
    items
        .into_iter()
        .map(|mut item| {
            item.replace = start + item.replace.start..start + item.replace.end;
            item
        })
        .collect()
}

/// The queue ID under byte `offset` of a log.
fn queue_id_at<T: Text + ?Sized>(kind: FileKind, text: &T, offset: usize) -> Option<String> {
    if !kind.is_log_like() {
        return None;
    }
    let (start, window) = text.window(offset, WINDOW_BEFORE, WINDOW_AFTER);
    let token = queue_ids::id_at(&window, offset - start)?;
    window.get(token.range).map(str::to_string)
}

/// Where what is under byte `offset` is defined: a `$name`'s `name =`
/// line, a queue ID's first line.
pub fn definition<T: Text + ?Sized>(
    kind: FileKind,
    text: &T,
    offset: usize,
) -> Option<Range<usize>> {
    if kind.has_definitions() {
        return config::navigate::definition(kind, &text.whole(), offset);
    }
    let id = queue_id_at(kind, text, offset)?;
    queue_ids::message_in(text, &id).first()
}

/// Every place what is under byte `offset` is used: a `$name`'s references
/// (and its definition when asked), a message's lines (one range a line).
pub fn references<T: Text + ?Sized>(
    kind: FileKind,
    text: &T,
    offset: usize,
    include_declaration: bool,
) -> Vec<Range<usize>> {
    if kind.has_definitions() {
        return config::navigate::references(kind, &text.whole(), offset, include_declaration);
    }
    match queue_id_at(kind, text, offset) {
        Some(id) => queue_ids::message_in(text, &id).lines_in(text),
        None => Vec::new(),
    }
}

/// The map files a main.cf or master.cf names (`hash:/etc/postfix/virtual`),
/// in document order; empty for other kinds.
pub fn map_references<T: Text + ?Sized>(
    kind: FileKind,
    text: &T,
) -> Vec<config::maps::MapReference> {
    if !matches!(kind, FileKind::PostfixMain | FileKind::PostfixMaster) {
        return Vec::new();
    }
    config::maps::references(kind, &text.whole())
}

/// The workspace file (one of `candidates`) a map reference of the
/// document at `document` means.
pub fn resolve_map<'a>(
    reference: &config::maps::MapReference,
    document: &str,
    candidates: &[&'a str],
) -> Option<&'a str> {
    config::maps::resolve(reference, document, candidates)
}

/// `missing-map` information for the references not `resolved` (see
/// `config::maps::missing`).
pub fn missing_maps(
    text: &str,
    references: &[config::maps::MapReference],
    resolved: &[bool],
    options: &Options,
) -> Vec<Diagnostic> {
    if !options.enabled(config::MISSING_MAP) {
        return Vec::new();
    }
    config::maps::missing(text, references, resolved, options.lang)
}

/// In an Exim configuration, the ACL, driver, macro or named list under
/// byte `offset`: `(name, written with a leading '+')`.
pub fn exim_name_at<T: Text + ?Sized>(
    kind: FileKind,
    text: &T,
    offset: usize,
) -> Option<(String, bool)> {
    if kind != FileKind::EximConf {
        return None;
    }
    let whole = text.whole();
    config::exim::name_at(&config::masked(kind, &whole), offset)
}

/// Where another Exim file (`text`) defines `name`: its range there.
pub fn exim_definition_of(text: &str, name: &str, plus: bool) -> Option<Range<usize>> {
    config::exim::find_definition(&config::masked(FileKind::EximConf, text), name, plus)
}

/// Every occurrence of the queue ID under byte `offset`.
pub fn highlights<T: Text + ?Sized>(kind: FileKind, text: &T, offset: usize) -> Vec<Range<usize>> {
    match queue_id_at(kind, text, offset) {
        Some(id) => queue_ids::occurrences_in(text, &id),
        None => Vec::new(),
    }
}

/// The semantic tokens of one line of a document of `kind` (logs only).
pub fn line_tokens(kind: FileKind, line: &str) -> Vec<tokens::Token> {
    if kind.is_log_like() {
        tokens::line_tokens(kind, line)
    } else {
        Vec::new()
    }
}

/// The inlay hints of one line of a document of `kind` (logs only):
/// `(column, label)`.
pub fn line_hints(kind: FileKind, line: &str, lang: Lang) -> Vec<(usize, String)> {
    if kind.is_log_like() {
        tokens::line_hints(kind, line, lang)
    } else {
        Vec::new()
    }
}

/// The reason hints of one log or bounce line: after a code that says
/// little (no enhanced code, X.0.0, 5.7.1), the reason its text names.
pub fn reason_hints(kind: FileKind, line: &str, lang: Lang) -> Vec<(usize, String)> {
    if kind.is_log_like() {
        reason::line::line_hints(kind, line, lang)
    } else {
        Vec::new()
    }
}

/// The code lens of a bounce document: its records by reason ("1
/// recipient: userunknown, hard bounce"). A bounce is one message (an mbox
/// of a few at most): past 8 MiB a document is not read as one.
pub fn bounce_lens<T: Text + ?Sized>(kind: FileKind, text: &T, lang: Lang) -> Option<String> {
    const LARGEST_BOUNCE: usize = 8 << 20;
    if kind != FileKind::Bounce || text.pieces().map(str::len).sum::<usize>() > LARGEST_BOUNCE {
        return None;
    }
    bounce::lens_title(&text.whole(), lang)
}

/// Whether a log line records a decision of the reader's own Postfix (a
/// reject, a header_checks action...): cheap, before the workspace's
/// configuration is read for [`config_origins`].
pub(crate) fn logs_postfix_decision(kind: FileKind, line: &str) -> bool {
    matches!(kind, FileKind::MailLog | FileKind::Unknown)
        && reason::origin::Logged::read(line).is_some()
}

/// The configuration lines behind the decision a log line records: the
/// access-map entry, the header_checks pattern, the restriction, the
/// parameter (see `reason::origin`). `sources` are the main.cf and
/// master.cf; `read_map` reads a map they name.
pub(crate) fn config_origins(
    kind: FileKind,
    line: &str,
    sources: &[reason::origin::Source],
    read_map: &mut dyn FnMut(
        &reason::origin::Source,
        &config::maps::MapReference,
    ) -> Option<reason::origin::MapText>,
) -> Vec<reason::origin::Origin> {
    if !logs_postfix_decision(kind, line) {
        return Vec::new();
    }
    reason::origin::origins(line, sources, read_map)
}

/// The hover section naming the configuration lines of [`config_origins`],
/// each a link made by `link(path, line)`.
pub(crate) fn origins_markdown(
    origins: &[reason::origin::Origin],
    lang: Lang,
    link: &dyn Fn(&str, usize) -> String,
) -> Option<String> {
    reason::origin::markdown(origins, lang, link)
}

/// The delivery outcomes of a mail log, read from its pieces in place;
/// `None` for the kinds whose outcomes are not counted.
pub fn outcome_counts<T: Text + ?Sized>(kind: FileKind, text: &T) -> Option<outline::Counts> {
    if !kind.counts_outcomes() {
        return None;
    }
    Some(outline::count_outcomes(text.pieces()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use test_support::Cursor;

    const MAIN: &str = "mydomain = example.com\nmyorigin = $mydomain\nsoft_bounce = yes\nunknown_local_recipient_reject_code = 45$0\n";
    const LOG: &str = "Nov 22 09:44:01 mx postfix/qmgr[11]: 3F2A41C0A2: from=<a@b.c>, size=1\nNov 22 09:44:02 mx postfix/smtp[12]: 3F2A41C0A2: to=<x@y.z>, dsn=5.1.1, status=bounced (said: 550 5.1.1 x)\n";

    fn at(text: &str, needle: &str) -> usize {
        text.find(needle).expect(needle)
    }

    #[test]
    fn entry_points_answer_in_absolute_offsets_for_every_kind() {
        let cursor = Cursor::new(MAIN);
        let options = Options::default();
        let items = completion(
            FileKind::PostfixMain,
            cursor.text.as_str(),
            cursor.offset,
            &options,
        );
        assert!(items.iter().any(|item| item.label == "450"), "{items:?}");
        assert!(
            items
                .iter()
                .all(|item| item.replace == (cursor.offset - 2..cursor.offset))
        );
        let text = cursor.text.as_str();
        let reference = at(text, "$mydomain") + 2;
        assert_eq!(
            definition(FileKind::PostfixMain, text, reference),
            Some(0..8)
        );
        let found = references(FileKind::PostfixMain, text, reference, false);
        assert_eq!(found, vec![reference - 1..reference + 7]);
        let (range, markdown) = hover(
            FileKind::PostfixMain,
            text,
            at(text, "bounce") + 1,
            &options,
        )
        .unwrap();
        assert_eq!(&text[range], "soft_bounce");
        assert!(markdown.contains("soft_bounce"), "{markdown}");

        let code = at(LOG, "550 5.1.1") + 1;
        let (range, markdown) = hover(FileKind::MailLog, LOG, code, &options).unwrap();
        assert_eq!(&LOG[range], "550 5.1.1");
        assert!(markdown.starts_with("### `550 5.1.1`"), "{markdown}");
        let id = at(LOG, "3F2A41C0A2") + 3;
        let second = LOG.rfind("3F2A41C0A2").unwrap();
        assert_eq!(
            highlights(FileKind::MailLog, LOG, id),
            [id - 3..id + 7, second..second + 10]
        );
        assert_eq!(
            definition(FileKind::MailLog, LOG, second + 2),
            Some(id - 3..id + 7)
        );
        assert_eq!(references(FileKind::MailLog, LOG, id, true).len(), 2);
        // Nothing of a config is looked for in a log, and the reverse.
        assert_eq!(definition(FileKind::PostfixMain, LOG, id), None);
        assert!(line_tokens(FileKind::PostfixMain, LOG).is_empty());
        assert!(!line_tokens(FileKind::MailLog, LOG).is_empty());
        assert_eq!(outcome_counts(FileKind::Bounce, LOG), None);
        assert_eq!(outcome_counts(FileKind::MailLog, LOG).unwrap().bounced, 1);
    }
}
