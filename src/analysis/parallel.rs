//! Whole-text work on every core: a large log is cut at line ends into
//! parts, each part analysed on its own (a log's findings depend on their
//! line only), and the results joined in text order. The server opens a
//! log this way, and `mail-lsp check` and `summary` read one.
//!
//! Threads are scoped, spawned per call: no pool outlives the work, and a
//! core slowed by other work takes fewer parts.

use super::outline::{self, Summary};
use super::{Diagnostic, FileKind, Options};
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock, PoisonError};

/// Below this size one thread is quicker than splitting.
pub const PARALLEL_FROM: usize = 4 << 20;
/// Parts per thread, taken in turn: a core slowed by other work takes fewer.
const PARTS_PER_THREAD: usize = 4;

/// The threads to use: the cores available to the process (read once:
/// the cgroup files behind it are read again on every call), at most 8.
pub fn threads() -> usize {
    static THREADS: OnceLock<usize> = OnceLock::new();
    *THREADS.get_or_init(|| {
        std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .min(8)
    })
}

/// Runs `work` on every index of `0..parts` on up to `threads` threads,
/// this one included, each taking the next index when done with one. The
/// results come in index order; `None` if a thread was lost (a panic).
pub fn map_parts<T: Send>(
    parts: usize,
    threads: usize,
    work: impl Fn(usize) -> T + Sync,
) -> Option<Vec<T>> {
    if threads < 2 || parts < 2 {
        return Some((0..parts).map(work).collect());
    }
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<Option<T>>> = Mutex::new((0..parts).map(|_| None).collect());
    let worker = || {
        loop {
            let index = next.fetch_add(1, Ordering::Relaxed);
            if index >= parts {
                break;
            }
            let result = work(index);
            done.lock().unwrap_or_else(PoisonError::into_inner)[index] = Some(result);
        }
    };
    let all_joined = std::thread::scope(|scope| {
        let helpers: Vec<_> = (1..threads.min(parts))
            .filter_map(|_| std::thread::Builder::new().spawn_scoped(scope, worker).ok())
            .collect();
        let here = std::panic::catch_unwind(std::panic::AssertUnwindSafe(worker)).is_ok();
        helpers.into_iter().all(|helper| helper.join().is_ok()) && here
    });
    let done = done.into_inner().unwrap_or_else(PoisonError::into_inner);
    all_joined.then(|| done.into_iter().collect()).flatten()
}

/// Cuts `text` at line ends and maps every part with `work` (see
/// [`map_parts`]); a text under `parallel_from` bytes is one part.
pub fn in_parts<T: Send>(
    text: &str,
    threads: usize,
    parallel_from: usize,
    work: impl Fn(&str) -> T + Sync,
) -> Option<Vec<T>> {
    if text.len() < parallel_from || threads < 2 {
        return Some(vec![work(text)]);
    }
    let bounds = line_bounds(text, threads * PARTS_PER_THREAD);
    map_parts(bounds.len() - 1, threads, |index| {
        work(&text[bounds[index]..bounds[index + 1]])
    })
}

/// `0`, the ends of about `parts` parts of `len` bytes cut after a line
/// end found by `next_line_end(from)`, and `len`.
pub fn bounds_by(
    len: usize,
    parts: usize,
    next_line_end: impl Fn(usize) -> Option<usize>,
) -> Vec<usize> {
    let mut bounds = vec![0];
    for part in 1..parts {
        let target = (len * part / parts).max(*bounds.last().unwrap_or(&0));
        match next_line_end(target) {
            Some(end) if end < len => bounds.push(end),
            _ => break,
        }
    }
    bounds.push(len);
    bounds.dedup();
    bounds
}

/// `0`, the ends of about `parts` parts cut after a `\n`, and `text.len()`.
pub fn line_bounds(text: &str, parts: usize) -> Vec<usize> {
    bounds_by(text.len(), parts, |from| {
        memchr::memchr(b'\n', &text.as_bytes()[from..]).map(|at| from + at + 1)
    })
}

