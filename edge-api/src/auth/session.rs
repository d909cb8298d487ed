//! Sessions: a 256-bit random token in the `__Host-` cookie, stored only as its SHA-256. Each row
//! keeps its role's idle and absolute timeouts, so loading a session and checking its expiry is one
//! query, and touching it (sliding the idle timeout) rides in the same batch.

use serde::Deserialize;
use wegwijs_shared::accounts::SessionView;
use wegwijs_shared::auth::{Principal, Role};
use worker::{D1Database, D1PreparedStatement, Response};

use super::secrets::{random_token, sha256_hex};
use crate::audit::{self, Entry};
use crate::db::{batch, num, rows, stmt, text};
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::http::{cookies, response};
use crate::request_id::random_id;

/// The signed-in session behind a request.
#[derive(Clone, Debug)]
pub struct ActiveSession {
    pub id: String,
    pub token_hash: String,
    pub principal: Principal,
    pub display_name: String,
    pub language: Option<String>,
    pub created_at_ms: f64,
    pub idle_ms: f64,
    pub absolute_ms: f64,
}

impl ActiveSession {
    pub fn view(&self) -> SessionView {
        SessionView {
            account_id: self.principal.account_id.clone(),
            role: self.principal.role,
            display_name: self.display_name.clone(),
            location_ids: self.principal.location_ids.clone(),
            language: self.language.clone(),
            expires_at_ms: self.created_at_ms + self.absolute_ms,
            idle_timeout_ms: self.idle_ms,
        }
    }
}

#[derive(Deserialize)]
struct SessionRow {
    id: String,
    account_id: String,
    created_at: f64,
    idle_ms: f64,
    absolute_ms: f64,
    role: String,
    display_name: String,
    language: Option<String>,
    locations: Option<String>,
}

/// A live session is unrevoked, within both timeouts, and its account is active.
const LOAD_SQL: &str = "SELECT s.id, s.account_id, s.created_at, s.idle_ms, s.absolute_ms, \
       a.role, a.display_name, a.language, \
       COALESCE(r.location_id, \
         (SELECT group_concat(location_id) FROM account_locations l WHERE l.account_id = a.id)) \
         AS locations \
     FROM sessions s JOIN accounts a ON a.id = s.account_id \
     LEFT JOIN residents r ON r.account_id = a.id \
     WHERE s.token_hash = ?1 AND s.revoked_at IS NULL AND a.status = 'active' \
       AND ?2 < s.last_seen_at + s.idle_ms AND ?2 < s.created_at + s.absolute_ms";
const TOUCH_SQL: &str = "UPDATE sessions SET last_seen_at = ?2 \
     WHERE token_hash = ?1 AND revoked_at IS NULL \
       AND ?2 < last_seen_at + idle_ms AND ?2 < created_at + absolute_ms";

/// Loads the session for `token` and slides its idle timeout, in one round trip.
pub async fn load(
    db: &D1Database,
    token: &str,
    now_ms: f64,
) -> Result<Option<ActiveSession>, ApiError> {
    let token_hash = sha256_hex(token);
    let args = [text(&token_hash), num(now_ms)];
    let results = batch(
        db,
        vec![stmt(db, LOAD_SQL, &args)?, stmt(db, TOUCH_SQL, &args)?],
    )
    .await?;
    let Some(row) = rows::<SessionRow>(&results[0])?.into_iter().next() else {
        return Ok(None);
    };
    let role = Role::parse(&row.role)
        .ok_or_else(|| ApiError::Internal(format!("account has unknown role {:?}", row.role)))?;
    Ok(Some(ActiveSession {
        id: row.id,
        token_hash,
        principal: Principal {
            account_id: row.account_id,
            role,
            location_ids: split_locations(row.locations.as_deref()),
        },
        display_name: row.display_name,
        language: row.language,
        created_at_ms: row.created_at,
        idle_ms: row.idle_ms,
        absolute_ms: row.absolute_ms,
    }))
}

pub fn split_locations(joined: Option<&str>) -> Vec<String> {
    let mut ids: Vec<String> = joined
        .unwrap_or_default()
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    ids.sort();
    ids
}

/// A session about to be created: its token (for the cookie) and the row to insert.
pub struct NewSession {
    pub token: String,
    pub session: ActiveSession,
}

impl NewSession {
    pub fn start(
        principal: Principal,
        display_name: String,
        language: Option<String>,
        now_ms: f64,
    ) -> Result<Self, ApiError> {
        let policy = principal.role.session_policy();
        let token = random_token()?;
        let id = random_id().map_err(|e| ApiError::Internal(format!("CSPRNG failed: {e}")))?;
        Ok(Self {
            session: ActiveSession {
                id,
                token_hash: sha256_hex(&token),
                principal,
                display_name,
                language,
                created_at_ms: now_ms,
                idle_ms: policy.idle_ms,
                absolute_ms: policy.absolute_ms,
            },
            token,
        })
    }

    fn insert(&self, db: &D1Database, device: &str) -> Result<D1PreparedStatement, ApiError> {
        let s = &self.session;
        stmt(
            db,
            "INSERT INTO sessions \
             (id, token_hash, account_id, created_at, last_seen_at, idle_ms, absolute_ms, device) \
             VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6, ?7)",
            &[
                text(&s.id),
                text(&s.token_hash),
                text(&s.principal.account_id),
                num(s.created_at_ms),
                num(s.idle_ms),
                num(s.absolute_ms),
                text(device),
            ],
        )
    }

    /// Everything a sign-in batch writes for the session: the end of whatever session came with
    /// the request's cookie (rotation: a sign-in never keeps an older session alive under the
    /// same cookie), the new row, and the audit line `entry`.
    pub fn begin(
        &self,
        ctx: &RequestCtx,
        db: &D1Database,
        entry: &Entry<'_>,
    ) -> Result<Vec<D1PreparedStatement>, ApiError> {
        let mut statements = Vec::new();
        if let Some(old) = super::cookie_token(ctx)? {
            statements.push(revoke_token(db, &old, ctx.now_ms)?);
        }
        statements.push(self.insert(db, &super::device(ctx)?)?);
        statements.push(audit::statement(db, ctx, entry)?);
        Ok(statements)
    }

    /// The sign-in answer: the session view and the cookie carrying the token.
    pub fn response(&self, status: u16) -> Result<Response, ApiError> {
        self.respond_with(status, &self.session.view())
    }

    /// Any sign-in answer `body`, with the cookie carrying the token.
    pub fn respond_with<T: serde::Serialize>(
        &self,
        status: u16,
        body: &T,
    ) -> Result<Response, ApiError> {
        let mut response = response::json(status, body)?;
        let max_age_s = (self.session.absolute_ms / 1000.0) as u64;
        response
            .headers_mut()
            .set("set-cookie", &cookies::set_session(&self.token, max_age_s))?;
        Ok(response)
    }
}

/// Ends the session whose token came with a request.
fn revoke_token(
    db: &D1Database,
    token: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE sessions SET revoked_at = ?2 WHERE token_hash = ?1 AND revoked_at IS NULL",
        &[text(&sha256_hex(token)), num(now_ms)],
    )
}

pub fn revoke_all(
    db: &D1Database,
    account_id: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE sessions SET revoked_at = ?2 WHERE account_id = ?1 AND revoked_at IS NULL",
        &[text(account_id), num(now_ms)],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations_split_sorted_and_skip_empties() {
        assert_eq!(split_locations(Some("b,a")), ["a", "b"]);
        assert!(split_locations(None).is_empty());
        assert!(split_locations(Some("")).is_empty());
    }
}
