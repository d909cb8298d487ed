//! The SQL of the residents domain.

use serde::Deserialize;
use wasm_bindgen::JsValue;
use wegwijs_shared::accounts::AccountStatus;
use wegwijs_shared::auth::ListScope;
use wegwijs_shared::procedure::ProcedureView;
use wegwijs_shared::residents::{Resident, ResidentMove, ResidentSummary};
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

/// The `WHERE` clause and arguments that limit residents to what a list scope may see, starting
/// at placeholder `?first`. `location` narrows further to one location.
pub(crate) fn visible(
    scope: &ListScope,
    location: Option<&str>,
    first: usize,
) -> (String, Vec<String>) {
    let mut clauses = Vec::new();
    let mut args = Vec::new();
    match scope {
        ListScope::All => {}
        ListScope::Own(id) => {
            clauses.push(format!("r.account_id = ?{}", first));
            args.push(id.clone());
        }
        ListScope::Locations(ids) => {
            // D1 has no array parameters; bind the (few) location ids one by one.
            let placeholders: Vec<String> =
                (0..ids.len()).map(|i| format!("?{}", first + i)).collect();
            clauses.push(if ids.is_empty() {
                "0".to_owned()
            } else {
                format!("r.location_id IN ({})", placeholders.join(", "))
            });
            args.extend(ids.iter().cloned());
        }
    }
    if let Some(location) = location {
        clauses.push(format!("r.location_id = ?{}", first + args.len()));
        args.push(location.to_owned());
    }
    let sql = if clauses.is_empty() {
        "1".to_owned()
    } else {
        clauses.join(" AND ")
    };
    (sql, args)
}

pub const LIST_LIMIT: usize = 500;

/// The list read, for the rows `filter` (from [`visible`], placeholders from ?1) lets through.
pub(crate) fn list_sql(filter: &str) -> String {
    format!(
        "SELECT a.id, a.display_name, r.resident_number, r.location_id, a.status \
         FROM residents r JOIN accounts a ON a.id = r.account_id WHERE {filter} \
         ORDER BY a.display_name COLLATE NOCASE, a.id LIMIT {LIST_LIMIT}"
    )
}

/// The list's audit lines, for the same rows (`filter` from [`visible`] from ?5).
pub(crate) fn list_audit_sql(filter: &str) -> String {
    format!(
        "INSERT INTO audit_log (at, actor_id, actor_role, event, resident_id, request_id) \
         SELECT ?1, ?2, ?3, 'resident_listed', r.account_id, ?4 \
         FROM residents r JOIN accounts a ON a.id = r.account_id WHERE {filter} \
         ORDER BY a.display_name COLLATE NOCASE, a.id LIMIT {LIST_LIMIT}"
    )
}

/// The list and, in the same batch, one audit line per resident shown.
pub fn list_with_audit(
    db: &D1Database,
    scope: &ListScope,
    location: Option<&str>,
    audit_prefix: [JsValue; 4],
) -> Result<Vec<D1PreparedStatement>, ApiError> {
    let (filter, args) = visible(scope, location, 1);
    let list = stmt(
        db,
        &list_sql(&filter),
        &args.iter().map(|a| text(a)).collect::<Vec<_>>(),
    )?;
    let (filter, args) = visible(scope, location, 5);
    let mut audit_args = audit_prefix.to_vec();
    audit_args.extend(args.iter().map(|a| text(a)));
    let audit = stmt(db, &list_audit_sql(&filter), &audit_args)?;
    Ok(vec![list, audit])
}

#[derive(Deserialize)]
struct SummaryRow {
    id: String,
    display_name: String,
    resident_number: String,
    location_id: String,
    status: String,
}

pub fn summaries(result: &D1Result) -> Result<Vec<ResidentSummary>, ApiError> {
    rows::<SummaryRow>(result)?
        .into_iter()
        .map(|r| {
            Ok(ResidentSummary {
                status: status(&r.status)?,
                id: r.id,
                preferred_name: r.display_name,
                resident_number: r.resident_number,
                location_id: r.location_id,
            })
        })
        .collect()
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn location_scope_binds_each_id() {
        let scope = ListScope::Locations(vec!["a".into(), "b".into()]);
        let (sql, args) = visible(&scope, Some("a"), 5);
        assert_eq!(sql, "r.location_id IN (?5, ?6) AND r.location_id = ?7");
        assert_eq!(args.len(), 3);
        assert_eq!(visible(&ListScope::All, None, 1).0, "1");
        assert_eq!(visible(&ListScope::Locations(vec![]), None, 1).0, "0");
    }
}
