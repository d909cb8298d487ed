//! `POST /api/client-errors`: the app reports what went wrong on a phone. Anyone may send one, so
//! the door counts reports per client (`wegwijs_shared::throttle::REPORTS_PER_CLIENT`) before it
//! reads a body, and reads at most a small one.

use wegwijs_shared::client_errors::{ClientErrorReceipt, ClientErrorReport};
use wegwijs_shared::throttle::{REPORT_WINDOW_MS, REPORTS_PER_CLIENT, retry_after_s};
use worker::Response;

use super::store;
use crate::auth::client_key;
use crate::auth::throttle_store::{self, Limit};
use crate::db::first;
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::http::body::{MAX_JSON_BODY_BYTES, decode_json};
use crate::http::response;
use crate::request_id::random_id;

pub async fn create(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let db = ctx.env.d1("DB")?;
    admit(&ctx, &db).await?;
    let content_type = ctx.req.headers().get("content-type")?;
    let bytes = ctx.body_bytes_up_to(MAX_JSON_BODY_BYTES).await?;
    let report: ClientErrorReport = decode_json(content_type.as_deref(), &bytes)?;
    let report = report.validate().map_err(ApiError::Validation)?;
    let id = random_id().map_err(ApiError::csprng)?;
    store::insert(&db, &id, &report, ctx.now_ms, &ctx.request_id).await?;
    response::json(201, &ClientErrorReceipt { id })
}

/// Counts this report against its client (one atomic upsert, so parallel reports all count); the
/// report past the limit and every one after it in the window gets 429 with `Retry-After`.
async fn admit(ctx: &RequestCtx, db: &worker::D1Database) -> Result<(), ApiError> {
    let key = format!("reports:{}", client_key(ctx)?);
    let limit = Limit {
        max_failures: REPORTS_PER_CLIENT + 1,
        period_ms: REPORT_WINDOW_MS,
        windowed: true,
    };
    let counted = throttle_store::count_failure(db, &key, ctx.now_ms, &limit)?;
    let counter = first::<throttle_store::CounterRow>(counted)
        .await?
        .ok_or_else(|| ApiError::Internal("the report counter returned no row".into()))?
        .counter();
    match retry_after_s(Some(&counter), ctx.now_ms) {
        Some(retry_after_s) if counter.failures > REPORTS_PER_CLIENT => {
            Err(ApiError::TooManyRequests { retry_after_s })
        }
        _ => Ok(()),
    }
}
