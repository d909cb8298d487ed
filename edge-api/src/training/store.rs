//! The SQL of the trainers' learning API. Lists of ids go in as one JSON array and are expanded
//! with `json_each` (D1 has no array parameters). Writes that follow a versioned update carry the
//! `last_write` guard, so a stale request writes nothing at all.

use serde::Deserialize;
use wasm_bindgen::JsValue;
use wegwijs_shared::learning::Module;
use worker::{D1Database, D1PreparedStatement};

use crate::db::{num, stmt, text};
use crate::error::ApiError;

// ---- modules ----

#[derive(Deserialize)]
pub struct ModuleRow {
    pub id: String,
    pub version: u32,
    pub doc: String,
    pub updated_at: f64,
}

const MODULE_SQL: &str = "SELECT id, version, doc, updated_at FROM learning_modules";

pub fn modules(db: &D1Database) -> Result<D1PreparedStatement, ApiError> {
    stmt(db, &format!("{MODULE_SQL} ORDER BY id"), &[])
}

pub fn module(db: &D1Database, id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(db, &module_sql(), &[text(id)])
}

pub(crate) fn module_sql() -> String {
    format!("{MODULE_SQL} WHERE id = ?1")
}

pub fn to_json<T: serde::Serialize>(value: &T) -> Result<String, ApiError> {
    serde_json::to_string(value).map_err(|e| ApiError::Internal(e.to_string()))
}

/// The columns copied out of the document for lists and the passport, as ?2..?8.
fn module_columns(m: &Module) -> Result<Vec<JsValue>, ApiError> {
    Ok(vec![
        text(m.status.as_str()),
        num(f64::from(m.level)),
        num(f64::from(m.minutes)),
        num(f64::from(m.pass_percent)),
        text(&to_json(&m.competences)?),
        text(&m.source_language),
        text(&to_json(m)?),
    ])
}

/// Inserts a new module; nothing (0 changes) when the id is taken.
pub fn insert_module(
    db: &D1Database,
    m: &Module,
    by: &str,
    now_ms: f64,
    request_id: &str,
) -> Result<D1PreparedStatement, ApiError> {
    let mut args = vec![text(&m.id)];
    args.extend(module_columns(m)?);
    args.extend([text(by), num(now_ms), text(request_id)]);
    stmt(
        db,
        "INSERT INTO learning_modules (id, status, level, minutes, pass_percent, competences, \
           source_language, doc, created_by, created_at, updated_by, updated_at, last_write) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?9, ?10, ?11) \
         ON CONFLICT (id) DO NOTHING",
        &args,
    )
}

/// Replaces the document and its copied columns, only if the stored version is `version`.
pub fn update_module(
    db: &D1Database,
    m: &Module,
    version: u32,
    by: &str,
    now_ms: f64,
    request_id: &str,
) -> Result<D1PreparedStatement, ApiError> {
    let mut args = vec![text(&m.id)];
    args.extend(module_columns(m)?);
    args.extend([
        text(by),
        num(now_ms),
        text(request_id),
        num(f64::from(version)),
    ]);
    stmt(
        db,
        "UPDATE learning_modules SET status = ?2, level = ?3, minutes = ?4, pass_percent = ?5, \
           competences = ?6, source_language = ?7, doc = ?8, updated_by = ?9, updated_at = ?10, \
           last_write = ?11, version = version + 1 \
         WHERE id = ?1 AND version = ?12",
        &args,
    )
}

// ---- learners and groups ----

#[derive(Deserialize)]
pub struct LearnerRow {
    pub account_id: String,
    pub display_name: String,
}

/// Who counts as a learner of a location: an active resident living there now.
const LEARNERS_AT: &str = "FROM residents r JOIN accounts acc ON acc.id = r.account_id \
     WHERE r.location_id = ?1 AND acc.status = 'active'";

pub fn learners(db: &D1Database, location: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        &format!(
            "SELECT acc.id AS account_id, acc.display_name {LEARNERS_AT} \
             ORDER BY acc.display_name COLLATE NOCASE, acc.id"
        ),
        &[text(location)],
    )
}

/// One audit line per learner the list shows (same batch as the list).
pub fn audit_learners(
    db: &D1Database,
    location: &str,
    prefix: [JsValue; 4],
    event: &str,
) -> Result<D1PreparedStatement, ApiError> {
    let mut args = vec![text(location)];
    args.extend(prefix);
    args.push(text(event));
    stmt(
        db,
        &format!(
            "INSERT INTO audit_log (at, actor_id, actor_role, event, resident_id, subject, request_id) \
             SELECT ?2, ?3, ?4, ?6, acc.id, ?1, ?5 {LEARNERS_AT} \
             ORDER BY acc.display_name COLLATE NOCASE, acc.id"
        ),
        &args,
    )
}

