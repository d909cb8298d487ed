//! The SQL of sign-ups: who is on an occurrence's roster or its waiting list, joining, leaving,
//! moving up, and the audited staff read of the participants. The rules of
//! `wegwijs_shared::activities::roster` run here as conditional statements inside one `batch()`
//! each, so parallel sign-ups never fill more places than there are. Apart from the activities'
//! own rows (`activities/store.rs`) so that neither file outgrows a quick read.

use serde::Deserialize;
use wasm_bindgen::JsValue;
use wegwijs_shared::activities::{Roster, Standing};
use worker::{D1Database, D1PreparedStatement};

use crate::db::{num, stmt, text};
use crate::error::ApiError;

#[derive(Deserialize)]
pub struct SignupRow {
    pub activity_id: String,
    pub occurrence_date: String,
    pub account_id: String,
    pub status: String,
}

pub(crate) const SIGNUPS_IN_WINDOW_SQL: &str = "SELECT s.activity_id, s.occurrence_date, \
       s.account_id, s.status FROM activity_signups s \
     JOIN activities a ON a.id = s.activity_id \
     WHERE a.location_id = ?1 AND s.occurrence_date BETWEEN ?2 AND ?3 ORDER BY s.id";

/// The sign-ups of a location's occurrences between `from` and `to`, in sign-up order.
pub fn signups_in_window(
    db: &D1Database,
    location: &str,
    from: &str,
    to: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        SIGNUPS_IN_WINDOW_SQL,
        &[text(location), text(from), text(to)],
    )
}

pub fn signups_of(db: &D1Database, id: &str, date: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "SELECT activity_id, occurrence_date, account_id, status FROM activity_signups \
         WHERE activity_id = ?1 AND occurrence_date = ?2 ORDER BY id",
        &[text(id), text(date)],
    )
}

/// The roster of one occurrence from its sign-up rows.
pub fn roster<'a>(
    capacity: u32,
    signups: impl Iterator<Item = &'a SignupRow>,
) -> Result<Roster, ApiError> {
    let mut roster = Roster::new(capacity);
    for s in signups {
        let standing = match s.status.as_str() {
            "confirmed" => Standing::Confirmed,
            "waiting" => Standing::Waiting,
            other => {
                return Err(ApiError::Internal(format!(
                    "unknown sign-up status {other}"
                )));
            }
        };
        roster.entries.push((s.account_id.clone(), standing));
    }
    Ok(roster)
}

/// A place when one is free and nobody waits, else the end of the line; nothing if already there.
pub fn sign_up(
    db: &D1Database,
    id: &str,
    date: &str,
    account: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT INTO activity_signups (activity_id, occurrence_date, account_id, status, signed_up_at) \
         SELECT a.id, ?2, ?3, \
           CASE WHEN (SELECT count(*) FROM activity_signups c WHERE c.activity_id = a.id \
                        AND c.occurrence_date = ?2 AND c.status = 'confirmed') < a.capacity \
                 AND NOT EXISTS (SELECT 1 FROM activity_signups w WHERE w.activity_id = a.id \
                        AND w.occurrence_date = ?2 AND w.status = 'waiting') \
                THEN 'confirmed' ELSE 'waiting' END, ?4 \
         FROM activities a WHERE a.id = ?1 \
         ON CONFLICT (activity_id, occurrence_date, account_id) DO NOTHING",
        &[text(id), text(date), text(account), num(now_ms)],
    )
}

pub fn cancel(
    db: &D1Database,
    id: &str,
    date: &str,
    account: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "DELETE FROM activity_signups WHERE activity_id = ?1 AND occurrence_date = ?2 \
         AND account_id = ?3",
        &[text(id), text(date), text(account)],
    )
}

/// Gives free places to the longest-waiting, for every occurrence of `id` on or after `from` (or
/// only on `from` when `only_that_day`). A waiting sign-up is promoted when fewer people wait
/// ahead of it than there are free places in its occurrence.
pub fn promote(
    db: &D1Database,
    id: &str,
    from: &str,
    only_that_day: bool,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    let dates = if only_that_day {
        "w.occurrence_date = ?2"
    } else {
        "w.occurrence_date >= ?2"
    };
    stmt(
        db,
        &format!(
            "UPDATE activity_signups SET status = 'confirmed', promoted_at = ?3 WHERE id IN ( \
               SELECT w.id FROM activity_signups w JOIN activities a ON a.id = w.activity_id \
               WHERE w.activity_id = ?1 AND {dates} AND w.status = 'waiting' \
                 AND (SELECT count(*) FROM activity_signups e WHERE e.activity_id = w.activity_id \
                        AND e.occurrence_date = w.occurrence_date AND e.status = 'waiting' \
                        AND e.id < w.id) \
                   < a.capacity - (SELECT count(*) FROM activity_signups c \
                        WHERE c.activity_id = w.activity_id \
                        AND c.occurrence_date = w.occurrence_date AND c.status = 'confirmed'))"
        ),
        &[text(id), text(from), num(now_ms)],
    )
}

#[derive(Deserialize)]
pub struct ParticipantRow {
    pub account_id: String,
    pub name: String,
    pub resident_number: Option<String>,
    pub status: String,
    pub signed_up_at: f64,
}

pub fn participants(
    db: &D1Database,
    id: &str,
    date: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "SELECT s.account_id, acc.display_name AS name, r.resident_number, s.status, s.signed_up_at \
         FROM activity_signups s JOIN accounts acc ON acc.id = s.account_id \
         LEFT JOIN residents r ON r.account_id = s.account_id \
         WHERE s.activity_id = ?1 AND s.occurrence_date = ?2 ORDER BY s.id",
        &[text(id), text(date)],
    )
}

/// One audit line per person whose name a participants read shows (same batch, same order).
pub fn audit_participants(
    db: &D1Database,
    prefix: [JsValue; 4],
    id: &str,
    date: &str,
) -> Result<D1PreparedStatement, ApiError> {
    let mut args = prefix.to_vec();
    args.extend([text(id), text(date), text(&format!("activity:{id}@{date}"))]);
    stmt(
        db,
        "INSERT INTO audit_log (at, actor_id, actor_role, event, resident_id, subject, request_id) \
         SELECT ?1, ?2, ?3, 'activity_participants_read', s.account_id, ?7, ?4 \
         FROM activity_signups s WHERE s.activity_id = ?5 AND s.occurrence_date = ?6 ORDER BY s.id",
        &args,
    )
}
