//! Open documents: text in a rope, version, kind, and diagnostics kept per
//! line so an edit re-reads only the lines it touches.
//!
//! Edits are applied by the transport's reader, in wire order, before the
//! next message is dispatched (see `server::mod`). Ranges out of bounds are
//! clamped, reversed ranges swapped: the document never diverges silently.

use crate::analysis::outline::Counts;
use crate::analysis::parallel::{in_parts, join_parts, line_bounds};
use crate::analysis::{self, Diagnostic, FileKind, Options, parallel};
use crate::server::encoding::{self, Encoding};
use ropey::Rope;

/// One content change of `didChange`, in LSP coordinates.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Change {
    pub range: Option<WireRange>,
    pub text: String,
}

#[derive(Debug, Clone, Copy, serde::Deserialize)]
pub struct WireRange {
    pub start: WirePosition,
    pub end: WirePosition,
}

#[derive(Debug, Clone, Copy, serde::Deserialize)]
pub struct WirePosition {
    pub line: u32,
    pub character: u32,
}

/// The lines an edit replaced: old lines `start..=old_end` became new lines `start..=new_end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineEdit {
    pub start: usize,
    pub old_end: usize,
    pub new_end: usize,
}

#[derive(Debug)]
pub enum Analysis {
    /// A full analysis runs off the request path; edits that arrive meanwhile
    /// are kept with the text they produced, and replayed on its result.
    Pending {
        base: u64,
        edits: Vec<(LineEdit, Rope)>,
    },
    Ready(Vec<Diagnostic>),
}

#[derive(Debug)]
pub struct Document {
    pub version: i32,
    pub kind: FileKind,
    pub rope: Rope,
    /// Bumped by every change; a full analysis result is kept only if its
    /// generation is still current (config kinds) or replayed (log kinds).
    pub generation: u64,
    pub analysis: Analysis,
    /// The line of the last edit: its diagnostics are published first.
    pub last_edit_line: Option<usize>,
    /// The outcome totals of a log (the code lens), once computed; kept up
    /// to date by each edit from the lines it touches.
    pub counts: Option<Counts>,
}

impl Document {
    pub fn new(kind: FileKind, version: i32, text: &str) -> Document {
        Document {
            version,
            kind,
            rope: Rope::from_str(text),
            generation: 0,
            analysis: Analysis::Pending {
                base: 0,
                edits: Vec::new(),
            },
            last_edit_line: None,
            counts: None,
        }
    }

    /// Installs outcome totals computed from the text of `generation`.
    pub fn install_counts(&mut self, generation: u64, counts: Counts) {
        if self.generation == generation {
            self.counts = Some(counts);
        }
    }

    /// Line-by-line analysis applies to logs and bounces; configs are small
    /// and have file-wide rules (duplicates, `$name` references).
    pub fn incremental(&self) -> bool {
        self.kind.is_log_like()
    }

    /// Applies `didChange` content changes in order. Returns true when a
    /// full analysis of the new text must be started.
    pub fn apply_changes(
        &mut self,
        version: i32,
        changes: Vec<Change>,
        encoding: Encoding,
        options: &Options,
    ) -> bool {
        let mut needs_scan = false;
        for change in changes {
            needs_scan |= self.apply_change(change, encoding, options);
        }
        self.version = version;
        needs_scan
    }

    /// Starts over: the next full analysis is the one of the current text.
    pub fn restart_analysis(&mut self) -> u64 {
        self.generation += 1;
        self.analysis = Analysis::Pending {
            base: self.generation,
            edits: Vec::new(),
        };
        self.generation
    }

