//! Everything the server knows between messages: the negotiated encoding,
//! settings, the client's language, and the open documents.

use crate::analysis::{self, FileKind, Options};
use crate::codes::Lang;
use crate::server::config::Settings;
use crate::server::documents::{self, Change, Document};
use crate::server::encoding::{self, Encoding};
use crate::server::json_text;
use crate::server::transport;
use crate::server::{semantic, symbols};
use ropey::Rope;
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashMap;
use std::future::Future;
use std::sync::atomic::{AtomicBool, AtomicU8, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::task::Poll;
use tokio::sync::mpsc;
use tower_lsp_server::Client;
use tower_lsp_server::ls_types as lsp;

mod output;

/// Analyses of documents larger than this show `$/progress`.
const PROGRESS_FROM: usize = 8 << 20;

/// What the reader does with a message after `handle_in_order`.
pub enum InOrder {
    /// Pass it to the LSP service.
    Forward(Vec<u8>),
    /// Send this reply to the client; the message is consumed.
    Answer(Vec<u8>),
    /// Consumed, nothing to send (or an answer will follow on its own).
    Done,
}

const STATE_NEW: u8 = 0;
const STATE_RUNNING: u8 = 1;
const STATE_SHUT_DOWN: u8 = 2;

#[derive(Default)]
pub struct Session {
    state: AtomicU8,
    documents: Mutex<HashMap<String, Document>>,
    pub(crate) config: Mutex<SessionConfig>,
    client: OnceLock<Client>,
    /// Documents whose diagnostics are to be published, in order.
    publisher: OnceLock<mpsc::UnboundedSender<String>>,
    /// Whole frames the server writes itself, past tower-lsp.
    output: OnceLock<mpsc::UnboundedSender<Vec<u8>>>,
    exit: tokio::sync::Notify,
    exiting: AtomicBool,
}

#[derive(Debug, Clone, Default)]
pub struct SessionConfig {
    pub encoding: Encoding,
    pub settings: Settings,
    pub client_lang: Lang,
    pub work_done_progress: bool,
}

/// A read-only copy of a document for one request.
pub struct Snapshot {
    pub rope: ropey::Rope,
    pub kind: FileKind,
    pub version: i32,
    pub encoding: Encoding,
    pub options: Options,
    pub diagnostics: Vec<analysis::Diagnostic>,
    /// How many diagnostics the document has (`diagnostics` may hold fewer).
    pub total_diagnostics: usize,
    /// The document's change count, and its outcome totals if known.
    pub generation: u64,
    pub counts: Option<analysis::outline::Counts>,
}

#[derive(Deserialize)]
struct Envelope<P> {
    params: P,
}

struct ChangeParams {
    text_document: VersionedDocument,
    content_changes: Vec<Change>,
}

/// `didChange` params as read: each text located in the body, not copied.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct LocatedChangeParams<'a> {
    text_document: VersionedDocument,
    #[serde(borrow)]
    content_changes: Vec<LocatedChange<'a>>,
}

#[derive(Deserialize)]
struct LocatedChange<'a> {
    range: Option<documents::WireRange>,
    #[serde(borrow)]
    text: &'a serde_json::value::RawValue,
}

