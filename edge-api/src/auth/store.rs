//! The account lookups the sign-in doors need, each one statement so it can join a batch.

use serde::Deserialize;
use wegwijs_shared::auth::{Principal, Role};
use worker::{D1Database, D1PreparedStatement};

use super::session::split_locations;
use crate::db::{stmt, text};
use crate::error::ApiError;

#[derive(Deserialize)]
pub struct ResidentLogin {
    pub id: String,
    pub status: String,
    pub display_name: String,
    /// The app language the resident chose on their account (not the registration language).
    pub language: Option<String>,
    pub location_id: String,
    pub pin_hash: Option<String>,
}

pub fn resident_by_number(db: &D1Database, number: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "SELECT a.id, a.status, a.display_name, a.language, r.location_id, r.pin_hash \
         FROM residents r JOIN accounts a ON a.id = r.account_id WHERE r.resident_number = ?1",
        &[text(number)],
    )
}

#[derive(Deserialize)]
pub struct ActivationRow {
    pub account_id: String,
    pub expires_at: f64,
    pub used_at: Option<f64>,
    pub revoked_at: Option<f64>,
    pub status: String,
    pub display_name: String,
    /// As [`ResidentLogin::language`].
    pub language: Option<String>,
    pub location_id: String,
}

pub fn activation_by_hash(
    db: &D1Database,
    code_hash: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "SELECT c.account_id, c.expires_at, c.used_at, c.revoked_at, a.status, a.display_name, \
           a.language, r.location_id \
         FROM activation_codes c JOIN accounts a ON a.id = c.account_id \
         JOIN residents r ON r.account_id = a.id WHERE c.code_hash = ?1",
        &[text(code_hash)],
    )
}

#[derive(Deserialize)]
pub struct EmployeeLogin {
    pub id: String,
    pub role: String,
    pub status: String,
    pub display_name: String,
    pub email: String,
    pub password_hash: Option<String>,
    pub totp_secret: Option<String>,
    pub totp_pending_secret: Option<String>,
    pub totp_last_step: f64,
    pub locations: Option<String>,
    /// The language the employee chose for the app, if any.
    pub language: Option<String>,
}

impl EmployeeLogin {
    pub fn role(&self) -> Result<Role, ApiError> {
        Role::parse(&self.role)
            .ok_or_else(|| ApiError::Internal(format!("unknown role {:?}", self.role)))
    }

    pub fn principal(&self) -> Result<Principal, ApiError> {
        Ok(Principal {
            account_id: self.id.clone(),
            role: self.role()?,
            location_ids: split_locations(self.locations.as_deref()),
        })
    }
}

const EMPLOYEE_SQL: &str = "SELECT a.id, a.role, a.status, a.display_name, e.email, \
       e.password_hash, e.totp_secret, e.totp_pending_secret, e.totp_last_step, a.language, \
       (SELECT group_concat(location_id) FROM account_locations l WHERE l.account_id = a.id) \
         AS locations \
     FROM employees e JOIN accounts a ON a.id = e.account_id";

pub fn employee_by_email(db: &D1Database, email: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        &format!("{EMPLOYEE_SQL} WHERE e.email = ?1"),
        &[text(email)],
    )
}

pub fn employee_by_invite(
    db: &D1Database,
    token_hash: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        &format!(
            "{EMPLOYEE_SQL} JOIN invites i ON i.account_id = a.id \
             WHERE i.token_hash = ?1 AND i.used_at IS NULL AND i.expires_at > ?2 \
               AND a.status = 'pending'"
        ),
        &[text(token_hash), crate::db::num(now_ms)],
    )
}

#[derive(Deserialize)]
pub struct RecoveryCodeRow {
    pub id: String,
    pub code_hash: String,
}

pub fn unused_recovery_codes(
    db: &D1Database,
    account_id: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "SELECT id, code_hash FROM recovery_codes WHERE account_id = ?1 AND used_at IS NULL",
        &[text(account_id)],
    )
}
