//! From a log line to the configuration that produced it: when the
//! workspace holds the Postfix configuration, go-to-definition on a line
//! that logs a decision (a reject, a header_checks action) opens the
//! restriction, access-map entry or pattern behind it, and the hover names
//! them. The configuration is the main.cf nearest the log (and the
//! master.cf beside it); the maps are the workspace files it names, found
//! as `analysis::resolve_map` finds them. With no configuration in the
//! workspace, nothing is said. The matching is `analysis::reason::origin`.

use crate::analysis::reason::origin::{MapText, Origin, Source};
use crate::analysis::{self, FileKind};
use crate::server::lsp::to_proto::LineIndex;
use crate::server::maps::{document_path, file_uri};
use crate::server::session::Snapshot;
use std::path::Path;
use tower_lsp_server::ls_types::*;

/// The log line holding byte `offset`, without its line break.
fn line_at(snapshot: &Snapshot, offset: usize) -> Option<String> {
    let rope = &snapshot.rope;
    if offset > rope.len_bytes() {
        return None;
    }
    let line: String = rope.line(rope.byte_to_line(offset)).into();
    Some(line.trim_end_matches(['\n', '\r']).to_string())
}

fn common_prefix(a: &str, b: &str) -> usize {
    a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count()
}

fn parent(path: &str) -> &str {
    path.rfind('/').map_or("", |slash| &path[..slash])
}

/// The configuration of the log at `document`: the main.cf nearest it
/// and the master.cf beside that main.cf, as `(path, kind, text)`.
fn configuration(snapshot: &Snapshot, files: &[String]) -> Vec<(String, FileKind, String)> {
    let workspace = &snapshot.config.workspace;
    let document = document_path(snapshot.uri.as_str()).unwrap_or_default();
    let of_kind = |kind: FileKind| {
        files
            .iter()
            .filter(move |path| FileKind::detect(None, Some(path), "") == kind)
    };
    let Some(main) = of_kind(FileKind::PostfixMain).max_by_key(|path| {
        (
            common_prefix(path, &document),
            std::cmp::Reverse(path.len()),
        )
    }) else {
        return Vec::new();
    };
    let folder = parent(main);
    let master = of_kind(FileKind::PostfixMaster).find(|path| parent(path) == folder);
    [(main, FileKind::PostfixMain)]
        .into_iter()
        .chain(master.map(|path| (path, FileKind::PostfixMaster)))
        .filter_map(|(path, kind)| {
            let text = workspace.read(Path::new(path))?;
            Some((path.clone(), kind, text))
        })
        .collect()
}

/// The configuration lines behind the decision logged on the line at
/// `offset`, with the texts of the files they are in.
fn origins(snapshot: &Snapshot, offset: usize) -> (Vec<Origin>, Vec<(String, String)>) {
    let workspace = &snapshot.config.workspace;
    let none = (Vec::new(), Vec::new());
    if workspace.is_empty() {
        return none;
    }
    let Some(line) = line_at(snapshot, offset) else {
        return none;
    };
    if !analysis::logs_postfix_decision(snapshot.kind, &line) {
        return none;
    }
    let files = workspace.files_cached();
    let configuration = configuration(snapshot, &files);
    if configuration.is_empty() {
        return none;
    }
    let sources: Vec<Source> = configuration
        .iter()
        .map(|(path, kind, text)| Source {
            path,
            kind: *kind,
            text,
        })
        .collect();
    let candidates: Vec<&str> = files.iter().map(String::as_str).collect();
    let mut texts: Vec<(String, String)> = configuration
        .iter()
        .map(|(path, _, text)| (path.clone(), text.clone()))
        .collect();
    let mut read_map = |source: &Source, reference: &_| {
        let path = analysis::resolve_map(reference, source.path, &candidates)?;
        if let Some((_, text)) = texts.iter().find(|(p, _)| p == path) {
            return Some(MapText {
                path: path.to_string(),
                text: text.clone(),
            });
        }
        let text = workspace.read(Path::new(path))?;
        texts.push((path.to_string(), text.clone()));
        Some(MapText {
            path: path.to_string(),
            text,
        })
    };
    let found = analysis::config_origins(snapshot.kind, &line, &sources, &mut read_map);
    (found, texts)
}

/// Go to definition on a logged decision: the configuration lines behind
/// it, the most specific first.
pub(crate) fn definition(snapshot: &Snapshot, offset: usize) -> Option<GotoDefinitionResponse> {
    let (found, texts) = origins(snapshot, offset);
    let locations: Vec<Location> = found
        .iter()
        .filter(|origin| !origin.path.is_empty())
        .filter_map(|origin| {
            let (_, text) = texts.iter().find(|(path, _)| *path == origin.path)?;
            let rope = ropey::Rope::from_str(text);
            let index = LineIndex {
                rope: &rope,
                encoding: snapshot.config.encoding,
            };
            Some(Location {
                uri: file_uri(&origin.path)?,
                range: index.range(origin.range.clone()),
            })
        })
        .collect();
    match locations.len() {
        0 => None,
        1 => locations
            .into_iter()
            .next()
            .map(GotoDefinitionResponse::Scalar),
        _ => Some(GotoDefinitionResponse::Array(locations)),
    }
}

/// The hover section naming the configuration lines behind the decision
/// logged on the line at `offset`.
pub(crate) fn hover_section(snapshot: &Snapshot, offset: usize) -> Option<String> {
    let (found, _) = origins(snapshot, offset);
    let link = |path: &str, line: usize| {
        file_uri(path).map_or_else(String::new, |uri| format!("{}#L{}", uri.as_str(), line + 1))
    };
    analysis::origins_markdown(&found, snapshot.config.options.lang, &link)
}
