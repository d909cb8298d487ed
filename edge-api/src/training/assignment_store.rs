//! The SQL of assignments: one row per module and group or resident at a location.

use serde::Deserialize;
use worker::{D1Database, D1PreparedStatement};

use crate::db::{num, opt_text, stmt, text};
use crate::error::ApiError;

#[derive(Deserialize)]
pub struct AssignmentRow {
    pub id: String,
    pub module_id: String,
    pub location_id: String,
    pub group_id: Option<String>,
    pub account_id: Option<String>,
    pub due_on: Option<String>,
    pub assigned_at: f64,
    /// The module's `title` member as JSON (language → text).
    pub title: String,
    pub source_language: String,
    pub to_name: Option<String>,
}

const ASSIGNMENT_SQL: &str = "SELECT la.id, la.module_id, la.location_id, la.group_id, \
       la.account_id, la.due_on, la.assigned_at, json_extract(m.doc, '$.title') AS title, \
       m.source_language, COALESCE(g.name, acc.display_name) AS to_name \
     FROM learning_assignments la JOIN learning_modules m ON m.id = la.module_id \
     LEFT JOIN learning_groups g ON g.id = la.group_id \
     LEFT JOIN accounts acc ON acc.id = la.account_id";

pub fn assignments_at(db: &D1Database, location: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        &format!("{ASSIGNMENT_SQL} WHERE la.location_id = ?1 ORDER BY la.assigned_at DESC, la.id"),
        &[text(location)],
    )
}

pub fn assignment(db: &D1Database, id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        &format!("{ASSIGNMENT_SQL} WHERE la.id = ?1"),
        &[text(id)],
    )
}

pub fn delete_assignment(db: &D1Database, id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "DELETE FROM learning_assignments WHERE id = ?1",
        &[text(id)],
    )
}

/// A group or a resident, as the assignment columns name them.
pub enum Assignee<'a> {
    Group(&'a str),
    Resident(&'a str),
}

impl Assignee<'_> {
    fn column(&self) -> &'static str {
        match self {
            Assignee::Group(_) => "group_id",
            Assignee::Resident(_) => "account_id",
        }
    }

    fn id(&self) -> &str {
        match self {
            Assignee::Group(id) | Assignee::Resident(id) => id,
        }
    }
}

pub struct AssignmentWriter<'a> {
    pub db: &'a D1Database,
    pub module_id: &'a str,
    pub location: &'a str,
    pub to: Assignee<'a>,
}

impl AssignmentWriter<'_> {
    fn same(&self) -> String {
        format!(
            "module_id = ?1 AND location_id = ?2 AND {} = ?3",
            self.to.column()
        )
    }

    /// A new row unless this module is already assigned to this group or resident here; batches
    /// never interleave, so two parallel requests cannot both insert.
    pub fn insert(
        &self,
        id: &str,
        due_on: Option<&str>,
        by: &str,
        now_ms: f64,
    ) -> Result<D1PreparedStatement, ApiError> {
        let (group, account) = match self.to {
            Assignee::Group(g) => (Some(g), None),
            Assignee::Resident(a) => (None, Some(a)),
        };
        stmt(
            self.db,
            &format!(
                "INSERT INTO learning_assignments (id, module_id, location_id, group_id, \
                   account_id, due_on, assigned_by, assigned_at) \
                 SELECT ?4, ?1, ?2, ?5, ?6, ?7, ?8, ?9 WHERE NOT EXISTS \
                   (SELECT 1 FROM learning_assignments WHERE {})",
                self.same()
            ),
            &[
                text(self.module_id),
                text(self.location),
                text(self.to.id()),
                text(id),
                opt_text(group),
                opt_text(account),
                opt_text(due_on),
                text(by),
                num(now_ms),
            ],
        )
    }

    /// Assigning again only moves the due date.
    pub fn set_due(&self, due_on: Option<&str>) -> Result<D1PreparedStatement, ApiError> {
        stmt(
            self.db,
            &format!(
                "UPDATE learning_assignments SET due_on = ?4 WHERE {}",
                self.same()
            ),
            &[
                text(self.module_id),
                text(self.location),
                text(self.to.id()),
                opt_text(due_on),
            ],
        )
    }

    pub fn read(&self) -> Result<D1PreparedStatement, ApiError> {
        stmt(
            self.db,
            &format!(
                "{ASSIGNMENT_SQL} WHERE la.module_id = ?1 AND la.location_id = ?2 AND la.{} = ?3",
                self.to.column()
            ),
            &[
                text(self.module_id),
                text(self.location),
                text(self.to.id()),
            ],
        )
    }
}

#[derive(Deserialize)]
pub struct ResidentPlace {
    pub location_id: String,
}

/// Where an active resident lives now (nothing for anyone else).
pub fn resident_place(db: &D1Database, id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "SELECT r.location_id FROM residents r JOIN accounts acc ON acc.id = r.account_id \
         WHERE r.account_id = ?1 AND acc.status = 'active'",
        &[text(id)],
    )
}

#[derive(Deserialize)]
pub struct Checks {
    pub status: Option<String>,
    pub timezone: Option<String>,
}

/// One row: the module's status and the location's time zone, each `NULL` when it does not exist.
pub fn checks(
    db: &D1Database,
    module_id: &str,
    location: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "SELECT (SELECT status FROM learning_modules WHERE id = ?1) AS status, \
                (SELECT timezone FROM locations WHERE id = ?2) AS timezone",
        &[text(module_id), text(location)],
    )
}
