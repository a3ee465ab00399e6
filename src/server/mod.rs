//! The language server: the only module that names LSP, tower-lsp or tokio.
//!
//! ```text
//! stdin ─> reader thread ─ dispatch (the table) ─┬─ text sync, settings: Session, at once
//!           (wire order)                         ├─ lifecycle: tower-lsp LspService (waited for)
//!                                                ├─ document requests: snapshot now,
//!                                                │    handler on a blocking thread ──┐
//!                                                └─ bad frames: error answers ───────┤
//!  publisher task (diagnostics, built when there is room) ───────────────────────────┤
//!  tower-lsp's client messages (showMessage, progress) ──────────────────────────────┤
//!                                                  writer thread (bounded queue) <───┘─> stdout
//! ```
//!
//! The reader is the single place where messages are ordered: a request
//! sees every edit sent before it and none sent after. Its input is read
//! ahead a chunk at a time on a thread of its own (`pump.rs`), so a 100 MB
//! `didOpen` is copied out of the pipe on one core while its frame fills on
//! the other. See ARCHITECTURE.md
//! (Invariants) for who may do what.

pub(crate) mod capabilities;
pub(crate) mod config;
pub(crate) mod dispatch;
pub(crate) mod document;
pub(crate) mod guard;
pub(crate) mod handlers;
pub(crate) mod json_text;
pub(crate) mod lsp;
pub(crate) mod maps;
pub(crate) mod progress;
pub(crate) mod publisher;
pub(crate) mod pump;
pub(crate) mod rope_text;
pub(crate) mod service;
pub(crate) mod session;
pub mod transport;
pub(crate) mod workspace;
pub(crate) mod writer;

use session::Session;
use std::io::{Read, Write};
use std::sync::Arc;
use std::time::Duration;

/// Serves one client over `input` and `output` until `exit`, the end of
/// input, or a write to `output` that fails; returns the process exit
/// status (0 after `shutdown`, else 1).
pub fn run(input: impl Read + Send + 'static, output: impl Write + Send + 'static) -> i32 {
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("mail-lsp-worker")
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            tracing::error!("cannot start the runtime: {error}");
            return 1;
        }
    };
    let closed = Arc::new(std::sync::OnceLock::<Arc<Session>>::new());
    let output = match writer::start(output, {
        let closed = closed.clone();
        move || {
            if let Some(session) = closed.get() {
                // The client is gone: nothing it asks can be answered.
                session.end(1);
            }
        }
    }) {
        Ok(output) => output,
        Err(error) => {
            tracing::error!("cannot start the writer thread: {error}");
            return 1;
        }
    };
    let session = Arc::new(Session::new(runtime.handle().clone(), output.clone()));
    let _ = closed.set(session.clone());
    let (service, socket) = service::Service::new(session.clone());
    let (client_answers, client_messages) = futures::StreamExt::split(socket);
    runtime.spawn(service::pump(client_messages, output.clone()));
    runtime.spawn(publisher::run(session.publisher.clone(), output.clone(), {
        let session = session.clone();
        move |uri| session.diagnostics_notification(uri)
    }));
    let dispatcher = dispatch::Dispatcher::new(session.clone(), service, client_answers);
    // The input is read ahead on a thread of its own (see `pump`).
    let input = match pump::Pumped::new(input) {
        Ok(input) => input,
        Err(error) => {
            tracing::error!("cannot start the input thread: {error}");
            return 1;
        }
    };
    let reader = std::thread::Builder::new()
        .name("mail-lsp-reader".into())
        .spawn({
            let session = session.clone();
            move || {
                dispatcher.read(input);
                session.end(session.exit_code());
            }
        });
    if let Err(error) = reader {
        tracing::error!("cannot start the reader thread: {error}");
        return 1;
    }
    let code = session.wait_end();
    // Answers queued before the end reach the client (if it reads).
    output.flush(Duration::from_millis(500));
    // The reader may be blocked in a read of stdin: the process exit ends it.
    runtime.shutdown_timeout(Duration::from_millis(100));
    code
}