    fn apply_change(&mut self, change: Change, encoding: Encoding, options: &Options) -> bool {
        let Some(range) = change.range else {
            return self.replace_all(change.text, options);
        };
        let mut start = encoding::offset(
            &self.rope,
            encoding,
            range.start.line,
            range.start.character,
        );
        let mut end = encoding::offset(&self.rope, encoding, range.end.line, range.end.character);
        if start > end {
            tracing::warn!("reversed range in didChange ({start} > {end}): swapped");
            std::mem::swap(&mut start, &mut end);
        }
        if start == 0 && end == self.rope.len_bytes() {
            // A reload: the editor replaced everything (a grown log, say).
            return self.replace_all(change.text, options);
        }
        self.generation += 1;
        let lines_before = self.rope.len_lines();
        self.last_edit_line = Some(self.rope.byte_to_line(start));
        let start_line = self.rope.byte_to_line(start).saturating_sub(1);
        let old_end_line = (self.rope.byte_to_line(end) + 1).min(lines_before - 1);
        if let Some(counts) = &mut self.counts {
            counts.remove_all(lines_outcomes(&self.rope, start_line, old_end_line));
        }
        let start_char = self.rope.byte_to_char(start);
        let end_char = self.rope.byte_to_char(end);
        self.rope.remove(start_char..end_char);
        self.rope.insert(start_char, &change.text);
        let lines_after = self.rope.len_lines();
        let new_end_line = (old_end_line as isize + lines_after as isize - lines_before as isize)
            .max(start_line as isize) as usize;
        let edit = LineEdit {
            start: start_line,
            old_end: old_end_line,
            new_end: new_end_line.min(lines_after - 1),
        };
        if let Some(counts) = &mut self.counts {
            counts.add_all(lines_outcomes(&self.rope, edit.start, edit.new_end));
        }
        if !self.incremental() {
            self.restart_analysis();
            return true;
        }
        match &mut self.analysis {
            Analysis::Pending { edits, .. } => edits.push((edit, self.rope.clone())),
            Analysis::Ready(diagnostics) => {
                splice(diagnostics, edit, &self.rope, self.kind, options)
            }
        }
        false
    }

    /// The whole text replaced. A log is made anew as by `didOpen` (in
    /// parts on every core, diagnostics ready, the old rope dropped first);
    /// a config is analysed again off the reader. True when an analysis
    /// must be started.
    fn replace_all(&mut self, text: String, options: &Options) -> bool {
        self.counts = None;
        self.last_edit_line = None;
        if !self.incremental() {
            self.rope = Rope::from_str(&text);
            self.restart_analysis();
            return true;
        }
        self.rope = Rope::new();
        let fresh = open_log(self.kind, self.version, text, options);
        self.rope = fresh.rope;
        self.analysis = fresh.analysis;
        // Any analysis still running is of an older text: it is dropped.
        self.generation += 1;
        false
    }

    /// Installs a full analysis made from the text of `generation_of_text`,
    /// replaying the line edits made since; a stale result is dropped.
    pub fn install(
        &mut self,
        generation_of_text: u64,
        diagnostics: Vec<Diagnostic>,
        options: &Options,
    ) -> bool {
        let Analysis::Pending { base, edits } = &mut self.analysis else {
            return false;
        };
        if *base != generation_of_text {
            return false;
        }
        let edits = std::mem::take(edits);
        let mut diagnostics = diagnostics;
        for (edit, rope) in &edits {
            splice(&mut diagnostics, *edit, rope, self.kind, options);
        }
        self.analysis = Analysis::Ready(diagnostics);
        true
    }

    pub fn diagnostics(&self) -> Option<&[Diagnostic]> {
        match &self.analysis {
            Analysis::Ready(diagnostics) => Some(diagnostics),
            Analysis::Pending { .. } => None,
        }
    }
}

/// The outcome totals of lines `first..=last`, read from the rope's chunks
/// in place (a paste of 100,000 lines copies none of them).
fn lines_outcomes(rope: &Rope, first: usize, last: usize) -> Counts {
    match (
        encoding::line_range(rope, first),
        encoding::line_range(rope, last),
    ) {
        (Some((start, _)), Some((_, end))) => {
            analysis::outline::count_outcomes(rope.byte_slice(start..end).chunks())
        }
        _ => Counts::default(),
    }
}

/// The outcome totals of a rope, read chunk by chunk (no copy).
pub fn count_outcomes(rope: &Rope) -> Counts {
    analysis::outline::count_outcomes(rope.chunks())
}

/// From this many new lines, an edit's lines are scanned as one text.
const SPLICE_LINE_BY_LINE: usize = 256;

