//! What the configuration kinds' outlines share: the outline's entry
//! (`analysis::outline_symbol`), one-line details, and the byte arithmetic
//! from logical lines (continuations joined) back to the whole document.

use super::Logical;
use std::ops::Range;

pub use crate::analysis::outline_symbol::{Symbol, SymbolKind};

/// Details are one line, at most this many bytes.
const DETAIL_MAX: usize = 200;

pub(super) fn detail(value: &str) -> String {
    let mut out = value.split_whitespace().collect::<Vec<_>>().join(" ");
    if out.len() > DETAIL_MAX {
        let mut cut = DETAIL_MAX;
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        out.truncate(cut);
        out.push('…');
    }
    out
}

/// Absolute byte offset of each physical line's start.
pub(super) fn line_starts(text: &str) -> Vec<usize> {
    crate::analysis::lines::lines(text)
        .map(|(_, start, _)| start)
        .collect()
}

/// A logical range -> absolute bytes (names never span physical lines).
pub(super) fn absolute(starts: &[usize], logical: &Logical, range: Range<usize>) -> Range<usize> {
    let (line, columns) = logical.span(range);
    let base = starts.get(line).copied().unwrap_or(0);
    base + columns.start..base + columns.end
}

/// The absolute range of a whole logical line (all its physical lines).
pub(super) fn whole(starts: &[usize], logical: &Logical) -> Range<usize> {
    let (first, _) = logical.parts[0];
    let &(last, last_start) = logical.parts.last().unwrap_or(&(first, 0));
    let start = starts.get(first).copied().unwrap_or(0);
    let end = starts.get(last).copied().unwrap_or(0) + (logical.text.len() - last_start);
    start..end
}
