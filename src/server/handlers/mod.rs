//! One file per feature, each a `fn(&Snapshot, Params) -> Result<R>` run
//! off the reader on a snapshot the reader took; `text_sync` changes the
//! session on the reader. This file is the request runner.
//!
//! A request runs on a blocking thread (whole-document work on a 100 MB log
//! holds no async worker), under `catch_unwind` (a panic is that request's
//! -32603, and the server goes on), and its answer is serialised straight
//! to bytes for the writer. At most [`SLOTS`] requests run or wait for the
//! writer at once: past that, the reader waits, and so stops reading a
//! client that sends faster than it reads.

pub(crate) mod code_action;
pub(crate) mod code_lens;
pub(crate) mod completion;
pub(crate) mod hover;
pub(crate) mod inlay_hints;
pub(crate) mod links;
pub(crate) mod log_config;
pub(crate) mod navigation;
pub(crate) mod semantic_tokens;
pub(crate) mod symbols;
pub(crate) mod text_sync;

use crate::server::session::Session;
use crate::server::writer::{self, INTERNAL_ERROR, REQUEST_CANCELLED};
use serde::Serialize;
use serde_json::Value;
use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::sync::{Arc, Mutex, PoisonError};
use tokio::sync::Semaphore;
use tower_lsp_server::jsonrpc::Result;

/// Requests running (or waiting to be written) at once, at most.
const SLOTS: usize = 32;

pub(crate) struct Runner {
    session: Arc<Session>,
    slots: Arc<Semaphore>,
    /// Requests running: id -> cancelled.
    running: Arc<Mutex<HashMap<String, bool>>>,
}

impl Runner {
    pub fn new(session: Arc<Session>) -> Runner {
        Runner {
            session,
            slots: Arc::new(Semaphore::new(SLOTS)),
            running: Arc::default(),
        }
    }

    /// Runs `work` off the reader and answers request `id` with its result.
    pub fn run<R: Serialize + Send + 'static>(
        &self,
        id: Value,
        method: &'static str,
        work: impl FnOnce() -> Result<R> + Send + 'static,
    ) {
        let session = &self.session;
        let Ok(slot) = session.runtime.block_on(self.slots.clone().acquire_owned()) else {
            return;
        };
        let key = id.to_string();
        lock(&self.running).insert(key.clone(), false);
        let running = self.running.clone();
        let output = session.output.clone();
        session.runtime.spawn_blocking(move || {
            let cancelled = |running: &Mutex<HashMap<String, bool>>| {
                lock(running).get(&key).copied().unwrap_or(false)
            };
            let body = if cancelled(&running) {
                None
            } else {
                Some(match std::panic::catch_unwind(AssertUnwindSafe(work)) {
                    Ok(Ok(result)) => writer::response(&id, &result),
                    Ok(Err(error)) => {
                        writer::error_response(&id, error.code.code(), &error.message)
                    }
                    Err(_) => {
                        tracing::error!("{method}: the handler panicked; the server goes on");
                        writer::error_response(
                            &id,
                            INTERNAL_ERROR,
                            &format!("internal error: the {method} handler panicked"),
                        )
                    }
                })
            };
            let cancelled = lock(&running).remove(&key).unwrap_or(false);
            let body = match body {
                Some(body) if !cancelled => body,
                _ => writer::error_response(&id, REQUEST_CANCELLED, "request cancelled"),
            };
            output.send_blocking(body);
            drop(slot);
        });
    }

    /// `$/cancelRequest`: a request not answered yet is answered -32800.
    pub fn cancel(&self, id: &Value) {
        if let Some(cancelled) = lock(&self.running).get_mut(&id.to_string()) {
            *cancelled = true;
        }
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

/// `mailLsp/panicForTest`, registered only with `MAIL_LSP_TEST_HOOKS=1`:
/// panics, to prove a panic in a handler is that request's error.
pub(crate) fn panic_for_test(params: Value) -> Result<Value> {
    panic!("mailLsp/panicForTest: {params}");
}