/// Replaces the diagnostics of the edited lines, shifts those below.
pub fn splice(
    diagnostics: &mut Vec<Diagnostic>,
    edit: LineEdit,
    rope: &Rope,
    kind: FileKind,
    options: &Options,
) {
    let first = diagnostics.partition_point(|d| d.line < edit.start);
    let after = diagnostics.partition_point(|d| d.line <= edit.old_end);
    let delta = edit.new_end as isize - edit.old_end as isize;
    for diagnostic in &mut diagnostics[after..] {
        diagnostic.line = (diagnostic.line as isize + delta) as usize;
    }
    let mut fresh = Vec::new();
    if edit.new_end - edit.start < SPLICE_LINE_BY_LINE {
        for line in edit.start..=edit.new_end {
            if let Some(text) = encoding::line_text(rope, line) {
                fresh.extend(analysis::diagnostics::line_diagnostics(
                    kind, line, &text, options,
                ));
            }
        }
    } else if let Some((start, _)) = encoding::line_range(rope, edit.start)
        && let Some((_, end)) = encoding::line_range(rope, edit.new_end)
    {
        // A large edit (a paste, most of a reload): its lines are read as
        // one text, by the whole-document scan, in parts on every core.
        let text: std::borrow::Cow<str> = rope.byte_slice(start..end).into();
        fresh = parallel::document_diagnostics(kind, &text, options).diagnostics;
        for diagnostic in &mut fresh {
            diagnostic.line += edit.start;
        }
    }
    diagnostics.splice(first..after, fresh);
}

/// The full analysis of a document's rope (run off the request path).
pub fn analyse(kind: FileKind, rope: &Rope, options: &Options) -> Vec<Diagnostic> {
    let text: std::borrow::Cow<str> = rope.into();
    let analysed = parallel::document_diagnostics(kind, &text, options);
    if analysed.lost_parts > 0 {
        tracing::error!("the analysis of a part of the document panicked: no diagnostics there");
    }
    analysed.diagnostics
}

/// A log document from its whole text (`didOpen`): the rope and the
/// diagnostics are made together, part by part on every core, and the
/// document comes ready, its diagnostics installed. The text is consumed
/// from its end, step by step, as the rope takes it over: the two are never
/// both whole in memory.
pub fn open_log(kind: FileKind, version: i32, text: String, options: &Options) -> Document {
    open_log_in_parts(
        kind,
        version,
        text,
        options,
        parallel::threads(),
        parallel::PARALLEL_FROM,
        RELEASE_STEP,
    )
}

/// How much text is made into rope before that much of it is freed.
const RELEASE_STEP: usize = 8 << 20;

