//! The LSP handlers: look up the document, call the pure core, convert.
//! Unknown documents or positions answer `null`.

use crate::analysis::{self, Severity};
use crate::codes::Lang;
use crate::server::config::Settings;
use crate::server::documents;
use crate::server::encoding::{self, Encoding};
use crate::server::rope_text::RopeText;
use crate::server::session::{Session, Snapshot};
use crate::server::{semantic, symbols};
use serde_json::Value;
use std::collections::HashMap;
use std::sync::Arc;
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{Client, LanguageServer};

pub struct Backend {
    client: Client,
    session: Arc<Session>,
    settings_problems: std::sync::Mutex<Vec<String>>,
}

impl Backend {
    pub fn new(client: Client, session: Arc<Session>) -> Backend {
        Backend {
            client,
            session,
            settings_problems: std::sync::Mutex::new(Vec::new()),
        }
    }

    /// Test hook (registered only with `MAIL_LSP_TEST_HOOKS=1`): panics, to
    /// prove a handler panic becomes an `InternalError` and the server goes on.
    pub async fn panic_for_test(&self, params: Value) -> Result<Value> {
        panic!("mailLsp/panicForTest: {params}");
    }

    /// The outcome totals of a log read once (chunk by chunk, off the
    /// async threads), then kept up to date by the edits.
    async fn count_outcomes(&self, uri: &Uri, snapshot: &Snapshot) -> analysis::outline::Counts {
        let rope = snapshot.rope.clone();
        match tokio::task::spawn_blocking(move || documents::count_outcomes(&rope)).await {
            Ok(counts) => {
                self.session
                    .install_counts(uri.as_str(), snapshot.generation, counts);
                counts
            }
            Err(error) => {
                tracing::error!("counting the outcomes of {}: {error}", uri.as_str());
                analysis::outline::Counts::default()
            }
        }
    }

    /// The document and the line under the cursor, for hover and
    /// completion: `(snapshot, window_start, line_text, cursor_column)`.
    fn cursor(&self, uri: &Uri, position: Position) -> Option<(Snapshot, usize, String, usize)> {
        let snapshot = self.snapshot(uri)?;
        let (window_start, text, column) =
            config_line(&snapshot, position).or_else(|| line_at(&snapshot, position))?;
        Some((snapshot, window_start, text, column))
    }

    /// A document without its diagnostics (hover, completion).
    fn snapshot(&self, uri: &Uri) -> Option<Snapshot> {
        self.session.snapshot_with(uri.as_str(), 0)
    }
}

/// The test-only request that panics (see `server::test_hooks_enabled`).
pub const PANIC_FOR_TEST: &str = "mailLsp/panicForTest";

/// Hovers read at most this much of a line around the cursor.
const WINDOW_BEFORE: usize = 16 * 1024;
const WINDOW_AFTER: usize = 1024;

/// The line around an LSP position: `(window_start_column, text, cursor_column_in_text)`.
fn line_at(snapshot: &Snapshot, position: Position) -> Option<(usize, String, usize)> {
    let line = position.line as usize;
    let (line_start, _) = encoding::line_range(&snapshot.rope, line)?;
    let offset = encoding::offset(
        &snapshot.rope,
        snapshot.encoding,
        position.line,
        position.character,
    );
    let column = offset - line_start;
    let (window_start, text) =
        encoding::line_window(&snapshot.rope, line, column, WINDOW_BEFORE, WINDOW_AFTER)?;
    Some((window_start, text, column - window_start))
}

/// Config files are analysed whole: the full line, with the cursor column in it.
fn config_line(snapshot: &Snapshot, position: Position) -> Option<(usize, String, usize)> {
    if !analysis::config::is_config(snapshot.kind) {
        return None;
    }
    let line = position.line as usize;
    let (line_start, _) = encoding::line_range(&snapshot.rope, line)?;
    let offset = encoding::offset(
        &snapshot.rope,
        snapshot.encoding,
        position.line,
        position.character,
    );
    let text = encoding::line_text(&snapshot.rope, line)?;
    let column = offset.saturating_sub(line_start).min(text.len());
    Some((0, text, column))
}

