//! `textDocument/codeLens`: one lens on a mail log, its delivery outcomes
//! counted (read once, chunk by chunk, then kept up to date by the edits);
//! on a bounce, its records by reason.

use crate::analysis;
use crate::analysis::outline::Status;
use crate::server::session::Snapshot;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;

pub(crate) fn code_lens(snapshot: &Snapshot, _: CodeLensParams) -> Result<Option<Vec<CodeLens>>> {
    if let Some(title) = analysis::bounce_lens(snapshot.kind, &snapshot.text(), snapshot.lang()) {
        return Ok(Some(vec![lens(title)]));
    }
    let totals = match snapshot.counts {
        Some(counts) => counts,
        None => {
            let Some(counts) = analysis::outcome_counts(snapshot.kind, &snapshot.text()) else {
                return Ok(None);
            };
            snapshot.remember_counts(counts);
            counts
        }
    };
    let title = Status::ALL
        .iter()
        .map(|status| format!("{} {}", totals.get(*status), status.name()))
        .collect::<Vec<_>>()
        .join(" · ");
    Ok(Some(vec![lens(title)]))
}

/// A lens on the first line that only shows `title`.
fn lens(title: String) -> CodeLens {
    CodeLens {
        range: Range::default(),
        command: Some(Command {
            title,
            command: String::new(),
            arguments: None,
        }),
        data: None,
    }
}
