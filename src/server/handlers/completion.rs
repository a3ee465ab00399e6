//! `textDocument/completion`: the codes (or names) that fit at the cursor.

use crate::analysis;
use crate::server::session::Snapshot;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;

pub(crate) fn completion(
    snapshot: &Snapshot,
    params: CompletionParams,
) -> Result<Option<CompletionResponse>> {
    let Some(offset) = snapshot.offset(params.text_document_position.position) else {
        return Ok(None);
    };
    let items = analysis::completion(
        snapshot.kind,
        &snapshot.text(),
        offset,
        &snapshot.config.options,
    );
    if items.is_empty() {
        return Ok(None);
    }
    let index = snapshot.index();
    Ok(Some(CompletionResponse::List(CompletionList {
        is_incomplete: false,
        items: items
            .into_iter()
            .map(|item| index.completion_item(item, snapshot.config.label_details))
            .collect(),
    })))
}