fn lsp_range(
    snapshot: &Snapshot,
    line: usize,
    window_start: usize,
    text: &str,
    range: std::ops::Range<usize>,
) -> Range {
    // The characters before the window, from the rope's indexes: copying
    // that prefix took seconds per hover at the end of a 64 MB line.
    let base = match (
        snapshot.encoding,
        encoding::line_range(&snapshot.rope, line),
    ) {
        (Encoding::Utf8, _) | (_, None) => window_start as u32,
        (Encoding::Utf16, Some((line_start, _))) => {
            let rope = &snapshot.rope;
            let units = |byte: usize| rope.char_to_utf16_cu(rope.byte_to_char(byte));
            (units(line_start + window_start) - units(line_start)) as u32
        }
    };
    let to_character =
        |column: usize| base + encoding::column_to_character(text, column, snapshot.encoding);
    Range {
        start: Position {
            line: line as u32,
            character: to_character(range.start),
        },
        end: Position {
            line: line as u32,
            character: to_character(range.end),
        },
    }
}

fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Information => DiagnosticSeverity::INFORMATION,
        Severity::Hint => DiagnosticSeverity::HINT,
    }
}

fn diagnostic_range(snapshot: &Snapshot, diagnostic: &analysis::Diagnostic) -> Range {
    let Some((start, end)) = encoding::line_range(&snapshot.rope, diagnostic.line) else {
        return Range::default();
    };
    // The line is known: only a UTF-16 column needs the rope again.
    let position = |column: usize| {
        let byte = (start + column).min(end);
        let character = match snapshot.encoding {
            Encoding::Utf8 => byte - start,
            Encoding::Utf16 => {
                let rope = &snapshot.rope;
                rope.char_to_utf16_cu(rope.byte_to_char(byte))
                    - rope.char_to_utf16_cu(rope.byte_to_char(start))
            }
        };
        Position {
            line: diagnostic.line as u32,
            character: character as u32,
        }
    };
    Range {
        start: position(diagnostic.start),
        end: position(diagnostic.end),
    }
}

/// Core diagnostics -> LSP, capped, with one summary diagnostic when capped.
pub fn to_lsp_diagnostics(snapshot: &Snapshot, max: usize) -> Vec<Diagnostic> {
    // The snapshot holds the capped set already (see `Session::publish`).
    let kept = if snapshot.total_diagnostics <= max {
        &snapshot.diagnostics[..]
    } else {
        &snapshot.diagnostics[..snapshot.diagnostics.len().min(max.saturating_sub(1).max(1))]
    };
    let dropped = snapshot.total_diagnostics.saturating_sub(kept.len());
    let mut out: Vec<Diagnostic> = kept
        .iter()
        .map(|d| Diagnostic {
            range: diagnostic_range(snapshot, d),
            severity: Some(severity(d.severity)),
            code: Some(NumberOrString::String(d.rule.to_string())),
            source: Some("mail-lsp".to_string()),
            message: d.message.clone(),
            ..Diagnostic::default()
        })
        .collect();
    if dropped > 0 {
        let message = match snapshot.options.lang {
            Lang::En => {
                format!("{dropped} more diagnostics not shown (diagnostics.maxPerDocument = {max})")
            }
            Lang::Fr => format!(
                "{dropped} diagnostics de plus non affichés (diagnostics.maxPerDocument = {max})"
            ),
        };
        out.insert(
            0,
            Diagnostic {
                range: Range::default(),
                severity: Some(DiagnosticSeverity::INFORMATION),
                code: Some(NumberOrString::String("too-many-diagnostics".to_string())),
                source: Some("mail-lsp".to_string()),
                message,
                ..Diagnostic::default()
            },
        );
    }
    out
}

