//! `GET /api/openapi.json`: the committed document, as bytes built into the Worker. Generating it
//! needs the DTOs' schemas (native code only), so it is made at build time, never per request.

use wegwijs_shared::http::weak_etag;
use worker::Response;

use crate::error::ApiError;
use crate::http::{RequestCtx, conditional};

const DOCUMENT: &str = include_str!("../../openapi.json");

pub async fn get(ctx: RequestCtx) -> Result<Response, ApiError> {
    let bytes = DOCUMENT.as_bytes();
    conditional::tagged(&ctx, &weak_etag(bytes), || Ok(bytes.to_vec()))
}
