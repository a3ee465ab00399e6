//! Everything the server knows between messages: the lifecycle, the
//! negotiated encoding and settings, the open documents. The reader changes
//! it (text sync, settings, lifecycle) and takes the requests' snapshots,
//! in wire order; full analyses run off the reader and are installed only
//! into the document they were made for.

use crate::analysis::outline::Counts;
use crate::analysis::{self, Diagnostic, FileKind, Options};
use crate::codes::Lang;
use crate::server::config::Settings;
use crate::server::document::{self, Document, Identity};
use crate::server::lsp::encoding::Encoding;
use crate::server::lsp::from_proto::{self, Change};
use crate::server::lsp::to_proto::LineIndex;
use crate::server::maps;
use crate::server::progress;
use crate::server::publisher::Publisher;
use crate::server::rope_text::RopeText;
use crate::server::workspace::Workspace;
use crate::server::writer::{self, Output};
use ropey::Rope;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock, RwLock, Weak};
use std::time::{Duration, Instant};
use tokio::runtime::Handle;
use tower_lsp_server::Client;
use tower_lsp_server::ls_types::{self as lsp, Position, Uri};

/// Analyses of documents larger than this show `$/progress`.
const PROGRESS_FROM: usize = 8 << 20;

/// A config's analysis starts once its edits pause this long (a burst of
/// keystrokes is analysed once), or at the latest after [`DEBOUNCE_MAX`].
const DEBOUNCE: Duration = Duration::from_millis(50);
const DEBOUNCE_MAX: Duration = Duration::from_secs(1);

/// A code action sees at most this many diagnostics of its lines.
const CODE_ACTION_DIAGNOSTICS: usize = 1_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum Lifecycle {
    /// Before a successful `initialize`.
    New = 0,
    Running = 1,
    /// After a successful `shutdown`.
    ShutDown = 2,
}

/// What the session was told by `initialize` and the settings.
#[derive(Debug, Clone, Default)]
pub(crate) struct SessionConfig {
    pub encoding: Encoding,
    pub settings: Settings,
    pub client_lang: Lang,
    pub work_done_progress: bool,
    /// The client shows a completion's `labelDetails` (VS Code does; Helix
    /// shows the label alone, so a code's title goes into the label there).
    pub label_details: bool,
    /// The analysis options the settings and the client's language make.
    pub options: Options,
    /// The workspace folders (what a configuration names is looked for there).
    pub workspace: Workspace,
}

impl SessionConfig {
    fn with_settings(mut self, settings: Settings) -> SessionConfig {
        self.options = settings.options(self.client_lang);
        self.settings = settings;
        self
    }
}

pub(crate) struct Session {
    lifecycle: AtomicU8,
    config: RwLock<Arc<SessionConfig>>,
    documents: Mutex<HashMap<String, Document>>,
    /// Each opening gets the next epoch (see [`Identity`]).
    epochs: AtomicU64,
    /// Settings refused by `initialize`, shown once `initialized` comes.
    settings_problems: Mutex<Vec<String>>,
    client: OnceLock<Client>,
    pub(crate) output: Output,
    pub(crate) runtime: Handle,
    pub(crate) publisher: Arc<Publisher>,
    end: Mutex<Option<i32>>,
    ended: Condvar,
}

/// A document as a request sees it, taken by the reader when the request
/// is read: every edit sent before the request, none sent after. O(1): the
/// rope shares its chunks; only a code action's lines' diagnostics are
/// copied.
pub(crate) struct Snapshot {
    pub uri: Uri,
    pub kind: FileKind,
    pub rope: Rope,
    pub config: Arc<SessionConfig>,
    /// The outcome totals, when known.
    pub counts: Option<Counts>,
    /// The diagnostics of the lines the request asked for (code actions).
    pub diagnostics: Vec<Diagnostic>,
    identity: Identity,
    session: Weak<Session>,
}

