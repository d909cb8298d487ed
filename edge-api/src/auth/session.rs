//! Sessions: a 256-bit random token in the `__Host-` cookie, stored only as its SHA-256. Each row
//! keeps its role's idle and absolute timeouts, so loading a session and checking its expiry is one
//! query, and touching it (sliding the idle timeout) rides in the same batch.

use wegwijs_shared::accounts::SessionView;
use wegwijs_shared::auth::{Principal, Role};
use worker::{D1Database, D1PreparedStatement, Response};

use super::secrets::{random_token, sha256_hex};
use super::session_store;
use crate::audit::{self, Entry};
use crate::db::{batch, rows};
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

/// Loads the session for `token` and slides its idle timeout, in one round trip.
pub async fn load(
    db: &D1Database,
    token: &str,
    now_ms: f64,
) -> Result<Option<ActiveSession>, ApiError> {
    let token_hash = sha256_hex(token);
    let results = batch(
        db,
        vec![
            session_store::load(db, &token_hash, now_ms)?,
            session_store::touch(db, &token_hash, now_ms)?,
        ],
    )
    .await?;
    let Some(row) = rows::<session_store::SessionRow>(&results[0])?
        .into_iter()
        .next()
    else {
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
        let id = random_id().map_err(ApiError::csprng)?;
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
        session_store::insert(
            db,
            &session_store::Insert {
                id: &s.id,
                token_hash: &s.token_hash,
                account_id: &s.principal.account_id,
                created_at_ms: s.created_at_ms,
                idle_ms: s.idle_ms,
                absolute_ms: s.absolute_ms,
                device,
            },
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
            statements.push(session_store::revoke_token(
                db,
                &sha256_hex(&old),
                ctx.now_ms,
            )?);
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

/// Other domains end an account's sessions in their own batches (disabling it, a new card).
pub use super::session_store::revoke_all;

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
