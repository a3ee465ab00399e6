//! `textDocument/documentLink` and go-to-definition on the map files a
//! main.cf or master.cf names (`hash:/etc/postfix/virtual`), found among
//! the workspace's files; and the `missing-map` diagnostics of the maps a
//! workspace holding the configuration lacks. The references and the
//! choice of file are `analysis::config::maps`; this reads the workspace.

use crate::analysis::config::maps::MapReference;
use crate::analysis::{self, Diagnostic, FileKind, Options};
use crate::server::session::Snapshot;
use crate::server::workspace::Workspace;
use std::path::Path;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;

/// The document's path as the workspace lists paths (links resolved, `/`
/// separated); `None` for a document that is not a file.
pub(super) fn document_path(uri: &str) -> Option<String> {
    let uri: Uri = uri.parse().ok()?;
    if !uri.scheme().as_str().eq_ignore_ascii_case("file") {
        return None;
    }
    let path = uri.to_file_path()?;
    let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    path.to_str().map(|p| p.replace('\\', "/"))
}

/// Each map reference with the workspace file it means, if any.
fn resolved(
    kind: FileKind,
    text: &str,
    uri: &str,
    workspace: &Workspace,
) -> Vec<(MapReference, Option<String>)> {
    let references = analysis::map_references(kind, text);
    if references.is_empty() || workspace.is_empty() {
        return references.into_iter().map(|r| (r, None)).collect();
    }
    let document = document_path(uri).unwrap_or_default();
    let files = workspace.files_cached();
    let candidates: Vec<&str> = files.iter().map(String::as_str).collect();
    references
        .into_iter()
        .map(|reference| {
            let found =
                analysis::resolve_map(&reference, &document, &candidates).map(str::to_string);
            (reference, found)
        })
        .collect()
}

pub(super) fn file_uri(path: &str) -> Option<Uri> {
    Uri::from_file_path(Path::new(path))
}

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

/// `missing-map` diagnostics of a main.cf or master.cf: run with the full
/// analysis, off the reader.
pub(crate) fn missing_maps(
    kind: FileKind,
    text: &str,
    uri: &str,
    workspace: &Workspace,
    options: &Options,
) -> Vec<Diagnostic> {
    if !matches!(kind, FileKind::PostfixMain | FileKind::PostfixMaster) || workspace.is_empty() {
        return Vec::new();
    }
    let (references, found): (Vec<MapReference>, Vec<bool>) = resolved(kind, text, uri, workspace)
        .into_iter()
        .map(|(reference, file)| (reference, file.is_some()))
        .unzip();
    analysis::missing_maps(text, &references, &found, options)
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
