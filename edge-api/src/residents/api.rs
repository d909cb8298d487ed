//! Handlers of `/api/residents*`. Each loads its object, asks `authz::authorize` about it, then
//! acts; the audit line goes in the same batch as the change.

use wegwijs_shared::audit::AuditEvent;
use wegwijs_shared::auth::{Role, Target};
use wegwijs_shared::calendar::LocalDate;
use wegwijs_shared::problem::FieldError;
use wegwijs_shared::residents::{
    CreatedResident, MoveResidentRequest, NewResident, Resident, ResidentCursor,
    resident_page_limit,
};
use worker::Response;

use super::{card, list_store, store};
use crate::audit::{self, Entry};
use crate::authz::{authorize, rows_visible};
use crate::db::{batch, database, first, num, rows, text};
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::http::response;
use crate::locations;
use crate::request_id::random_id;

pub async fn list(ctx: RequestCtx) -> Result<Response, ApiError> {
    let me = ctx.signed_in()?.principal.clone();
    let scope = rows_visible(&ctx)?;
    let location = ctx.query("location")?;
    let limit = resident_page_limit(ctx.query("limit")?.as_deref()).ok_or_else(|| {
        ApiError::field(
            "limit",
            "invalid_limit",
            "The limit must be a number from 1 to 100.",
        )
    })?;
    let after = match ctx.query("after")? {
        None => None,
        Some(c) => Some(ResidentCursor::decode(&c).ok_or_else(|| {
            ApiError::field(
                "after",
                "invalid_cursor",
                "This cursor did not come from this list; start again from the first page.",
            )
        })?),
    };
    let db = database(&ctx)?;
    let page = list_store::PageQuery {
        scope: &scope,
        location: location.as_deref(),
        after: after.as_ref(),
        limit,
    };
    let statements = list_store::list_with_audit(
        &db,
        &page,
        [
            num(ctx.now_ms),
            text(&me.account_id),
            text(me.role.as_str()),
            text(&ctx.request_id),
        ],
    )?;
    let results = batch(&db, statements).await?;
    response::json(200, &list_store::page(&results[0], limit)?)
}

/// Loads a resident with their moves, then checks the caller may act on them.
async fn load_authorized(ctx: &RequestCtx, id: &str) -> Result<Resident, ApiError> {
    let db = database(ctx)?;
    let results = batch(&db, vec![store::by_id(&db, id)?, store::moves(&db, id)?]).await?;
    let row = rows::<store::ResidentRow>(&results[0])?
        .into_iter()
        .next()
        .ok_or(ApiError::ResourceNotFound { what: "resident" })?;
    authorize(
        ctx,
        Target::Resident {
            account_id: &row.id,
            location_id: &row.location_id,
        },
    )
    .await?;
    store::resident(row, &results[1])
}

pub async fn get(ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    let resident = load_authorized(&ctx, &id).await?;
    let me = &ctx.signed_in()?.principal;
    // Staff and admin reads are audited; a resident reading their own record is not surveilled.
    if me.role != Role::Resident {
        audit::record(
            &database(&ctx)?,
            &ctx,
            Entry::new(AuditEvent::ResidentRead).by(me).resident(&id),
        )
        .await?;
    }
    response::json(200, &resident)
}