/// An absolute byte range of the document -> LSP range.
pub(super) fn byte_range(snapshot: &Snapshot, range: std::ops::Range<usize>) -> Range {
    let position = |byte: usize| {
        let (line, character) = encoding::position(&snapshot.rope, snapshot.encoding, byte);
        Position { line, character }
    };
    Range {
        start: position(range.start),
        end: position(range.end),
    }
}

/// Runs a whole-document computation on a blocking thread: a request on a
/// 100 MB log never holds one of the few async workers, so hovers and edits
/// go on meanwhile. A panic there is the request's internal error.
async fn off_thread<T: Send + 'static>(
    work: impl FnOnce() -> Option<T> + Send + 'static,
) -> Result<Option<T>> {
    tokio::task::spawn_blocking(work).await.map_err(|error| {
        tracing::error!("a request's work failed: {error}");
        tower_lsp_server::jsonrpc::Error::internal_error()
    })
}

/// Postfix main.cf and master.cf: `$name` navigation and the outline.
fn is_postfix_config(kind: analysis::FileKind) -> bool {
    matches!(
        kind,
        analysis::FileKind::PostfixMain | analysis::FileKind::PostfixMaster
    )
}

/// The cursor as an absolute byte offset.
fn cursor_offset(snapshot: &Snapshot, position: Position) -> usize {
    encoding::offset(
        &snapshot.rope,
        snapshot.encoding,
        position.line,
        position.character,
    )
}

/// Go-to-definition of `$name` in main.cf / master.cf: the `name =` line.
fn config_definition(
    snapshot: &Snapshot,
    uri: &Uri,
    position: Position,
) -> Option<GotoDefinitionResponse> {
    let text = snapshot.rope.to_string();
    let offset = cursor_offset(snapshot, position);
    let range = analysis::config::navigate::definition(snapshot.kind, &text, offset)?;
    Some(GotoDefinitionResponse::Scalar(Location {
        uri: uri.clone(),
        range: byte_range(snapshot, range),
    }))
}

/// References of `$name` in main.cf / master.cf (with the definition when asked).
fn config_references(
    snapshot: &Snapshot,
    uri: &Uri,
    position: Position,
    include_declaration: bool,
) -> Option<Vec<Location>> {
    let text = snapshot.rope.to_string();
    let offset = cursor_offset(snapshot, position);
    let ranges =
        analysis::config::navigate::references(snapshot.kind, &text, offset, include_declaration);
    if ranges.is_empty() {
        return None;
    }
    Some(
        ranges
            .into_iter()
            .map(|range| Location {
                uri: uri.clone(),
                range: byte_range(snapshot, range),
            })
            .collect(),
    )
}

