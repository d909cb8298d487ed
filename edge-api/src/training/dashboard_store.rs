//! The SQL of the progress dashboard: one module at one location, every row kept to the residents
//! who live there now. Its own file because these five reads are only ever used together, by the
//! dashboard, and would double the general training store.

use serde::Deserialize;
use worker::{D1Database, D1PreparedStatement};

use crate::db::{stmt, text};
use crate::error::ApiError;

/// Assignments of the module at the location, to residents directly or through a group.
const ASSIGNED: &str = "WITH asg AS ( \
       SELECT la.account_id AS account_id, la.due_on FROM learning_assignments la \
       WHERE la.module_id = ?1 AND la.location_id = ?2 AND la.account_id IS NOT NULL \
       UNION ALL \
       SELECT gm.account_id, la.due_on FROM learning_assignments la \
       JOIN learning_group_members gm ON gm.group_id = la.group_id \
       WHERE la.module_id = ?1 AND la.location_id = ?2)";

/// Rows of `table` for the module, of residents who live at the location now.
fn of_residents(
    db: &D1Database,
    (columns, table): (&str, &str),
    module: &str,
    location: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        &of_residents_sql(columns, table),
        &[text(module), text(location)],
    )
}

pub(crate) fn of_residents_sql(columns: &str, table: &str) -> String {
    format!(
        "SELECT {columns} FROM {table} t JOIN residents r ON r.account_id = t.account_id \
         WHERE t.module_id = ?1 AND r.location_id = ?2"
    )
}

/// What the four per-learner reads take from which table, as (columns, table).
pub(crate) const SEEN_READ: (&str, &str) =
    ("t.account_id, t.seen, t.updated_at", "learning_progress");
pub(crate) const ANSWERS_READ: (&str, &str) = (
    "t.account_id, t.attempt, t.question_id, t.correct, t.received_at",
    "learning_answers",
);
pub(crate) const ATTEMPTS_READ: (&str, &str) = (
    "t.account_id, t.attempt, t.correct, t.total, t.passed, t.completed_at",
    "learning_attempts",
);
pub(crate) const CERTIFICATES_READ: (&str, &str) = (
    "t.account_id, t.issued_on, t.issued_at",
    "learning_certificates",
);

#[derive(Deserialize)]
pub struct LearnerRow {
    pub account_id: String,
    pub display_name: String,
    pub assigned: u8,
    pub due_on: Option<String>,
}

/// Residents of the location who are assigned the module or have any trace of it.
pub fn learners(
    db: &D1Database,
    module: &str,
    location: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(db, &learners_sql(), &[text(module), text(location)])
}

pub(crate) fn learners_sql() -> String {
    format!(
        "{ASSIGNED} SELECT acc.id AS account_id, acc.display_name, \
               EXISTS (SELECT 1 FROM asg WHERE asg.account_id = acc.id) AS assigned, \
               (SELECT MIN(asg.due_on) FROM asg WHERE asg.account_id = acc.id) AS due_on \
             FROM residents r JOIN accounts acc ON acc.id = r.account_id \
             WHERE r.location_id = ?2 AND ( \
               EXISTS (SELECT 1 FROM asg WHERE asg.account_id = acc.id) \
               OR EXISTS (SELECT 1 FROM learning_progress p \
                          WHERE p.account_id = acc.id AND p.module_id = ?1) \
               OR EXISTS (SELECT 1 FROM learning_answers a \
                          WHERE a.account_id = acc.id AND a.module_id = ?1) \
               OR EXISTS (SELECT 1 FROM learning_attempts t \
                          WHERE t.account_id = acc.id AND t.module_id = ?1) \
               OR EXISTS (SELECT 1 FROM learning_certificates c \
                          WHERE c.account_id = acc.id AND c.module_id = ?1)) \
             ORDER BY acc.display_name COLLATE NOCASE, acc.id"
    )
}

#[derive(Deserialize)]
pub struct SeenRow {
    pub account_id: String,
    pub seen: String,
    pub updated_at: f64,
}

pub fn seen(
    db: &D1Database,
    module: &str,
    location: &str,
) -> Result<D1PreparedStatement, ApiError> {
    of_residents(db, SEEN_READ, module, location)
}

#[derive(Deserialize)]
pub struct AnswerRow {
    pub account_id: String,
    pub attempt: u32,
    pub question_id: String,
    pub correct: u8,
    pub received_at: f64,
}

pub fn answers(
    db: &D1Database,
    module: &str,
    location: &str,
) -> Result<D1PreparedStatement, ApiError> {
    of_residents(db, ANSWERS_READ, module, location)
}

#[derive(Deserialize)]
pub struct AttemptRow {
    pub account_id: String,
    pub attempt: u32,
    pub correct: u32,
    pub total: u32,
    pub passed: u8,
    pub completed_at: f64,
}

pub fn attempts(
    db: &D1Database,
    module: &str,
    location: &str,
) -> Result<D1PreparedStatement, ApiError> {
    of_residents(db, ATTEMPTS_READ, module, location)
}

#[derive(Deserialize)]
pub struct CertificateRow {
    pub account_id: String,
    pub issued_on: String,
    pub issued_at: f64,
}

pub fn certificates(
    db: &D1Database,
    module: &str,
    location: &str,
) -> Result<D1PreparedStatement, ApiError> {
    of_residents(db, CERTIFICATES_READ, module, location)
}
