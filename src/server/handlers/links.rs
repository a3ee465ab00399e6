//! `textDocument/documentLink` and go-to-definition on the map files a
//! main.cf or master.cf names (`hash:/etc/postfix/virtual`), and on an Exim
//! name another file of a split configuration defines. Which workspace
//! file a map reference means is `server::maps`.

use crate::analysis::{self, FileKind};
use crate::server::maps::{document_path, file_uri, resolved};
use crate::server::session::Snapshot;
use std::path::Path;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;

pub(crate) fn document_link(
    snapshot: &Snapshot,
    _: DocumentLinkParams,
) -> Result<Option<Vec<DocumentLink>>> {
    if !matches!(
        snapshot.kind,
        FileKind::PostfixMain | FileKind::PostfixMaster
    ) {
        return Ok(None);
    }
    let text: std::borrow::Cow<str> = snapshot.rope.slice(..).into();
    let index = snapshot.index();
    let links: Vec<DocumentLink> = resolved(
        snapshot.kind,
        &text,
        snapshot.uri.as_str(),
        &snapshot.config.workspace,
    )
    .into_iter()
    .filter_map(|(reference, found)| {
        let target = file_uri(&found?)?;
        Some(DocumentLink {
            range: index.range(reference.range),
            target: Some(target),
            tooltip: Some(reference.path),
            data: None,
        })
    })
    .collect();
    Ok((!links.is_empty()).then_some(links))
}

/// The map file under byte `offset`, as the location of its start.
pub(crate) fn map_definition(snapshot: &Snapshot, offset: usize) -> Option<Location> {
    if !matches!(
        snapshot.kind,
        FileKind::PostfixMain | FileKind::PostfixMaster
    ) {
        return None;
    }
    let text: std::borrow::Cow<str> = snapshot.rope.slice(..).into();
    let under_cursor = analysis::map_references(snapshot.kind, text.as_ref())
        .into_iter()
        .any(|r| r.range.start <= offset && offset <= r.range.end);
    if !under_cursor {
        return None;
    }
    let (_, found) = resolved(
        snapshot.kind,
        &text,
        snapshot.uri.as_str(),
        &snapshot.config.workspace,
    )
    .into_iter()
    .find(|(r, _)| r.range.start <= offset && offset <= r.range.end)?;
    Some(Location {
        uri: file_uri(&found?)?,
        range: Range::default(),
    })
}

/// An Exim name defined in another file of a split configuration (Debian's
/// `conf.d/main/02_exim4-config_options` names `acl_check_rcpt`, which
/// `conf.d/acl/30_exim4-config_check_rcpt` defines): looked for in the
/// workspace's Exim files, those of the document's own folder tree first.
pub(crate) fn exim_definition(snapshot: &Snapshot, offset: usize) -> Option<Location> {
    if snapshot.config.workspace.is_empty() {
        return None;
    }
    let (name, plus) = analysis::exim_name_at(snapshot.kind, &snapshot.text(), offset)?;
    let document = document_path(snapshot.uri.as_str()).unwrap_or_default();
    // The folder that holds the configuration: `.../conf.d` for a split
    // one, the document's own folder otherwise.
    let home = document
        .find("/conf.d/")
        .map_or_else(|| parent(&document), |at| &document[..at + "/conf.d".len()]);
    let workspace = &snapshot.config.workspace;
    let files = workspace.files_cached();
    let mut candidates: Vec<&str> = files
        .iter()
        .map(String::as_str)
        .filter(|path| *path != document)
        .filter(|path| FileKind::detect(None, Some(path), "") == FileKind::EximConf)
        .collect();
    candidates.sort_by_key(|path| !path.starts_with(home));
    for path in candidates {
        let Some(other) = workspace.read(Path::new(path)) else {
            continue;
        };
        if let Some(range) = analysis::exim_definition_of(&other, &name, plus) {
            let uri = file_uri(path)?;
            let rope = ropey::Rope::from_str(&other);
            let index = crate::server::lsp::to_proto::LineIndex {
                rope: &rope,
                encoding: snapshot.config.encoding,
            };
            return Some(Location {
                uri,
                range: index.range(range),
            });
        }
    }
    None
}

fn parent(path: &str) -> &str {
    path.rfind('/').map_or("", |slash| &path[..slash])
}
