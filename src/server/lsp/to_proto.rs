//! To the wire: the core's byte offsets and findings as LSP types, through
//! one [`LineIndex`] over the document's rope and the negotiated encoding.
//! The only place where a byte becomes a `Position`.

use super::encoding::{self, Encoding};
use crate::analysis::completion::Completion;
use crate::analysis::symbols::{Symbol, SymbolKind as CoreSymbolKind};
use crate::analysis::tokens::TokenKind;
use crate::analysis::{self, Severity};
use crate::codes::Lang;
use ropey::Rope;
use std::ops::Range as Bytes;
use tower_lsp_server::ls_types::*;

/// Byte offsets of one document -> LSP positions.
#[derive(Clone, Copy)]
pub(crate) struct LineIndex<'a> {
    pub rope: &'a Rope,
    pub encoding: Encoding,
}

impl LineIndex<'_> {
    /// The position of byte `offset` (clamped to the document).
    pub fn position(&self, offset: usize) -> Position {
        let (line, character) = encoding::position(self.rope, self.encoding, offset);
        Position { line, character }
    }

    pub fn range(&self, range: Bytes<usize>) -> Range {
        Range {
            start: self.position(range.start),
            end: self.position(range.end),
        }
    }

    /// The position of byte `column` of line `line` (clamped to its end).
    pub fn line_position(&self, line: usize, column: usize) -> Position {
        let Some((start, end)) = encoding::line_range(self.rope, line) else {
            return self.position(self.rope.len_bytes());
        };
        let byte = (start + column).min(end);
        let character = match self.encoding {
            Encoding::Utf8 => byte - start,
            Encoding::Utf16 => {
                let rope = self.rope;
                rope.char_to_utf16_cu(rope.byte_to_char(byte))
                    - rope.char_to_utf16_cu(rope.byte_to_char(start))
            }
        };
        Position {
            line: line as u32,
            character: character as u32,
        }
    }

    fn line_range(&self, line: usize, columns: Bytes<usize>) -> Range {
        Range {
            start: self.line_position(line, columns.start),
            end: self.line_position(line, columns.end),
        }
    }

    /// A core diagnostic (line and byte columns) as an LSP one.
    pub fn diagnostic(&self, diagnostic: &analysis::Diagnostic) -> Diagnostic {
        Diagnostic {
            range: self.line_range(diagnostic.line, diagnostic.start..diagnostic.end),
            severity: Some(severity(diagnostic.severity)),
            code: Some(NumberOrString::String(diagnostic.rule.to_string())),
            source: Some("mail-lsp".to_string()),
            message: diagnostic.message.clone(),
            ..Diagnostic::default()
        }
    }

    /// The diagnostics to publish: `kept` (already capped, the most severe
    /// first) of `total`, with one summary entry first when some were left
    /// out (`max` is the user's `diagnostics.maxPerDocument`).
    pub fn diagnostics(
        &self,
        kept: &[analysis::Diagnostic],
        total: usize,
        max: usize,
        lang: Lang,
    ) -> Vec<Diagnostic> {
        let kept = if total <= max {
            kept
        } else {
            &kept[..kept.len().min(max.saturating_sub(1).max(1))]
        };
        let dropped = total.saturating_sub(kept.len());
        let mut out = Vec::with_capacity(kept.len() + 1);
        if dropped > 0 {
            let message = match lang {
                Lang::En => format!(
                    "{dropped} more diagnostics not shown (diagnostics.maxPerDocument = {max})"
                ),
                Lang::Fr => format!(
                    "{dropped} diagnostics de plus non affichés (diagnostics.maxPerDocument = {max})"
                ),
            };
            out.push(Diagnostic {
                range: Range::default(),
                severity: Some(DiagnosticSeverity::INFORMATION),
                code: Some(NumberOrString::String("too-many-diagnostics".to_string())),
                source: Some("mail-lsp".to_string()),
                message,
                ..Diagnostic::default()
            });
        }
        out.extend(kept.iter().map(|d| self.diagnostic(d)));
        out
    }

    /// A quick fix of a diagnostic as an edit of the document.
    pub fn fix_edit(&self, line: usize, fix: &analysis::Fix) -> TextEdit {
        TextEdit {
            range: self.line_range(line, fix.start..fix.end),
            new_text: fix.replacement.clone(),
        }
    }

    /// A completion: the code (or name) as the label, its title beside it in
    /// `labelDetails` where the client shows them, else in the label itself
    /// (Helix's menu shows the label only); the code alone is inserted.
    pub fn completion_item(&self, item: Completion, label_details: bool) -> CompletionItem {
        let (label, label_details, detail) = if label_details || item.detail.is_empty() {
            let details = (!item.detail.is_empty()).then(|| CompletionItemLabelDetails {
                detail: None,
                description: Some(item.detail.clone()),
            });
            (item.label.clone(), details, Some(item.detail))
        } else {
            (format!("{}  {}", item.label, item.detail), None, None)
        };
        CompletionItem {
            label,
            label_details,
            kind: Some(CompletionItemKind::CONSTANT),
            detail,
            documentation: Some(Documentation::MarkupContent(MarkupContent {
                kind: MarkupKind::Markdown,
                value: item.documentation,
            })),
            sort_text: Some(item.sort_text),
            filter_text: Some(item.label.clone()),
            text_edit: Some(CompletionTextEdit::Edit(TextEdit {
                range: self.range(item.replace),
                new_text: item.label,
            })),
            ..CompletionItem::default()
        }
    }

    #[allow(deprecated)] // `DocumentSymbol::deprecated` must still be written
    pub fn symbol(&self, symbol: Symbol) -> DocumentSymbol {
        let children: Vec<DocumentSymbol> = symbol
            .children
            .into_iter()
            .map(|child| self.symbol(child))
            .collect();
        DocumentSymbol {
            name: symbol.name,
            detail: Some(symbol.detail),
            kind: match symbol.kind {
                CoreSymbolKind::Message => SymbolKind::EVENT,
                CoreSymbolKind::Parameter => SymbolKind::PROPERTY,
                CoreSymbolKind::Variable => SymbolKind::VARIABLE,
                CoreSymbolKind::Service => SymbolKind::MODULE,
                CoreSymbolKind::Section => SymbolKind::NAMESPACE,
                CoreSymbolKind::Block => SymbolKind::FUNCTION,
                CoreSymbolKind::Macro => SymbolKind::CONSTANT,
                CoreSymbolKind::List => SymbolKind::ARRAY,
                CoreSymbolKind::More => SymbolKind::NULL,
            },
            tags: None,
            deprecated: None,
            range: self.range(symbol.range),
            selection_range: self.range(symbol.selection),
            children: (!children.is_empty()).then_some(children),
        }
    }
}

