//! What the session writes to the client itself, past tower-lsp: the
//! diagnostics (one publisher task, in order) and the large answers on a
//! log (outline, semantic tokens), serialised straight to bytes. Through
//! tower-lsp, 1,000 diagnostics or 5,000 symbols become a
//! `serde_json::Value` tree first, whose pages the allocator keeps.

use super::{DocumentParams, Envelope, Session, Snapshot};
use crate::analysis::FileKind;
use crate::server::{backend, transport};
use serde_json::Value;
use std::sync::Arc;
use tokio::sync::mpsc;
use tower_lsp_server::ls_types::{self as lsp, Uri};

/// A response written by the server itself, not through tower-lsp.
#[derive(serde::Serialize)]
struct Response<'a, R> {
    jsonrpc: &'static str,
    id: &'a Value,
    result: R,
}

/// A notification written by the server itself, not through tower-lsp.
#[derive(serde::Serialize)]
struct Notification<P> {
    jsonrpc: &'static str,
    method: &'static str,
    params: P,
}

impl Session {
    /// Starts the one task that publishes diagnostics, onto `out` (the
    /// stream of whole frames the reader's own answers take). Documents are
    /// published in the order asked, each once per batch and in its latest
    /// state, so an older set never arrives after a newer one. The message
    /// is serialised straight to bytes: 1,000 diagnostics do not become a
    /// `serde_json::Value` tree first.
    pub fn start_publisher(self: &Arc<Self>, out: mpsc::UnboundedSender<Vec<u8>>) {
        let (asked, mut queue) = mpsc::unbounded_channel::<String>();
        if self.publisher.set(asked).is_err() {
            return;
        }
        let _ = self.output.set(out.clone());
        let session = self.clone();
        tokio::spawn(async move {
            while let Some(first) = queue.recv().await {
                let mut batch = vec![first];
                while let Ok(uri) = queue.try_recv() {
                    if !batch.contains(&uri) {
                        batch.push(uri);
                    }
                }
                for uri in batch {
                    if let Some(frame) = session.diagnostics_notification(&uri)
                        && out.send(frame).is_err()
                    {
                        return;
                    }
                }
            }
        });
    }

    /// Publishes the document's diagnostics (capped) with its version; an
    /// empty list once it is closed.
    pub fn publish(&self, uri: &str) {
        if let Some(publisher) = self.publisher.get() {
            let _ = publisher.send(uri.to_string());
        }
    }

    /// The `publishDiagnostics` body for a document, as it is now.
    fn diagnostics_notification(&self, uri: &str) -> Option<Vec<u8>> {
        let max = self.config().settings.max_diagnostics;
        let lsp_uri = uri.parse::<Uri>().ok()?;
        // One place is kept for the summary entry when the cap is hit.
        let params = match self.snapshot_with(uri, max.saturating_sub(1).max(1)) {
            Some(snapshot) => lsp::PublishDiagnosticsParams::new(
                lsp_uri,
                backend::to_lsp_diagnostics(&snapshot, max),
                Some(snapshot.version),
            ),
            None => lsp::PublishDiagnosticsParams::new(lsp_uri, Vec::new(), None),
        };
        serde_json::to_vec(&Notification {
            jsonrpc: "2.0",
            method: "textDocument/publishDiagnostics",
            params,
        })
        .ok()
    }

    /// Answers a large request on a log past tower-lsp: `make` runs on a
    /// blocking thread on the document as it is now (after the edits sent
    /// before the request), and the response is serialised straight to
    /// bytes. Through tower-lsp, 5,000 outline symbols or 20,000 lines of
    /// semantic tokens become a `serde_json::Value` tree first (11 MB and
    /// more, whose pages the allocator keeps). False when `wanted` refuses
    /// the document: the service answers.
    pub(super) fn answer_past_service<R: serde::Serialize + Send + 'static>(
        &self,
        id: &Value,
        body: &[u8],
        wanted: fn(FileKind) -> bool,
        make: fn(&Snapshot) -> R,
    ) -> bool {
        let Ok(envelope) = serde_json::from_slice::<Envelope<DocumentParams>>(body) else {
            return false;
        };
        let Some(snapshot) = self.snapshot_with(&envelope.params.text_document.uri, 0) else {
            return false;
        };
        let Some(out) = self.output.get().cloned() else {
            return false;
        };
        if !wanted(snapshot.kind) {
            return false;
        }
        let id = id.clone();
        tokio::spawn(async move {
            let made = tokio::task::spawn_blocking(move || make(&snapshot)).await;
            let frame = match made {
                Ok(result) => serde_json::to_vec(&Response {
                    jsonrpc: "2.0",
                    id: &id,
                    result,
                })
                .ok(),
                Err(error) => {
                    tracing::error!("a request's work failed: {error}");
                    None
                }
            };
            let frame = frame.unwrap_or_else(|| {
                transport::error_body(&id, -32603, "internal error: the request's work failed")
            });
            let _ = out.send(frame);
        });
        true
    }
}
