//! `textDocument/codeAction`: the quick fixes of the diagnostics on the
//! asked lines (the snapshot holds those only, at most 1,000), at most
//! [`MAX_ACTIONS`].

use crate::server::session::Snapshot;
use std::collections::HashMap;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;

/// Actions offered by one request, at most.
const MAX_ACTIONS: usize = 1_000;

pub(crate) fn code_action(
    snapshot: &Snapshot,
    params: CodeActionParams,
) -> Result<Option<CodeActionResponse>> {
    // Quick fixes are the only kind offered: a client asking for others
    // (source actions on save, refactors) gets none.
    if let Some(only) = &params.context.only
        && !only
            .iter()
            .any(|kind| CodeActionKind::QUICKFIX.as_str().starts_with(kind.as_str()))
    {
        return Ok(None);
    }
    let index = snapshot.index();
    let actions: Vec<CodeActionOrCommand> = snapshot
        .diagnostics
        .iter()
        .flat_map(|diagnostic| diagnostic.fixes.iter().map(move |fix| (diagnostic, fix)))
        .take(MAX_ACTIONS)
        .map(|(diagnostic, fix)| {
            let changes = HashMap::from([(
                snapshot.uri.clone(),
                vec![index.fix_edit(diagnostic.line, fix)],
            )]);
            CodeActionOrCommand::CodeAction(CodeAction {
                title: fix.title.clone(),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![index.diagnostic(diagnostic)]),
                edit: Some(WorkspaceEdit {
                    changes: Some(changes),
                    ..WorkspaceEdit::default()
                }),
                is_preferred: Some(diagnostic.fixes.len() == 1),
                ..CodeAction::default()
            })
        })
        .collect();
    Ok((!actions.is_empty()).then_some(actions))
}
