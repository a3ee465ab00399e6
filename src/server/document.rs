//! Open documents: text in a rope, version, kind, and diagnostics kept per
//! line so an edit re-reads only the lines it touches.
//!
//! Edits are applied by the transport's reader, in wire order, before the
//! next message is dispatched (see `server::mod`). Ranges out of bounds are
//! clamped, reversed ranges swapped: the document never diverges silently.

use crate::analysis::outline::Counts;
use crate::analysis::parallel::{in_parts, join_parts, line_bounds};
use crate::analysis::{self, Diagnostic, FileKind, Options, parallel};
use crate::server::lsp::encoding::{self, Encoding};
use crate::server::lsp::from_proto::Change;
use ropey::Rope;

/// The lines an edit replaced: old lines `start..=old_end` became new lines `start..=new_end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct LineEdit {
    pub start: usize,
    pub old_end: usize,
    pub new_end: usize,
}

#[derive(Debug)]
enum Analysis {
    /// A full analysis runs off the request path; edits that arrive meanwhile
    /// are kept with the text they produced, and replayed on its result.
    Pending {
        base: u64,
        edits: Vec<(LineEdit, Rope)>,
    },
    Ready(Vec<Diagnostic>),
}

/// Which text a full analysis (or count) was made of: the document's
/// opening (unique in the session) and its generation then.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Identity {
    pub epoch: u64,
    pub generation: u64,
}

/// Whether a full analysis of the document runs off the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Running {
    No,
    Yes,
    /// Yes, and the text changed since it started: another one follows.
    Again,
}

#[derive(Debug)]
pub(crate) struct Document {
    /// Unique in the session: a document closed and opened again (or a
    /// second `didOpen`) is another document.
    epoch: u64,
    version: i32,
    kind: FileKind,
    rope: Rope,
    /// Bumped by every change; a full analysis result is kept only if its
    /// generation is still current (config kinds) or replayed (log kinds).
    generation: u64,
    analysis: Analysis,
    running: Running,
    /// The line of the last edit: its diagnostics are published first.
    last_edit_line: Option<usize>,
    /// The outcome totals of a log (the code lens), once computed; kept up
    /// to date by each edit from the lines it touches.
    counts: Option<Counts>,
}

impl Document {
    /// A document whose full analysis is still to run (a config).
    pub fn new(epoch: u64, kind: FileKind, version: i32, text: &str) -> Document {
        Document {
            epoch,
            version,
            kind,
            rope: Rope::from_str(text),
            generation: 0,
            analysis: Analysis::Pending {
                base: 0,
                edits: Vec::new(),
            },
            running: Running::No,
            last_edit_line: None,
            counts: None,
        }
    }

    pub fn version(&self) -> i32 {
        self.version
    }

    pub fn kind(&self) -> FileKind {
        self.kind
    }

    /// The text (an O(1) copy: ropes share their chunks).
    pub fn rope(&self) -> &Rope {
        &self.rope
    }

    pub fn identity(&self) -> Identity {
        Identity {
            epoch: self.epoch,
            generation: self.generation,
        }
    }

    pub fn counts(&self) -> Option<Counts> {
        self.counts
    }

    pub fn last_edit_line(&self) -> Option<usize> {
        self.last_edit_line
    }

    /// Installs outcome totals computed from the text of `identity`.
    pub fn install_counts(&mut self, identity: Identity, counts: Counts) {
        if self.identity() == identity {
            self.counts = Some(counts);
        }
    }

    /// Line-by-line analysis applies to logs (and to a bounce too large to
    /// read whole); configs are small and have file-wide rules (duplicates,
    /// `$name` references), and a bounce is read as MIME (a code's line
    /// depends on its part's encoding).
    fn incremental(&self) -> bool {
        self.kind.is_log_like() && !analysis::reads_whole(self.kind, self.rope.len_bytes())
    }

    /// A full analysis is wanted: true when one is to start now, false
    /// when one runs already (it is followed by another, on the text of
    /// then: analyses are never run side by side on one document, and a
    /// burst of edits costs at most two).
    pub fn want_analysis(&mut self) -> bool {
        match self.running {
            Running::No => {
                self.running = Running::Yes;
                true
            }
            Running::Yes | Running::Again => {
                self.running = Running::Again;
                false
            }
        }
    }

    /// What a full analysis starting now reads: the text as it is (an O(1)
    /// copy), and the identity its result must match. The edits kept for
    /// replay are dropped: that text has them. `None` when the document
    /// needs no analysis any more (a log made anew by a reload).
    pub fn take_for_analysis(&mut self) -> Option<(Identity, FileKind, Rope)> {
        self.diagnostics().is_none().then(|| {
            self.restart_analysis();
            (self.identity(), self.kind, self.rope.clone())
        })
    }

