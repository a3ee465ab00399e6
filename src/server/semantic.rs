//! Semantic tokens: `analysis::tokens` of each line as LSP delta-encodes
//! them, for a range or the whole document.

use crate::analysis;
use crate::server::encoding::{self, Encoding};
use crate::server::session::Snapshot;
use tower_lsp_server::ls_types::*;

/// The legend of `analysis::tokens` (see the table there): same order.
pub fn legend() -> SemanticTokensLegend {
    SemanticTokensLegend {
        token_types: vec![
            SemanticTokenType::NUMBER,
            SemanticTokenType::ENUM_MEMBER,
            SemanticTokenType::VARIABLE,
            SemanticTokenType::NAMESPACE,
            SemanticTokenType::STRING,
            SemanticTokenType::COMMENT,
        ],
        token_modifiers: vec![
            SemanticTokenModifier::new("success"),
            SemanticTokenModifier::new("transient"),
            SemanticTokenModifier::new("permanent"),
            SemanticTokenModifier::DECLARATION,
        ],
    }
}

/// `(token type index, modifier bits)` in [`legend`].
fn token_type(kind: analysis::tokens::TokenKind) -> (u32, u32) {
    use analysis::tokens::TokenKind;
    let class = |digit: u8| match digit {
        2 => 1,
        4 => 2,
        5 => 4,
        _ => 0,
    };
    match kind {
        TokenKind::Code(digit) => (0, class(digit)),
        TokenKind::Status(digit) => (1, class(digit)),
        TokenKind::QueueId(own) => (2, if own { 8 } else { 0 }),
        TokenKind::Host => (3, 0),
        TokenKind::Address => (4, 0),
        TokenKind::Timestamp => (5, 0),
    }
}

/// A full-document request colours at most this many lines; clients ask for
/// the visible range with `textDocument/semanticTokens/range`.
const SEMANTIC_FULL_MAX_LINES: usize = 20_000;

/// The tokens of a whole document: its first `SEMANTIC_FULL_MAX_LINES` lines.
pub fn full_tokens(snapshot: &Snapshot) -> SemanticTokensResult {
    SemanticTokensResult::Tokens(SemanticTokens {
        result_id: None,
        data: tokens(snapshot, 0..SEMANTIC_FULL_MAX_LINES),
    })
}

/// The tokens of `lines`, delta-encoded as LSP wants them.
pub fn tokens(snapshot: &Snapshot, lines: std::ops::Range<usize>) -> Vec<SemanticToken> {
    let mut out = Vec::new();
    if !snapshot.kind.is_log_like() {
        return out;
    }
    let (mut previous_line, mut previous_start) = (0u32, 0u32);
    let rope = &snapshot.rope;
    let last = lines.end.min(encoding::line_count(rope));
    if lines.start >= last {
        return out;
    }
    // Lines read in turn from the rope's chunks, not looked up one by one.
    for (line, slice) in (lines.start..last).zip(rope.lines_at(lines.start)) {
        let text = encoding::line_head(slice, encoding::LINE_FEATURE_MAX);
        // Columns of an ASCII line are the same in every encoding.
        let encoding = if text.is_ascii() {
            Encoding::Utf8
        } else {
            snapshot.encoding
        };
        for token in analysis::tokens::line_tokens(snapshot.kind, &text) {
            let start = encoding::column_to_character(&text, token.range.start, encoding);
            let end = encoding::column_to_character(&text, token.range.end, encoding);
            let line = line as u32;
            let delta_line = line - previous_line;
            let delta_start = if delta_line == 0 {
                start - previous_start
            } else {
                start
            };
            let (token_type, token_modifiers_bitset) = token_type(token.kind);
            out.push(SemanticToken {
                delta_line,
                delta_start,
                length: end - start,
                token_type,
                token_modifiers_bitset,
            });
            (previous_line, previous_start) = (line, start);
        }
    }
    out
}
