use wegwijs_shared::client_errors::{ClientErrorReceipt, ClientErrorReport};
use worker::Response;

use super::store;
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::http::{body::decode_json, response};
use crate::request_id::random_id;

pub async fn create(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let content_type = ctx.req.headers().get("content-type")?;
    let bytes = ctx.body_bytes().await?;
    let report: ClientErrorReport = decode_json(content_type.as_deref(), &bytes)?;
    let report = report.validate().map_err(ApiError::Validation)?;
    let db = ctx.env.d1("DB")?;
    let id = random_id().map_err(ApiError::csprng)?;
    store::insert(&db, &id, &report, ctx.now_ms, &ctx.request_id).await?;
    response::json(201, &ClientErrorReceipt { id })
}
