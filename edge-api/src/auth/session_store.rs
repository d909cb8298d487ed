//! The SQL of sessions: loading and touching the session behind a cookie, starting one, and
//! ending one, one account's, or listing them. Apart from `auth/store.rs` (the sign-in doors'
//! account lookups) because sessions are read on every request and written by every door, and
//! keeping their statements together shows every place a session can end.

use serde::Deserialize;
use worker::{D1Database, D1PreparedStatement};

use crate::db::{num, stmt, text};
use crate::error::ApiError;

#[derive(Deserialize)]
pub struct SessionRow {
    pub id: String,
    pub account_id: String,
    pub created_at: f64,
    pub idle_ms: f64,
    pub absolute_ms: f64,
    pub role: String,
    pub display_name: String,
    pub language: Option<String>,
    pub locations: Option<String>,
}

pub(crate) const LOAD_SQL: &str = "SELECT s.id, s.account_id, s.created_at, s.idle_ms, s.absolute_ms, \
       a.role, a.display_name, a.language, \
       COALESCE(r.location_id, \
         (SELECT group_concat(location_id) FROM account_locations l WHERE l.account_id = a.id)) \
         AS locations \
     FROM sessions s JOIN accounts a ON a.id = s.account_id \
     LEFT JOIN residents r ON r.account_id = a.id \
     WHERE s.token_hash = ?1 AND s.revoked_at IS NULL AND a.status = 'active' \
       AND ?2 < s.last_seen_at + s.idle_ms AND ?2 < s.created_at + s.absolute_ms";

pub(crate) const TOUCH_SQL: &str = "UPDATE sessions SET last_seen_at = ?2 \
     WHERE token_hash = ?1 AND revoked_at IS NULL \
       AND ?2 < last_seen_at + idle_ms AND ?2 < created_at + absolute_ms";

/// The live session with this token hash: unrevoked, within both timeouts, its account active.
pub fn load(
    db: &D1Database,
    token_hash: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(db, LOAD_SQL, &[text(token_hash), num(now_ms)])
}

/// Slides the idle timeout of a session that is still live; rides in [`load`]'s batch.
pub fn touch(
    db: &D1Database,
    token_hash: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(db, TOUCH_SQL, &[text(token_hash), num(now_ms)])
}

/// A new session row, as [`crate::auth::session::NewSession`] prepared it.
pub struct Insert<'a> {
    pub id: &'a str,
    pub token_hash: &'a str,
    pub account_id: &'a str,
    pub created_at_ms: f64,
    pub idle_ms: f64,
    pub absolute_ms: f64,
    pub device: &'a str,
}

pub fn insert(db: &D1Database, s: &Insert<'_>) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT INTO sessions \
         (id, token_hash, account_id, created_at, last_seen_at, idle_ms, absolute_ms, device) \
         VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6, ?7)",
        &[
            text(s.id),
            text(s.token_hash),
            text(s.account_id),
            num(s.created_at_ms),
            num(s.idle_ms),
            num(s.absolute_ms),
            text(s.device),
        ],
    )
}

/// Ends the session with this token hash.
pub fn revoke_token(
    db: &D1Database,
    token_hash: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE sessions SET revoked_at = ?2 WHERE token_hash = ?1 AND revoked_at IS NULL",
        &[text(token_hash), num(now_ms)],
    )
}

/// Ends the session with this id.
pub fn revoke(db: &D1Database, id: &str, now_ms: f64) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE sessions SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL",
        &[text(id), num(now_ms)],
    )
}

/// Ends every session of the account (sign out everywhere, a disabled account, a new card).
pub fn revoke_all(
    db: &D1Database,
    account_id: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE sessions SET revoked_at = ?2 WHERE account_id = ?1 AND revoked_at IS NULL",
        &[text(account_id), num(now_ms)],
    )
}

#[derive(Deserialize)]
pub struct SummaryRow {
    pub id: String,
    pub created_at: f64,
    pub last_seen_at: f64,
    pub device: String,
}

/// The account's live sessions, most recently used first.
pub fn live_of(
    db: &D1Database,
    account_id: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "SELECT id, created_at, last_seen_at, device FROM sessions \
         WHERE account_id = ?1 AND revoked_at IS NULL \
           AND ?2 < last_seen_at + idle_ms AND ?2 < created_at + absolute_ms \
         ORDER BY last_seen_at DESC",
        &[text(account_id), num(now_ms)],
    )
}

#[derive(Deserialize)]
pub struct OwnerRow {
    pub account_id: String,
}

/// Whose unrevoked session this is; no row when there is none.
pub fn owner(db: &D1Database, id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "SELECT account_id FROM sessions WHERE id = ?1 AND revoked_at IS NULL",
        &[text(id)],
    )
}
