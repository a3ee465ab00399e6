//! Definition, references and highlights: a `$name` in main.cf and
//! master.cf, a queue ID's message in a log (searched in the rope in place).

use crate::analysis;
use crate::server::session::Snapshot;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;

pub(crate) fn definition(
    snapshot: &Snapshot,
    params: GotoDefinitionParams,
) -> Result<Option<GotoDefinitionResponse>> {
    let Some(offset) = snapshot.offset(params.text_document_position_params.position) else {
        return Ok(None);
    };
    if let Some(range) = analysis::definition(snapshot.kind, &snapshot.text(), offset) {
        return Ok(Some(GotoDefinitionResponse::Scalar(Location {
            uri: snapshot.uri.clone(),
            range: snapshot.index().range(range),
        })));
    }
    // A map file main.cf or master.cf names: the file, when the workspace
    // has it.
    // An Exim name another file of a split configuration defines.
    if let Some(location) = super::links::map_definition(snapshot, offset)
        .or_else(|| super::links::exim_definition(snapshot, offset))
    {
        return Ok(Some(GotoDefinitionResponse::Scalar(location)));
    }
    // A decision a log line records: the configuration lines behind it.
    Ok(super::log_config::definition(snapshot, offset))
}

pub(crate) fn references(
    snapshot: &Snapshot,
    params: ReferenceParams,
) -> Result<Option<Vec<Location>>> {
    let Some(offset) = snapshot.offset(params.text_document_position.position) else {
        return Ok(None);
    };
    let found = analysis::references(
        snapshot.kind,
        &snapshot.text(),
        offset,
        params.context.include_declaration,
    );
    let index = snapshot.index();
    Ok((!found.is_empty()).then(|| {
        found
            .into_iter()
            .map(|range| Location {
                uri: snapshot.uri.clone(),
                range: index.range(range),
            })
            .collect()
    }))
}

pub(crate) fn highlights(
    snapshot: &Snapshot,
    params: DocumentHighlightParams,
) -> Result<Option<Vec<DocumentHighlight>>> {
    let Some(offset) = snapshot.offset(params.text_document_position_params.position) else {
        return Ok(None);
    };
    let found = analysis::highlights(snapshot.kind, &snapshot.text(), offset);
    let index = snapshot.index();
    Ok((!found.is_empty()).then(|| {
        found
            .into_iter()
            .map(|range| DocumentHighlight {
                range: index.range(range),
                kind: Some(DocumentHighlightKind::TEXT),
            })
            .collect()
    }))
}
