//! Thin helpers over the D1 binding so store code reads as SQL plus arguments. Every D1 failure
//! becomes [`ApiError::Database`] (503) here, whatever `worker::Error` variant carried it.

use serde::de::DeserializeOwned;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement, D1Result};

use crate::error::ApiError;
use crate::http::RequestCtx;

pub fn database(ctx: &RequestCtx) -> Result<D1Database, ApiError> {
    ctx.env.d1("DB").map_err(ApiError::database)
}

/// A prepared statement with its arguments bound.
pub fn stmt(db: &D1Database, sql: &str, args: &[JsValue]) -> Result<D1PreparedStatement, ApiError> {
    db.prepare(sql).bind(args).map_err(ApiError::database)
}

/// Runs statements as one atomic batch (D1's only transaction) in one round trip.
pub async fn batch(
    db: &D1Database,
    statements: Vec<D1PreparedStatement>,
) -> Result<Vec<D1Result>, ApiError> {
    let expected = statements.len();
    let results = db.batch(statements).await.map_err(ApiError::database)?;
    if results.len() != expected {
        return Err(ApiError::Internal(format!(
            "batch returned {} results, expected {expected}",
            results.len()
        )));
    }
    Ok(results)
}

/// Claims a one-time secret; put it first in the batch that uses the secret.
pub fn claim(db: &D1Database, key: &str, now_ms: f64) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT INTO single_use_claims (key, claimed_at) VALUES (?1, ?2)",
        &[text(key), num(now_ms)],
    )
}

/// Like [`batch`], for a batch that starts with a [`claim`]: `None` when the secret was already
/// claimed (by an earlier or a concurrent request), in which case nothing in the batch was written.
pub async fn batch_claiming(
    db: &D1Database,
    statements: Vec<D1PreparedStatement>,
) -> Result<Option<Vec<D1Result>>, ApiError> {
    match db.batch(statements).await {
        Ok(results) => Ok(Some(results)),
        Err(error) if error.to_string().contains("single_use_claims") => Ok(None),
        Err(error) => Err(ApiError::database(error)),
    }
}

pub async fn all<T: DeserializeOwned>(statement: D1PreparedStatement) -> Result<Vec<T>, ApiError> {
    rows(&statement.all().await.map_err(ApiError::database)?)
}

pub async fn first<T: DeserializeOwned>(
    statement: D1PreparedStatement,
) -> Result<Option<T>, ApiError> {
    statement.first::<T>(None).await.map_err(ApiError::database)
}

pub async fn run(statement: D1PreparedStatement) -> Result<usize, ApiError> {
    let result = statement.run().await.map_err(ApiError::database)?;
    changes(&result)
}

pub fn rows<T: DeserializeOwned>(result: &D1Result) -> Result<Vec<T>, ApiError> {
    result
        .results::<T>()
        .map_err(|e| ApiError::Internal(format!("decoding D1 rows: {e}")))
}

/// Rows changed by a write.
pub fn changes(result: &D1Result) -> Result<usize, ApiError> {
    Ok(result
        .meta()
        .map_err(ApiError::database)?
        .and_then(|m| m.changes)
        .unwrap_or(0))
}

/// After a versioned write (`... WHERE id = ? AND version = ?`) and the read-back of its row in the
/// same batch: `Ok` when the write changed its row, else someone else saved first and nothing was
/// stored, a 409 naming `current`, the version read back.
pub fn saved_at_version(
    write: &D1Result,
    what: &'static str,
    current: i64,
) -> Result<(), ApiError> {
    if changes(write)? == 0 {
        return Err(ApiError::stale(what, current));
    }
    Ok(())
}

pub fn text(value: &str) -> JsValue {
    JsValue::from_str(value)
}

pub fn opt_text(value: Option<&str>) -> JsValue {
    value.map(JsValue::from_str).unwrap_or(JsValue::NULL)
}

pub fn num(value: f64) -> JsValue {
    JsValue::from_f64(value)
}