/// The queue ID under the cursor, if any.
fn queue_id_at(snapshot: &Snapshot, position: Position) -> Option<String> {
    if !snapshot.kind.is_log_like() {
        return None;
    }
    let (_, text, column) = line_at(snapshot, position)?;
    let token = analysis::queue_ids::id_at(&text, column)?;
    Some(text[token.range].to_string())
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let client_lang = params
            .locale
            .as_deref()
            .map(Lang::from_locale)
            .unwrap_or_default();
        let (settings, problems) = params
            .initialization_options
            .as_ref()
            .map(Settings::from_json)
            .unwrap_or_default();
        *self
            .settings_problems
            .lock()
            .unwrap_or_else(|e| e.into_inner()) = problems;
        self.session.update_config(|config| {
            config.client_lang = client_lang;
            config.settings = settings;
        });
        let encoding = self.session.config().encoding;
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(match encoding {
                    Encoding::Utf8 => PositionEncodingKind::UTF8,
                    Encoding::Utf16 => PositionEncodingKind::UTF16,
                }),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        ..TextDocumentSyncOptions::default()
                    },
                )),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                completion_provider: Some(CompletionOptions {
                    trigger_characters: Some(vec![".".into(), " ".into(), "=".into(), "-".into()]),
                    ..CompletionOptions::default()
                }),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                        ..CodeActionOptions::default()
                    },
                )),
                document_highlight_provider: Some(OneOf::Left(true)),
                references_provider: Some(OneOf::Left(true)),
                definition_provider: Some(OneOf::Left(true)),
                document_symbol_provider: Some(OneOf::Left(true)),
                semantic_tokens_provider: Some(
                    SemanticTokensServerCapabilities::SemanticTokensOptions(
                        SemanticTokensOptions {
                            legend: semantic::legend(),
                            range: Some(true),
                            full: Some(SemanticTokensFullOptions::Bool(true)),
                            ..SemanticTokensOptions::default()
                        },
                    ),
                ),
                inlay_hint_provider: Some(OneOf::Left(true)),
                code_lens_provider: Some(CodeLensOptions {
                    resolve_provider: Some(false),
                }),
                ..ServerCapabilities::default()
            },
            server_info: Some(ServerInfo {
                name: "mail-lsp".to_string(),
                version: Some(env!("CARGO_PKG_VERSION").to_string()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let problems = std::mem::take(
            &mut *self
                .settings_problems
                .lock()
                .unwrap_or_else(|e| e.into_inner()),
        );
        for problem in problems {
            tracing::warn!("settings: {problem}");
            self.client
                .show_message(
                    MessageType::WARNING,
                    format!("mail-lsp settings: {problem}"),
                )
                .await;
        }
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        let (settings, problems) = Settings::from_json(&params.settings);
        for problem in problems {
            tracing::warn!("settings: {problem}");
            self.client
                .show_message(
                    MessageType::WARNING,
                    format!("mail-lsp settings: {problem}"),
                )
                .await;
        }
        self.session
            .update_config(|config| config.settings = settings);
        self.session.reanalyse_all();
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let position = params.text_document_position_params.position;
        let uri = &params.text_document_position_params.text_document.uri;
        let Some((snapshot, window_start, text, column)) = self.cursor(uri, position) else {
            return Ok(None);
        };
        let lang = snapshot.options.lang;
        let found = if analysis::config::is_config(snapshot.kind) {
            let document = snapshot.rope.to_string();
            analysis::config::hover(
                snapshot.kind,
                &document,
                position.line as usize,
                column,
                &snapshot.options,
            )
        } else {
            analysis::hover::hover(snapshot.kind, &text, column, lang)
        };
        let Some((range, markdown)) = found else {
            return Ok(None);
        };
        Ok(Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: markdown,
            }),
            range: Some(lsp_range(
                &snapshot,
                position.line as usize,
                window_start,
                &text,
                range,
            )),
        }))
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let position = params.text_document_position.position;
        let uri = &params.text_document_position.text_document.uri;
        let Some((snapshot, window_start, text, column)) = self.cursor(uri, position) else {
            return Ok(None);
        };
        let lang = snapshot.options.lang;
        let items = if analysis::config::is_config(snapshot.kind) {
            let document = snapshot.rope.to_string();
            analysis::config::completion(
                snapshot.kind,
                &document,
                position.line as usize,
                column,
                &snapshot.options,
            )
        } else {
            analysis::completion::log_completion(&text, column, lang)
        };
        if items.is_empty() {
            return Ok(None);
        }
        let line = position.line as usize;
        let items = items
            .into_iter()
            .map(|item| CompletionItem {
                label: item.label.clone(),
                kind: Some(CompletionItemKind::CONSTANT),
                detail: Some(item.detail),
                documentation: Some(Documentation::MarkupContent(MarkupContent {
                    kind: MarkupKind::Markdown,
                    value: item.documentation,
                })),
                sort_text: Some(item.sort_text),
                filter_text: Some(item.label.clone()),
                text_edit: Some(CompletionTextEdit::Edit(TextEdit {
                    range: lsp_range(&snapshot, line, window_start, &text, item.replace),
                    new_text: item.label,
                })),
                ..CompletionItem::default()
            })
            .collect();
        Ok(Some(CompletionResponse::List(CompletionList {
            is_incomplete: false,
            items,
        })))
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri;
        let Some(snapshot) = self.session.snapshot(uri.as_str()) else {
            return Ok(None);
        };
        let first = params.range.start.line as usize;
        let last = params.range.end.line as usize;
        let mut actions = Vec::new();
        for diagnostic in snapshot
            .diagnostics
            .iter()
            .filter(|d| d.line >= first && d.line <= last)
        {
            for fix in &diagnostic.fixes {
                let (start, end) =
                    encoding::line_range(&snapshot.rope, diagnostic.line).unwrap_or((0, 0));
                let to_position = |column: usize| {
                    let (line, character) = encoding::position(
                        &snapshot.rope,
                        snapshot.encoding,
                        (start + column).min(end),
                    );
                    Position { line, character }
                };
                let edit = TextEdit {
                    range: Range {
                        start: to_position(fix.start),
                        end: to_position(fix.end),
                    },
                    new_text: fix.replacement.clone(),
                };
                let mut changes = HashMap::new();
                changes.insert(uri.clone(), vec![edit]);
                actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                    title: fix.title.clone(),
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(to_lsp_diagnostics(
                        &Snapshot {
                            diagnostics: vec![diagnostic.clone()],
                            total_diagnostics: 1,
                            ..clone_snapshot(&snapshot)
                        },
                        1,
                    )),
                    edit: Some(WorkspaceEdit {
                        changes: Some(changes),
                        ..WorkspaceEdit::default()
                    }),
                    is_preferred: Some(diagnostic.fixes.len() == 1),
                    ..CodeAction::default()
                }));
            }
        }
        Ok(if actions.is_empty() {
            None
        } else {
            Some(actions)
        })
    }

    async fn document_highlight(
        &self,
        params: DocumentHighlightParams,
    ) -> Result<Option<Vec<DocumentHighlight>>> {
        let position = params.text_document_position_params.position;
        let Some(snapshot) = self.snapshot(&params.text_document_position_params.text_document.uri)
        else {
            return Ok(None);
        };
        off_thread(move || {
            let id = queue_id_at(&snapshot, position)?;
            let text = RopeText(&snapshot.rope);
            let highlights = analysis::queue_ids::occurrences_in(&text, &id)
                .into_iter()
                .map(|range| DocumentHighlight {
                    range: byte_range(&snapshot, range),
                    kind: Some(DocumentHighlightKind::TEXT),
                })
                .collect();
            Some(highlights)
        })
        .await
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let uri = params.text_document_position.text_document.uri;
        let position = params.text_document_position.position;
        let Some(snapshot) = self.snapshot(&uri) else {
            return Ok(None);
        };
        if is_postfix_config(snapshot.kind) {
            return Ok(config_references(
                &snapshot,
                &uri,
                position,
                params.context.include_declaration,
            ));
        }
        off_thread(move || {
            let id = queue_id_at(&snapshot, position)?;
            let text = RopeText(&snapshot.rope);
            let message = analysis::queue_ids::message_in(&text, &id);
            let locations = message
                .lines_in(&text)
                .into_iter()
                .map(|range| Location {
                    uri: uri.clone(),
                    range: byte_range(&snapshot, range),
                })
                .collect();
            Some(locations)
        })
        .await
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        let uri = params.text_document_position_params.text_document.uri;
        let position = params.text_document_position_params.position;
        let Some(snapshot) = self.snapshot(&uri) else {
            return Ok(None);
        };
        if is_postfix_config(snapshot.kind) {
            return Ok(config_definition(&snapshot, &uri, position));
        }
        off_thread(move || {
            let id = queue_id_at(&snapshot, position)?;
            let text = RopeText(&snapshot.rope);
            let first = analysis::queue_ids::message_in(&text, &id).first()?;
            Some(GotoDefinitionResponse::Scalar(Location {
                range: byte_range(&snapshot, first),
                uri,
            }))
        })
        .await
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let Some(snapshot) = self.snapshot(&params.text_document.uri) else {
            return Ok(None);
        };
        // A log's outline is answered by the reader (`Session::answer_past_service`).
        Ok(if is_postfix_config(snapshot.kind) {
            symbols::config_symbols(&snapshot)
        } else {
            None
        })
    }

    async fn semantic_tokens_full(
        &self,
        params: SemanticTokensParams,
    ) -> Result<Option<SemanticTokensResult>> {
        let Some(snapshot) = self.snapshot(&params.text_document.uri) else {
            return Ok(None);
        };
        // Logs are answered by the reader (`Session::answer_past_service`).
        Ok(Some(semantic::full_tokens(&snapshot)))
    }

    async fn semantic_tokens_range(
        &self,
        params: SemanticTokensRangeParams,
    ) -> Result<Option<SemanticTokensRangeResult>> {
        let Some(snapshot) = self.snapshot(&params.text_document.uri) else {
            return Ok(None);
        };
        let lines = params.range.start.line as usize..params.range.end.line as usize + 1;
        let data = semantic::tokens(&snapshot, lines);
        Ok(Some(SemanticTokensRangeResult::Tokens(SemanticTokens {
            result_id: None,
            data,
        })))
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        if !self.session.config().settings.inlay_hints {
            return Ok(None);
        }
        let Some(snapshot) = self.snapshot(&params.text_document.uri) else {
            return Ok(None);
        };
        if !snapshot.kind.is_log_like() {
            return Ok(None);
        }
        let mut hints = Vec::new();
        let last = (params.range.end.line as usize).min(encoding::line_count(&snapshot.rope));
        for line in params.range.start.line as usize..=last {
            let Some((_, text)) =
                encoding::line_window(&snapshot.rope, line, 0, 0, encoding::LINE_FEATURE_MAX)
            else {
                break;
            };
            for (column, label) in
                analysis::tokens::line_hints(snapshot.kind, &text, snapshot.options.lang)
            {
                hints.push(InlayHint {
                    position: Position {
                        line: line as u32,
                        character: encoding::column_to_character(&text, column, snapshot.encoding),
                    },
                    label: InlayHintLabel::String(label),
                    kind: None,
                    text_edits: None,
                    tooltip: None,
                    padding_left: Some(true),
                    padding_right: Some(true),
                    data: None,
                });
            }
        }
        Ok(Some(hints))
    }

    async fn code_lens(&self, params: CodeLensParams) -> Result<Option<Vec<CodeLens>>> {
        let Some(snapshot) = self.snapshot(&params.text_document.uri) else {
            return Ok(None);
        };
        if snapshot.kind != analysis::FileKind::MailLog {
            return Ok(None);
        }
        let totals = match snapshot.counts {
            Some(counts) => counts,
            None => {
                self.count_outcomes(&params.text_document.uri, &snapshot)
                    .await
            }
        };
        let title = analysis::outline::Status::ALL
            .iter()
            .map(|status| format!("{} {}", totals.get(*status), status.name()))
            .collect::<Vec<_>>()
            .join(" · ");
        Ok(Some(vec![CodeLens {
            range: Range::default(),
            command: Some(Command {
                title,
                command: String::new(),
                arguments: None,
            }),
            data: None,
        }]))
    }
}

fn clone_snapshot(snapshot: &Snapshot) -> Snapshot {
    Snapshot {
        rope: snapshot.rope.clone(),
        kind: snapshot.kind,
        version: snapshot.version,
        encoding: snapshot.encoding,
        options: snapshot.options.clone(),
        diagnostics: Vec::new(),
        total_diagnostics: 0,
        generation: snapshot.generation,
        counts: snapshot.counts,
    }
}
