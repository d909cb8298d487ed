//! The one place authorization is enforced. The pipeline calls [`authorize`] with
//! [`Target::Route`] before any handler runs (role check against the route's action); handlers call
//! it again with the object they loaded (scope check: own, same location, any). Both use
//! `wegwijs_shared::auth::decide`, and every denial of a signed-in person is audited.

use wegwijs_shared::audit::AuditEvent;
use wegwijs_shared::auth::{Decision, ListScope, Target, decide, list_scope};
use wegwijs_shared::location_scope::{self, LOCATION_PARAM, LocationRequired};

use crate::audit::{self, Entry};
use crate::db::database;
use crate::error::ApiError;
use crate::http::RequestCtx;

pub async fn authorize(ctx: &RequestCtx, target: Target<'_>) -> Result<(), ApiError> {
    match decide(ctx.principal(), ctx.action, target) {
        Decision::Allow => Ok(()),
        Decision::Unauthenticated => Err(ApiError::Unauthenticated),
        Decision::Forbidden => {
            let principal = ctx.signed_in()?.principal.clone();
            let mut entry = Entry::new(AuditEvent::PermissionDenied)
                .by(&principal)
                .detail(format!("action={}", ctx.action.as_str()));
            match target {
                Target::Route | Target::AgencyWide => {}
                Target::Resident { account_id, .. } => entry = entry.resident(account_id),
                Target::Account(id) | Target::Location(id) => entry = entry.subject(id),
            }
            audit::record(&database(ctx)?, ctx, entry).await?;
            Err(ApiError::Forbidden)
        }
    }
}

/// Which rows of a list the signed-in principal may see.
pub fn rows_visible(ctx: &RequestCtx) -> Result<ListScope, ApiError> {
    let principal = &ctx.signed_in()?.principal;
    list_scope(principal, ctx.action).ok_or(ApiError::Forbidden)
}

/// The location a request is about (`?location=`, else the one the shared rule implies: a
/// resident's own, the only one of staff or a trainer), checked like any other object: a location
/// not the caller's is a 403. Staff or trainers at several locations and admins must name one (422
/// naming `location`).
pub async fn request_location(ctx: &RequestCtx) -> Result<String, ApiError> {
    let me = &ctx.signed_in()?.principal;
    let requested = ctx.query(LOCATION_PARAM)?;
    let location =
        location_scope::request_location(me.role, &me.location_ids, requested.as_deref())
            .map_err(|LocationRequired| {
                ApiError::field(
                    LOCATION_PARAM,
                    "required",
                    "Name the location (?location=<id>).",
                )
            })?
            .to_owned();
    authorize(ctx, Target::Location(&location)).await?;
    Ok(location)
}
