//! `textDocument/inlayHint`: the meaning after each enhanced code of a log,
//! and the reason after a code that says little (`inlayHints.reasons`), on
//! at most [`MAX_LINES`] lines from the range's start (some clients ask for
//! the whole document).

use crate::analysis;
use crate::server::lsp::{encoding, to_proto};
use crate::server::session::Snapshot;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;

/// Lines hinted by one request, at most.
const MAX_LINES: usize = 5_000;

pub(crate) fn inlay_hints(
    snapshot: &Snapshot,
    params: InlayHintParams,
) -> Result<Option<Vec<InlayHint>>> {
    if !snapshot.config.settings.inlay_hints {
        return Ok(None);
    }
    let rope = &snapshot.rope;
    let first = params.range.start.line as usize;
    let last = params.range.end.line as usize;
    let count = last.saturating_sub(first).saturating_add(1).min(MAX_LINES);
    let reasons = snapshot.config.settings.reason_hints;
    let mut hints = Vec::new();
    if first >= rope.len_lines() {
        return Ok(Some(hints));
    }
    for (line, slice) in (first..).zip(rope.lines_at(first)).take(count) {
        let text = encoding::line_head(slice, encoding::LINE_FEATURE_MAX);
        let mut line_hints = analysis::line_hints(snapshot.kind, &text, snapshot.lang());
        if reasons {
            // `inlayHints.reasons`: the reason after a code that says little.
            line_hints.extend(analysis::reason_hints(
                snapshot.kind,
                &text,
                snapshot.lang(),
            ));
        }
        for (column, label) in line_hints {
            // Helix draws padding as a whole space: none before the comma
            // or blank that follows most codes (`dsn=5.1.1, status=...`).
            let glued = text
                .get(column..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_alphanumeric);
            hints.push(InlayHint {
                position: Position {
                    line: line as u32,
                    character: to_proto::character(&text, column, snapshot.config.encoding),
                },
                label: InlayHintLabel::String(label),
                kind: None,
                text_edits: None,
                tooltip: None,
                padding_left: Some(true),
                padding_right: Some(glued),
                data: None,
            });
        }
    }
    Ok(Some(hints))
}
