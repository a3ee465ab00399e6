//! `textDocument/documentSymbol`: a log's messages, main.cf's parameters,
//! master.cf's services; at most [`MAX_SYMBOLS`], then one entry saying
//! how many more there are.

use crate::analysis::symbols;
use crate::server::session::Snapshot;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;

/// Entries listed at most, children included.
const MAX_SYMBOLS: usize = 5_000;

pub(crate) fn document_symbol(
    snapshot: &Snapshot,
    _: DocumentSymbolParams,
) -> Result<Option<DocumentSymbolResponse>> {
    let Some(found) = symbols::symbols(
        snapshot.kind,
        &snapshot.text(),
        MAX_SYMBOLS,
        snapshot.lang(),
    ) else {
        return Ok(None);
    };
    let index = snapshot.index();
    Ok(Some(DocumentSymbolResponse::Nested(
        found
            .into_iter()
            .map(|symbol| index.symbol(symbol))
            .collect(),
    )))
}
