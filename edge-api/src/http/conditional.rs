//! Conditional GETs: every read that may answer 304 goes through here. The answer carries a weak
//! `ETag` (over its serialised body, or a tag the caller derives more cheaply), and a request whose
//! `If-None-Match` names it (`*`, a list, `W/` or not: [`etag_matches`]) gets a bodiless 304.
//!
//! The answers are personal (they depend on who asks), so only the browser may keep them
//! (`private`) and it must ask again every time (`no-cache`), which is what makes the 304 useful.

use serde::Serialize;
use wegwijs_shared::http::{etag_matches, weak_etag};
use worker::{Headers, Response};

use crate::error::ApiError;
use crate::http::RequestCtx;

/// A 200 with `body` as JSON and its ETag, or a 304 when the client already has that body.
pub fn json<T: Serialize>(ctx: &RequestCtx, body: &T) -> Result<Response, ApiError> {
    let bytes = encode(body)?;
    tagged(ctx, &weak_etag(&bytes), || Ok(bytes))
}

/// Like [`json`] with a tag the caller derived from what makes up the answer (e.g. a version and a
/// language), so a revalidation costs no building or encoding: `make` runs only for a 200.
pub fn tagged(
    ctx: &RequestCtx,
    etag: &str,
    make: impl FnOnce() -> Result<Vec<u8>, ApiError>,
) -> Result<Response, ApiError> {
    let headers = Headers::new();
    headers.set("etag", etag)?;
    headers.set("cache-control", "private, no-cache")?;
    let asked = ctx.req.headers().get("if-none-match")?;
    if etag_matches(asked.as_deref(), etag) {
        return Ok(Response::builder()
            .with_status(304)
            .with_headers(headers)
            .empty());
    }
    let bytes = make()?;
    headers.set("content-type", "application/json")?;
    Ok(Response::builder()
        .with_status(200)
        .with_headers(headers)
        .fixed(bytes))
}

/// The JSON bytes of an answer, for [`tagged`].
pub fn encode<T: Serialize>(body: &T) -> Result<Vec<u8>, ApiError> {
    serde_json::to_vec(body).map_err(|e| ApiError::Internal(format!("encoding the answer: {e}")))
}
