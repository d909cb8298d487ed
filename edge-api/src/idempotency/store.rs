//! The SQL of idempotency keys: one row per claimed key, holding the claim's fingerprint and,
//! once the handler answered, the sealed answer. [`super::layer`] runs these around the handler.

use serde::Deserialize;
use worker::{D1Database, D1PreparedStatement};

use super::Fingerprint;
use crate::db::{num, opt_text, stmt, text};
use crate::error::ApiError;

/// A key as one request holds it: the key space, the key's hash, and the request (`owner`).
pub struct Claim<'a> {
    pub scope: &'a str,
    pub key_hash: &'a str,
    pub owner: &'a str,
}

#[derive(Deserialize)]
pub struct Row {
    pub method: String,
    pub path: String,
    pub body_sha256: String,
    pub owner: String,
    pub status: Option<i64>,
    pub content_type: Option<String>,
    pub body: Option<String>,
}

/// Frees the key if its row was created at or before `expired_before`, or is an unfinished claim
/// created at or before `abandoned_before`.
pub fn free_stale(
    db: &D1Database,
    scope: &str,
    key_hash: &str,
    expired_before: f64,
    abandoned_before: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "DELETE FROM idempotency_keys WHERE scope = ?1 AND key_hash = ?2 \
         AND (created_at <= ?3 OR (status IS NULL AND created_at <= ?4))",
        &[
            text(scope),
            text(key_hash),
            num(expired_before),
            num(abandoned_before),
        ],
    )
}

/// Claims the key unless someone holds it; read the holder with [`holder`] in the same batch.
pub fn claim(
    db: &D1Database,
    c: &Claim<'_>,
    fingerprint: &Fingerprint,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT INTO idempotency_keys \
         (scope, key_hash, method, path, body_sha256, owner, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (scope, key_hash) DO NOTHING",
        &[
            text(c.scope),
            text(c.key_hash),
            text(&fingerprint.method),
            text(&fingerprint.path),
            text(&fingerprint.body_sha256),
            text(c.owner),
            num(now_ms),
        ],
    )
}

/// The key's row, as a [`Row`].
pub fn holder(
    db: &D1Database,
    scope: &str,
    key_hash: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "SELECT method, path, body_sha256, owner, status, content_type, body \
         FROM idempotency_keys WHERE scope = ?1 AND key_hash = ?2",
        &[text(scope), text(key_hash)],
    )
}

/// Deletes up to `limit` rows created at or before `expired_before`, so the table stays small
/// without a scheduled job.
pub fn purge(
    db: &D1Database,
    expired_before: f64,
    limit: u32,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "DELETE FROM idempotency_keys WHERE rowid IN \
         (SELECT rowid FROM idempotency_keys WHERE created_at <= ?1 LIMIT ?2)",
        &[num(expired_before), num(f64::from(limit))],
    )
}

/// Stores the answer (its body sealed and base64) on the claim this request holds.
pub fn complete(
    db: &D1Database,
    c: &Claim<'_>,
    status: u16,
    content_type: Option<&str>,
    sealed_base64: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE idempotency_keys SET status = ?4, content_type = ?5, body = ?6, \
         completed_at = ?7 WHERE scope = ?1 AND key_hash = ?2 AND owner = ?3",
        &[
            text(c.scope),
            text(c.key_hash),
            text(c.owner),
            num(f64::from(status)),
            opt_text(content_type),
            text(sealed_base64),
            num(now_ms),
        ],
    )
}

/// Gives up the unfinished claim this request holds.
pub fn release(db: &D1Database, c: &Claim<'_>) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "DELETE FROM idempotency_keys \
         WHERE scope = ?1 AND key_hash = ?2 AND owner = ?3 AND status IS NULL",
        &[text(c.scope), text(c.key_hash), text(c.owner)],
    )
}
