//! The SQL of the residents domain.

use serde::Deserialize;
use wegwijs_shared::accounts::AccountStatus;
use wegwijs_shared::procedure::ProcedureView;
use wegwijs_shared::residents::{Resident, ResidentMove};
use worker::{D1Database, D1PreparedStatement, D1Result};

use crate::db::{num, opt_text, rows, stmt, text};
use crate::error::ApiError;

#[derive(Deserialize)]
pub struct ResidentRow {
    pub id: String,
    pub display_name: String,
    pub resident_number: String,
    pub language: String,
    pub location_id: String,
    pub date_of_birth: Option<String>,
    pub status: String,
    pub procedure_stage: Option<String>,
    pub procedure_stage_set_at: Option<f64>,
}

#[derive(Deserialize)]
struct MoveRow {
    location_id: String,
    from_ms: f64,
    until_ms: Option<f64>,
}

pub(crate) const BY_ID_SQL: &str = "SELECT a.id, a.display_name, r.resident_number, r.language, \
       r.location_id, r.date_of_birth, a.status, r.procedure_stage, r.procedure_stage_set_at \
     FROM residents r JOIN accounts a ON a.id = r.account_id WHERE a.id = ?1";

pub(crate) const MOVES_SQL: &str = "SELECT location_id, from_ms, until_ms FROM resident_moves \
     WHERE resident_id = ?1 ORDER BY from_ms DESC";

pub fn by_id(db: &D1Database, id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(db, BY_ID_SQL, &[text(id)])
}

pub fn moves(db: &D1Database, id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(db, MOVES_SQL, &[text(id)])
}

pub fn status(value: &str) -> Result<AccountStatus, ApiError> {
    AccountStatus::parse(value)
        .ok_or_else(|| ApiError::Internal(format!("unknown account status {value:?}")))
}

pub fn resident(row: ResidentRow, moves: &D1Result) -> Result<Resident, ApiError> {
    Ok(Resident {
        status: status(&row.status)?,
        procedure: ProcedureView::of(row.procedure_stage.as_deref(), row.procedure_stage_set_at),
        id: row.id,
        preferred_name: row.display_name,
        resident_number: row.resident_number,
        language: row.language,
        location_id: row.location_id,
        date_of_birth: row.date_of_birth,
        moves: rows::<MoveRow>(moves)?
            .into_iter()
            .map(|m| ResidentMove {
                location_id: m.location_id,
                from_ms: m.from_ms,
                until_ms: m.until_ms,
            })
            .collect(),
    })
}

#[derive(Deserialize)]
pub struct CreateChecks {
    pub location_exists: Option<i64>,
    pub number_taken: Option<i64>,
}

/// One row: whether the location exists and whether the resident number is taken.
pub fn create_checks(
    db: &D1Database,
    location_id: &str,
    resident_number: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "SELECT (SELECT 1 FROM locations WHERE id = ?1) AS location_exists, \
                (SELECT 1 FROM residents WHERE resident_number = ?2) AS number_taken",
        &[text(location_id), text(resident_number)],
    )
}

/// The resident's account, `pending` until the activation card is used.
pub fn create_account(
    db: &D1Database,
    id: &str,
    display_name: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT INTO accounts (id, role, status, display_name, created_at, updated_at) \
         VALUES (?1, 'resident', 'pending', ?2, ?3, ?3)",
        &[text(id), text(display_name), num(now_ms)],
    )
}

pub fn create(
    db: &D1Database,
    id: &str,
    resident_number: &str,
    language: &str,
    location_id: &str,
    date_of_birth: Option<&str>,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT INTO residents (account_id, resident_number, language, location_id, date_of_birth) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
        &[
            text(id),
            text(resident_number),
            text(language),
            text(location_id),
            opt_text(date_of_birth),
        ],
    )
}

/// Opens a stay at a location; after [`end_stay`] when the resident moves.
pub fn start_stay(
    db: &D1Database,
    resident_id: &str,
    location_id: &str,
    now_ms: f64,
    moved_by: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT INTO resident_moves (resident_id, location_id, from_ms, moved_by) \
         VALUES (?1, ?2, ?3, ?4)",
        &[
            text(resident_id),
            text(location_id),
            num(now_ms),
            text(moved_by),
        ],
    )
}

pub fn end_stay(
    db: &D1Database,
    resident_id: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE resident_moves SET until_ms = ?2 WHERE resident_id = ?1 AND until_ms IS NULL",
        &[text(resident_id), num(now_ms)],
    )
}

pub fn set_location(
    db: &D1Database,
    resident_id: &str,
    location_id: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE residents SET location_id = ?2 WHERE account_id = ?1",
        &[text(resident_id), text(location_id)],
    )
}

/// Revokes every unused activation code of the resident; put before [`create_activation_code`].
pub fn revoke_activation_codes(
    db: &D1Database,
    resident_id: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE activation_codes SET revoked_at = ?2 \
         WHERE account_id = ?1 AND used_at IS NULL AND revoked_at IS NULL",
        &[text(resident_id), num(now_ms)],
    )
}

pub fn create_activation_code(
    db: &D1Database,
    code_hash: &str,
    resident_id: &str,
    now_ms: f64,
    expires_at_ms: f64,
    created_by: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT INTO activation_codes (code_hash, account_id, created_at, expires_at, created_by) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
        &[
            text(code_hash),
            text(resident_id),
            num(now_ms),
            num(expires_at_ms),
            text(created_by),
        ],
    )
}

pub fn clear_pin(db: &D1Database, resident_id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE residents SET pin_hash = NULL WHERE account_id = ?1",
        &[text(resident_id)],
    )
}

/// Back to `pending` until the new card is used; a disabled account stays disabled.
pub fn reset_to_pending(
    db: &D1Database,
    resident_id: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE accounts SET status = 'pending', updated_at = ?2 \
         WHERE id = ?1 AND status != 'disabled'",
        &[text(resident_id), num(now_ms)],
    )
}
