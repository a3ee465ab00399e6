//! `textDocument/hover`: what the code (or name) under the cursor means.

use crate::analysis;
use crate::server::session::Snapshot;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;

pub(crate) fn hover(snapshot: &Snapshot, params: HoverParams) -> Result<Option<Hover>> {
    let Some(offset) = snapshot.offset(params.text_document_position_params.position) else {
        return Ok(None);
    };
    let Some((range, markdown)) = analysis::hover(
        snapshot.kind,
        &snapshot.text(),
        offset,
        &snapshot.config.options,
    ) else {
        return Ok(None);
    };
    Ok(Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: markdown,
        }),
        range: Some(snapshot.index().range(range)),
    }))
}
