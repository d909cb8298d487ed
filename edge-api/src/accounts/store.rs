//! The SQL of employee accounts.

use serde::Deserialize;
use wegwijs_shared::accounts::{AccountStatus, EmployeeAccount};
use wegwijs_shared::auth::Role;
use worker::{D1Database, D1PreparedStatement, D1Result};

use crate::auth::session::split_locations;
use crate::db::{num, rows, stmt, text};
use crate::error::ApiError;

#[derive(Deserialize)]
struct AccountRow {
    id: String,
    role: String,
    display_name: String,
    email: String,
    status: String,
    locations: Option<String>,
}

const ACCOUNT_SQL: &str = "SELECT a.id, a.role, a.display_name, e.email, a.status, \
       (SELECT group_concat(location_id) FROM account_locations l WHERE l.account_id = a.id) \
         AS locations \
     FROM employees e JOIN accounts a ON a.id = e.account_id";

pub fn all(db: &D1Database) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        &format!("{ACCOUNT_SQL} ORDER BY a.display_name COLLATE NOCASE, a.id"),
        &[],
    )
}

pub fn by_id(db: &D1Database, id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(db, &format!("{ACCOUNT_SQL} WHERE a.id = ?1"), &[text(id)])
}

pub fn accounts(result: &D1Result) -> Result<Vec<EmployeeAccount>, ApiError> {
    rows::<AccountRow>(result)?
        .into_iter()
        .map(|r| {
            Ok(EmployeeAccount {
                role: Role::parse(&r.role)
                    .ok_or_else(|| ApiError::Internal(format!("unknown role {:?}", r.role)))?,
                status: AccountStatus::parse(&r.status)
                    .ok_or_else(|| ApiError::Internal(format!("unknown status {:?}", r.status)))?,
                location_ids: split_locations(r.locations.as_deref()),
                id: r.id,
                display_name: r.display_name,
                email: r.email,
            })
        })
        .collect()
}

#[derive(Deserialize)]
pub struct Known {
    pub email_taken: Option<i64>,
    pub known_locations: i64,
}

/// Whether the address is in use, and how many of `location_ids` exist: one query.
pub fn check(
    db: &D1Database,
    email: Option<&str>,
    location_ids: &[String],
) -> Result<D1PreparedStatement, ApiError> {
    let placeholders: Vec<String> = (0..location_ids.len())
        .map(|i| format!("?{}", i + 2))
        .collect();
    let in_list = if location_ids.is_empty() {
        "NULL".to_owned()
    } else {
        placeholders.join(", ")
    };
    let mut args = vec![text(email.unwrap_or(""))];
    args.extend(location_ids.iter().map(|l| text(l)));
    stmt(
        db,
        &format!(
            "SELECT (SELECT 1 FROM employees WHERE email = ?1) AS email_taken, \
                    (SELECT count(*) FROM locations WHERE id IN ({in_list})) AS known_locations"
        ),
        &args,
    )
}

/// A new employee account, `pending` until its invitation is accepted.
pub fn create_pending(
    db: &D1Database,
    id: &str,
    role: &str,
    display_name: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT INTO accounts (id, role, status, display_name, created_at, updated_at) \
         VALUES (?1, ?2, 'pending', ?3, ?4, ?4)",
        &[text(id), text(role), text(display_name), num(now_ms)],
    )
}

pub fn create_employee(
    db: &D1Database,
    account_id: &str,
    email: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT INTO employees (account_id, email) VALUES (?1, ?2)",
        &[text(account_id), text(email)],
    )
}

/// The invitation; only the token's hash is stored.
pub fn create_invite(
    db: &D1Database,
    token_hash: &str,
    account_id: &str,
    now_ms: f64,
    expires_at_ms: f64,
    created_by: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT INTO invites (token_hash, account_id, created_at, expires_at, created_by) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
        &[
            text(token_hash),
            text(account_id),
            num(now_ms),
            num(expires_at_ms),
            text(created_by),
        ],
    )
}

pub fn add_location(
    db: &D1Database,
    account_id: &str,
    location_id: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT INTO account_locations (account_id, location_id) VALUES (?1, ?2)",
        &[text(account_id), text(location_id)],
    )
}

/// Put first in the batch that re-adds the account's locations with [`add_location`].
pub fn clear_locations(db: &D1Database, account_id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "DELETE FROM account_locations WHERE account_id = ?1",
        &[text(account_id)],
    )
}

pub fn set_status(
    db: &D1Database,
    id: &str,
    status: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE accounts SET status = ?2, updated_at = ?3 WHERE id = ?1",
        &[text(id), text(status), num(now_ms)],
    )
}

#[derive(Deserialize)]
pub struct Enrolled {
    pub enrolled: i64,
}

/// One row: `enrolled` is 1 when the employee set a password and a second factor.
pub fn enrolled(db: &D1Database, account_id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "SELECT count(*) AS enrolled FROM employees \
         WHERE account_id = ?1 AND password_hash IS NOT NULL AND totp_secret IS NOT NULL",
        &[text(account_id)],
    )
}
