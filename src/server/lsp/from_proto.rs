//! From the wire: params read straight from a frame's bytes (never through
//! a `serde_json::Value` tree), and LSP positions turned into byte offsets.

use super::encoding::{self, Encoding};
use ropey::Rope;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use tower_lsp_server::ls_types::*;

#[derive(Deserialize)]
struct Envelope<P> {
    params: P,
}

/// The `params` of a message, read from its body.
pub(crate) fn params<P: DeserializeOwned>(body: &[u8]) -> Result<P, serde_json::Error> {
    serde_json::from_slice::<Envelope<P>>(body).map(|envelope| envelope.params)
}

/// [`params`] borrowing from the body (texts located, not copied).
pub(crate) fn params_in<'a, P: Deserialize<'a>>(body: &'a [u8]) -> Result<P, serde_json::Error> {
    serde_json::from_slice::<Envelope<P>>(body).map(|envelope| envelope.params)
}

/// The params of a request on one document.
pub(crate) trait DocumentParams {
    fn uri(&self) -> &Uri;
    /// The lines whose diagnostics the request needs (code actions), taken
    /// with the document when the request is read.
    fn diagnostics_of_lines(&self) -> Option<(u32, u32)> {
        None
    }
}

macro_rules! document_params {
    ($($params:ty => |$p:ident| $uri:expr;)*) => {
        $(impl DocumentParams for $params {
            fn uri(&self) -> &Uri {
                let $p = self;
                &$uri
            }
        })*
    };
}

document_params! {
    HoverParams => |p| p.text_document_position_params.text_document.uri;
    DocumentLinkParams => |p| p.text_document.uri;
    CompletionParams => |p| p.text_document_position.text_document.uri;
    DocumentHighlightParams => |p| p.text_document_position_params.text_document.uri;
    ReferenceParams => |p| p.text_document_position.text_document.uri;
    GotoDefinitionParams => |p| p.text_document_position_params.text_document.uri;
    DocumentSymbolParams => |p| p.text_document.uri;
    SemanticTokensParams => |p| p.text_document.uri;
    SemanticTokensRangeParams => |p| p.text_document.uri;
    InlayHintParams => |p| p.text_document.uri;
    CodeLensParams => |p| p.text_document.uri;
}

impl DocumentParams for CodeActionParams {
    fn uri(&self) -> &Uri {
        &self.text_document.uri
    }

    fn diagnostics_of_lines(&self) -> Option<(u32, u32)> {
        let (start, end) = (self.range.start.line, self.range.end.line);
        Some((start.min(end), start.max(end)))
    }
}

/// A position as a byte offset of the document: clamped to its line's end
/// and to a character boundary; `None` past the last line.
pub(crate) fn offset(rope: &Rope, encoding: Encoding, position: Position) -> Option<usize> {
    if position.line as usize >= rope.len_lines() {
        return None;
    }
    Some(encoding::offset(
        rope,
        encoding,
        position.line,
        position.character,
    ))
}

/// One content change of `didChange`, in LSP coordinates.
#[derive(Debug, Clone)]
pub(crate) struct Change {
    pub range: Option<WireRange>,
    pub text: String,
}

#[derive(Debug, Clone, Copy, Deserialize)]
pub(crate) struct WireRange {
    pub start: WirePosition,
    pub end: WirePosition,
}

#[derive(Debug, Clone, Copy, Deserialize)]
pub(crate) struct WirePosition {
    pub line: u32,
    pub character: u32,
}

#[derive(Deserialize)]
pub(crate) struct VersionedDocument {
    pub uri: String,
    #[serde(default)]
    pub version: i32,
}

/// `didChange` params as read: each text located in the body, not copied
/// (the longest is then decoded in place over the body).
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct LocatedChangeParams<'a> {
    pub text_document: VersionedDocument,
    #[serde(borrow)]
    pub content_changes: Vec<LocatedChange<'a>>,
}

#[derive(Deserialize)]
pub(crate) struct LocatedChange<'a> {
    pub range: Option<WireRange>,
    #[serde(borrow)]
    pub text: &'a serde_json::value::RawValue,
}

/// `didClose` params.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct CloseParams {
    pub text_document: DocumentUri,
}

#[derive(Deserialize)]
pub(crate) struct DocumentUri {
    pub uri: String,
}

/// The `id` of `$/cancelRequest`.
#[derive(Deserialize)]
pub(crate) struct CancelParams {
    pub id: serde_json::Value,
}

/// `workspace/didChangeConfiguration` params.
#[derive(Deserialize)]
pub(crate) struct ConfigurationParams {
    #[serde(default)]
    pub settings: serde_json::Value,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_are_read_from_the_body_and_refused_whole() {
        let body = br#"{"jsonrpc":"2.0","id":1,"method":"textDocument/codeAction","params":{"textDocument":{"uri":"file:///a.log"},"range":{"start":{"line":9,"character":0},"end":{"line":3,"character":1}},"context":{"diagnostics":[]}}}"#;
        let code_action: CodeActionParams = params(body).unwrap();
        assert_eq!(code_action.uri().as_str(), "file:///a.log");
        assert_eq!(code_action.diagnostics_of_lines(), Some((3, 9)));
        let bad = br#"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///a.log"},"position":{"line":-1,"character":0}}}"#;
        assert!(params::<HoverParams>(bad).is_err());
        let surrogate = br#"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{"textDocument":{"uri":"file:///a\ud800.log"},"position":{"line":1,"character":0}}}"#;
        assert!(params::<HoverParams>(surrogate).is_err());
    }

    #[test]
    fn positions_past_the_last_line_are_nowhere() {
        let rope = Rope::from_str("ab\ncd");
        let at = |line, character| offset(&rope, Encoding::Utf16, Position { line, character });
        assert_eq!(at(1, 1), Some(4));
        assert_eq!(at(0, 99), Some(2));
        assert_eq!(at(2, 0), None);
    }
}
