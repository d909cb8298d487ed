use wegwijs_shared::audit::AuditEvent;
use wegwijs_shared::auth::Target;
use wegwijs_shared::locations::LocationInput;
use worker::Response;

use super::store;
use crate::audit::{self, Entry};
use crate::authz::authorize;
use crate::db::{batch, changes, database};
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::http::response;
use crate::request_id::random_id;

pub async fn list(ctx: RequestCtx) -> Result<Response, ApiError> {
    let db = ctx.env.d1("DB")?;
    let directory = store::directory(&db).await?;
    response::json(200, &directory)
}

pub async fn create(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let input: LocationInput = ctx.json().await?;
    let input = input.validate().map_err(ApiError::Validation)?;
    let me = ctx.signed_in()?.principal.clone();
    let db = database(&ctx)?;
    let id = format!("loc-{}", &random_id().map_err(ApiError::csprng)?[..12]);
    let results = batch(
        &db,
        vec![
            store::insert(&db, &id, &input, ctx.now_ms)?,
            audit::statement(
                &db,
                &ctx,
                &Entry::new(AuditEvent::LocationChanged)
                    .by(&me)
                    .subject(&id)
                    .detail("created"),
            )?,
        ],
    )
    .await?;
    if changes(&results[0])? == 0 {
        return Err(ApiError::ResourceNotFound { what: "agency" });
    }
    response::json(201, &store::location(id, input))
}

pub async fn update(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    authorize(&ctx, Target::Location(&id)).await?;
    let input: LocationInput = ctx.json().await?;
    let input = input.validate().map_err(ApiError::Validation)?;
    let me = ctx.signed_in()?.principal.clone();
    let db = database(&ctx)?;
    let results = batch(
        &db,
        vec![
            store::update(&db, &id, &input)?,
            audit::statement(
                &db,
                &ctx,
                &Entry::new(AuditEvent::LocationChanged)
                    .by(&me)
                    .subject(&id)
                    .detail("updated"),
            )?,
        ],
    )
    .await?;
    if changes(&results[0])? == 0 {
        return Err(ApiError::ResourceNotFound { what: "location" });
    }
    response::json(200, &store::location(id, input))
}
