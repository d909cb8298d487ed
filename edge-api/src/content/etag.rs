//! Conditional GETs: a weak ETag over the serialised answer, and 304 when the client already has
//! it. The answer is personal (it depends on who asks), so only the browser may keep it
//! (`private`) and must ask again every time (`no-cache`), which is what makes the 304 useful.

use serde::Serialize;
use wegwijs_shared::content::{etag_matches, weak_etag};
use worker::{Headers, Response};

use crate::error::ApiError;
use crate::http::RequestCtx;

pub fn json_with_etag<T: Serialize>(ctx: &RequestCtx, body: &T) -> Result<Response, ApiError> {
    let bytes = serde_json::to_vec(body)
        .map_err(|e| ApiError::Internal(format!("encoding the answer: {e}")))?;
    let etag = weak_etag(&bytes);
    let headers = Headers::new();
    headers.set("etag", &etag)?;
    headers.set("cache-control", "private, no-cache")?;
    let asked = ctx.req.headers().get("if-none-match")?;
    if etag_matches(asked.as_deref(), &etag) {
        return Ok(Response::builder()
            .with_status(304)
            .with_headers(headers)
            .empty());
    }
    headers.set("content-type", "application/json")?;
    Ok(Response::builder()
        .with_status(200)
        .with_headers(headers)
        .fixed(bytes))
}
