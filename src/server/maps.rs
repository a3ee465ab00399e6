//! Map files in a workspace: which file each map reference of a main.cf or
//! master.cf means (`hash:/etc/postfix/virtual`), for the links and
//! definitions of `handlers/links.rs`, and the `missing-map` diagnostics
//! of the maps a workspace holding the configuration lacks, made with the
//! full analysis. The references and the choice of file are
//! `analysis::config::maps`; this lists the workspace.

use crate::analysis::config::maps::MapReference;
use crate::analysis::{self, Diagnostic, FileKind, Options};
use crate::server::workspace::Workspace;
use std::path::Path;
use tower_lsp_server::ls_types::Uri;

/// The document's path as the workspace lists paths (links resolved, `/`
/// separated); `None` for a document that is not a file.
pub(crate) fn document_path(uri: &str) -> Option<String> {
    let uri: Uri = uri.parse().ok()?;
    if !uri.scheme().as_str().eq_ignore_ascii_case("file") {
        return None;
    }
    let path = uri.to_file_path()?;
    let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    path.to_str().map(|p| p.replace('\\', "/"))
}

/// Each map reference with the workspace file it means, if any.
pub(crate) fn resolved(
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

pub(crate) fn file_uri(path: &str) -> Option<Uri> {
    Uri::from_file_path(Path::new(path))
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
