//! Text sync and settings, run on the reader in wire order: whatever a
//! later request sees, these have changed first. Texts are decoded over the
//! frame that carries them (a 100 MB `didOpen` costs no second buffer).

use crate::server::config::Settings;
use crate::server::json_text;
use crate::server::lsp::from_proto::{self, Change, CloseParams, ConfigurationParams};
use crate::server::service;
use crate::server::session::Session;
use crate::server::transport::OpenText;
use std::sync::Arc;
use tower_lsp_server::ls_types::DidOpenTextDocumentParams;

/// `didOpen` whose text the transport located while checking the frame:
/// the body is decoded in place into the text.
pub(crate) fn did_open(session: &Arc<Session>, body: Vec<u8>, open: Option<OpenText>) {
    let Some(open) = open else {
        // Not opened: say what is wrong with the params.
        let reason = match from_proto::params::<DidOpenTextDocumentParams>(&body) {
            Err(error) => error.to_string(),
            Ok(_) => "textDocument.text is not a string".to_string(),
        };
        tracing::error!("textDocument/didOpen: bad params: {reason}");
        return;
    };
    match json_text::decode_in_place(body, open.text) {
        Ok(text) => session.open(open.uri, &open.language_id, open.version, text),
        Err(error) => tracing::error!("textDocument/didOpen: bad text: {error}"),
    }
}

/// `didChange`: the texts are located in the body, the longest decoded in
/// place over it (a reload of 100 MB costs no second buffer).
pub(crate) fn did_change(session: &Arc<Session>, body: Vec<u8>) {
    let (uri, version, ranges, literals) =
        match from_proto::params_in::<from_proto::LocatedChangeParams>(&body) {
            Ok(params) => {
                let (ranges, literals): (Vec<_>, Vec<_>) = params
                    .content_changes
                    .iter()
                    .map(|change| {
                        let literal = change.text.get();
                        let start = literal.as_ptr() as usize - body.as_ptr() as usize;
                        (change.range, start..start + literal.len())
                    })
                    .unzip();
                let document = params.text_document;
                (document.uri, document.version, ranges, literals)
            }
            Err(error) => {
                tracing::error!("textDocument/didChange: bad params: {error}");
                return;
            }
        };
    match json_text::decode_all_in_place(body, &literals) {
        Ok(texts) => {
            let changes = ranges
                .into_iter()
                .zip(texts)
                .map(|(range, text)| Change { range, text })
                .collect();
            session.change(&uri, version, changes);
        }
        Err(error) => tracing::error!("textDocument/didChange: bad text: {error}"),
    }
}

pub(crate) fn did_close(session: &Session, body: &[u8]) {
    match from_proto::params::<CloseParams>(body) {
        Ok(params) => session.close(&params.text_document.uri),
        Err(error) => tracing::error!("textDocument/didClose: bad params: {error}"),
    }
}

/// New settings: refused values are shown (and replaced by defaults), and
/// every document is analysed again, the next edits with the new options.
pub(crate) fn did_change_configuration(session: &Arc<Session>, body: &[u8]) {
    let params = match from_proto::params::<ConfigurationParams>(body) {
        Ok(params) => params,
        Err(error) => {
            tracing::error!("workspace/didChangeConfiguration: bad params: {error}");
            return;
        }
    };
    let (settings, problems) = Settings::from_json(&params.settings);
    if !problems.is_empty() {
        let shown = session.clone();
        session.runtime.spawn(async move {
            service::show_settings_problems(&shown, problems).await;
        });
    }
    session.update_settings(settings);
}

/// `workspace/didChangeWorkspaceFolders`: the folders map files are looked
/// for in.
pub(crate) fn did_change_workspace_folders(session: &Arc<Session>, body: &[u8]) {
    use tower_lsp_server::ls_types::{DidChangeWorkspaceFoldersParams, WorkspaceFolder};
    let params = match from_proto::params::<DidChangeWorkspaceFoldersParams>(body) {
        Ok(params) => params,
        Err(error) => {
            tracing::error!("workspace/didChangeWorkspaceFolders: bad params: {error}");
            return;
        }
    };
    let paths = |folders: &[WorkspaceFolder]| -> Vec<std::path::PathBuf> {
        folders
            .iter()
            .filter_map(|folder| folder.uri.to_file_path().map(|p| p.into_owned()))
            .collect()
    };
    let workspace = session
        .config()
        .workspace
        .changed(paths(&params.event.added), &paths(&params.event.removed));
    session.update_workspace(workspace);
}
