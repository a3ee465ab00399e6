//! tower-lsp-server, for what it does well: the lifecycle (`initialize`,
//! `initialized`, `shutdown`, `exit`, and its error answers before
//! `initialize`, after `shutdown` and for unknown methods) and the client
//! handle (`window/showMessage`, `window/workDoneProgress/create`,
//! `$/progress`, with the client's answers routed back).
//!
//! Its `LspService` is driven directly as the `tower::Service` it is: the
//! reader calls it and, for the lifecycle, waits for its answer, so the
//! lifecycle is ordered with everything else. No document method reaches
//! it: its router turns params and results into `serde_json::Value` trees.

use crate::codes::Lang;
use crate::server::capabilities;
use crate::server::config::Settings;
use crate::server::guard::Guard;
use crate::server::lsp::encoding::Encoding;
use crate::server::session::Session;
use crate::server::writer::Output;
use futures::StreamExt;
use futures::stream::SplitStream;
use std::sync::Arc;
use tokio::runtime::Handle;
use tower::{Service as _, ServiceExt};
use tower_lsp_server::jsonrpc::{Request, Response, Result};
use tower_lsp_server::ls_types::*;
use tower_lsp_server::{ClientSocket, LanguageServer, LspService};

pub(crate) struct Backend {
    session: Arc<Session>,
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let offered: Vec<String> = params
            .capabilities
            .general
            .as_ref()
            .and_then(|general| general.position_encodings.as_ref())
            .map(|kinds| kinds.iter().map(|kind| kind.as_str().to_string()).collect())
            .unwrap_or_default();
        let encoding = Encoding::negotiate(&offered);
        let work_done_progress = params
            .capabilities
            .window
            .as_ref()
            .and_then(|window| window.work_done_progress)
            .unwrap_or(false);
        let label_details = params
            .capabilities
            .text_document
            .as_ref()
            .and_then(|text| text.completion.as_ref())
            .and_then(|completion| completion.completion_item.as_ref())
            .and_then(|item| item.label_details_support)
            .unwrap_or(false);
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
        // The workspace folders (the root when the client names none).
        #[allow(deprecated)] // `root_uri` is what older clients send
        let folders: Vec<std::path::PathBuf> = match &params.workspace_folders {
            Some(folders) => folders
                .iter()
                .filter_map(|folder| folder.uri.to_file_path().map(|p| p.into_owned()))
                .collect(),
            None => params
                .root_uri
                .iter()
                .filter_map(|uri| uri.to_file_path().map(|p| p.into_owned()))
                .collect(),
        };
        self.session.initialize(
            encoding,
            work_done_progress,
            label_details,
            client_lang,
            settings,
            problems,
        );
        self.session
            .set_workspace(crate::server::workspace::Workspace::new(folders));
        Ok(InitializeResult {
            capabilities: capabilities::server_capabilities(encoding),
            server_info: Some(capabilities::server_info()),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        show_settings_problems(&self.session, self.session.take_settings_problems()).await;
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }
}

/// Tells the user which settings were refused (and replaced by defaults).
pub(crate) async fn show_settings_problems(session: &Session, problems: Vec<String>) {
    let Some(client) = session.client() else {
        return;
    };
    for problem in problems {
        tracing::warn!("settings: {problem}");
        client
            .show_message(
                MessageType::WARNING,
                format!("mail-lsp settings: {problem}"),
            )
            .await;
    }
}

/// The service as the reader drives it.
pub(crate) struct Service {
    inner: Guard<LspService<Backend>>,
    runtime: Handle,
}

impl Service {
    /// The service, and the stream of what it sends the client.
    pub fn new(session: Arc<Session>) -> (Service, tower_lsp_server::ClientSocket) {
        let runtime = session.runtime.clone();
        let (service, socket) = LspService::build(move |client| {
            session.set_client(client);
            Backend { session }
        })
        .finish();
        (
            Service {
                inner: Guard::new(service),
                runtime,
            },
            socket,
        )
    }

    /// Calls the service and waits for its answer (`None`: a notification,
    /// or the service has exited).
    pub fn call(&mut self, request: Request) -> Option<Response> {
        let inner = &mut self.inner;
        self.runtime.block_on(async move {
            match inner.ready().await {
                Ok(service) => service.call(request).await.ok().flatten(),
                Err(_) => None,
            }
        })
    }

    /// Hands a notification to the service without waiting for its handler.
    pub fn notify(&mut self, request: Request) {
        let inner = &mut self.inner;
        let call = self
            .runtime
            .block_on(async move { inner.ready().await.ok().map(|s| s.call(request)) });
        if let Some(call) = call {
            self.runtime.spawn(call);
        }
    }
}

/// Forwards what tower-lsp sends the client (requests, notifications) to
/// the writer, until either ends.
pub(crate) async fn pump(mut requests: SplitStream<ClientSocket>, output: Output) {
    while let Some(request) = requests.next().await {
        match serde_json::to_vec(&request) {
            Ok(body) => {
                if !output.send(body).await {
                    return;
                }
            }
            Err(error) => tracing::error!("a message to the client could not be written: {error}"),
        }
    }
}