pub(crate) fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Information => DiagnosticSeverity::INFORMATION,
        Severity::Hint => DiagnosticSeverity::HINT,
    }
}

/// A byte column of a line held as a string -> LSP character (lines read
/// in turn, for tokens and hints, are converted without the rope).
pub(crate) fn character(line: &str, column: usize, encoding: Encoding) -> u32 {
    // Columns of an ASCII line are the same in every encoding.
    let encoding = if line.is_ascii() {
        Encoding::Utf8
    } else {
        encoding
    };
    encoding::column_to_character(line, column, encoding)
}

/// The legend of `analysis::tokens` (see the table there): same order.
pub(crate) fn token_legend() -> SemanticTokensLegend {
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

/// `(token type index, modifier bits)` in [`token_legend`].
fn token_type(kind: TokenKind) -> (u32, u32) {
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

/// Semantic tokens, delta-encoded as LSP wants them, pushed line by line in
/// document order.
#[derive(Default)]
pub(crate) struct TokenDeltas {
    previous_line: u32,
    previous_start: u32,
    pub data: Vec<SemanticToken>,
}

impl TokenDeltas {
    pub fn push_line(
        &mut self,
        line: u32,
        text: &str,
        tokens: &[analysis::tokens::Token],
        encoding: Encoding,
    ) {
        // Columns of an ASCII line are the same in every encoding.
        let encoding = if text.is_ascii() {
            Encoding::Utf8
        } else {
            encoding
        };
        for token in tokens {
            let start = encoding::column_to_character(text, token.range.start, encoding);
            let end = encoding::column_to_character(text, token.range.end, encoding);
            let delta_line = line - self.previous_line;
            let delta_start = if delta_line == 0 {
                start - self.previous_start
            } else {
                start
            };
            let (token_type, token_modifiers_bitset) = token_type(token.kind);
            self.data.push(SemanticToken {
                delta_line,
                delta_start,
                length: end - start,
                token_type,
                token_modifiers_bitset,
            });
            (self.previous_line, self.previous_start) = (line, start);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_in_both_encodings() {
        let rope = Rope::from_str("😀 550\r\nab\n");
        for (encoding, character) in [(Encoding::Utf16, 3), (Encoding::Utf8, 5)] {
            let index = LineIndex {
                rope: &rope,
                encoding,
            };
            assert_eq!(index.position(5), Position::new(0, character));
            assert_eq!(index.line_position(0, 5), Position::new(0, character));
            // Past the line's end: its end; past the document: its end.
            assert_eq!(index.line_position(1, 99), Position::new(1, 2));
            assert_eq!(index.line_position(9, 0), Position::new(2, 0));
        }
    }

    #[test]
    fn capped_diagnostics_start_with_what_was_left_out() {
        let rope = Rope::from_str("a\nb\nc\n");
        let index = LineIndex {
            rope: &rope,
            encoding: Encoding::Utf16,
        };
        let found: Vec<analysis::Diagnostic> = (0..3)
            .map(|line| analysis::Diagnostic {
                line,
                start: 0,
                end: 1,
                severity: Severity::Warning,
                rule: "r",
                message: format!("m{line}"),
                fixes: Vec::new(),
            })
            .collect();
        let all = index.diagnostics(&found, 3, 3, Lang::En);
        assert_eq!(all.len(), 3);
        let capped = index.diagnostics(&found[..1], 3, 2, Lang::Fr);
        assert_eq!(capped.len(), 2);
        assert!(capped[0].message.starts_with("2 diagnostics de plus"));
        assert_eq!(capped[1].message, "m0");
    }
}
