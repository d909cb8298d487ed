//! Handlers of `/api/accounts*` (admins only, by the policy).

use wegwijs_shared::accounts::{Invite, InviteRequest, UpdateAccountRequest};
use wegwijs_shared::audit::AuditEvent;
use wegwijs_shared::auth::Target;
use wegwijs_shared::problem::FieldError;
use worker::Response;

use super::store;
use crate::audit::{self, Entry};
use crate::auth::secrets::{random_token, sha256_hex};
use crate::auth::session::revoke_all;
use crate::authz::authorize;
use crate::db::{batch, database, first, rows};
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::http::response;
use crate::request_id::random_id;

/// An invitation link works for 7 days.
const INVITE_VALID_MS: f64 = 7.0 * 24.0 * 60.0 * 60_000.0;

pub async fn list(ctx: RequestCtx) -> Result<Response, ApiError> {
    let db = database(&ctx)?;
    let results = batch(&db, vec![store::all(&db)?]).await?;
    response::json(200, &store::accounts(&results[0])?)
}

fn unknown_locations() -> ApiError {
    ApiError::field(
        "location_ids",
        "unknown_location",
        "One of the chosen locations does not exist.",
    )
}

fn dedup(ids: &[String]) -> Vec<String> {
    let mut ids: Vec<String> = ids.iter().map(|i| i.trim().to_owned()).collect();
    ids.sort();
    ids.dedup();
    ids
}

pub async fn invite(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let body: InviteRequest = ctx.json().await?;
    let request = body.validate().map_err(ApiError::Validation)?;
    let location_ids = dedup(&request.location_ids);
    let me = ctx.signed_in()?.principal.clone();
    let db = database(&ctx)?;
    let known: store::Known = first(store::check(&db, Some(&request.email), &location_ids)?)
        .await?
        .ok_or_else(|| ApiError::Internal("check query returned no row".into()))?;
    if known.email_taken.is_some() {
        return Err(ApiError::Conflict(vec![FieldError::new(
            "email",
            "already_registered",
            "An account with this e-mail address exists already.",
        )]));
    }
    if known.known_locations != location_ids.len() as i64 {
        return Err(unknown_locations());
    }
    let id = random_id().map_err(ApiError::csprng)?;
    let token = random_token()?;
    let expires_at_ms = ctx.now_ms + INVITE_VALID_MS;
    let mut statements = vec![
        store::create_pending(
            &db,
            &id,
            request.role.as_str(),
            &request.display_name,
            ctx.now_ms,
        )?,
        store::create_employee(&db, &id, &request.email)?,
        store::create_invite(
            &db,
            &sha256_hex(&token),
            &id,
            ctx.now_ms,
            expires_at_ms,
            &me.account_id,
        )?,
    ];
    for location in &location_ids {
        statements.push(store::add_location(&db, &id, location)?);
    }
    statements.push(audit::statement(
        &db,
        &ctx,
        &Entry::new(AuditEvent::AccountInvited)
            .by(&me)
            .subject(&id)
            .detail(format!("role={}", request.role.as_str())),
    )?);
    statements.push(store::by_id(&db, &id)?);
    let results = batch(&db, statements).await?;
    let account = store::accounts(results.last().expect("batch is not empty"))?
        .into_iter()
        .next()
        .ok_or_else(|| ApiError::Internal("invited account not found".into()))?;
    let origin = ctx.req.url()?.origin().ascii_serialization();
    response::json(
        201,
        &Invite {
            account,
            invite_url: format!("{origin}/invite#token={token}"),
            expires_at_ms,
        },
    )
}

pub async fn update(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    authorize(&ctx, Target::Account(&id)).await?;
    let body: UpdateAccountRequest = ctx.json().await?;
    let me = ctx.signed_in()?.principal.clone();
    if body.disabled && id == me.account_id {
        return Err(ApiError::field(
            "disabled",
            "cannot_disable_self",
            "You cannot disable your own account; ask another administrator.",
        ));
    }
    let location_ids = dedup(&body.location_ids);
    let db = database(&ctx)?;
    // The account, whether the locations exist, and whether it finished enrolment: one round trip.
    let found = batch(
        &db,
        vec![
            store::by_id(&db, &id)?,
            store::check(&db, None, &location_ids)?,
            store::enrolled(&db, &id)?,
        ],
    )
    .await?;
    if store::accounts(&found[0])?.is_empty() {
        return Err(ApiError::ResourceNotFound { what: "account" });
    }
    let known = rows::<store::Known>(&found[1])?
        .into_iter()
        .next()
        .ok_or_else(|| ApiError::Internal("check query returned no row".into()))?;
    if known.known_locations != location_ids.len() as i64 {
        return Err(unknown_locations());
    }
    // Re-enabling returns an account to active only if it finished enrolment.
    let enrolled = rows::<store::Enrolled>(&found[2])?
        .into_iter()
        .next()
        .ok_or_else(|| ApiError::Internal("count returned no row".into()))?;
    let status = match (body.disabled, enrolled.enrolled > 0) {
        (true, _) => "disabled",
        (false, true) => "active",
        (false, false) => "pending",
    };
    let mut statements = vec![
        store::clear_locations(&db, &id)?,
        store::set_status(&db, &id, status, ctx.now_ms)?,
    ];
    for location in &location_ids {
        statements.push(store::add_location(&db, &id, location)?);
    }
    if body.disabled {
        statements.push(revoke_all(&db, &id, ctx.now_ms)?);
    }
    statements.push(audit::statement(
        &db,
        &ctx,
        &Entry::new(AuditEvent::AccountUpdated)
            .by(&me)
            .subject(&id)
            .detail(format!(
                "status={status} locations={}",
                location_ids.join(",")
            )),
    )?);
    statements.push(store::by_id(&db, &id)?);
    let results = batch(&db, statements).await?;
    let account = store::accounts(results.last().expect("batch is not empty"))?
        .into_iter()
        .next()
        .ok_or(ApiError::ResourceNotFound { what: "account" })?;
    response::json(200, &account)
}