#[derive(Deserialize)]
struct VersionedDocument {
    uri: String,
    #[serde(default)]
    version: i32,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct DocumentParams {
    text_document: VersionedDocument,
}

#[derive(Deserialize, Default)]
#[serde(rename_all = "camelCase")]
struct InitializeParams {
    #[serde(default)]
    capabilities: Value,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Session {
    pub fn set_client(&self, client: Client) {
        let _ = self.client.set(client);
    }

    pub fn client(&self) -> Option<&Client> {
        self.client.get()
    }

    pub fn config(&self) -> SessionConfig {
        lock(&self.config).clone()
    }

    pub fn update_config(&self, update: impl FnOnce(&mut SessionConfig)) {
        update(&mut lock(&self.config));
    }

    pub fn options(&self) -> Options {
        let config = lock(&self.config);
        config.settings.options(config.client_lang)
    }

    pub fn request_exit(&self) {
        self.exiting.store(true, Ordering::SeqCst);
        self.exit.notify_one();
    }

    pub async fn exit_requested(&self) {
        if !self.exiting.load(Ordering::SeqCst) {
            self.exit.notified().await;
        }
    }

    /// 0 when `shutdown` came before `exit` (or the end of input), else 1.
    pub fn exit_code(&self) -> i32 {
        if self.state.load(Ordering::SeqCst) == STATE_SHUT_DOWN {
            0
        } else {
            1
        }
    }

    /// Called by the reader for every request and notification, in wire order.
    pub fn handle_in_order(
        self: &Arc<Self>,
        method: &str,
        id: Option<&Value>,
        body: Vec<u8>,
        open: Option<transport::OpenText>,
    ) -> InOrder {
        let state = self.state.load(Ordering::SeqCst);
        match method {
            "initialize" if state == STATE_NEW => {
                if let Ok(envelope) = serde_json::from_slice::<Envelope<InitializeParams>>(&body) {
                    let capabilities = &envelope.params.capabilities;
                    let offered: Vec<String> = capabilities
                        .pointer("/general/positionEncodings")
                        .and_then(Value::as_array)
                        .map(|kinds| {
                            kinds
                                .iter()
                                .filter_map(|k| k.as_str().map(str::to_string))
                                .collect()
                        })
                        .unwrap_or_default();
                    let progress = capabilities
                        .pointer("/window/workDoneProgress")
                        .and_then(Value::as_bool)
                        .unwrap_or(false);
                    self.update_config(|config| {
                        config.encoding = Encoding::negotiate(&offered);
                        config.work_done_progress = progress;
                    });
                }
                self.state.store(STATE_RUNNING, Ordering::SeqCst);
                InOrder::Forward(body)
            }
            "shutdown" if state == STATE_RUNNING => {
                self.state.store(STATE_SHUT_DOWN, Ordering::SeqCst);
                InOrder::Forward(body)
            }
            "textDocument/didOpen" if state == STATE_RUNNING && open.is_some() => {
                if let Some(open) = open {
                    self.open_located(body, open);
                }
                InOrder::Done
            }
            "textDocument/didOpen" | "textDocument/didChange" | "textDocument/didClose" => {
                if state == STATE_RUNNING {
                    self.sync(method, body);
                }
                InOrder::Done
            }
            _ if method.starts_with("$/") && id.is_some() => {
                let id = id.cloned().unwrap_or(Value::Null);
                InOrder::Answer(transport::error_body(
                    &id,
                    -32601,
                    &format!("method not found: {method}"),
                ))
            }
            "textDocument/documentSymbol"
                if state == STATE_RUNNING
                    && let Some(id) = id
                    && self.answer_past_service(
                        id,
                        &body,
                        |kind| kind == FileKind::MailLog,
                        symbols::log_symbols,
                    ) =>
            {
                InOrder::Done
            }
            "textDocument/semanticTokens/full"
                if state == STATE_RUNNING
                    && let Some(id) = id
                    && self.answer_past_service(
                        id,
                        &body,
                        FileKind::is_log_like,
                        semantic::full_tokens,
                    ) =>
            {
                InOrder::Done
            }
            _ => InOrder::Forward(body),
        }
    }

    /// Applies a text-sync notification other than a well-formed `didOpen`
    /// (see [`Self::open_located`]). A change's texts are decoded from the
    /// body, the longest in place over it (a reload of 100 MB costs no
    /// second buffer).
    fn sync(self: &Arc<Self>, method: &str, body: Vec<u8>) {
        let result = match method {
            "textDocument/didOpen" => {
                tracing::error!("{method}: bad params: textDocument.text is not a string");
                return;
            }
            "textDocument/didChange" => {
                match serde_json::from_slice::<Envelope<LocatedChangeParams>>(&body) {
                    Ok(envelope) => {
                        let params = envelope.params;
                        let (ranges, literals): (Vec<_>, Vec<_>) = params
                            .content_changes
                            .iter()
                            .map(|change| {
                                let literal = change.text.get();
                                let start = literal.as_ptr() as usize - body.as_ptr() as usize;
                                (change.range, start..start + literal.len())
                            })
                            .unzip();
                        let text_document = params.text_document;
                        match json_text::decode_all_in_place(body, &literals) {
                            Ok(texts) => self.change(ChangeParams {
                                text_document,
                                content_changes: ranges
                                    .into_iter()
                                    .zip(texts)
                                    .map(|(range, text)| Change { range, text })
                                    .collect(),
                            }),
                            Err(error) => tracing::error!("{method}: bad text: {error}"),
                        }
                        Ok(())
                    }
                    Err(error) => Err(error),
                }
            }
            _ => serde_json::from_slice::<Envelope<DocumentParams>>(&body)
                .map(|e| self.close(&e.params.text_document.uri)),
        };
        if let Err(error) = result {
            tracing::error!("{method}: bad params: {error}");
        }
    }

    /// `didOpen` whose text the transport located while checking the frame:
    /// the body is decoded in place into the text, without parsing it again.
    fn open_located(self: &Arc<Self>, body: Vec<u8>, open: transport::OpenText) {
        match json_text::decode_in_place(body, open.text) {
            Ok(text) => self.open(open.uri, &open.language_id, open.version, text),
            Err(error) => tracing::error!("textDocument/didOpen: bad text: {error}"),
        }
    }

    fn open(self: &Arc<Self>, uri: String, language_id: &str, version: i32, text: String) {
        let path = uri.split(['?', '#']).next().unwrap_or("");
        let head = crate::analysis::lines::clip(&text, 16 * 1024);
        let kind = FileKind::detect(Some(language_id), Some(path), head);
        tracing::info!("open {uri} as {} ({} bytes)", kind.name(), text.len());
        if !kind.is_log_like() {
            // A config: small, with file-wide rules; analysed off this thread.
            let document = Document::new(kind, version, &text);
            let rope = document.rope.clone();
            lock(&self.documents).insert(uri.clone(), document);
            self.spawn_analysis(uri, 0, kind, rope);
            return;
        }
        // A log: its rope and diagnostics are made here, in parts on every
        // core, before the next message is read; nothing waits on a lock.
        let (done, finished) = tokio::sync::oneshot::channel::<()>();
        self.progress_until(&uri, text.len(), async move {
            let _ = finished.await;
        });
        let document = documents::open_log(kind, version, text, &self.options());
        lock(&self.documents).insert(uri.clone(), document);
        let _ = done.send(());
        self.publish(&uri);
    }

    fn change(self: &Arc<Self>, params: ChangeParams) {
        let uri = params.text_document.uri;
        let config = self.config();
        let options = config.settings.options(config.client_lang);
        let mut documents = lock(&self.documents);
        let Some(document) = documents.get_mut(&uri) else {
            tracing::warn!("didChange for a document that is not open: {uri}");
            return;
        };
        let needs_scan = document.apply_changes(
            params.text_document.version,
            params.content_changes,
            config.encoding,
            &options,
        );
        if needs_scan {
            let (generation, kind, rope) =
                (document.generation, document.kind, document.rope.clone());
            drop(documents);
            self.spawn_analysis(uri, generation, kind, rope);
        } else if document.diagnostics().is_some() {
            drop(documents);
            self.publish(&uri);
        }
    }

    fn close(self: &Arc<Self>, uri: &str) {
        lock(&self.documents).remove(uri);
        self.publish(uri);
    }

    /// Runs a full analysis on a blocking thread, installs it, publishes.
    fn spawn_analysis(self: &Arc<Self>, uri: String, generation: u64, kind: FileKind, rope: Rope) {
        let session = self.clone();
        let options = self.options();
        let bytes = rope.len_bytes();
        // The analysis starts at once; the task below only waits for it.
        let scan_options = options.clone();
        let scan =
            tokio::task::spawn_blocking(move || documents::analyse(kind, &rope, &scan_options));
        let (done, finished) = tokio::sync::oneshot::channel::<()>();
        self.progress_until(&uri, bytes, async move {
            let _ = finished.await;
        });
        tokio::spawn(async move {
            let result = scan.await;
            let _ = done.send(());
            let diagnostics = match result {
                Ok(diagnostics) => diagnostics,
                Err(error) => {
                    tracing::error!("analysis of {uri} failed: {error}");
                    Vec::new()
                }
            };
            let installed = {
                let mut documents = lock(&session.documents);
                documents
                    .get_mut(&uri)
                    .is_some_and(|document| document.install(generation, diagnostics, &options))
            };
            if installed {
                session.publish(&uri);
            }
        });
    }

    /// Shows `$/progress` until `finished`, for the analysis of a large
    /// document when the client supports it.
    fn progress_until(
        &self,
        uri: &str,
        bytes: usize,
        finished: impl Future<Output = ()> + Send + 'static,
    ) {
        if bytes <= PROGRESS_FROM || !self.config().work_done_progress {
            return;
        }
        let Some(client) = self.client().cloned() else {
            return;
        };
        let uri = uri.to_string();
        tokio::spawn(async move { show_progress(client, &uri, finished).await });
    }

    /// A copy of a document for one request, with at most `diagnostics_cap`
    /// diagnostics (the most severe first): none for a hover, the capped set
    /// to publish, all for code actions.
    pub fn snapshot_with(&self, uri: &str, diagnostics_cap: usize) -> Option<Snapshot> {
        let config = self.config();
        let documents = lock(&self.documents);
        let document = documents.get(uri)?;
        let stored = document.diagnostics().unwrap_or_default();
        let (diagnostics, _) =
            analysis::diagnostics::cap_around(stored, diagnostics_cap, document.last_edit_line);
        Some(Snapshot {
            rope: document.rope.clone(),
            kind: document.kind,
            version: document.version,
            encoding: config.encoding,
            options: config.settings.options(config.client_lang),
            diagnostics,
            total_diagnostics: stored.len(),
            generation: document.generation,
            counts: document.counts,
        })
    }

    /// Keeps outcome totals computed from a snapshot, unless it is stale.
    pub fn install_counts(&self, uri: &str, generation: u64, counts: analysis::outline::Counts) {
        if let Some(document) = lock(&self.documents).get_mut(uri) {
            document.install_counts(generation, counts);
        }
    }

    pub fn snapshot(&self, uri: &str) -> Option<Snapshot> {
        self.snapshot_with(uri, usize::MAX)
    }

    /// Re-analyses every open document (after a settings change).
    pub fn reanalyse_all(self: &Arc<Self>) {
        let jobs: Vec<(String, u64, FileKind, ropey::Rope)> = {
            let mut documents = lock(&self.documents);
            documents
                .iter_mut()
                .map(|(uri, document)| {
                    let generation = document.restart_analysis();
                    (
                        uri.clone(),
                        generation,
                        document.kind,
                        document.rope.clone(),
                    )
                })
                .collect()
        };
        for (uri, generation, kind, rope) in jobs {
            self.spawn_analysis(uri, generation, kind, rope);
        }
    }

    pub fn uris(&self) -> Vec<String> {
        lock(&self.documents).keys().cloned().collect()
    }
}

/// `$/progress` from now until `finished`. The token is created by a
/// request whose answer is not awaited: the reader that would read it is
/// busy with the very work shown (a `didOpen`), and a client handles the
/// request before the notifications sent after it.
async fn show_progress(client: Client, uri: &str, finished: impl Future<Output = ()>) {
    let token = lsp::NumberOrString::String(format!("mail-lsp/analyse/{uri}"));
    let create = client.send_request::<lsp::request::WorkDoneProgressCreate>(
        lsp::WorkDoneProgressCreateParams {
            token: token.clone(),
        },
    );
    let mut create = std::pin::pin!(create);
    // One poll puts the request on the wire, ahead of the notifications.
    if let Poll::Ready(Err(error)) = futures::poll!(create.as_mut()) {
        tracing::warn!("no progress shown: {}", error.message);
        finished.await;
        return;
    }
    let name = uri.rsplit('/').next().unwrap_or(uri).to_string();
    let progress = |value| lsp::ProgressParams {
        token: token.clone(),
        value: lsp::ProgressParamsValue::WorkDone(value),
    };
    client
        .send_notification::<lsp::notification::Progress>(progress(lsp::WorkDoneProgress::Begin(
            lsp::WorkDoneProgressBegin {
                title: format!("mail-lsp: analysing {name}"),
                cancellable: Some(false),
                message: None,
                percentage: None,
            },
        )))
        .await;
    finished.await;
    client
        .send_notification::<lsp::notification::Progress>(progress(lsp::WorkDoneProgress::End(
            lsp::WorkDoneProgressEnd { message: None },
        )))
        .await;
    if let Err(error) = create.await {
        tracing::warn!("the client refused a progress token: {}", error.message);
    }
}

/// Line and byte-column helpers for handlers.
pub fn line_of(snapshot: &Snapshot, line: u32) -> Option<String> {
    encoding::line_text(&snapshot.rope, line as usize)
}
