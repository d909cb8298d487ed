//! The SQL of the activities domain: activities, their texts, and the staff's writes. The sign-ups
//! are in [`signups`], where the rules of `wegwijs_shared::activities::roster` run as conditional
//! statements inside one `batch()` each (D1's only atomic unit; batches never interleave), so
//! parallel sign-ups can never fill more places than there are.

use serde::Deserialize;
use wasm_bindgen::JsValue;
use wegwijs_shared::activities::{
    ActivityInput, ActivityText, Recurrence, Schedule, StaffActivity,
};
use wegwijs_shared::calendar::{LocalDate, format_minute};
use worker::{D1Database, D1PreparedStatement, D1Result};

use crate::db::{num, opt_text, rows, stmt, text};
use crate::error::ApiError;

pub(crate) mod signups;
pub use signups::{
    ParticipantRow, SignupRow, audit_participants, cancel, participants, promote, roster, sign_up,
    signups_in_window, signups_of,
};

#[derive(Clone, Deserialize)]
pub struct ActivityRow {
    pub id: String,
    pub location_id: String,
    pub recurrence: String,
    pub start_date: String,
    pub end_date: Option<String>,
    pub weekday: Option<u8>,
    pub start_minute: u16,
    pub duration_minutes: u16,
    pub place: String,
    pub capacity: u32,
    pub language: Option<String>,
    pub source_language: String,
    pub cancelled: u8,
    pub version: i64,
    pub created_by: String,
    pub created_at: f64,
    pub updated_by: String,
    pub updated_at: f64,
    pub timezone: String,
}

impl ActivityRow {
    pub fn schedule(&self) -> Result<Schedule, ApiError> {
        let bad = |what: &str| ApiError::Internal(format!("activity {} has a bad {what}", self.id));
        Ok(Schedule {
            recurrence: Recurrence::parse(&self.recurrence).ok_or_else(|| bad("recurrence"))?,
            start: LocalDate::parse(&self.start_date).ok_or_else(|| bad("start_date"))?,
            end: match &self.end_date {
                Some(end) => Some(LocalDate::parse(end).ok_or_else(|| bad("end_date"))?),
                None => None,
            },
            weekday: self.weekday.unwrap_or(0),
            start_minute: self.start_minute,
            duration_minutes: self.duration_minutes,
        })
    }

    pub fn staff_view(&self, texts: Vec<ActivityText>) -> Result<StaffActivity, ApiError> {
        let schedule = self.schedule()?;
        Ok(StaffActivity {
            id: self.id.clone(),
            activity: ActivityInput {
                location_id: self.location_id.clone(),
                recurrence: schedule.recurrence,
                start_date: self.start_date.clone(),
                end_date: self.end_date.clone(),
                weekday: self.weekday,
                start_time: format_minute(self.start_minute),
                duration_minutes: u32::from(self.duration_minutes),
                place: self.place.clone(),
                capacity: self.capacity,
                language: self.language.clone(),
                source_language: self.source_language.clone(),
                texts,
            },
            cancelled: self.cancelled == 1,
            version: self.version,
            created_by: self.created_by.clone(),
            created_at: self.created_at,
            updated_by: self.updated_by.clone(),
            updated_at: self.updated_at,
        })
    }
}

const ACTIVITY_SQL: &str = "SELECT a.id, a.location_id, a.recurrence, a.start_date, a.end_date, \
       a.weekday, a.start_minute, a.duration_minutes, a.place, a.capacity, a.language, \
       a.source_language, a.cancelled, a.version, a.created_by, a.created_at, a.updated_by, \
       a.updated_at, l.timezone \
     FROM activities a JOIN locations l ON l.id = a.location_id";

pub fn by_id(db: &D1Database, id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(db, &format!("{ACTIVITY_SQL} WHERE a.id = ?1"), &[text(id)])
}

/// Every activity of a location that may happen between `from` and `to` (inclusive).
pub fn in_window(
    db: &D1Database,
    location: &str,
    from: &str,
    to: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        &in_window_sql(),
        &[text(location), text(from), text(to)],
    )
}

pub(crate) fn in_window_sql() -> String {
    format!(
        "{ACTIVITY_SQL} WHERE a.location_id = ?1 AND a.start_date <= ?3 \
         AND (a.recurrence = 'weekly' AND (a.end_date IS NULL OR a.end_date >= ?2) \
              OR a.recurrence = 'once' AND a.start_date >= ?2) \
         ORDER BY a.start_minute, a.id"
    )
}

/// Every activity of a location, for staff (newest first).
pub fn at_location(db: &D1Database, location: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(db, &at_location_sql(), &[text(location)])
}

pub(crate) fn at_location_sql() -> String {
    format!("{ACTIVITY_SQL} WHERE a.location_id = ?1 ORDER BY a.cancelled, a.created_at DESC, a.id")
}

#[derive(Deserialize)]
pub struct ReaderContext {
    pub timezone: String,
    pub language: Option<String>,
}

pub(crate) const READER_CONTEXT_SQL: &str = "SELECT l.timezone, \
       (SELECT COALESCE(a.language, r.language) FROM accounts a \
        LEFT JOIN residents r ON r.account_id = a.id WHERE a.id = ?2) AS language \
     FROM locations l WHERE l.id = ?1";

