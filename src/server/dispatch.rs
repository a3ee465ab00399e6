//! The reader and the routing table: the only place that names methods.
//!
//! The reader reads the client's frames in wire order, with blocking reads,
//! and routes each message before it reads the next:
//!
//! - **state changes** run here, at once: text sync, settings, and the
//!   lifecycle (handed to tower-lsp, whose answer the reader waits for);
//! - **document requests** get their snapshot here, at once (the document
//!   as the client saw it when it sent the request), then run off the
//!   reader (`handlers::Runner`);
//! - everything else tower-lsp answers: requests before `initialize`
//!   (-32002) or after `shutdown` (-32600), unknown methods (-32601).
//!
//! A frame that cannot be read gets -32700, a body that is not a request
//! -32600, params that do not fit -32602, and the session goes on.

use crate::server::handlers::{self, Runner};
use crate::server::lsp::from_proto::{self, CancelParams, DocumentParams};
use crate::server::service::Service;
use crate::server::session::{Lifecycle, Session, Snapshot};
use crate::server::transport::{self, Frame, Kind, OpenText};
use crate::server::writer::{self, INTERNAL_ERROR, INVALID_PARAMS, INVALID_REQUEST, PARSE_ERROR};
use futures::stream::SplitSink;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use std::io::{BufReader, Read};
use std::panic::AssertUnwindSafe;
use std::sync::Arc;
use tower_lsp_server::ClientSocket;
use tower_lsp_server::jsonrpc;

/// Where the client's answers to tower-lsp's requests go.
pub(crate) type ClientAnswers = SplitSink<ClientSocket, jsonrpc::Response>;

/// The test-only request that panics (see [`test_hooks_enabled`]).
const PANIC_FOR_TEST: &str = "mailLsp/panicForTest";

/// `MAIL_LSP_TEST_HOOKS=1` at startup registers test-only requests
/// (`mailLsp/panicForTest`); without it they answer -32601 like any unknown method.
fn test_hooks_enabled() -> bool {
    std::env::var_os("MAIL_LSP_TEST_HOOKS").is_some_and(|value| value == "1")
}

enum Flow {
    Next,
    Exit,
}

pub(crate) struct Dispatcher {
    session: Arc<Session>,
    service: Service,
    /// Where the client's answers to tower-lsp's requests go.
    answers: ClientAnswers,
    runner: Runner,
    test_hooks: bool,
}

impl Dispatcher {
    pub fn new(session: Arc<Session>, service: Service, answers: ClientAnswers) -> Dispatcher {
        Dispatcher {
            runner: Runner::new(session.clone()),
            session,
            service,
            answers,
            test_hooks: test_hooks_enabled(),
        }
    }

    /// Reads and routes messages until `exit` or the end of input.
    pub fn read(mut self, input: impl Read) {
        let mut input = BufReader::with_capacity(1 << 16, input);
        loop {
            let frame = transport::read_frame(&mut input).unwrap_or_else(|error| {
                tracing::error!("reading stdin: {error}");
                Frame::Eof
            });
            let body = match frame {
                Frame::Eof => return,
                Frame::Bad(reason) => {
                    tracing::warn!("bad frame: {reason}");
                    self.answer(writer::error_response(&Value::Null, PARSE_ERROR, &reason));
                    continue;
                }
                Frame::Body(body) => body,
            };
            if let Flow::Exit = self.message(body) {
                return;
            }
        }
    }

    fn answer(&self, body: Vec<u8>) {
        self.session.output.send_blocking(body);
    }

    fn message(&mut self, body: Vec<u8>) -> Flow {
        let (kind, open) = match transport::classify_with_text(&body) {
            Ok(classified) => classified,
            Err(refusal) => {
                tracing::warn!("refused message: {}", refusal.message);
                self.answer(writer::error_response(
                    &refusal.id,
                    refusal.code,
                    &refusal.message,
                ));
                return Flow::Next;
            }
        };
        let (method, id) = match kind {
            Kind::Response => {
                self.client_answer(&body);
                return Flow::Next;
            }
            Kind::Call { method, id } => (method, id),
        };
        let routed = std::panic::catch_unwind(AssertUnwindSafe(|| {
            self.route(&method, id.clone(), body, open)
        }));
        routed.unwrap_or_else(|_| {
            tracing::error!("handling {method} panicked; the server goes on");
            if let Some(id) = id {
                self.answer(writer::error_response(
                    &id,
                    INTERNAL_ERROR,
                    &format!("internal error: handling {method} panicked"),
                ));
            }
            Flow::Next
        })
    }

    /// The table.
    fn route(
        &mut self,
        method: &str,
        id: Option<Value>,
        body: Vec<u8>,
        open: Option<OpenText>,
    ) -> Flow {
        match method {
            "initialize" => self.lifecycle(&body, id, Lifecycle::Running),
            "shutdown" => self.lifecycle(&body, id, Lifecycle::ShutDown),
            "initialized" => {
                self.hand_to_service(&body, id);
            }
            "exit" => {
                self.hand_to_service(&body, None);
                return Flow::Exit;
            }
            "$/cancelRequest" => match from_proto::params::<CancelParams>(&body) {
                Ok(params) => self.runner.cancel(&params.id),
                Err(error) => tracing::warn!("$/cancelRequest: bad params: {error}"),
            },
            _ if method.starts_with("$/") => {
                // Protocol-dependent: a request gets "not found", a
                // notification is ignored.
                if let Some(id) = id {
                    self.answer(writer::error_response(
                        &id,
                        writer::METHOD_NOT_FOUND,
                        &format!("method not found: {method}"),
                    ));
                }
            }
            _ if self.session.lifecycle() != Lifecycle::Running => match id {
                // tower-lsp's answers before `initialize` and after `shutdown`.
                Some(id) => {
                    self.hand_to_service(&body, Some(id));
                }
                None => tracing::warn!("{method} before initialize or after shutdown: dropped"),
            },
            "textDocument/didOpen" => handlers::text_sync::did_open(&self.session, body, open),
            "textDocument/didChange" => handlers::text_sync::did_change(&self.session, body),
            "textDocument/didClose" => handlers::text_sync::did_close(&self.session, &body),
            "workspace/didChangeConfiguration" => {
                handlers::text_sync::did_change_configuration(&self.session, &body)
            }
            "workspace/didChangeWorkspaceFolders" => {
                handlers::text_sync::did_change_workspace_folders(&self.session, &body)
            }
            _ => match id {
                Some(id) => self.request(method, id, &body),
                None => tracing::debug!("{method}: ignored"),
            },
        }
        Flow::Next
    }

