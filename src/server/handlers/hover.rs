//! `textDocument/hover`: what the code (or name) under the cursor means.

use crate::analysis;
use crate::server::session::Snapshot;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;

pub(crate) fn hover(snapshot: &Snapshot, params: HoverParams) -> Result<Option<Hover>> {
    let Some(offset) = snapshot.offset(params.text_document_position_params.position) else {
        return Ok(None);
    };
    let Some((range, mut markdown)) = analysis::hover(
        snapshot.kind,
        &snapshot.text(),
        offset,
        &snapshot.config.options,
    ) else {
        return Ok(None);
    };
    // A decision the log line records: the configuration lines behind it,
    // when the workspace holds the configuration.
    if let Some(section) = super::log_config::hover_section(snapshot, offset) {
        markdown.push_str("\n---\n\n");
        markdown.push_str(&section);
    }
    Ok(Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: markdown,
        }),
        range: Some(snapshot.index().range(range)),
    }))
}
