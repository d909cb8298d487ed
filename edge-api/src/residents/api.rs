//! Handlers of `/api/residents*`. Each loads its object, asks `authz::authorize` about it, then
//! acts; the audit line goes in the same batch as the change.

use serde::Deserialize;
use wegwijs_shared::audit::AuditEvent;
use wegwijs_shared::auth::{Role, Target};
use wegwijs_shared::problem::FieldError;
use wegwijs_shared::residents::{CreatedResident, MoveResidentRequest, NewResident, Resident};
use worker::Response;

use super::{card, store};
use crate::audit::{self, Entry};
use crate::authz::{authorize, rows_visible};
use crate::db::{batch, database, first, num, rows, stmt, text};
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::http::response;
use crate::request_id::random_id;

pub async fn list(ctx: RequestCtx) -> Result<Response, ApiError> {
    let me = ctx.signed_in()?.principal.clone();
    let scope = rows_visible(&ctx)?;
    let location = ctx
        .req
        .url()?
        .query_pairs()
        .find(|(k, _)| k == "location")
        .map(|(_, v)| v.into_owned())
        .filter(|v| !v.is_empty());
    let db = database(&ctx)?;
    let statements = store::list_with_audit(
        &db,
        &scope,
        location.as_deref(),
        [
            num(ctx.now_ms),
            text(&me.account_id),
            text(me.role.as_str()),
            text(&ctx.request_id),
        ],
    )?;
    let results = batch(&db, statements).await?;
    response::json(200, &store::summaries(&results[0])?)
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

#[derive(Deserialize)]
struct CreateChecks {
    location_exists: Option<i64>,
    number_taken: Option<i64>,
}

pub async fn create(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let body: NewResident = ctx.json().await?;
    let new = body
        .validate(&ymd_utc(ctx.now_ms))
        .map_err(ApiError::Validation)?;
    authorize(&ctx, Target::Location(&new.location_id)).await?;
    let me = ctx.signed_in()?.principal.clone();
    let db = database(&ctx)?;
    let checks: CreateChecks = first(stmt(
        &db,
        "SELECT (SELECT 1 FROM locations WHERE id = ?1) AS location_exists, \
                (SELECT 1 FROM residents WHERE resident_number = ?2) AS number_taken",
        &[text(&new.location_id), text(&new.resident_number)],
    )?)
    .await?
    .ok_or_else(|| ApiError::Internal("check query returned no row".into()))?;
    if checks.location_exists.is_none() {
        return Err(ApiError::Validation(vec![FieldError::new(
            "location_id",
            "unknown_location",
            "This location does not exist.",
        )]));
    }
    if checks.number_taken.is_some() {
        return Err(ApiError::Conflict(vec![FieldError::new(
            "resident_number",
            "already_registered",
            "A resident with this number is already registered. Search the list, or issue a \
             new card from their page.",
        )]));
    }
    let id = random_id().map_err(|e| ApiError::Internal(format!("CSPRNG failed: {e}")))?;
    let now = num(ctx.now_ms);
    let mut statements = vec![
        stmt(
            &db,
            "INSERT INTO accounts (id, role, status, display_name, created_at, updated_at) \
             VALUES (?1, 'resident', 'pending', ?2, ?3, ?3)",
            &[text(&id), text(&new.preferred_name), now.clone()],
        )?,
        stmt(
            &db,
            "INSERT INTO residents (account_id, resident_number, language, location_id, date_of_birth) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
            &[
                text(&id),
                text(&new.resident_number),
                text(&new.language),
                text(&new.location_id),
                crate::db::opt_text(new.date_of_birth.as_deref()),
            ],
        )?,
        stmt(
            &db,
            "INSERT INTO resident_moves (resident_id, location_id, from_ms, moved_by) \
             VALUES (?1, ?2, ?3, ?4)",
            &[text(&id), text(&new.location_id), now, text(&me.account_id)],
        )?,
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
        return Err(ApiError::Validation(vec![FieldError::new(
            "location_id",
            "same_location",
            "The resident already lives at this location.",
        )]));
    }
    let me = ctx.signed_in()?.principal.clone();
    let db = database(&ctx)?;
    let exists: Option<CreateChecks> = first(stmt(
        &db,
        "SELECT 1 AS location_exists, NULL AS number_taken FROM locations WHERE id = ?1",
        &[text(&target)],
    )?)
    .await?;
    if exists.is_none() {
        return Err(ApiError::Validation(vec![FieldError::new(
            "location_id",
            "unknown_location",
            "This location does not exist.",
        )]));
    }
    let now = num(ctx.now_ms);
    let statements = vec![
        stmt(
            &db,
            "UPDATE resident_moves SET until_ms = ?2 WHERE resident_id = ?1 AND until_ms IS NULL",
            &[text(&id), now.clone()],
        )?,
        stmt(
            &db,
            "INSERT INTO resident_moves (resident_id, location_id, from_ms, moved_by) \
             VALUES (?1, ?2, ?3, ?4)",
            &[text(&id), text(&target), now, text(&me.account_id)],
        )?,
        stmt(
            &db,
            "UPDATE residents SET location_id = ?2 WHERE account_id = ?1",
            &[text(&id), text(&target)],
        )?,
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

/// `YYYY-MM-DD` (UTC) of a time in ms since the epoch (Howard Hinnant's civil-from-days).
pub fn ymd_utc(ms: f64) -> String {
    let days = (ms / 86_400_000.0).floor() as i64;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::ymd_utc;

    #[test]
    fn civil_dates() {
        assert_eq!(ymd_utc(0.0), "1970-01-01");
        assert_eq!(ymd_utc(951_782_400_000.0), "2000-02-29");
        assert_eq!(ymd_utc(1_795_910_399_999.0), "2026-11-28");
        assert_eq!(ymd_utc(1_795_910_400_000.0), "2026-11-29");
    }
}
