//! The one task that publishes diagnostics. Edits and analyses only mark a
//! document; the task waits for room in the writer's queue, then builds the
//! frame from the document as it is then. A client that stops reading
//! costs one mark per open document, never a frame per edit; an older set
//! never arrives after a newer one.

use crate::server::writer::Output;
use std::collections::VecDeque;
use std::sync::{Arc, Mutex, PoisonError};
use tokio::sync::Notify;

#[derive(Default)]
pub(crate) struct Publisher {
    /// Documents to publish, each once, in the order first marked.
    marked: Mutex<VecDeque<String>>,
    wake: Notify,
}

impl Publisher {
    /// Publishes `uri`'s diagnostics as soon as the client can take them.
    pub fn mark(&self, uri: &str) {
        let mut marked = self.marked.lock().unwrap_or_else(PoisonError::into_inner);
        if !marked.iter().any(|marked| marked == uri) {
            marked.push_back(uri.to_string());
        }
        drop(marked);
        self.wake.notify_one();
    }

    fn next(&self) -> Option<String> {
        self.marked
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop_front()
    }
}

/// Publishes the marked documents, each `notification(uri)` built once
/// there is room for it; runs until the writer is gone.
pub(crate) async fn run(
    publisher: Arc<Publisher>,
    output: Output,
    notification: impl Fn(&str) -> Option<Vec<u8>>,
) {
    loop {
        publisher.wake.notified().await;
        loop {
            let Some(room) = output.room().await else {
                return;
            };
            let Some(uri) = publisher.next() else {
                break;
            };
            if let Some(frame) = notification(&uri) {
                room.send(frame);
            }
        }
    }
}
