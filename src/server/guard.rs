//! Wraps the LSP service: a panic in a handler becomes an `InternalError`
//! response (or a logged error for a notification) and the server goes on.

use futures::FutureExt;
use futures::future::BoxFuture;
use std::panic::AssertUnwindSafe;
use std::task::{Context, Poll};
use tower::Service;
use tower_lsp_server::jsonrpc::{Error, Request, Response};

pub(crate) struct Guard<S> {
    inner: S,
}

impl<S> Guard<S> {
    pub(crate) fn new(inner: S) -> Guard<S> {
        Guard { inner }
    }
}

fn panicked(method: &str) -> Error {
    Error {
        message: format!("internal error: the {method} handler panicked").into(),
        ..Error::internal_error()
    }
}

impl<S> Service<Request> for Guard<S>
where
    S: Service<Request, Response = Option<Response>>,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
{
    type Response = Option<Response>;
    type Error = S::Error;
    type Future = BoxFuture<'static, Result<Option<Response>, S::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let id = request.id().cloned();
        let method = request.method().to_string();
        let future = match std::panic::catch_unwind(AssertUnwindSafe(|| self.inner.call(request))) {
            Ok(future) => future,
            Err(_) => {
                tracing::error!("{method}: dispatch panicked");
                let response = id.map(|id| Response::from_error(id, panicked(&method)));
                return Box::pin(async move { Ok(response) });
            }
        };
        Box::pin(async move {
            match AssertUnwindSafe(future).catch_unwind().await {
                Ok(result) => result,
                Err(_) => {
                    tracing::error!("{method}: handler panicked; the server goes on");
                    Ok(id.map(|id| Response::from_error(id, panicked(&method))))
                }
            }
        })
    }
}
