//! The SQL of employee accounts.

use serde::Deserialize;
use wegwijs_shared::accounts::{AccountStatus, EmployeeAccount};
use wegwijs_shared::auth::Role;
use worker::{D1Database, D1PreparedStatement, D1Result};

use crate::auth::session::split_locations;
use crate::db::{rows, stmt, text};
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