/// The diagnostics of consecutive parts of a text, given with each part's
/// line breaks, as diagnostics of the whole (lines counted from its start).
pub fn join_parts(parts: impl IntoIterator<Item = (usize, Vec<Diagnostic>)>) -> Vec<Diagnostic> {
    let mut all = Vec::new();
    let mut first_line = 0;
    for (line_breaks, found) in parts {
        all.extend(found.into_iter().map(|mut diagnostic| {
            diagnostic.line += first_line;
            diagnostic
        }));
        first_line += line_breaks;
    }
    all
}

/// The diagnostics of one part of a log (or of a text read whole, for a
/// config), or `None` when its analysis panicked: a bug costs that part
/// its diagnostics, never the document. A part of a bounce is read line by
/// line, as a log: only a whole bounce is read as MIME ([`scan_whole`]).
pub fn scan_part(kind: FileKind, part: &str, options: &Options) -> Option<Vec<Diagnostic>> {
    std::panic::catch_unwind(|| {
        if kind.is_log_like() {
            super::diagnostics::document_diagnostics(kind, part, options)
        } else {
            super::document_diagnostics(kind, part, options)
        }
    })
    .ok()
}

/// The diagnostics of a whole document read at once (see
/// [`super::reads_whole`]), or `None` when its analysis panicked.
pub fn scan_whole(kind: FileKind, text: &str, options: &Options) -> Option<Vec<Diagnostic>> {
    std::panic::catch_unwind(|| super::document_diagnostics(kind, text, options)).ok()
}

/// A whole text's diagnostics, and how many parts were lost to a panic.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Analysed {
    pub diagnostics: Vec<Diagnostic>,
    pub lost_parts: usize,
}

/// The diagnostics of a whole text: a config at once, a log in parts on
/// every core.
pub fn document_diagnostics(kind: FileKind, text: &str, options: &Options) -> Analysed {
    diagnostics_in_parts(kind, text, options, threads(), PARALLEL_FROM)
}

fn diagnostics_in_parts(
    kind: FileKind,
    text: &str,
    options: &Options,
    threads: usize,
    parallel_from: usize,
) -> Analysed {
    // A config has file-wide rules; a bounce is read as MIME: both whole.
    if super::reads_whole(kind, text.len()) {
        return match scan_whole(kind, text, options) {
            Some(diagnostics) => Analysed {
                diagnostics,
                lost_parts: 0,
            },
            None => Analysed {
                diagnostics: Vec::new(),
                lost_parts: 1,
            },
        };
    }
    lines_in_parts(kind, text, options, threads, parallel_from)
}

/// The diagnostics of a run of lines of a larger document (an edit's
/// lines), on every core: read as parts of a log, never whole.
pub fn lines_diagnostics(kind: FileKind, text: &str, options: &Options) -> Analysed {
    lines_in_parts(kind, text, options, threads(), PARALLEL_FROM)
}

fn lines_in_parts(
    kind: FileKind,
    text: &str,
    options: &Options,
    threads: usize,
    parallel_from: usize,
) -> Analysed {
    let scanned = |part: &str| {
        let line_breaks = super::diagnostics::count_line_breaks(part);
        (line_breaks, scan_part(kind, part, options))
    };
    let parts = in_parts(text, threads, parallel_from, scanned).unwrap_or_else(|| {
        // A thread was lost: the text is read again on this one alone.
        vec![scanned(text)]
    });
    let lost_parts = parts.iter().filter(|(_, found)| found.is_none()).count();
    Analysed {
        diagnostics: join_parts(
            parts
                .into_iter()
                .map(|(line_breaks, found)| (line_breaks, found.unwrap_or_default())),
        ),
        lost_parts,
    }
}

/// A log's outcomes by enhanced code ([`outline::summarize`]), read in
/// parts on every core.
pub fn summarize(kind: FileKind, text: &str) -> Summary {
    summarize_in_parts(kind, text, threads(), PARALLEL_FROM)
}

fn summarize_in_parts(kind: FileKind, text: &str, threads: usize, parallel_from: usize) -> Summary {
    let parts = in_parts(text, threads, parallel_from, |part| {
        outline::summarize(kind, part)
    })
    .unwrap_or_else(|| vec![outline::summarize(kind, text)]);
    let mut by_code = HashMap::new();
    let mut summary = Summary::default();
    for part in parts {
        summary.totals.add_all(part.totals);
        for (code, counts) in part.by_code {
            by_code
                .entry(code)
                .or_insert_with(outline::Counts::default)
                .add_all(counts);
        }
    }
    summary.by_code = by_code.into_iter().collect();
    summary
        .by_code
        .sort_by_key(|(code, _)| (code.is_none(), code.map(|c| (c.class, c.subject, c.detail))));
    summary
}

