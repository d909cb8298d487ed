//! "Who am I", "my sessions", and signing out (this device, one other, or everywhere).

use wegwijs_shared::accounts::{SessionSummary, SignedOut};
use wegwijs_shared::audit::AuditEvent;
use wegwijs_shared::auth::Target;
use worker::Response;

use crate::audit::{self, Entry};
use crate::auth::session::revoke_all;
use crate::auth::session_store::{self, OwnerRow, SummaryRow};
use crate::authz::authorize;
use crate::db::{all, batch, changes, database, first};
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::http::{cookies, response};

/// The signed-in session, or JSON `null` when nobody is (or the session expired): a signed-out
/// app is a normal state, not an error.
pub async fn current(ctx: RequestCtx) -> Result<Response, ApiError> {
    response::json(200, &ctx.session.as_ref().map(|s| s.view()))
}

pub async fn list(ctx: RequestCtx) -> Result<Response, ApiError> {
    let me = ctx.signed_in()?;
    let db = database(&ctx)?;
    let rows: Vec<SummaryRow> = all(session_store::live_of(
        &db,
        &me.principal.account_id,
        ctx.now_ms,
    )?)
    .await?;
    let sessions: Vec<SessionSummary> = rows
        .into_iter()
        .map(|r| SessionSummary {
            current: r.id == me.id,
            id: r.id,
            created_at_ms: r.created_at,
            last_seen_at_ms: r.last_seen_at,
            device: r.device,
        })
        .collect();
    response::json(200, &sessions)
}

fn signed_out(sessions_ended: usize, clear_cookie: bool) -> Result<Response, ApiError> {
    let mut response = response::json(
        200,
        &SignedOut {
            sessions_ended: sessions_ended as u32,
        },
    )?;
    if clear_cookie {
        response
            .headers_mut()
            .set("set-cookie", &cookies::clear_session())?;
    }
    Ok(response)
}

pub async fn sign_out(ctx: RequestCtx) -> Result<Response, ApiError> {
    let me = ctx.signed_in()?;
    let db = database(&ctx)?;
    let results = batch(
        &db,
        vec![
            session_store::revoke(&db, &me.id, ctx.now_ms)?,
            audit::statement(
                &db,
                &ctx,
                &Entry::new(AuditEvent::SignOut).by(&me.principal),
            )?,
        ],
    )
    .await?;
    signed_out(changes(&results[0])?, true)
}

pub async fn sign_out_all(ctx: RequestCtx) -> Result<Response, ApiError> {
    let me = ctx.signed_in()?;
    let db = database(&ctx)?;
    let results = batch(
        &db,
        vec![
            revoke_all(&db, &me.principal.account_id, ctx.now_ms)?,
            audit::statement(
                &db,
                &ctx,
                &Entry::new(AuditEvent::SignOut)
                    .by(&me.principal)
                    .detail("all_sessions"),
            )?,
        ],
    )
    .await?;
    signed_out(changes(&results[0])?, true)
}

pub async fn revoke(ctx: RequestCtx) -> Result<Response, ApiError> {
    let me = ctx.signed_in()?;
    let session_id = ctx.param("id")?;
    let db = database(&ctx)?;
    let owner: OwnerRow = first(session_store::owner(&db, session_id)?)
        .await?
        .ok_or(ApiError::ResourceNotFound { what: "session" })?;
    authorize(&ctx, Target::Account(&owner.account_id)).await?;
    let results = batch(
        &db,
        vec![
            session_store::revoke(&db, session_id, ctx.now_ms)?,
            audit::statement(
                &db,
                &ctx,
                &Entry::new(AuditEvent::SessionRevoked)
                    .by(&me.principal)
                    .subject(session_id),
            )?,
        ],
    )
    .await?;
    signed_out(changes(&results[0])?, session_id == me.id)
}
