//! The request context every handler gets. It lives apart from the route table so that handlers
//! depend on the HTTP layer only, and the route table is the one place that knows every handler.

use std::future::poll_fn;
use std::pin::Pin;

use futures_core::Stream;
use wegwijs_shared::auth::{Action, Principal};
use worker::{Env, Request};

use crate::auth::session::ActiveSession;
use crate::error::ApiError;
use crate::http::body::MAX_CONTENT_BODY_BYTES;

/// Everything a handler gets: the request, the environment (bindings), path parameters, the request
/// id, the time the request arrived (ms since the epoch, passed in so logic never reads a clock),
/// the action its route performs, and the signed-in session if there is one.
pub struct RequestCtx {
    pub req: Request,
    pub env: Env,
    pub params: Vec<(String, String)>,
    pub request_id: String,
    pub now_ms: f64,
    pub action: Action,
    pub session: Option<ActiveSession>,
    /// The body, when the pipeline already read it (to fingerprint an idempotent request);
    /// handlers read it through [`RequestCtx::body_bytes`] either way.
    pub body: Option<Vec<u8>>,
}

impl RequestCtx {
    pub fn principal(&self) -> Option<&Principal> {
        self.session.as_ref().map(|s| &s.principal)
    }

    /// The principal of a route that is not public; the pipeline has already refused anonymous
    /// requests to it, so `None` here is a bug in the route table.
    pub fn signed_in(&self) -> Result<&ActiveSession, ApiError> {
        self.session.as_ref().ok_or(ApiError::Unauthenticated)
    }

    /// The JSON body, decoded as `T` (415/413/400 with the failing field otherwise).
    pub async fn json<T: serde::de::DeserializeOwned>(&mut self) -> Result<T, ApiError> {
        let content_type = self.req.headers().get("content-type")?;
        let bytes = self.body_bytes().await?;
        crate::http::body::decode_json(content_type.as_deref(), &bytes)
    }

    /// Like [`RequestCtx::json`] with a larger size limit (long rich texts).
    pub async fn json_up_to<T: serde::de::DeserializeOwned>(
        &mut self,
        limit: usize,
    ) -> Result<T, ApiError> {
        let content_type = self.req.headers().get("content-type")?;
        let bytes = self.body_bytes().await?;
        crate::http::body::decode_json_up_to(content_type.as_deref(), &bytes, limit)
    }

    /// The raw body (read once: from the pipeline's copy if it has one, else from the request), at
    /// most the largest body any route takes.
    pub async fn body_bytes(&mut self) -> Result<Vec<u8>, ApiError> {
        self.body_bytes_up_to(MAX_CONTENT_BODY_BYTES).await
    }

    /// The raw body, refused with 413 when it exceeds `limit`: by its `Content-Length` before
    /// reading, or while it streams in (a chunked body has none) without keeping more than
    /// `limit` bytes of it.
    pub async fn body_bytes_up_to(&mut self, limit: usize) -> Result<Vec<u8>, ApiError> {
        let too_large = ApiError::PayloadTooLarge { limit };
        if let Some(bytes) = self.body.take() {
            return if bytes.len() > limit {
                Err(too_large)
            } else {
                Ok(bytes)
            };
        }
        let declared = self.req.headers().get("content-length")?;
        if declared
            .and_then(|n| n.trim().parse::<u64>().ok())
            .is_some_and(|n| n > limit as u64)
        {
            return Err(too_large);
        }
        if self.req.inner().body().is_none() {
            return Ok(Vec::new());
        }
        let mut stream = self.req.stream()?;
        let mut bytes = Vec::new();
        let mut over = false;
        while let Some(chunk) = poll_fn(|cx| Pin::new(&mut stream).poll_next(cx)).await {
            let chunk = chunk?;
            // Past the limit the rest is read and dropped, never kept: letting go of a
            // half-read request body makes workerd restart the isolate under every request in
            // flight. The platform caps a body's size, so this ends.
            over = over || bytes.len() + chunk.len() > limit;
            if !over {
                bytes.extend_from_slice(&chunk);
            }
        }
        if over { Err(too_large) } else { Ok(bytes) }
    }

    pub fn param(&self, name: &str) -> Result<&str, ApiError> {
        self.params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .ok_or_else(|| ApiError::Internal(format!("route has no parameter {name}")))
    }
}