    /// The running analysis ended (installed or not): true when another
    /// is to start now.
    pub fn analysis_ended(&mut self) -> bool {
        let again = self.running == Running::Again && self.diagnostics().is_none();
        self.running = if again { Running::Yes } else { Running::No };
        again
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

    /// Starts over (the settings changed): the next full analysis is the
    /// one of the current text.
    pub fn restart_analysis(&mut self) {
        self.generation += 1;
        self.analysis = Analysis::Pending {
            base: self.generation,
            edits: Vec::new(),
        };
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
        let fresh = open_log(self.epoch, self.kind, self.version, text, options);
        self.rope = fresh.rope;
        self.analysis = fresh.analysis;
        // Any analysis still running is of an older text: it is dropped.
        self.generation += 1;
        false
    }

    /// Installs a full analysis made from the text of `made_of`, replaying
    /// the line edits made since; a stale result (another opening, or a
    /// text since reloaded or restarted) is dropped.
    pub fn install(
        &mut self,
        made_of: Identity,
        diagnostics: Vec<Diagnostic>,
        options: &Options,
    ) -> bool {
        let Analysis::Pending { base, edits } = &mut self.analysis else {
            return false;
        };
        if made_of.epoch != self.epoch || *base != made_of.generation {
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

    /// The diagnostics, sorted by line; `None` while the first full
    /// analysis (or the one after a restart) runs.
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

/// From this many new lines, an edit's lines are scanned as one text.
const SPLICE_LINE_BY_LINE: usize = 256;

/// Replaces the diagnostics of the edited lines, shifts those below.
fn splice(
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
        fresh = parallel::lines_diagnostics(kind, &text, options).diagnostics;
        for diagnostic in &mut fresh {
            diagnostic.line += edit.start;
        }
    }
    diagnostics.splice(first..after, fresh);
}

/// The full analysis of a document's rope (run off the reader). A log is
/// read in parts cut at line ends, on every core, each part copied on its
/// own: a 100 MB log is never copied whole.
pub(crate) fn analyse(kind: FileKind, rope: &Rope, options: &Options) -> Vec<Diagnostic> {
    analyse_in_parts(
        kind,
        rope,
        options,
        parallel::threads(),
        parallel::PARALLEL_FROM,
    )
}

fn analyse_in_parts(
    kind: FileKind,
    rope: &Rope,
    options: &Options,
    threads: usize,
    parallel_from: usize,
) -> Vec<Diagnostic> {
    if analysis::reads_whole(kind, rope.len_bytes()) {
        let text: std::borrow::Cow<str> = rope.slice(..).into();
        return parallel::scan_whole(kind, &text, options).unwrap_or_else(|| {
            tracing::error!("the analysis of {} panicked: no diagnostics", kind.name());
            Vec::new()
        });
    }
    let parts = if rope.len_bytes() < parallel_from {
        1
    } else {
        threads * 4
    };
    let bounds = parallel::bounds_by(rope.len_bytes(), parts, |from| {
        let next = rope.byte_to_line(from) + 1;
        (next < rope.len_lines()).then(|| rope.line_to_byte(next))
    });
    let scanned = parallel::map_parts(bounds.len() - 1, threads, |index| {
        let part: std::borrow::Cow<str> = rope.byte_slice(bounds[index]..bounds[index + 1]).into();
        let found = parallel::scan_part(kind, &part, options);
        (analysis::diagnostics::count_line_breaks(&part), found)
    });
    let Some(scanned) = scanned else {
        tracing::error!(
            "the analysis of {} lost a thread: no diagnostics",
            kind.name()
        );
        return Vec::new();
    };
    if scanned.iter().any(|(_, found)| found.is_none()) {
        tracing::error!("the analysis of a part of the document panicked: no diagnostics there");
    }
    join_parts(
        scanned
            .into_iter()
            .map(|(line_breaks, found)| (line_breaks, found.unwrap_or_default())),
    )
}

/// A log document from its whole text (`didOpen`): the rope and the
/// diagnostics are made together, part by part on every core, and the
/// document comes ready, its diagnostics installed. The text is consumed
/// from its end, step by step, as the rope takes it over: the two are never
/// both whole in memory.
pub(crate) fn open_log(
    epoch: u64,
    kind: FileKind,
    version: i32,
    text: String,
    options: &Options,
) -> Document {
    open_log_in_parts(
        epoch,
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

#[allow(clippy::too_many_arguments)] // the tests set the last three
fn open_log_in_parts(
    epoch: u64,
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
        epoch,
        version,
        kind,
        rope,
        generation: 0,
        analysis: Analysis::Ready(diagnostics),
        running: Running::No,
        last_edit_line: None,
        counts: None,
    }
}

#[cfg(test)]
#[path = "document_model_tests.rs"]
mod model_tests;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::lsp::from_proto::{WirePosition, WireRange};

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
        let mut document = Document::new(1, FileKind::MailLog, 1, text);
        let diagnostics = analyse(FileKind::MailLog, &document.rope, &options);
        assert!(document.install(document.identity(), diagnostics, &options));
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
        document.install_counts(
            document.identity(),
            analysis::outline::count_outcomes(document.rope.chunks()),
        );
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
        let mut document = Document::new(1, FileKind::MailLog, 1, "a dsn=5.9.9\nb\n");
        let snapshot = document.rope.clone();
        let made_of = document.identity();
        document.apply_changes(
            2,
            vec![change(0, 0, 0, 0, "x dsn=6.6.6\n")],
            Encoding::Utf8,
            &options,
        );
        let diagnostics = analyse(FileKind::MailLog, &snapshot, &options);
        assert!(document.install(made_of, diagnostics, &options));
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
        let rope = Rope::from_str(&text);
        assert!(rope.chunks().count() > 10);
        for threads in [2, 7] {
            let parts = analyse_in_parts(FileKind::MailLog, &rope, &options, threads, 0);
            assert_eq!(parts, single, "{threads} threads");
            for step in [1_000, 40_000, usize::MAX] {
                let opened = open_log_in_parts(
                    1,
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
        document.counts = Some(analysis::outline::count_outcomes(document.rope.chunks()));
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
            let counts = analysis::outline::count_outcomes(document.rope.chunks());
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
        document.restart_analysis();
        let pending = document.identity();
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

    #[test]
    fn an_analysis_of_another_opening_is_never_installed() {
        let options = Options::default();
        let old = "myhostnam = x\n";
        let new = "\nmyhostnam = x\n";
        let closed = Document::new(1, FileKind::PostfixMain, 1, old);
        let mut reopened = Document::new(2, FileKind::PostfixMain, 1, new);
        let stale = analyse(FileKind::PostfixMain, closed.rope(), &options);
        assert_eq!(stale[0].line, 0);
        assert!(!reopened.install(closed.identity(), stale, &options));
        assert_eq!(reopened.diagnostics(), None);
        let fresh = analyse(FileKind::PostfixMain, reopened.rope(), &options);
        assert!(reopened.install(reopened.identity(), fresh, &options));
        assert_eq!(reopened.diagnostics().unwrap()[0].line, 1);
    }

    #[test]
    fn one_analysis_at_a_time_and_one_more_after_edits() {
        let options = Options::default();
        let mut document = Document::new(1, FileKind::PostfixMain, 1, "a = 1\n");
        assert!(document.want_analysis());
        let first = document.identity();
        for version in 2..20 {
            let edit = change(0, 4, 0, 5, "2");
            assert!(document.apply_changes(version, vec![edit], Encoding::Utf8, &options));
            assert!(!document.want_analysis(), "one runs already");
        }
        // The first one ends stale: one more, on the text of now.
        assert!(!document.install(first, Vec::new(), &options));
        assert!(document.analysis_ended());
        let second = document.identity();
        assert!(document.install(second, Vec::new(), &options));
        assert!(!document.analysis_ended());
        assert!(document.want_analysis());
    }

    #[test]
    fn edits_made_before_an_analysis_starts_are_in_its_text_not_replayed() {
        let options = Options::default();
        let mut document = ready("a dsn=5.9.9\nb\n");
        // Settings changed: an analysis is wanted, then edits come before
        // it starts.
        document.restart_analysis();
        let edit = change(1, 0, 1, 0, "x dsn=6.6.6 ");
        document.apply_changes(2, vec![edit], Encoding::Utf8, &options);
        let (made_of, kind, rope) = document.take_for_analysis().unwrap();
        let edit = change(0, 0, 0, 0, "y dsn=7.7.7\n");
        document.apply_changes(3, vec![edit], Encoding::Utf8, &options);
        let diagnostics = analyse(kind, &rope, &options);
        assert!(document.install(made_of, diagnostics, &options));
        assert_eq!(
            document.diagnostics().unwrap(),
            fresh_diagnostics(&document)
        );
        assert_eq!(document.diagnostics().unwrap().len(), 3);
        assert!(document.take_for_analysis().is_none(), "ready");
    }
}
