//! The language server: the only module that names LSP or tokio types.
//!
//! ```text
//! stdin ─> reader (wire order) ─┬─ didOpen/didChange/didClose: applied to `Session` at once
//!                               ├─ bad frames, `$/` requests: answered at once ───────────┐
//!                               ├─ a log's outline, tokens: made off the reader ──────────┤
//!                               │  (diagnostics: one publisher task) ─────────────────────┤
//!                               └─ everything else ─> tower-lsp `LspService` (Guard) ─> merger ─> stdout
//! ```
//!
//! What the server writes itself (diagnostics, a log's outline and full
//! semantic tokens) is serialised straight to bytes; tower-lsp would make a
//! `serde_json::Value` tree of 1,000 diagnostics or 5,000 symbols first.
//!
//! The reader is the single place where messages are ordered: text-sync
//! notifications are applied before the next message is even read, so a
//! request sees every edit sent before it, whatever tower-lsp's concurrency.
//! It runs on its own thread and reads stdin with plain blocking reads,
//! straight into the frame's buffer: a 100 MB `didOpen` moves at the speed
//! of the pipe, not in hand-offs to a blocking pool.
//! Full analyses run on blocking threads; edits to logs re-read only the
//! lines they touch.

pub mod backend;
pub mod config;
pub mod documents;
pub mod encoding;
pub mod guard;
pub mod json_text;
pub mod rope_text;
pub mod semantic;
pub mod session;
pub mod symbols;
pub mod transport;

use session::Session;
use std::future::Future;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use tokio::io::{AsyncRead, AsyncWrite, BufReader};
use tokio::sync::mpsc;
use tower_lsp_server::{LspService, Server};
use transport::{Frame, Kind};

/// `MAIL_LSP_TEST_HOOKS=1` at startup registers test-only requests
/// (`mailLsp/panicForTest`); without it they answer -32601 like any unknown method.
pub fn test_hooks_enabled() -> bool {
    std::env::var_os("MAIL_LSP_TEST_HOOKS").is_some_and(|value| value == "1")
}

/// How the session ended: the process exit status (0 after `shutdown`).
/// `input` is read with blocking reads on a thread of its own.
pub async fn run<I, O>(input: I, output: O) -> i32
where
    I: std::io::Read + Unpin + Send + 'static,
    O: AsyncWrite + Unpin + Send + 'static,
{
    let session = Arc::new(Session::default());
    let mut builder = LspService::build({
        let session = session.clone();
        move |client| {
            session.set_client(client.clone());
            backend::Backend::new(client, session)
        }
    });
    if test_hooks_enabled() {
        // Only for the black-box tests: a way to make a handler panic.
        builder = builder.custom_method(backend::PANIC_FOR_TEST, backend::Backend::panic_for_test);
    }
    let (service, socket) = builder.finish();
    let (to_server, server_input) = tokio::io::duplex(1 << 16);
    let (server_output, from_server) = tokio::io::duplex(1 << 16);
    let (inject, injected) = mpsc::unbounded_channel::<Vec<u8>>();

    session.start_publisher(inject.clone());
    let merger = tokio::spawn(merge_output(from_server, injected, output));
    let runtime = tokio::runtime::Handle::current();
    let reader_session = session.clone();
    let reader = std::thread::Builder::new()
        .name("mail-lsp-reader".into())
        .spawn(move || {
            // Tasks the reader spawns (analyses, publishes) go to the runtime.
            let _runtime = runtime.enter();
            let input = transport::BlockingRead(input);
            let reading = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                block_on(read_input(input, to_server, inject, reader_session.clone()))
            }));
            if reading.is_err() {
                tracing::error!("the reader panicked; the session ends");
            }
            reader_session.request_exit();
        });
    if let Err(error) = reader {
        tracing::error!("cannot start the reader thread: {error}");
        return 1;
    }
    let serve = Server::new(server_input, server_output, socket)
        .concurrency_level(64)
        .serve(guard::Guard::new(service));

    tokio::select! {
        _ = serve => {}
        _ = session.exit_requested() => {
            // Give in-flight responses a moment to reach the client.
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }
    // The reader thread may be blocked in a read of stdin: the process exit ends it.
    let _ = tokio::time::timeout(std::time::Duration::from_millis(200), merger).await;
    session.exit_code()
}