fn open_log_in_parts(
    kind: FileKind,
    version: i32,
    mut text: String,
    options: &Options,
    threads: usize,
    parallel_from: usize,
    step: usize,
) -> Document {
    let made = |part: &str| {
        let found = parallel::scan_part(kind, part, options).unwrap_or_else(|| {
            tracing::error!(
                "the analysis of a part of the document panicked: no diagnostics there"
            );
            Vec::new()
        });
        (Rope::from_str(part), found)
    };
    let steps = line_bounds(&text, text.len().div_ceil(step).max(1));
    let mut made_backwards = Vec::with_capacity(steps.len());
    for window in steps.windows(2).rev() {
        let part = &text[window[0]..window[1]];
        let pieces =
            in_parts(part, threads, parallel_from, made).unwrap_or_else(|| vec![made(part)]);
        made_backwards.push(pieces);
        // Cut after a line end: a character boundary. A large text gives its
        // pages back to the system at once (its allocation shrinks in place).
        text.truncate(window[0]);
        text.shrink_to_fit();
    }
    let mut rope = Rope::new();
    let parts = made_backwards.into_iter().rev().flatten();
    let diagnostics = join_parts(parts.map(|(piece, found)| {
        let line_breaks = piece.len_lines() - 1;
        rope.append(piece);
        (line_breaks, found)
    }));
    Document {
        version,
        kind,
        rope,
        generation: 0,
        analysis: Analysis::Ready(diagnostics),
        last_edit_line: None,
        counts: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(l1: u32, c1: u32, l2: u32, c2: u32, text: &str) -> Change {
        Change {
            range: Some(WireRange {
                start: WirePosition {
                    line: l1,
                    character: c1,
                },
                end: WirePosition {
                    line: l2,
                    character: c2,
                },
            }),
            text: text.to_string(),
        }
    }

    fn ready(text: &str) -> Document {
        let options = Options::default();
        let mut document = Document::new(FileKind::MailLog, 1, text);
        let diagnostics = analyse(FileKind::MailLog, &document.rope, &options);
        document.install(0, diagnostics, &options);
        document
    }

    fn fresh_diagnostics(document: &Document) -> Vec<Diagnostic> {
        analyse(document.kind, &document.rope, &Options::default())
    }

    #[test]
    fn incremental_equals_full() {
        let options = Options::default();
        let mut document = ready("a dsn=5.9.9\nb said: 550 4.1.1 x\r\nc dsn=2.0.0\rd\n");
        let edits = [
            change(0, 8, 0, 9, "1"),
            change(1, 0, 1, 0, "new line dsn=6.1.1\n"),
            change(3, 2, 3, 2, "\r\n"),
            change(0, 0, 2, 3, ""),
            change(9, 0, 9, 0, "tail dsn=5.1.1000"),
            change(2, 5, 0, 1, "reversed"),
        ];
        for (index, edit) in edits.into_iter().enumerate() {
            document.apply_changes(index as i32 + 2, vec![edit], Encoding::Utf16, &options);
            assert_eq!(
                document.diagnostics().unwrap(),
                fresh_diagnostics(&document),
                "after edit {index}: {:?}",
                document.rope.to_string()
            );
        }
    }

    #[test]
    fn counts_follow_the_edits() {
        let options = Options::default();
        let mut document = ready("a status=sent\nb status=bounced\r\nc reject: x\rd\n");
        document.install_counts(document.generation, count_outcomes(&document.rope));
        assert_eq!(document.counts.unwrap().total(), 3);
        let edits = [
            change(0, 9, 0, 13, "deferred"),
            change(1, 0, 1, 0, "new status=sent\nmore status=sent "),
            change(3, 2, 3, 2, "\r\n"),
            change(0, 0, 2, 3, ""),
            change(9, 0, 9, 0, "tail status=expired"),
            change(2, 5, 0, 1, "reversed status=sent\r"),
            change(0, 0, 0, 0, "\n"),
        ];
        for (index, edit) in edits.into_iter().enumerate() {
            document.apply_changes(index as i32 + 2, vec![edit], Encoding::Utf16, &options);
            let text = document.rope.to_string();
            assert_eq!(
                document.counts,
                Some(analysis::outline::summarize(FileKind::MailLog, &text).totals),
                "after edit {index}: {text:?}"
            );
        }
        document.apply_changes(
            20,
            vec![Change {
                range: None,
                text: "x status=sent".into(),
            }],
            Encoding::Utf8,
            &options,
        );
        assert_eq!(document.counts, None);
    }

    #[test]
    fn edits_during_a_pending_scan_are_replayed() {
        let options = Options::default();
        let mut document = Document::new(FileKind::MailLog, 1, "a dsn=5.9.9\nb\n");
        let snapshot = document.rope.clone();
        let generation = document.generation;
        document.apply_changes(
            2,
            vec![change(0, 0, 0, 0, "x dsn=6.6.6\n")],
            Encoding::Utf8,
            &options,
        );
        let diagnostics = analyse(FileKind::MailLog, &snapshot, &options);
        assert!(document.install(generation, diagnostics, &options));
        assert_eq!(
            document.diagnostics().unwrap(),
            fresh_diagnostics(&document)
        );
        assert_eq!(document.diagnostics().unwrap().len(), 2);
    }

    #[test]
    fn parallel_analysis_equals_one_pass() {
        let options = Options::default();
        let mut text = String::new();
        for index in 0..3_000 {
            let ending = ["\n", "\r\n", "\r"][index % 3];
            text.push_str(&format!(
                "l{index} dsn=5.{}.{}, status=bounced{ending}",
                index % 11,
                index % 40
            ));
        }
        let single = analysis::document_diagnostics(FileKind::MailLog, &text, &options);
        assert!(!single.is_empty());
        for threads in [2, 7] {
            for step in [1_000, 40_000, usize::MAX] {
                let opened = open_log_in_parts(
                    FileKind::MailLog,
                    4,
                    text.clone(),
                    &options,
                    threads,
                    0,
                    step,
                );
                let case = format!("{threads} threads, steps of {step}");
                assert_eq!(opened.rope.to_string(), text, "{case}");
                assert_eq!(opened.rope.len_lines(), Rope::from_str(&text).len_lines());
                assert_eq!(opened.diagnostics(), Some(&single[..]), "{case}");
                assert_eq!(opened.version, 4);
            }
        }
    }

    #[test]
    fn large_edits_are_scanned_as_one_text_and_equal_a_full_analysis() {
        let options = Options::default();
        let lines = |from: usize, count: usize| -> String {
            (from..from + count)
                .map(|n| {
                    let ending = ["\n", "\r\n", "\r"][n % 3];
                    let status = ["sent", "deferred", "bounced", "expired"][n % 4];
                    format!(
                        "l{n} dsn=5.{}.{}, status={status} (said: 55{} 4.1.1){ending}",
                        n % 9,
                        n % 31,
                        n % 4
                    )
                })
                .collect()
        };
        let mut document = ready(&lines(0, 1_000));
        document.counts = Some(count_outcomes(&document.rope));
        // 600 lines pasted in the middle of line 400, then 700 lines deleted
        // across the paste, then 300 lines pasted at the very end.
        let edits = [
            change(400, 3, 400, 3, &lines(5_000, 600)),
            change(100, 0, 800, 0, ""),
            change(900, 0, 900, 0, &lines(9_000, 300)),
        ];
        for (version, edit) in edits.into_iter().enumerate() {
            document.apply_changes(version as i32 + 2, vec![edit], Encoding::Utf16, &options);
            let fresh = fresh_diagnostics(&document);
            assert!(fresh.len() > 100);
            assert_eq!(document.diagnostics(), Some(&fresh[..]), "edit {version}");
            let counts = count_outcomes(&document.rope);
            assert!(counts.total() > 100);
            assert_eq!(document.counts, Some(counts), "edit {version}");
        }
    }

    #[test]
    fn a_reload_is_made_anew_and_drops_older_analyses() {
        let options = Options::default();
        let before = "a dsn=5.9.9\nb said: 550 4.1.1 x\n";
        let after = "b said: 550 4.1.1 x\nc dsn=4.8.12\r\nd dsn=2.0.0\n";
        let mut document = ready(before);
        let pending = document.restart_analysis();
        // The whole range, as an editor sends a reload: from 0:0 to the end.
        document.apply_changes(
            2,
            vec![change(0, 0, 2, 0, after)],
            Encoding::Utf16,
            &options,
        );
        assert_eq!(document.rope.to_string(), after);
        assert_eq!(document.version, 2);
        let fresh = fresh_diagnostics(&document);
        assert!(fresh.iter().any(|d| d.line == 1));
        assert_eq!(document.diagnostics(), Some(&fresh[..]));
        // The analysis started before the reload is of the old text.
        assert!(!document.install(pending, Vec::new(), &options));
        assert_eq!(document.diagnostics(), Some(&fresh[..]));
        let whole = Change {
            range: None,
            text: before.into(),
        };
        assert!(!document.apply_changes(3, vec![whole], Encoding::Utf8, &options));
        assert_eq!(document.rope.to_string(), before);
        assert_eq!(
            document.diagnostics(),
            Some(&fresh_diagnostics(&document)[..])
        );
    }

    #[test]
    fn out_of_range_changes_are_clamped() {
        let options = Options::default();
        let mut document = ready("abc\n");
        document.apply_changes(
            2,
            vec![change(100, 5, 200, 9, "z")],
            Encoding::Utf16,
            &options,
        );
        assert_eq!(document.rope.to_string(), "abc\nz");
        document.apply_changes(3, vec![change(0, 99, 0, 99, "!")], Encoding::Utf8, &options);
        assert_eq!(document.rope.to_string(), "abc!\nz");
        document.apply_changes(
            4,
            vec![Change {
                range: None,
                text: "fresh".into(),
            }],
            Encoding::Utf8,
            &options,
        );
        assert_eq!(document.rope.to_string(), "fresh");
        assert_eq!(document.version, 4);
    }
}