impl Snapshot {
    pub fn text(&self) -> RopeText<'_> {
        RopeText(&self.rope)
    }

    pub fn index(&self) -> LineIndex<'_> {
        LineIndex {
            rope: &self.rope,
            encoding: self.config.encoding,
        }
    }

    /// The byte offset of an LSP position; `None` past the last line.
    pub fn offset(&self, position: Position) -> Option<usize> {
        from_proto::offset(&self.rope, self.config.encoding, position)
    }

    pub fn lang(&self) -> Lang {
        self.config.options.lang
    }

    /// Keeps outcome totals computed from this snapshot, unless the
    /// document changed since.
    pub fn remember_counts(&self, counts: Counts) {
        if let Some(session) = self.session.upgrade()
            && let Some(document) = lock(&session.documents).get_mut(self.uri.as_str())
        {
            document.install_counts(self.identity, counts);
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Session {
    pub fn new(runtime: Handle, output: Output) -> Session {
        Session {
            lifecycle: AtomicU8::new(Lifecycle::New as u8),
            config: RwLock::default(),
            documents: Mutex::default(),
            epochs: AtomicU64::new(0),
            settings_problems: Mutex::default(),
            client: OnceLock::new(),
            output,
            runtime,
            publisher: Arc::default(),
            end: Mutex::new(None),
            ended: Condvar::new(),
        }
    }

    pub fn set_client(&self, client: Client) {
        let _ = self.client.set(client);
    }

    pub fn client(&self) -> Option<&Client> {
        self.client.get()
    }

    // ---- Lifecycle: tower-lsp decides, the reader records its answers. ----

    pub fn lifecycle(&self) -> Lifecycle {
        match self.lifecycle.load(Ordering::SeqCst) {
            0 => Lifecycle::New,
            1 => Lifecycle::Running,
            _ => Lifecycle::ShutDown,
        }
    }

    pub fn set_lifecycle(&self, lifecycle: Lifecycle) {
        self.lifecycle.store(lifecycle as u8, Ordering::SeqCst);
    }

    /// Ends the session with `code` (the first end wins).
    pub fn end(&self, code: i32) {
        let mut end = lock(&self.end);
        if end.is_none() {
            *end = Some(code);
            self.ended.notify_all();
        }
    }

    /// Waits for the end; the process exit status.
    pub fn wait_end(&self) -> i32 {
        let mut end = lock(&self.end);
        loop {
            if let Some(code) = *end {
                return code;
            }
            end = self
                .ended
                .wait(end)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
    }

    /// 0 when `shutdown` came before `exit` (or the end of input), else 1.
    pub fn exit_code(&self) -> i32 {
        if self.lifecycle() == Lifecycle::ShutDown {
            0
        } else {
            1
        }
    }

    // ---- Settings ----

    pub fn config(&self) -> Arc<SessionConfig> {
        self.config
            .read()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
            .clone()
    }

    fn set_config(&self, config: SessionConfig) {
        *self
            .config
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Arc::new(config);
    }

    /// What an accepted `initialize` says.
    pub fn initialize(
        &self,
        encoding: Encoding,
        work_done_progress: bool,
        label_details: bool,
        client_lang: Lang,
        settings: Settings,
        problems: Vec<String>,
    ) {
        let config = SessionConfig {
            encoding,
            work_done_progress,
            label_details,
            client_lang,
            ..SessionConfig::default()
        };
        self.set_config(config.with_settings(settings));
        *lock(&self.settings_problems) = problems;
    }

    pub fn take_settings_problems(&self) -> Vec<String> {
        std::mem::take(&mut *lock(&self.settings_problems))
    }

    /// The workspace folders `initialize` named (no document is open yet).
    pub fn set_workspace(&self, workspace: Workspace) {
        let config = SessionConfig {
            workspace,
            ..(*self.config()).clone()
        };
        self.set_config(config);
    }

    /// New workspace folders: the configurations are analysed again (a map
    /// file they name may be there now).
    pub fn update_workspace(self: &Arc<Self>, workspace: Workspace) {
        let config = SessionConfig {
            workspace,
            ..(*self.config()).clone()
        };
        self.set_config(config);
        self.reanalyse(|kind| kind.is_config());
    }

    /// New settings: every document is analysed again.
    pub fn update_settings(self: &Arc<Self>, settings: Settings) {
        let config = (*self.config()).clone().with_settings(settings);
        self.set_config(config);
        self.reanalyse(|_| true);
    }

    fn reanalyse(self: &Arc<Self>, which: impl Fn(FileKind) -> bool) {
        let wanted: Vec<(String, u64)> = lock(&self.documents)
            .iter_mut()
            .filter(|(_, document)| which(document.kind()))
            .filter_map(|(uri, document)| {
                document.restart_analysis();
                document
                    .want_analysis()
                    .then(|| (uri.clone(), document.identity().epoch))
            })
            .collect();
        for (uri, epoch) in wanted {
            self.start_analysis(uri, epoch, Duration::ZERO);
        }
    }

    // ---- Text sync, on the reader ----

    pub fn open(self: &Arc<Self>, uri: String, language_id: &str, version: i32, text: String) {
        let path = uri.split(['?', '#']).next().unwrap_or("");
        let head = analysis::lines::clip(&text, 16 * 1024);
        let kind = FileKind::detect(Some(language_id), Some(path), head);
        tracing::info!("open {uri} as {} ({} bytes)", kind.name(), text.len());
        let epoch = self.epochs.fetch_add(1, Ordering::SeqCst) + 1;
        if analysis::reads_whole(kind, text.len()) {
            // A config (small, with file-wide rules) or a bounce (read as
            // MIME): analysed whole, off the reader.
            let mut document = Document::new(epoch, kind, version, &text);
            drop(text);
            let start = document.want_analysis();
            lock(&self.documents).insert(uri.clone(), document);
            if start {
                self.start_analysis(uri, epoch, Duration::ZERO);
            }
            return;
        }
        // A log: its rope and diagnostics are made here, in parts on every
        // core, before the next message is read; nothing waits on a lock.
        let (done, finished) = tokio::sync::oneshot::channel::<()>();
        self.progress_until(&uri, text.len(), async move {
            let _ = finished.await;
        });
        let options = self.config().options.clone();
        let document = document::open_log(epoch, kind, version, text, &options);
        lock(&self.documents).insert(uri.clone(), document);
        let _ = done.send(());
        self.publisher.mark(&uri);
    }

    pub fn change(self: &Arc<Self>, uri: &str, version: i32, changes: Vec<Change>) {
        let config = self.config();
        let mut documents = lock(&self.documents);
        let Some(document) = documents.get_mut(uri) else {
            tracing::warn!("didChange for a document that is not open: {uri}");
            return;
        };
        let needs_analysis =
            document.apply_changes(version, changes, config.encoding, &config.options);
        if needs_analysis {
            let start = document.want_analysis();
            let epoch = document.identity().epoch;
            drop(documents);
            if start {
                self.start_analysis(uri.to_string(), epoch, DEBOUNCE);
            }
        } else if document.diagnostics().is_some() {
            drop(documents);
            self.publisher.mark(uri);
        }
    }

    pub fn close(&self, uri: &str) {
        lock(&self.documents).remove(uri);
        self.publisher.mark(uri);
    }

    // ---- Full analyses, off the reader ----

    /// Runs full analyses of `uri` on a blocking thread, one at a time,
    /// until one is installed or the document needs none: each is of the
    /// text of its start, kept only if the document is still that one.
    /// After edits (`delay`), it waits for them to pause.
    fn start_analysis(self: &Arc<Self>, uri: String, epoch: u64, delay: Duration) {
        let session = self.clone();
        self.runtime.spawn(async move {
            let mut delay = delay;
            loop {
                session.quiet(&uri, delay).await;
                let taken = match lock(&session.documents).get_mut(&uri) {
                    // Not closed, nor opened again (that opening has its own).
                    Some(document) if document.identity().epoch == epoch => {
                        match document.take_for_analysis() {
                            Some(taken) => Some(taken),
                            None => {
                                document.analysis_ended();
                                None
                            }
                        }
                    }
                    _ => None,
                };
                let Some((made_of, kind, rope)) = taken else {
                    return;
                };
                let options = session.config().options.clone();
                let workspace = session.config().workspace.clone();
                let path = uri.clone();
                let (done, finished) = tokio::sync::oneshot::channel::<()>();
                session.progress_until(&uri, rope.len_bytes(), async move {
                    let _ = finished.await;
                });
                let scan = session.runtime.spawn_blocking(move || {
                    let mut found = document::analyse(kind, &rope, &options);
                    if kind.is_config() && options.enabled(analysis::config::MISSING_MAP) {
                        let text: std::borrow::Cow<str> = rope.slice(..).into();
                        found.extend(maps::missing_maps(kind, &text, &path, &workspace, &options));
                        found.sort_by_key(|d| (d.line, d.start));
                    }
                    found
                });
                let diagnostics = scan.await.unwrap_or_else(|error| {
                    tracing::error!("analysis of {uri} failed: {error}");
                    Vec::new()
                });
                let _ = done.send(());
                let options = session.config().options.clone();
                let (installed, again) = match lock(&session.documents).get_mut(&uri) {
                    Some(document) if document.identity().epoch == made_of.epoch => (
                        document.install(made_of, diagnostics, &options),
                        document.analysis_ended(),
                    ),
                    // Closed, or opened again (with its own analysis).
                    _ => (false, false),
                };
                if installed {
                    session.publisher.mark(&uri);
                }
                if !again {
                    return;
                }
                delay = DEBOUNCE;
            }
        });
    }

    /// Waits until the document has not changed for `delay` (at most
    /// [`DEBOUNCE_MAX`] in all).
    async fn quiet(&self, uri: &str, delay: Duration) {
        if delay.is_zero() {
            return;
        }
        let started = Instant::now();
        loop {
            let before = self.generation_of(uri);
            tokio::time::sleep(delay).await;
            if self.generation_of(uri) == before || started.elapsed() >= DEBOUNCE_MAX {
                return;
            }
        }
    }

    fn generation_of(&self, uri: &str) -> Option<Identity> {
        lock(&self.documents).get(uri).map(Document::identity)
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
        let name = uri.rsplit('/').next().unwrap_or(uri).to_string();
        self.runtime
            .spawn(async move { progress::show(client, &name, finished).await });
    }

    // ---- What requests and the publisher read ----

    /// The document as the request being read sees it; with the
    /// diagnostics of `lines` (first and last, both included) if asked.
    pub fn snapshot(self: &Arc<Self>, uri: &Uri, lines: Option<(u32, u32)>) -> Option<Snapshot> {
        let config = self.config();
        let documents = lock(&self.documents);
        let document = documents.get(uri.as_str())?;
        let diagnostics = match (lines, document.diagnostics()) {
            (Some((first, last)), Some(all)) => {
                let from = all.partition_point(|d| d.line < first as usize);
                let to = all.partition_point(|d| d.line <= last as usize);
                all[from..to.min(from + CODE_ACTION_DIAGNOSTICS)].to_vec()
            }
            _ => Vec::new(),
        };
        Some(Snapshot {
            uri: uri.clone(),
            kind: document.kind(),
            rope: document.rope().clone(),
            config,
            counts: document.counts(),
            diagnostics,
            identity: document.identity(),
            session: Arc::downgrade(self),
        })
    }

    /// The `publishDiagnostics` body for a document as it is now: capped,
    /// the most severe first, around the last edit; an empty list once it
    /// is closed. `None` while its analysis runs (the client keeps what it
    /// has: no flicker) or for a URI that is not one.
    pub fn diagnostics_notification(&self, uri: &str) -> Option<Vec<u8>> {
        let config = self.config();
        let max = config.settings.max_diagnostics;
        let lsp_uri = uri.parse::<Uri>().ok()?;
        let found = {
            let documents = lock(&self.documents);
            match documents.get(uri) {
                Some(document) => {
                    let stored = document.diagnostics()?;
                    // One place is kept for the summary entry when capped.
                    let (kept, _) = analysis::diagnostics::cap_around(
                        stored,
                        max.saturating_sub(1).max(1),
                        document.last_edit_line(),
                    );
                    Some((
                        kept,
                        stored.len(),
                        document.rope().clone(),
                        document.version(),
                    ))
                }
                None => None,
            }
        };
        let params = match found {
            Some((kept, total, rope, version)) => {
                let index = LineIndex {
                    rope: &rope,
                    encoding: config.encoding,
                };
                lsp::PublishDiagnosticsParams::new(
                    lsp_uri,
                    index.diagnostics(&kept, total, max, config.options.lang),
                    Some(version),
                )
            }
            None => lsp::PublishDiagnosticsParams::new(lsp_uri, Vec::new(), None),
        };
        writer::notification("textDocument/publishDiagnostics", &params)
    }
}