/// Copies the server's framed output to the client, interleaving whole
/// frames of the reader's own answers.
async fn merge_output<O: AsyncWrite + Unpin>(
    from_server: tokio::io::DuplexStream,
    mut injected: mpsc::UnboundedReceiver<Vec<u8>>,
    mut output: O,
) {
    let mut from_server = BufReader::new(from_server);
    let mut server_open = true;
    let mut injected_open = true;
    while server_open || injected_open {
        let body = tokio::select! {
            frame = transport::read_frame(&mut from_server), if server_open => match frame {
                Ok(Frame::Body(body)) => Some(body),
                Ok(Frame::Bad(reason)) => {
                    tracing::error!("server wrote a bad frame: {reason}");
                    None
                }
                Ok(Frame::Eof) | Err(_) => {
                    server_open = false;
                    None
                }
            },
            body = injected.recv(), if injected_open => {
                injected_open = body.is_some();
                body
            }
        };
        if let Some(body) = body
            && transport::write_frame(&mut output, &body).await.is_err()
        {
            return;
        }
    }
}

/// Reads the client, in order: answers what tower-lsp would mishandle,
/// applies text sync, forwards the rest.
async fn read_input<I: AsyncRead + Unpin>(
    input: I,
    mut to_server: tokio::io::DuplexStream,
    inject: mpsc::UnboundedSender<Vec<u8>>,
    session: Arc<Session>,
) {
    let mut input = BufReader::with_capacity(1 << 16, input);
    loop {
        let frame = match transport::read_frame(&mut input).await {
            Ok(frame) => frame,
            Err(error) => {
                tracing::error!("reading stdin: {error}");
                Frame::Eof
            }
        };
        let body = match frame {
            Frame::Eof => break,
            Frame::Bad(reason) => {
                tracing::warn!("bad frame: {reason}");
                let _ = inject.send(transport::error_body(
                    &serde_json::Value::Null,
                    -32700,
                    &reason,
                ));
                continue;
            }
            Frame::Body(body) => body,
        };
        match transport::classify_with_text(&body) {
            Err(refusal) => {
                tracing::warn!("refused message: {}", refusal.message);
                let _ = inject.send(transport::error_body(
                    &refusal.id,
                    refusal.code,
                    &refusal.message,
                ));
            }
            Ok((Kind::Response, _)) => forward(&mut to_server, &body).await,
            Ok((Kind::Call { method, id }, open)) => {
                let handled = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    session.handle_in_order(&method, id.as_ref(), body, open)
                }));
                match handled {
                    Ok(session::InOrder::Forward(body)) => forward(&mut to_server, &body).await,
                    Ok(session::InOrder::Answer(reply)) => {
                        let _ = inject.send(reply);
                    }
                    Ok(session::InOrder::Done) => {}
                    Err(_) => {
                        tracing::error!("handling {method} panicked; the server goes on");
                        if let Some(id) = id {
                            let _ = inject.send(transport::error_body(
                                &id,
                                -32603,
                                "internal error: the handler panicked",
                            ));
                        }
                    }
                }
                if method == "exit" {
                    break;
                }
            }
        }
    }
}

/// Runs `future` on this thread, parking it while the future waits (for
/// room in the pipe to the service). Reads inside it block the thread.
fn block_on<F: Future>(future: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(Arc::new(Unpark(std::thread::current())));
    let mut context = Context::from_waker(&waker);
    let mut future = std::pin::pin!(future);
    loop {
        if let Poll::Ready(output) = future.as_mut().poll(&mut context) {
            return output;
        }
        std::thread::park();
    }
}

async fn forward(to_server: &mut tokio::io::DuplexStream, body: &[u8]) {
    if let Err(error) = transport::write_frame(to_server, body).await {
        tracing::error!("forwarding to the service: {error}");
    }
}
