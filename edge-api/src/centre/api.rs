//! Handlers of `/api/centre*`. Reads answer with a content `ETag` (304 on `If-None-Match`); writes
//! check the location with `authorize`, validate (422 naming the field, e.g.
//! `hours.monday.1.closes`), and change a row only at the version the editor saw (else 409, nothing
//! stored), the changed row read back in the same batch.

use wegwijs_shared::auth::Target;
use wegwijs_shared::centre::{
    CentreView, ContactsInput, EMERGENCY_NUMBER, RemoveService, ServiceInput, sort_services,
};
use worker::{D1Database, D1PreparedStatement, Response};

use super::store;
use crate::authz::{authorize, request_location};
use crate::db::{batch, database, first, rows, saved_at_version};
use crate::error::ApiError;
use crate::http::response;
use crate::http::{RequestCtx, conditional};
use crate::request_id::random_id;

/// `GET /api/centre?location=<id>`: without a location, the one the shared rule implies (a
/// resident's home, the only location of staff or a trainer).
pub async fn get(ctx: RequestCtx) -> Result<Response, ApiError> {
    let location = request_location(&ctx).await?;
    let db = database(&ctx)?;
    let results = batch(
        &db,
        vec![
            store::location(&db, &location)?,
            store::contacts(&db, &location)?,
            store::services(&db, &location)?,
        ],
    )
    .await?;
    let place = rows::<store::LocationRow>(&results[0])?
        .into_iter()
        .next()
        .ok_or(ApiError::ResourceNotFound { what: "location" })?;
    let mut services = rows::<store::ServiceRow>(&results[2])?
        .into_iter()
        .map(store::into_service)
        .collect::<Result<Vec<_>, _>>()?;
    sort_services(&mut services);
    let view = CentreView {
        location_id: place.id,
        location_name: place.name,
        timezone: place.timezone,
        emergency_number: EMERGENCY_NUMBER.to_owned(),
        contacts: store::into_contacts(rows(&results[1])?.into_iter().next()),
        services,
    };
    conditional::json(&ctx, &view)
}

async fn existing_location(ctx: &RequestCtx, id: &str) -> Result<(), ApiError> {
    let db = database(ctx)?;
    first::<store::LocationRow>(store::location(&db, id)?)
        .await?
        .map(|_| ())
        .ok_or(ApiError::ResourceNotFound { what: "location" })
}

/// `PUT /api/centre/{location_id}/contacts`.
pub async fn put_contacts(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let location = ctx.param("location_id")?.to_owned();
    authorize(&ctx, Target::Location(&location)).await?;
    let input: ContactsInput = ctx.json().await?;
    let input = input.validate().map_err(ApiError::Validation)?;
    existing_location(&ctx, &location).await?;
    let me = ctx.signed_in()?.principal.account_id.clone();
    let db = database(&ctx)?;
    let write = if input.version == 0 {
        store::insert_contacts(&db, &location, &input, &me, ctx.now_ms)?
    } else {
        store::update_contacts(&db, &location, &input, &me, ctx.now_ms)?
    };
    let results = batch(&db, vec![write, store::contacts(&db, &location)?]).await?;
    let after = store::into_contacts(rows(&results[1])?.into_iter().next());
    saved_at_version(&results[0], "contact information", after.version)?;
    response::json(200, &after)
}

/// `POST /api/centre/{location_id}/services`.
pub async fn create_service(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let location = ctx.param("location_id")?.to_owned();
    authorize(&ctx, Target::Location(&location)).await?;
    let input: ServiceInput = ctx.json().await?;
    let input = input.validate().map_err(ApiError::Validation)?;
    existing_location(&ctx, &location).await?;
    let me = ctx.signed_in()?.principal.account_id.clone();
    let db = database(&ctx)?;
    let id = format!("svc-{}", &random_id().map_err(ApiError::csprng)?[..16]);
    let results = batch(
        &db,
        vec![
            store::insert_service(&db, &id, &location, &input, &me, ctx.now_ms)?,
            store::service(&db, &id)?,
        ],
    )
    .await?;
    let row = rows::<store::ServiceRow>(&results[1])?
        .into_iter()
        .next()
        .ok_or_else(|| ApiError::Internal("created service not found".into()))?;
    response::json(201, &store::into_service(row)?)
}

/// Loads a service that was not removed, then checks the caller may manage its location.
async fn load_authorized(ctx: &RequestCtx, id: &str) -> Result<store::ServiceRow, ApiError> {
    let db = database(ctx)?;
    let row = first::<store::ServiceRow>(store::service(&db, id)?)
        .await?
        .filter(|r| r.removed == 0)
        .ok_or(ApiError::ResourceNotFound { what: "service" })?;
    authorize(ctx, Target::Location(&row.location_id)).await?;
    Ok(row)
}

/// `PUT /api/centre/services/{id}`: every field, hours and exceptions included.
pub async fn update_service(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    load_authorized(&ctx, &id).await?;
    let input: ServiceInput = ctx.json().await?;
    let input = input.validate().map_err(ApiError::Validation)?;
    let me = ctx.signed_in()?.principal.account_id.clone();
    let db = database(&ctx)?;
    let write = store::update_service(&db, &id, &input, &me, ctx.now_ms)?;
    write_service(&db, &id, write).await
}

/// `PUT /api/centre/services/{id}/removed`: residents no longer see it; the row stays.
pub async fn remove_service(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    load_authorized(&ctx, &id).await?;
    let input: RemoveService = ctx.json().await?;
    let me = ctx.signed_in()?.principal.account_id.clone();
    let db = database(&ctx)?;
    let write = store::remove_service(&db, &id, input.version, &me, ctx.now_ms)?;
    write_service(&db, &id, write).await
}

/// Runs a versioned write of a service and reads the service back in the same batch.
async fn write_service(
    db: &D1Database,
    id: &str,
    write: D1PreparedStatement,
) -> Result<Response, ApiError> {
    let results = batch(db, vec![write, store::service(db, id)?]).await?;
    let row = rows::<store::ServiceRow>(&results[1])?
        .into_iter()
        .next()
        .ok_or(ApiError::ResourceNotFound { what: "service" })?;
    saved_at_version(&results[0], "service", row.version)?;
    response::json(200, &store::into_service(row)?)
}