pub async fn create(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let body: NewResident = ctx.json().await?;
    let new = body
        .validate(&LocalDate::from_utc_ms(ctx.now_ms).to_string())
        .map_err(ApiError::Validation)?;
    authorize(&ctx, Target::Location(&new.location_id)).await?;
    let me = ctx.signed_in()?.principal.clone();
    let db = database(&ctx)?;
    let checks: store::CreateChecks = first(store::create_checks(
        &db,
        &new.location_id,
        &new.resident_number,
    )?)
    .await?
    .ok_or_else(|| ApiError::Internal("check query returned no row".into()))?;
    if checks.location_exists.is_none() {
        return Err(ApiError::field(
            "location_id",
            "unknown_location",
            "This location does not exist.",
        ));
    }
    if checks.number_taken.is_some() {
        return Err(ApiError::Conflict(vec![FieldError::new(
            "resident_number",
            "already_registered",
            "A resident with this number is already registered. Search the list, or issue a \
             new card from their page.",
        )]));
    }
    let id = random_id().map_err(ApiError::csprng)?;
    let mut statements = vec![
        store::create_account(&db, &id, &new.preferred_name, ctx.now_ms)?,
        store::create(
            &db,
            &id,
            &new.resident_number,
            &new.language,
            &new.location_id,
            new.date_of_birth.as_deref(),
        )?,
        store::start_stay(&db, &id, &new.location_id, ctx.now_ms, &me.account_id)?,
    ];
    let issued = card::issue(
        &ctx,
        &db,
        &id,
        &new.preferred_name,
        &new.resident_number,
        &me.account_id,
    )?;
    statements.extend(issued.statements);
    statements.push(audit::statement(
        &db,
        &ctx,
        &Entry::new(AuditEvent::ResidentCreated)
            .by(&me)
            .resident(&id),
    )?);
    statements.push(audit::statement(
        &db,
        &ctx,
        &Entry::new(AuditEvent::ActivationCardIssued)
            .by(&me)
            .resident(&id),
    )?);
    statements.push(store::by_id(&db, &id)?);
    statements.push(store::moves(&db, &id)?);
    let results = batch(&db, statements).await?;
    let n = results.len();
    let row = rows::<store::ResidentRow>(&results[n - 2])?
        .into_iter()
        .next()
        .ok_or_else(|| ApiError::Internal("created resident not found".into()))?;
    let resident = store::resident(row, &results[n - 1])?;
    response::json(
        201,
        &CreatedResident {
            resident,
            card: issued.card,
        },
    )
}

pub async fn issue_card(ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    let resident = load_authorized(&ctx, &id).await?;
    let me = ctx.signed_in()?.principal.clone();
    let db = database(&ctx)?;
    let mut issued = card::issue(
        &ctx,
        &db,
        &id,
        &resident.preferred_name,
        &resident.resident_number,
        &me.account_id,
    )?;
    issued.statements.push(audit::statement(
        &db,
        &ctx,
        &Entry::new(AuditEvent::ActivationCardIssued)
            .by(&me)
            .resident(&id),
    )?);
    batch(&db, issued.statements).await?;
    response::json(200, &issued.card)
}

pub async fn move_to(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    let resident = load_authorized(&ctx, &id).await?;
    let body: MoveResidentRequest = ctx.json().await?;
    let target = body.location_id.trim().to_owned();
    if target == resident.location_id {
        return Err(ApiError::field(
            "location_id",
            "same_location",
            "The resident already lives at this location.",
        ));
    }
    let me = ctx.signed_in()?.principal.clone();
    let db = database(&ctx)?;
    if !locations::store::exists(&db, &target).await? {
        return Err(ApiError::field(
            "location_id",
            "unknown_location",
            "This location does not exist.",
        ));
    }
    let statements = vec![
        store::end_stay(&db, &id, ctx.now_ms)?,
        store::start_stay(&db, &id, &target, ctx.now_ms, &me.account_id)?,
        store::set_location(&db, &id, &target)?,
        audit::statement(
            &db,
            &ctx,
            &Entry::new(AuditEvent::ResidentMoved)
                .by(&me)
                .resident(&id)
                .detail(format!("from={} to={}", resident.location_id, target)),
        )?,
        store::by_id(&db, &id)?,
        store::moves(&db, &id)?,
    ];
    let results = batch(&db, statements).await?;
    let row = rows::<store::ResidentRow>(&results[4])?
        .into_iter()
        .next()
        .ok_or_else(|| ApiError::Internal("moved resident not found".into()))?;
    response::json(200, &store::resident(row, &results[5])?)
}
