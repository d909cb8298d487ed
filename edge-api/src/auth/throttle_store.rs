//! The SQL of the sign-in counters. Apart from `auth/store.rs` because the counters are their
//! own table with their own arithmetic: the increment and the lock-out run inside one statement,
//! so parallel failures all count.

use serde::Deserialize;
use wegwijs_shared::throttle::Counter;
use worker::{D1Database, D1PreparedStatement};

use crate::db::{num, stmt, text};
use crate::error::ApiError;

#[derive(Deserialize)]
pub struct CounterRow {
    pub key: String,
    pub failures: u32,
    pub window_start_ms: f64,
    pub locked_until_ms: Option<f64>,
}

impl CounterRow {
    pub fn counter(&self) -> Counter {
        Counter {
            failures: self.failures,
            window_start_ms: self.window_start_ms,
            locked_until_ms: self.locked_until_ms,
        }
    }
}

/// The counters of both keys (the same key twice when only the client is known).
pub fn counters(
    db: &D1Database,
    first_key: &str,
    second_key: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "SELECT key, failures, window_start_ms, locked_until_ms FROM signin_counters \
         WHERE key IN (?1, ?2)",
        &[text(first_key), text(second_key)],
    )
}

/// How one key counts failures (`wegwijs_shared::throttle`): the count that locks it, for how
/// long, and whether the count also restarts when the window has passed (clients only).
pub struct Limit {
    pub max_failures: u32,
    pub period_ms: f64,
    pub windowed: bool,
}

/// Counts one more failure on `key` and returns the counter as it now stands. A finished
/// lock-out, or (windowed keys) a finished window, starts the count again; the count reaching the
/// limit locks the key for the period.
pub fn count_failure(
    db: &D1Database,
    key: &str,
    now_ms: f64,
    limit: &Limit,
) -> Result<D1PreparedStatement, ApiError> {
    const FRESH: &str = "((locked_until_ms IS NOT NULL AND locked_until_ms <= ?2) \
         OR (?5 = 1 AND ?2 - window_start_ms >= ?4))";
    stmt(
        db,
        &format!(
            "INSERT INTO signin_counters (key, failures, window_start_ms, locked_until_ms) \
             VALUES (?1, 1, ?2, CASE WHEN 1 >= ?3 THEN ?2 + ?4 END) \
             ON CONFLICT (key) DO UPDATE SET \
               failures = CASE WHEN {FRESH} THEN 1 ELSE failures + 1 END, \
               window_start_ms = CASE WHEN {FRESH} THEN ?2 ELSE window_start_ms END, \
               locked_until_ms = CASE \
                 WHEN (CASE WHEN {FRESH} THEN 1 ELSE failures + 1 END) >= ?3 THEN ?2 + ?4 \
                 WHEN {FRESH} THEN NULL ELSE locked_until_ms END \
             RETURNING key, failures, window_start_ms, locked_until_ms"
        ),
        &[
            text(key),
            num(now_ms),
            num(f64::from(limit.max_failures)),
            num(limit.period_ms),
            num(if limit.windowed { 1.0 } else { 0.0 }),
        ],
    )
}

pub fn clear(db: &D1Database, key: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "DELETE FROM signin_counters WHERE key = ?1",
        &[text(key)],
    )
}
