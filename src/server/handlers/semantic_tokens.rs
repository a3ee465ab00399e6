//! Semantic tokens of a log: the lines asked, read in turn from the rope.
//! The whole document is coloured on its first [`MAX_LINES`] lines, a range
//! on at most as many: clients ask for the visible range.

use crate::analysis;
use crate::server::lsp::encoding;
use crate::server::lsp::to_proto::TokenDeltas;
use crate::server::session::Snapshot;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;

/// Lines coloured by one request, at most.
const MAX_LINES: usize = 20_000;

pub(crate) fn full(
    snapshot: &Snapshot,
    _: SemanticTokensParams,
) -> Result<Option<SemanticTokensResult>> {
    Ok(Some(SemanticTokensResult::Tokens(SemanticTokens {
        result_id: None,
        data: tokens(snapshot, 0, MAX_LINES),
    })))
}

pub(crate) fn range(
    snapshot: &Snapshot,
    params: SemanticTokensRangeParams,
) -> Result<Option<SemanticTokensRangeResult>> {
    let first = params.range.start.line as usize;
    let last = params.range.end.line as usize;
    let count = last.saturating_sub(first).saturating_add(1).min(MAX_LINES);
    Ok(Some(SemanticTokensRangeResult::Tokens(SemanticTokens {
        result_id: None,
        data: tokens(snapshot, first, count),
    })))
}

/// The tokens of `count` lines from `first`, delta-encoded.
fn tokens(snapshot: &Snapshot, first: usize, count: usize) -> Vec<SemanticToken> {
    let rope = &snapshot.rope;
    let mut deltas = TokenDeltas::default();
    if first >= rope.len_lines() {
        return deltas.data;
    }
    // Lines read in turn from the rope's chunks, not looked up one by one.
    for (line, slice) in (first..).zip(rope.lines_at(first)).take(count) {
        let text = encoding::line_head(slice, encoding::LINE_FEATURE_MAX);
        let found = analysis::line_tokens(snapshot.kind, &text);
        deltas.push_line(line as u32, &text, &found, snapshot.config.encoding);
    }
    deltas.data
}
