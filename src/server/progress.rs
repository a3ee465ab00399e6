//! `$/progress` around the analysis of a large document.

use std::sync::atomic::{AtomicU64, Ordering};
use std::task::Poll;
use tower_lsp_server::Client;
use tower_lsp_server::ls_types as lsp;

/// Each progress gets a token of its own: a token is created once and used
/// for one progress (a client refuses a second handler for a token it
/// knows).
static TOKENS: AtomicU64 = AtomicU64::new(0);

/// `$/progress` from now until `finished`, titled after `name`. The token
/// is created by a request whose answer is not awaited: the reader that
/// would read it may be busy with the very work shown (a `didOpen`), and a
/// client handles the request before the notifications sent after it.
pub(crate) async fn show(client: Client, name: &str, finished: impl Future<Output = ()>) {
    let token = lsp::NumberOrString::String(format!(
        "mail-lsp/analyse/{}",
        TOKENS.fetch_add(1, Ordering::Relaxed) + 1
    ));
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
