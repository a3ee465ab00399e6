//! `textDocument/codeAction`: the quick fixes of the diagnostics on the
//! asked lines (the snapshot holds those only, at most 1,000).

use crate::server::session::Snapshot;
use std::collections::HashMap;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;

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
    let mut actions = Vec::new();
    for diagnostic in &snapshot.diagnostics {
        for fix in &diagnostic.fixes {
            let changes = HashMap::from([(
                snapshot.uri.clone(),
                vec![index.fix_edit(diagnostic.line, fix)],
            )]);
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: fix.title.clone(),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![index.diagnostic(diagnostic)]),
                edit: Some(WorkspaceEdit {
                    changes: Some(changes),
                    ..WorkspaceEdit::default()
                }),
                is_preferred: Some(diagnostic.fixes.len() == 1),
                ..CodeAction::default()
            }));
        }
    }
    Ok((!actions.is_empty()).then_some(actions))
}
