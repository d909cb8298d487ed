//! The SQL of the residents' learning API. Writes are single statements that merge (`ON CONFLICT
//! DO NOTHING`, `INSERT OR IGNORE`, a set union in SQL), so replays, out-of-order arrivals and
//! parallel requests from one phone converge without transactions (D1 has none beyond `batch()`).

use serde::Deserialize;
use wegwijs_shared::learning::Module;
use worker::{D1Database, D1PreparedStatement};

use crate::db::{num, stmt, text};
use crate::error::ApiError;

#[derive(Deserialize)]
pub struct ModuleRow {
    pub id: String,
    pub version: u32,
    pub doc: String,
    pub updated_at: f64,
    /// The asking person's language (their choice, else the one staff recorded), when asked for.
    #[serde(default)]
    pub person_language: Option<String>,
}

impl ModuleRow {
    pub fn module(&self) -> Result<Module, ApiError> {
        serde_json::from_str(&self.doc)
            .map_err(|e| ApiError::Internal(format!("module {} does not parse: {e}", self.id)))
    }
}

const PERSON_LANGUAGE: &str = "(SELECT COALESCE(a.language, r.language) FROM accounts a \
     LEFT JOIN residents r ON r.account_id = a.id WHERE a.id = ?2)";

/// A module residents may see: published only (a draft is as absent as an unknown id). With the
/// language of `account`, the default when no language is asked for.
pub fn published(
    db: &D1Database,
    id: &str,
    account: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        &format!(
            "SELECT id, version, doc, updated_at, {PERSON_LANGUAGE} AS person_language \
             FROM learning_modules WHERE status = 'published' AND id = ?1"
        ),
        &[text(id), text(account)],
    )
}

pub fn all_published(db: &D1Database) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "SELECT id, version, doc, updated_at FROM learning_modules WHERE status = 'published' \
         ORDER BY id",
        &[],
    )
}

#[derive(Deserialize)]
pub struct PlaceRow {
    pub timezone: String,
    pub person_language: Option<String>,
}

/// The time zone of a location (the resident's current one), for local dates, and the language
/// of `account`.
pub fn place(
    db: &D1Database,
    location: &str,
    account: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        &format!(
            "SELECT timezone, {PERSON_LANGUAGE} AS person_language FROM locations WHERE id = ?1"
        ),
        &[text(location), text(account)],
    )
}

/// The language of `account` alone.
pub fn person_language(db: &D1Database, account: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        &format!("SELECT ?1 AS account, {PERSON_LANGUAGE} AS person_language"),
        &[text(account), text(account)],
    )
}

#[derive(Deserialize)]
pub struct LanguageRow {
    pub person_language: Option<String>,
}

#[derive(Deserialize)]
pub struct ProgressRow {
    pub module_id: String,
    pub seen: String,
}

impl ProgressRow {
    pub fn seen(&self) -> Result<Vec<String>, ApiError> {
        json_list(&self.seen, "seen")
    }
}

#[derive(Clone, Deserialize)]
pub struct AnswerRow {
    pub module_id: String,
    pub attempt: u32,
    pub question_id: String,
    pub choices: String,
    pub correct: u8,
}

#[derive(Deserialize)]
pub struct AttemptRow {
    pub module_id: String,
    pub attempt: u32,
    pub correct: u32,
    pub total: u32,
    pub passed: u8,
    pub completed_at: f64,
}

#[derive(Deserialize)]
pub struct CertificateRow {
    pub code: String,
    pub module_id: String,
    pub level: u8,
    pub competences: String,
    pub title: String,
    pub issued_on: String,
    /// The module's title texts now (a JSON object), for a title in the asked language.
    pub titles: Option<String>,
    pub source_language: String,
}

pub fn json_list(raw: &str, what: &str) -> Result<Vec<String>, ApiError> {
    serde_json::from_str(raw).map_err(|e| ApiError::Internal(format!("stored {what}: {e}")))
}

/// `AND module_id = ?2` when one module is asked for, else nothing (all the account's modules).
fn one_module(column: &str, module: Option<&str>) -> String {
    module
        .map(|_| format!(" AND {column} = ?2"))
        .unwrap_or_default()
}

fn args(account: &str, module: Option<&str>) -> Vec<wasm_bindgen::JsValue> {
    let mut args = vec![text(account)];
    args.extend(module.map(text));
    args
}

pub fn progress(
    db: &D1Database,
    account: &str,
    module: Option<&str>,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        &format!(
            "SELECT module_id, seen FROM learning_progress WHERE account_id = ?1{}",
            one_module("module_id", module)
        ),
        &args(account, module),
    )
}

pub fn answers(
    db: &D1Database,
    account: &str,
    module: Option<&str>,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        &format!(
            "SELECT module_id, attempt, question_id, choices, correct FROM learning_answers \
             WHERE account_id = ?1{} ORDER BY module_id, attempt, received_at, question_id",
            one_module("module_id", module)
        ),
        &args(account, module),
    )
}

pub fn attempts(
    db: &D1Database,
    account: &str,
    module: Option<&str>,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        &format!(
            "SELECT module_id, attempt, correct, total, passed, completed_at FROM learning_attempts \
             WHERE account_id = ?1{} ORDER BY module_id, attempt",
            one_module("module_id", module)
        ),
        &args(account, module),
    )
}

/// The account's certificates, newest first, with the module's current title texts.
pub fn certificates(
    db: &D1Database,
    account: &str,
    module: Option<&str>,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        &format!(
            "SELECT c.code, c.module_id, c.level, c.competences, c.title, c.issued_on, \
               json_extract(m.doc, '$.title') AS titles, m.source_language \
             FROM learning_certificates c JOIN learning_modules m ON m.id = c.module_id \
             WHERE c.account_id = ?1{} ORDER BY c.issued_at DESC, c.code",
            one_module("c.module_id", module)
        ),
        &args(account, module),
    )
}

/// A certificate by its canonical code: module, level, competences and date only.
pub fn certificate_by_code(db: &D1Database, code: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "SELECT c.code, c.module_id, c.level, c.competences, c.title, c.issued_on, \
           json_extract(m.doc, '$.title') AS titles, m.source_language \
         FROM learning_certificates c JOIN learning_modules m ON m.id = c.module_id \
         WHERE c.code = ?1",
        &[text(code)],
    )
}

#[derive(Deserialize)]
pub struct AssignedRow {
    pub module_id: String,
    pub due_on: Option<String>,
}

/// Modules assigned to the account at its current location, directly or through a group it is a
/// member of, with the earliest due date among those assignments (`MIN` skips open-ended ones).
pub fn assigned(
    db: &D1Database,
    account: &str,
    location: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "SELECT a.module_id, MIN(a.due_on) AS due_on FROM learning_assignments a \
         WHERE a.location_id = ?2 AND (a.account_id = ?1 OR a.group_id IN \
           (SELECT m.group_id FROM learning_group_members m WHERE m.account_id = ?1)) \
         GROUP BY a.module_id",
        &[text(account), text(location)],
    )
}

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
