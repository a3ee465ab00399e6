//! The LSP handlers: look up the document, call the pure core, convert.
//! Unknown documents or positions answer `null`.

use crate::analysis::{self, Severity};
use crate::codes::Lang;
use crate::server::config::Settings;
use crate::server::encoding::{self, Encoding};
use crate::server::session::{Session, Snapshot};
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

    /// A document without its diagnostics (hover, completion).
    fn snapshot(&self, uri: &Uri) -> Option<Snapshot> {
        self.session.snapshot_with(uri.as_str(), 0)
    }
}

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

fn lsp_range(
    snapshot: &Snapshot,
    line: usize,
    window_start: usize,
    text: &str,
    range: std::ops::Range<usize>,
) -> Range {
    let to_character = |column: usize| {
        let prefix = encoding::line_window(&snapshot.rope, line, 0, 0, window_start)
            .map(|(_, t)| t)
            .unwrap_or_default();
        let base = encoding::column_to_character(&prefix, prefix.len(), snapshot.encoding);
        base + encoding::column_to_character(text, column, snapshot.encoding)
    };
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
    let (start, end) = encoding::line_range(&snapshot.rope, diagnostic.line).unwrap_or((0, 0));
    let byte = |column: usize| (start + column).min(end);
    let position = |column| {
        let (line, character) = encoding::position(&snapshot.rope, snapshot.encoding, byte(column));
        Position { line, character }
    };
    Range {
        start: position(diagnostic.start),
        end: position(diagnostic.end),
    }
}

/// Core diagnostics -> LSP, capped, with one summary diagnostic when capped.
pub fn to_lsp_diagnostics(snapshot: &Snapshot, max: usize) -> Vec<Diagnostic> {
    let (kept, dropped) = if snapshot.total_diagnostics <= max {
        (snapshot.diagnostics.clone(), 0)
    } else {
        let (kept, _) =
            analysis::diagnostics::cap(&snapshot.diagnostics, max.saturating_sub(1).max(1));
        let dropped = snapshot.total_diagnostics - kept.len();
        (kept, dropped)
    };
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
        let Some(snapshot) = self.snapshot(&params.text_document_position_params.text_document.uri)
        else {
            return Ok(None);
        };
        let Some((window_start, text, column)) = line_at(&snapshot, position) else {
            return Ok(None);
        };
        let Some((range, markdown)) =
            analysis::hover::hover(snapshot.kind, &text, column, snapshot.options.lang)
        else {
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
        let Some(snapshot) = self.snapshot(&params.text_document_position.text_document.uri) else {
            return Ok(None);
        };
        let Some((window_start, text, column)) = line_at(&snapshot, position) else {
            return Ok(None);
        };
        let items = analysis::completion::log_completion(&text, column, snapshot.options.lang);
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
    }
}
