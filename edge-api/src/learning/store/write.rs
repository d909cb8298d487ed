//! The SQL of the residents' learning writes. Each is a single statement that merges (`ON CONFLICT
//! DO NOTHING`, `INSERT OR IGNORE`, a set union in SQL), so replays, out-of-order arrivals and
//! parallel requests from one phone converge without transactions (D1 has none beyond `batch()`).
//! Apart from the reads (`learning/store.rs`) so that neither file outgrows a quick read.

use serde::Deserialize;
use wegwijs_shared::learning::Module;
use worker::{D1Database, D1PreparedStatement};

use crate::db::{num, stmt, text};
use crate::error::ApiError;

/// Creates the progress row when missing, and keeps `updated_at` the latest activity.
pub fn touch_progress(
    db: &D1Database,
    account: &str,
    module: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT INTO learning_progress (account_id, module_id, seen, started_at, updated_at) \
         VALUES (?1, ?2, '[]', ?3, ?3) \
         ON CONFLICT (account_id, module_id) DO UPDATE SET \
           updated_at = max(learning_progress.updated_at, excluded.updated_at)",
        &[text(account), text(module), num(now_ms)],
    )
}

/// Adds `items` to the seen set as a union inside SQLite, so two writes racing each other (or a
/// replay after a newer write) can only add: no read-modify-write in the Worker.
pub fn merge_seen(
    db: &D1Database,
    account: &str,
    module: &str,
    items: &[String],
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    let distinct: std::collections::BTreeSet<&str> = items.iter().map(String::as_str).collect();
    let incoming =
        serde_json::to_string(&distinct).map_err(|e| ApiError::Internal(e.to_string()))?;
    stmt(
        db,
        "INSERT INTO learning_progress (account_id, module_id, seen, started_at, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?4) \
         ON CONFLICT (account_id, module_id) DO UPDATE SET \
           seen = (SELECT json_group_array(value) FROM ( \
             SELECT value FROM json_each(learning_progress.seen) \
             UNION SELECT value FROM json_each(excluded.seen) ORDER BY value)), \
           updated_at = max(learning_progress.updated_at, excluded.updated_at)",
        &[text(account), text(module), text(&incoming), num(now_ms)],
    )
}

pub struct NewAnswer<'a> {
    pub account: &'a str,
    pub module: &'a str,
    pub attempt: u32,
    pub question_id: &'a str,
    pub choices: &'a [String],
    pub correct: bool,
    pub answered_at_ms: f64,
    pub now_ms: f64,
}

/// The first answer per question and attempt counts: a replay or a second try changes nothing
/// (its `changes` is 0).
pub fn insert_answer(db: &D1Database, a: &NewAnswer<'_>) -> Result<D1PreparedStatement, ApiError> {
    let choices =
        serde_json::to_string(a.choices).map_err(|e| ApiError::Internal(e.to_string()))?;
    stmt(
        db,
        "INSERT INTO learning_answers (account_id, module_id, attempt, question_id, choices, \
           correct, answered_at, received_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) \
         ON CONFLICT (account_id, module_id, attempt, question_id) DO NOTHING",
        &[
            text(a.account),
            text(a.module),
            num(f64::from(a.attempt)),
            text(a.question_id),
            text(&choices),
            num(if a.correct { 1.0 } else { 0.0 }),
            num(a.answered_at_ms),
            num(a.now_ms),
        ],
    )
}

pub struct FinishedAttempt<'a> {
    pub account: &'a str,
    pub module: &'a str,
    pub attempt: u32,
    pub correct: u32,
    pub total: u32,
    pub passed: bool,
    pub now_ms: f64,
}

/// Records a finished attempt once: two last answers arriving together both try, one row stays.
pub fn insert_attempt(
    db: &D1Database,
    f: &FinishedAttempt<'_>,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT OR IGNORE INTO learning_attempts (account_id, module_id, attempt, correct, total, \
           passed, completed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        &[
            text(f.account),
            text(f.module),
            num(f64::from(f.attempt)),
            num(f64::from(f.correct)),
            num(f64::from(f.total)),
            num(if f.passed { 1.0 } else { 0.0 }),
            num(f.now_ms),
        ],
    )
}

pub struct NewCertificate<'a> {
    pub code: &'a str,
    pub account: &'a str,
    pub module: &'a Module,
    pub now_ms: f64,
    pub issued_on: &'a str,
}

/// One certificate per person and module (UNIQUE (account_id, module_id)): the first pass issues
/// it, any later or parallel one is ignored.
pub fn insert_certificate(
    db: &D1Database,
    c: &NewCertificate<'_>,
) -> Result<D1PreparedStatement, ApiError> {
    let m = c.module;
    let competences =
        serde_json::to_string(&m.competences).map_err(|e| ApiError::Internal(e.to_string()))?;
    let title = m.title.get(&m.source_language).cloned().unwrap_or_default();
    stmt(
        db,
        "INSERT INTO learning_certificates (code, account_id, module_id, level, competences, title, \
           issued_at, issued_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) \
         ON CONFLICT DO NOTHING",
        &[
            text(c.code),
            text(c.account),
            text(&m.id),
            num(f64::from(m.level)),
            text(&competences),
            text(&title),
            num(c.now_ms),
            text(c.issued_on),
        ],
    )
}

#[derive(Deserialize)]
pub struct Highest {
    pub highest: u32,
}

/// The highest attempt the learner has answered in (0 before the first answer).
pub fn highest_attempt(
    db: &D1Database,
    account_id: &str,
    module_id: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "SELECT COALESCE(MAX(attempt), 0) AS highest FROM learning_answers \
         WHERE account_id = ?1 AND module_id = ?2",
        &[text(account_id), text(module_id)],
    )
}