    /// A request while the session runs.
    fn request(&mut self, method: &str, id: Value, body: &[u8]) {
        use handlers::*;
        match method {
            "textDocument/hover" => self.on_document(id, body, "hover", hover::hover),
            "textDocument/completion" => {
                self.on_document(id, body, "completion", completion::completion)
            }
            "textDocument/codeAction" => {
                self.on_document(id, body, "codeAction", code_action::code_action)
            }
            "textDocument/definition" => {
                self.on_document(id, body, "definition", navigation::definition)
            }
            "textDocument/references" => {
                self.on_document(id, body, "references", navigation::references)
            }
            "textDocument/documentHighlight" => {
                self.on_document(id, body, "documentHighlight", navigation::highlights)
            }
            "textDocument/documentSymbol" => {
                self.on_document(id, body, "documentSymbol", symbols::document_symbol)
            }
            "textDocument/semanticTokens/full" => {
                self.on_document(id, body, "semanticTokens/full", semantic_tokens::full)
            }
            "textDocument/semanticTokens/range" => {
                self.on_document(id, body, "semanticTokens/range", semantic_tokens::range)
            }
            "textDocument/inlayHint" => {
                self.on_document(id, body, "inlayHint", inlay_hints::inlay_hints)
            }
            "textDocument/codeLens" => self.on_document(id, body, "codeLens", code_lens::code_lens),
            "textDocument/documentLink" => {
                self.on_document(id, body, "documentLink", links::document_link)
            }
            PANIC_FOR_TEST if self.test_hooks => match from_proto::params::<Value>(body) {
                Ok(params) => self
                    .runner
                    .run(id, PANIC_FOR_TEST, move || handlers::panic_for_test(params)),
                Err(error) => self.invalid_params(&id, &error),
            },
            // Unknown: tower-lsp's -32601.
            _ => {
                self.hand_to_service(body, Some(id));
            }
        }
    }

    /// A request on one document: its params read, its snapshot taken now,
    /// its handler run off the reader. `null` for a document not open.
    fn on_document<P, R>(
        &mut self,
        id: Value,
        body: &[u8],
        method: &'static str,
        handler: fn(&Snapshot, P) -> jsonrpc::Result<R>,
    ) where
        P: DeserializeOwned + DocumentParams + Send + 'static,
        R: Serialize + Send + 'static,
    {
        let params: P = match from_proto::params(body) {
            Ok(params) => params,
            Err(error) => return self.invalid_params(&id, &error),
        };
        let Some(snapshot) = self
            .session
            .snapshot(params.uri(), params.diagnostics_of_lines())
        else {
            return self.answer(writer::response(&id, &Value::Null));
        };
        self.runner
            .run(id, method, move || handler(&snapshot, params));
    }

    fn invalid_params(&self, id: &Value, error: &serde_json::Error) {
        self.answer(writer::error_response(
            id,
            INVALID_PARAMS,
            &format!("invalid params: {error}"),
        ));
    }

    /// `initialize` or `shutdown`: tower-lsp answers, and the reader waits
    /// for the answer before it reads on; its success moves the session on.
    fn lifecycle(&mut self, body: &[u8], id: Option<Value>, then: Lifecycle) {
        if self.hand_to_service(body, id) {
            self.session.set_lifecycle(then);
        }
    }

    /// Hands a message to tower-lsp; a request's answer is written, and
    /// true when it is a success. A message tower-lsp could not read (an id
    /// that is not an integer or a string, a lone surrogate, nesting past
    /// its limit) is refused here: the session goes on.
    fn hand_to_service(&mut self, body: &[u8], id: Option<Value>) -> bool {
        let request: jsonrpc::Request = match serde_json::from_slice(body) {
            Ok(request) => request,
            Err(error) => {
                tracing::warn!("refused message: {error}");
                if let Some(id) = id {
                    self.answer(writer::error_response(
                        &id,
                        INVALID_REQUEST,
                        &format!("invalid request: {error}"),
                    ));
                }
                return false;
            }
        };
        if request.id().is_none() {
            self.service.notify(request);
            return false;
        }
        let Some(response) = self.service.call(request) else {
            return false;
        };
        let ok = response.is_ok();
        match serde_json::to_vec(&response) {
            Ok(answer) => self.answer(answer),
            Err(error) => tracing::error!("an answer could not be written: {error}"),
        }
        ok
    }

    /// The client's answer to one of tower-lsp's requests.
    fn client_answer(&mut self, body: &[u8]) {
        use futures::SinkExt;
        match serde_json::from_slice::<jsonrpc::Response>(body) {
            Ok(response) => {
                let answers = &mut self.answers;
                let _ = self
                    .session
                    .runtime
                    .block_on(async move { answers.send(response).await });
            }
            Err(error) => tracing::warn!("an answer from the client was refused: {error}"),
        }
    }
}
