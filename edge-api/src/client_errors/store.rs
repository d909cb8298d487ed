use wasm_bindgen::JsValue;
use wegwijs_shared::client_errors::ValidClientErrorReport;
use worker::D1Database;

use crate::error::ApiError;

pub async fn insert(
    db: &D1Database,
    id: &str,
    report: &ValidClientErrorReport,
    now_ms: f64,
    received_by_request: &str,
) -> Result<(), ApiError> {
    let status = report
        .status
        .map(|s| JsValue::from(f64::from(s)))
        .unwrap_or(JsValue::NULL);
    let failed_request = report
        .request_id
        .as_deref()
        .map(JsValue::from)
        .unwrap_or(JsValue::NULL);
    db.prepare(
        "INSERT INTO client_error_reports \
         (id, route, message, status, failed_request_id, received_request_id, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )
    .bind(&[
        id.into(),
        report.route.as_str().into(),
        report.message.as_str().into(),
        status,
        failed_request,
        received_by_request.into(),
        JsValue::from(now_ms),
    ])
    .map_err(ApiError::database)?
    .run()
    .await
    .map_err(ApiError::database)?;
    Ok(())
}
