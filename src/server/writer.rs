//! The one owner of stdout: whole frames from one bounded channel, written
//! by a thread of its own with blocking writes.
//!
//! The channel holds at most [`QUEUED_FRAMES`] frames. A client that stops
//! reading fills it, and then every producer waits: request answers wait
//! (and with them the request slots, so the reader stops reading the
//! client), the publisher waits before it even builds a frame (so edits
//! only mark documents to publish again), tower-lsp's messages wait. Memory
//! stays bounded whatever the client does.
//!
//! Every answer is serialised straight to bytes, once, here or by its
//! producer: never through a `serde_json::Value` tree.

use serde::Serialize;
use serde_json::Value;
use std::io::Write;
use tokio::sync::mpsc;

/// Frames waiting for stdout, at most. Large answers are capped (5,000
/// symbols, 20,000 lines of tokens: about 1.5 MB each), so this bounds the
/// memory a client that stops reading can cost.
const QUEUED_FRAMES: usize = 16;

enum Item {
    Frame(Vec<u8>),
    /// Answered once every frame queued before it is written.
    Flushed(std::sync::mpsc::Sender<()>),
}

/// A handle to the writer, cloned by every producer.
#[derive(Clone)]
pub(crate) struct Output {
    queue: mpsc::Sender<Item>,
}

/// Room for one frame, reserved before it is made.
pub(crate) struct Room<'a>(mpsc::Permit<'a, Item>);

impl Room<'_> {
    pub fn send(self, body: Vec<u8>) {
        self.0.send(Item::Frame(body));
    }
}

impl Output {
    /// Queues a frame body; waits while the queue is full. False once the
    /// writer is gone (stdout closed).
    pub async fn send(&self, body: Vec<u8>) -> bool {
        self.queue.send(Item::Frame(body)).await.is_ok()
    }

    /// [`Output::send`] from a thread that may block (the reader, the
    /// request threads).
    pub fn send_blocking(&self, body: Vec<u8>) -> bool {
        self.queue.blocking_send(Item::Frame(body)).is_ok()
    }

    /// Waits for room for one frame: what is sent then is made only when
    /// the client can take it (diagnostics are built from the latest state).
    pub async fn room(&self) -> Option<Room<'_>> {
        self.queue.reserve().await.ok().map(Room)
    }

    /// Waits until every frame queued so far is written, at most `wait`.
    pub fn flush(&self, wait: std::time::Duration) {
        let (done, flushed) = std::sync::mpsc::channel();
        if self.queue.try_send(Item::Flushed(done)).is_ok() {
            let _ = flushed.recv_timeout(wait);
        }
    }
}

/// Starts the writer thread over `out`; `on_closed` runs if stdout fails
/// (the client is gone: the session ends).
pub(crate) fn start(
    out: impl Write + Send + 'static,
    on_closed: impl FnOnce() + Send + 'static,
) -> std::io::Result<Output> {
    let (queue, mut items) = mpsc::channel(QUEUED_FRAMES);
    std::thread::Builder::new()
        .name("mail-lsp-writer".into())
        .spawn(move || {
            let mut out = std::io::BufWriter::with_capacity(1 << 16, out);
            while let Some(item) = items.blocking_recv() {
                let written = match item {
                    Item::Frame(body) => write_frame(&mut out, &body).and_then(|()| {
                        // Flushed when nothing else waits: frames queued
                        // together leave in one write.
                        if items.is_empty() {
                            out.flush()
                        } else {
                            Ok(())
                        }
                    }),
                    Item::Flushed(done) => {
                        let flushed = out.flush();
                        let _ = done.send(());
                        flushed
                    }
                };
                if let Err(error) = written {
                    tracing::error!("writing to the client: {error}; the session ends");
                    on_closed();
                    return;
                }
            }
        })?;
    Ok(Output { queue })
}

fn write_frame(out: &mut impl Write, body: &[u8]) -> std::io::Result<()> {
    write!(out, "Content-Length: {}\r\n\r\n", body.len())?;
    out.write_all(body)
}

#[derive(Serialize)]
struct Response<'a, R> {
    jsonrpc: &'static str,
    id: &'a Value,
    result: R,
}

#[derive(Serialize)]
struct ErrorResponse<'a> {
    jsonrpc: &'static str,
    id: &'a Value,
    error: ErrorBody<'a>,
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    code: i64,
    message: &'a str,
}

#[derive(Serialize)]
struct Notification<'a, P> {
    jsonrpc: &'static str,
    method: &'a str,
    params: P,
}

/// The body of a response with `result`; an internal error if it cannot
/// be serialised.
pub(crate) fn response<R: Serialize>(id: &Value, result: &R) -> Vec<u8> {
    serde_json::to_vec(&Response {
        jsonrpc: "2.0",
        id,
        result,
    })
    .unwrap_or_else(|error| {
        tracing::error!("an answer could not be serialised: {error}");
        error_response(
            id,
            INTERNAL_ERROR,
            "internal error: the answer could not be written",
        )
    })
}

/// The body of an error response.
pub(crate) fn error_response(id: &Value, code: i64, message: &str) -> Vec<u8> {
    serde_json::to_vec(&ErrorResponse {
        jsonrpc: "2.0",
        id,
        error: ErrorBody { code, message },
    })
    .unwrap_or_default()
}

/// The body of a notification.
pub(crate) fn notification<P: Serialize>(method: &str, params: &P) -> Option<Vec<u8>> {
    serde_json::to_vec(&Notification {
        jsonrpc: "2.0",
        method,
        params,
    })
    .map_err(|error| tracing::error!("a notification could not be serialised: {error}"))
    .ok()
}

pub(crate) const PARSE_ERROR: i64 = -32700;
pub(crate) const INVALID_REQUEST: i64 = -32600;
pub(crate) const METHOD_NOT_FOUND: i64 = -32601;
pub(crate) const INVALID_PARAMS: i64 = -32602;
pub(crate) const INTERNAL_ERROR: i64 = -32603;
pub(crate) const REQUEST_CANCELLED: i64 = -32800;

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn frames_leave_whole_and_in_order() {
        let out = Shared::default();
        let output = start(out.clone(), || {}).unwrap();
        for n in 0..50 {
            assert!(output.send_blocking(response(&Value::from(n), &"x".repeat(n as usize))));
        }
        output.flush(std::time::Duration::from_secs(10));
        let written = out.0.lock().unwrap().clone();
        let mut reader = std::io::BufReader::new(&written[..]);
        for n in 0..50 {
            let crate::server::transport::Frame::Body(body) =
                crate::server::transport::read_frame(&mut reader).unwrap()
            else {
                panic!("frame {n}");
            };
            let value: Value = serde_json::from_slice(&body).unwrap();
            assert_eq!(value["id"], n);
            assert_eq!(value["result"].as_str().unwrap().len(), n as usize);
        }
    }

    #[test]
    fn a_closed_stdout_ends_the_session() {
        struct Closed;
        impl Write for Closed {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Err(std::io::ErrorKind::BrokenPipe.into())
            }
        }
        let (ended, closed) = std::sync::mpsc::channel();
        let output = start(Closed, move || {
            let _ = ended.send(());
        })
        .unwrap();
        output.send_blocking(b"{}".to_vec());
        closed
            .recv_timeout(std::time::Duration::from_secs(10))
            .expect("told");
        // Later frames are refused, not queued.
        std::thread::sleep(std::time::Duration::from_millis(10));
        assert!(!output.send_blocking(b"{}".to_vec()));
    }
}
