//! Handlers of `/api/centre*`. Reads answer with a content `ETag` (304 on `If-None-Match`); writes
//! check the location with `authorize`, validate (422 naming the field, e.g.
//! `hours.monday.1.closes`), and change a row only at the version the editor saw (else 409, nothing
//! stored), the changed row read back in the same batch.

use sha2::{Digest, Sha256};
use wegwijs_shared::auth::Target;
use wegwijs_shared::centre::{
    CentreView, ContactsInput, EMERGENCY_NUMBER, RemoveService, ServiceInput, sort_services,
};
use wegwijs_shared::problem::FieldError;
use worker::{Headers, Response};

use super::store;
use crate::authz::authorize;
use crate::db::{batch, changes, database, first, rows};
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::http::response;
use crate::request_id::random_id;

fn stale() -> ApiError {
    ApiError::Conflict(vec![FieldError::new(
        "version",
        "stale_version",
        "Someone else changed this after you opened it. Nothing was saved; reload to see their \
         change, then make yours again.",
    )])
}

/// `GET /api/centre?location=<id>`: without a location, the caller's own (a resident's home, a
/// staff member's first location).
pub async fn get(ctx: RequestCtx) -> Result<Response, ApiError> {
    let me = ctx.signed_in()?.principal.clone();
    let location = ctx
        .req
        .url()?
        .query_pairs()
        .find(|(k, _)| k == "location")
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| !v.is_empty())
        .or_else(|| me.location_ids.first().cloned())
        .ok_or_else(|| {
            ApiError::Validation(vec![FieldError::new(
                "location",
                "required",
                "Name the location (?location=<id>).",
            )])
        })?;
    authorize(&ctx, Target::Location(&location)).await?;
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
    let body = serde_json::to_vec(&view)
        .map_err(|e| ApiError::Internal(format!("encoding centre: {e}")))?;
    let etag = etag_of(&body);
    let headers = Headers::new();
    headers.set("etag", &etag)?;
    // Personal (depends on who may see which location): never in a shared cache; revalidate.
    headers.set("cache-control", "private, no-cache")?;
    if if_none_match_hits(ctx.req.headers().get("if-none-match")?.as_deref(), &etag) {
        return Ok(Response::empty()?.with_status(304).with_headers(headers));
    }
    headers.set("content-type", "application/json")?;
    Ok(Response::from_bytes(body)?.with_headers(headers))
}

/// A strong validator: the hash of the exact bytes sent.
fn etag_of(body: &[u8]) -> String {
    let digest = Sha256::digest(body);
    let hex: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    format!("\"{hex}\"")
}

/// RFC 9110 §13.1.2: `*` or any listed tag (weak comparison) matches.
fn if_none_match_hits(header: Option<&str>, etag: &str) -> bool {
    header.is_some_and(|value| {
        value
            .split(',')
            .map(|t| t.trim().trim_start_matches("W/"))
            .any(|t| t == "*" || t == etag)
    })
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
    if changes(&results[0])? == 0 {
        return Err(stale());
    }
    response::json(
        200,
        &store::into_contacts(rows(&results[1])?.into_iter().next()),
    )
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
    let id = format!(
        "svc-{}",
        &random_id().map_err(|e| ApiError::Internal(format!("CSPRNG failed: {e}")))?[..16]
    );
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
    let results = batch(
        &db,
        vec![
            store::update_service(&db, &id, &input, &me, ctx.now_ms)?,
            store::service(&db, &id)?,
        ],
    )
    .await?;
    if changes(&results[0])? == 0 {
        return Err(stale());
    }
    let row = rows::<store::ServiceRow>(&results[1])?
        .into_iter()
        .next()
        .ok_or(ApiError::ResourceNotFound { what: "service" })?;
    response::json(200, &store::into_service(row)?)
}

/// `PUT /api/centre/services/{id}/removed`: residents no longer see it; the row stays.
pub async fn remove_service(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    load_authorized(&ctx, &id).await?;
    let input: RemoveService = ctx.json().await?;
    let me = ctx.signed_in()?.principal.account_id.clone();
    let db = database(&ctx)?;
    let results = batch(
        &db,
        vec![
            store::remove_service(&db, &id, input.version, &me, ctx.now_ms)?,
            store::service(&db, &id)?,
        ],
    )
    .await?;
    if changes(&results[0])? == 0 {
        return Err(stale());
    }
    let row = rows::<store::ServiceRow>(&results[1])?
        .into_iter()
        .next()
        .ok_or(ApiError::ResourceNotFound { what: "service" })?;
    response::json(200, &store::into_service(row)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn etags_compare_weakly_and_accept_lists() {
        let tag = etag_of(b"{}");
        assert!(tag.starts_with('"') && tag.ends_with('"') && tag.len() == 26);
        assert_ne!(tag, etag_of(b"{ }"));
        assert!(if_none_match_hits(Some(&tag), &tag));
        assert!(if_none_match_hits(Some(&format!("\"x\", W/{tag}")), &tag));
        assert!(if_none_match_hits(Some("*"), &tag));
        assert!(!if_none_match_hits(Some("\"x\""), &tag));
        assert!(!if_none_match_hits(None, &tag));
    }
}
