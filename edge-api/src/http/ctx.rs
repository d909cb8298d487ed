//! The request context every handler gets. It lives apart from the route table so that handlers
//! depend on the HTTP layer only, and the route table is the one place that knows every handler.

use wegwijs_shared::auth::{Action, Principal};
use worker::{Env, Request};

use crate::auth::session::ActiveSession;
use crate::error::ApiError;

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

    /// The raw body (read once: from the pipeline's copy if it has one, else from the request).
    pub async fn body_bytes(&mut self) -> Result<Vec<u8>, ApiError> {
        match self.body.take() {
            Some(bytes) => Ok(bytes),
            None => Ok(self.req.bytes().await?),
        }
    }

    pub fn param(&self, name: &str) -> Result<&str, ApiError> {
        self.params
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .ok_or_else(|| ApiError::Internal(format!("route has no parameter {name}")))
    }
}