#[cfg(test)]
mod tests {
    use super::*;

    fn log(lines: usize) -> String {
        let mut text = String::new();
        for index in 0..lines {
            let ending = ["\n", "\r\n", "\r"][index % 3];
            let status = ["sent", "deferred", "bounced", "expired"][index % 4];
            text.push_str(&format!(
                "l{index} dsn=5.{}.{}, status={status} (said: 55{} 4.1.1){ending}",
                index % 11,
                index % 40,
                index % 4
            ));
        }
        text
    }

    #[test]
    fn parts_give_what_one_pass_gives() {
        let options = Options::default();
        let text = log(3_000);
        let single = crate::analysis::document_diagnostics(FileKind::MailLog, &text, &options);
        assert!(!single.is_empty());
        for threads in [2, 7] {
            let parallel = diagnostics_in_parts(FileKind::MailLog, &text, &options, threads, 0);
            assert_eq!(parallel.diagnostics, single, "{threads} threads");
            assert_eq!(parallel.lost_parts, 0);
        }
        assert_eq!(line_bounds(&text, 5).len(), 6);
        assert_eq!(line_bounds("no line end", 4), [0, 11]);
        assert_eq!(line_bounds("a\nb\n", 8), [0, 2, 4]);
    }

    #[test]
    fn a_bounce_is_read_whole_up_to_its_limit_then_by_lines() {
        let options = Options::default();
        // A code cut by a soft line break: one code when read whole.
        let head = "Content-Type: text/plain\nContent-Transfer-Encoding: quoted-printable\n\n\
                    host x said: 550 4.1.=\n1 unavailable\n";
        let whole = diagnostics_in_parts(FileKind::Bounce, head, &options, 2, 0);
        assert_eq!(
            whole.diagnostics,
            crate::analysis::diagnostics::bounce_diagnostics(head, &options)
        );
        assert!(
            whole
                .diagnostics
                .iter()
                .all(|d| d.rule != "malformed-enhanced-code"),
            "{whole:?}"
        );
        // A mailbox of bounces past the limit: read in parts, line by line,
        // as a log; its codes are still diagnosed and hovered.
        let line = "host x said: 550 4.1.1 unavailable\n";
        let mut large = String::from(head);
        while large.len() <= crate::analysis::BOUNCE_READ_WHOLE {
            large.push_str(line);
        }
        let by_lines = diagnostics_in_parts(FileKind::Bounce, &large, &options, 2, 0);
        let single =
            crate::analysis::diagnostics::document_diagnostics(FileKind::Bounce, &large, &options);
        assert_eq!(by_lines.diagnostics, single);
        assert_eq!(
            by_lines.diagnostics.len(),
            (large.len() - head.len()) / line.len() + 1
        );
        let last = large.len() - line.len() + "host x said: 5".len();
        let (range, markdown) =
            crate::analysis::hover(FileKind::Bounce, large.as_str(), last, &options).unwrap();
        assert_eq!(&large[range], "550 4.1.1");
        assert!(markdown.contains("550"), "{markdown}");
    }

    #[test]
    fn a_summary_in_parts_is_the_summary_of_the_whole() {
        let text = log(2_000);
        let whole = outline::summarize(FileKind::MailLog, &text);
        assert!(whole.totals.total() > 1_000);
        for threads in [2, 7] {
            assert_eq!(
                summarize_in_parts(FileKind::MailLog, &text, threads, 0),
                whole
            );
        }
    }

    #[test]
    fn indexes_come_back_in_order() {
        let squares = map_parts(100, 4, |index| index * index).unwrap();
        assert_eq!(squares, (0..100).map(|i| i * i).collect::<Vec<_>>());
        assert_eq!(map_parts(0, 4, |index| index), Some(Vec::new()));
        assert_eq!(map_parts(5, 4, |index| index).unwrap().len(), 5);
        assert_eq!(map_parts(10, 3, |index| assert!(index != 7)), None);
    }
}
