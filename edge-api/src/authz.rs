//! The one place authorization is enforced. The pipeline calls [`authorize`] with
//! [`Target::Route`] before any handler runs (role check against the route's action); handlers call
//! it again with the object they loaded (scope check: own, same location, any). Both use
//! `wegwijs_shared::auth::decide`, and every denial of a signed-in person is audited.

use wegwijs_shared::audit::AuditEvent;
use wegwijs_shared::auth::{Decision, ListScope, Target, decide, list_scope};

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