/// The location's time zone and the reader's language, for reading its activities; no row when
/// the location does not exist.
pub fn reader_context(
    db: &D1Database,
    location: &str,
    account_id: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(db, READER_CONTEXT_SQL, &[text(location), text(account_id)])
}

#[derive(Deserialize)]
pub struct TextRow {
    pub activity_id: String,
    pub language: String,
    pub title: String,
    pub description: String,
}

pub fn texts_of(db: &D1Database, id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "SELECT activity_id, language, title, description FROM activity_texts \
         WHERE activity_id = ?1 ORDER BY language",
        &[text(id)],
    )
}

pub(crate) const TEXTS_AT_LOCATION_SQL: &str = "SELECT t.activity_id, t.language, t.title, \
       t.description FROM activity_texts t \
     JOIN activities a ON a.id = t.activity_id WHERE a.location_id = ?1 \
     ORDER BY t.activity_id, t.language";

pub fn texts_at_location(db: &D1Database, location: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(db, TEXTS_AT_LOCATION_SQL, &[text(location)])
}

/// The texts of `activity_id` among `rows`.
pub fn texts_for(rows: &[TextRow], activity_id: &str) -> Vec<ActivityText> {
    rows.iter()
        .filter(|t| t.activity_id == activity_id)
        .map(|t| ActivityText {
            language: t.language.clone(),
            title: t.title.clone(),
            description: t.description.clone(),
        })
        .collect()
}

/// The columns a create or an update writes, as arguments ?2.. in this order.
fn columns(a: &ActivityInput, schedule: &Schedule) -> Vec<JsValue> {
    vec![
        text(schedule.recurrence.as_str()),
        text(&a.start_date),
        opt_text(a.end_date.as_deref()),
        a.weekday
            .map(|w| num(f64::from(w)))
            .unwrap_or(JsValue::NULL),
        num(f64::from(schedule.start_minute)),
        num(f64::from(schedule.duration_minutes)),
        text(&a.place),
        num(f64::from(a.capacity)),
        opt_text(a.language.as_deref()),
        text(&a.source_language),
    ]
}

pub struct Writer<'a> {
    pub db: &'a D1Database,
    pub id: &'a str,
    pub by: &'a str,
    pub now_ms: f64,
    pub request_id: &'a str,
}

impl Writer<'_> {
    pub fn insert(&self, a: &ActivityInput, s: &Schedule) -> Result<D1PreparedStatement, ApiError> {
        let mut args = vec![text(self.id)];
        args.extend(columns(a, s));
        args.extend([
            text(&a.location_id),
            text(self.by),
            num(self.now_ms),
            text(self.request_id),
        ]);
        stmt(
            self.db,
            "INSERT INTO activities (id, recurrence, start_date, end_date, weekday, start_minute, \
               duration_minutes, place, capacity, language, source_language, location_id, \
               created_by, created_at, updated_by, updated_at, last_write) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?13, ?14, ?15)",
            &args,
        )
    }

    /// Applies only if the stored version is `version`; see [`Writer::texts`].
    pub fn update(
        &self,
        a: &ActivityInput,
        s: &Schedule,
        version: i64,
    ) -> Result<D1PreparedStatement, ApiError> {
        let mut args = vec![text(self.id)];
        args.extend(columns(a, s));
        args.extend([
            text(self.by),
            num(self.now_ms),
            text(self.request_id),
            num(version as f64),
        ]);
        stmt(
            self.db,
            "UPDATE activities SET recurrence = ?2, start_date = ?3, end_date = ?4, weekday = ?5, \
               start_minute = ?6, duration_minutes = ?7, place = ?8, capacity = ?9, language = ?10, \
               source_language = ?11, updated_by = ?12, updated_at = ?13, last_write = ?14, \
               version = version + 1 \
             WHERE id = ?1 AND version = ?15",
            &args,
        )
    }

    pub fn set_cancelled(
        &self,
        cancelled: bool,
        version: i64,
    ) -> Result<D1PreparedStatement, ApiError> {
        stmt(
            self.db,
            "UPDATE activities SET cancelled = ?2, updated_by = ?3, updated_at = ?4, \
               last_write = ?5, version = version + 1 WHERE id = ?1 AND version = ?6",
            &[
                text(self.id),
                num(if cancelled { 1.0 } else { 0.0 }),
                text(self.by),
                num(self.now_ms),
                text(self.request_id),
                num(version as f64),
            ],
        )
    }

    /// Replaces the texts, but only when this request's own write above went through.
    pub fn texts(&self, texts: &[ActivityText]) -> Result<Vec<D1PreparedStatement>, ApiError> {
        let mine = "(SELECT last_write FROM activities WHERE id = ?1) = ?2";
        let mut statements = vec![stmt(
            self.db,
            &format!("DELETE FROM activity_texts WHERE activity_id = ?1 AND {mine}"),
            &[text(self.id), text(self.request_id)],
        )?];
        for t in texts {
            statements.push(stmt(
                self.db,
                &format!(
                    "INSERT INTO activity_texts (activity_id, language, title, description) \
                     SELECT ?1, ?3, ?4, ?5 WHERE {mine}"
                ),
                &[
                    text(self.id),
                    text(self.request_id),
                    text(&t.language),
                    text(&t.title),
                    text(&t.description),
                ],
            )?);
        }
        Ok(statements)
    }
}

pub fn activity_rows(result: &D1Result) -> Result<Vec<ActivityRow>, ApiError> {
    rows(result)
}
