//! The account lookups the sign-in doors need, each one statement so it can join a batch.

use serde::Deserialize;
use wegwijs_shared::auth::{Principal, Role};
use worker::{D1Database, D1PreparedStatement};

use super::session::split_locations;
use crate::db::{num, stmt, text};
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
        &[text(token_hash), num(now_ms)],
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

/// The account's own app language.
pub fn set_language(
    db: &D1Database,
    account_id: &str,
    language: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE accounts SET language = ?2, updated_at = ?3 WHERE id = ?1",
        &[text(account_id), text(language), num(now_ms)],
    )
}

/// The end of every door that turns a pending account on (invitation, activation card).
pub fn activate(
    db: &D1Database,
    account_id: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE accounts SET status = 'active', updated_at = ?2 WHERE id = ?1",
        &[text(account_id), num(now_ms)],
    )
}

/// The first step of an invitation: the chosen password and an authenticator secret that only
/// counts once a code from it was shown ([`confirm_totp`]).
pub fn start_enrolment(
    db: &D1Database,
    account_id: &str,
    password_hash: &str,
    pending_secret: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE employees SET password_hash = ?2, totp_pending_secret = ?3 WHERE account_id = ?1",
        &[text(account_id), text(password_hash), text(pending_secret)],
    )
}

pub fn use_invite(
    db: &D1Database,
    token_hash: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE invites SET used_at = ?2 WHERE token_hash = ?1",
        &[text(token_hash), num(now_ms)],
    )
}

/// The pending authenticator secret becomes the account's, with the step just used.
pub fn confirm_totp(
    db: &D1Database,
    account_id: &str,
    step: u64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE employees SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, \
         totp_last_step = ?2 WHERE account_id = ?1",
        &[text(account_id), num(step as f64)],
    )
}

/// A used TOTP step can never be used again (replay); `max` keeps a late request from going back.
pub fn advance_totp_step(
    db: &D1Database,
    account_id: &str,
    step: u64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE employees SET totp_last_step = max(totp_last_step, ?2) \
         WHERE account_id = ?1",
        &[text(account_id), num(step as f64)],
    )
}

/// Put before the new set of [`add_recovery_code`]s.
pub fn clear_recovery_codes(
    db: &D1Database,
    account_id: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "DELETE FROM recovery_codes WHERE account_id = ?1",
        &[text(account_id)],
    )
}

pub fn add_recovery_code(
    db: &D1Database,
    id: &str,
    account_id: &str,
    code_hash: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT INTO recovery_codes (id, account_id, code_hash) VALUES (?1, ?2, ?3)",
        &[text(id), text(account_id), text(code_hash)],
    )
}

pub fn use_recovery_code(
    db: &D1Database,
    id: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE recovery_codes SET used_at = ?2 WHERE id = ?1",
        &[text(id), num(now_ms)],
    )
}

pub fn use_activation_code(
    db: &D1Database,
    code_hash: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE activation_codes SET used_at = ?2 WHERE code_hash = ?1 AND used_at IS NULL",
        &[text(code_hash), num(now_ms)],
    )
}

pub fn set_pin(
    db: &D1Database,
    account_id: &str,
    pin_hash: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE residents SET pin_hash = ?2 WHERE account_id = ?1",
        &[text(account_id), text(pin_hash)],
    )
}
