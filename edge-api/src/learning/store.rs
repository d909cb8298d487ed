//! The SQL of the residents' learning API: the reads here, the writes in [`write`].

use serde::Deserialize;
use wegwijs_shared::learning::Module;
use worker::{D1Database, D1PreparedStatement};

use crate::db::{stmt, text};
use crate::error::ApiError;

mod write;
pub use write::{
    FinishedAttempt, Highest, NewAnswer, NewCertificate, highest_attempt, insert_answer,
    insert_attempt, insert_certificate, merge_seen, touch_progress,
};

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
