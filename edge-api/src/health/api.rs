use wegwijs_shared::health::{HealthReport, HealthStatus};
use worker::Response;

use super::store;
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::http::response;

/// 200 with the report when healthy; 503 with the same report when D1 is unreachable or not
/// migrated, so an uptime monitor needs only the status code.
pub async fn get(ctx: RequestCtx) -> Result<Response, ApiError> {
    let database = store::database_health(&ctx.env).await;
    let report = HealthReport::from_database(database, env!("CARGO_PKG_VERSION"));
    let status = match report.status {
        HealthStatus::Ok => 200,
        HealthStatus::Degraded => 503,
    };
    response::json(status, &report)
}