/// Which of `ids` (a JSON array) are learners of `location`.
pub fn learners_among(
    db: &D1Database,
    location: &str,
    ids_json: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        &format!(
            "SELECT acc.id AS account_id, acc.display_name {LEARNERS_AT} \
             AND acc.id IN (SELECT value FROM json_each(?2))"
        ),
        &[text(location), text(ids_json)],
    )
}

#[derive(Deserialize)]
pub struct GroupRow {
    pub id: String,
    pub location_id: String,
    pub name: String,
    pub version: u32,
}

#[derive(Deserialize)]
pub struct MemberRow {
    pub group_id: String,
    pub account_id: String,
    pub display_name: String,
}

const GROUP_SQL: &str = "SELECT id, location_id, name, version FROM learning_groups";

pub fn groups_at(db: &D1Database, location: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        &format!("{GROUP_SQL} WHERE location_id = ?1 ORDER BY name COLLATE NOCASE, id"),
        &[text(location)],
    )
}

pub fn group(db: &D1Database, id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(db, &format!("{GROUP_SQL} WHERE id = ?1"), &[text(id)])
}

/// Members of the groups matching `which` who are still learners at the group's location (a
/// resident who moved on or was disabled drops out of the class without an edit).
fn members(db: &D1Database, which: &str, arg: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        &format!(
            "SELECT m.group_id, acc.id AS account_id, acc.display_name \
             FROM learning_group_members m JOIN learning_groups g ON g.id = m.group_id \
             JOIN residents r ON r.account_id = m.account_id \
             JOIN accounts acc ON acc.id = m.account_id \
             WHERE {which} = ?1 AND r.location_id = g.location_id AND acc.status = 'active' \
             ORDER BY acc.display_name COLLATE NOCASE, acc.id"
        ),
        &[text(arg)],
    )
}

pub fn members_at(db: &D1Database, location: &str) -> Result<D1PreparedStatement, ApiError> {
    members(db, "g.location_id", location)
}

pub fn members_of(db: &D1Database, group_id: &str) -> Result<D1PreparedStatement, ApiError> {
    members(db, "g.id", group_id)
}

pub struct GroupWriter<'a> {
    pub db: &'a D1Database,
    pub id: &'a str,
    pub location: &'a str,
    pub request_id: &'a str,
    pub now_ms: f64,
}

impl GroupWriter<'_> {
    pub fn insert(&self, name: &str, by: &str) -> Result<D1PreparedStatement, ApiError> {
        stmt(
            self.db,
            "INSERT INTO learning_groups (id, location_id, name, last_write, created_by, \
               created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            &[
                text(self.id),
                text(self.location),
                text(name),
                text(self.request_id),
                text(by),
                num(self.now_ms),
            ],
        )
    }

    pub fn update(&self, name: &str, version: u32) -> Result<D1PreparedStatement, ApiError> {
        stmt(
            self.db,
            "UPDATE learning_groups SET name = ?2, last_write = ?3, updated_at = ?4, \
               version = version + 1 WHERE id = ?1 AND version = ?5",
            &[
                text(self.id),
                text(name),
                text(self.request_id),
                num(self.now_ms),
                num(f64::from(version)),
            ],
        )
    }

    /// Replaces the members with the learners among `ids_json`, only when this request's own
    /// write of the group went through.
    pub fn members(&self, ids_json: &str) -> Result<[D1PreparedStatement; 2], ApiError> {
        let mine = "(SELECT last_write FROM learning_groups WHERE id = ?1) = ?2";
        Ok([
            stmt(
                self.db,
                &format!("DELETE FROM learning_group_members WHERE group_id = ?1 AND {mine}"),
                &[text(self.id), text(self.request_id)],
            )?,
            stmt(
                self.db,
                &format!(
                    "INSERT INTO learning_group_members (group_id, account_id) \
                     SELECT ?1, acc.id FROM residents r JOIN accounts acc ON acc.id = r.account_id \
                     WHERE r.location_id = ?3 AND acc.status = 'active' \
                       AND acc.id IN (SELECT value FROM json_each(?4)) AND {mine} \
                     ON CONFLICT DO NOTHING"
                ),
                &[
                    text(self.id),
                    text(self.request_id),
                    text(self.location),
                    text(ids_json),
                ],
            )?,
        ])
    }
}

#[derive(Deserialize)]
pub struct Timezone {
    pub timezone: String,
}

pub(crate) const TIMEZONE_SQL: &str = "SELECT timezone FROM locations WHERE id = ?1";

pub fn timezone(db: &D1Database, location: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(db, TIMEZONE_SQL, &[text(location)])
}
