//! The trainers' side of learning (issue 6): authoring the agency-wide curriculum, the learners of
//! a location, groups, assignments, and the progress dashboard with its CSV export. Rules live in
//! `wegwijs_shared::learning` (validation, learner state, question figures, CSV); handlers load,
//! authorize by location, and act in one batch. The residents' side is `crate::learning`.

pub mod api;
mod assignment_store;
mod store;

use wegwijs_shared::auth::Target;
use wegwijs_shared::learning::Module;
use wegwijs_shared::problem::FieldError;

use crate::activities::api::read::query;
use crate::authz::authorize;
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::request_id::random_id;

pub fn bad(field: &str, code: &str, message: impl Into<String>) -> ApiError {
    ApiError::Validation(vec![FieldError::new(field, code, message)])
}

/// The location a read or write is about: the `location` parameter, else the caller's first
/// location (admins have none and must name one). A location not theirs is a 403.
pub async fn location_of(ctx: &RequestCtx) -> Result<String, ApiError> {
    let me = &ctx.signed_in()?.principal;
    let location = match query(ctx, "location")? {
        Some(l) => l,
        None => me
            .location_ids
            .first()
            .cloned()
            .ok_or_else(|| bad("location", "required", "Name the location."))?,
    };
    authorize(ctx, Target::Location(&location)).await?;
    Ok(location)
}

pub fn parse_module(id: &str, doc: &str) -> Result<Module, ApiError> {
    serde_json::from_str(doc)
        .map_err(|e| ApiError::Internal(format!("stored module {id} does not parse: {e}")))
}

pub fn new_id(prefix: &str) -> Result<String, ApiError> {
    let id = random_id().map_err(|e| ApiError::Internal(format!("CSPRNG failed: {e}")))?;
    Ok(format!("{prefix}-{id}"))
}
