//! The trainers' side of learning: authoring the agency-wide curriculum, the learners of
//! a location, groups, assignments, and the progress dashboard with its CSV export. Rules live in
//! `wegwijs_shared::learning` (validation, learner state, question figures, CSV); handlers load,
//! authorize by location, and act in one batch. The residents' side is `crate::learning`.

pub mod api;
mod assignment_store;
pub(crate) mod dashboard_store;
pub(crate) mod store;

use wegwijs_shared::learning::Module;

use crate::error::ApiError;
use crate::request_id::random_id;

pub fn parse_module(id: &str, doc: &str) -> Result<Module, ApiError> {
    serde_json::from_str(doc)
        .map_err(|e| ApiError::Internal(format!("stored module {id} does not parse: {e}")))
}

pub fn new_id(prefix: &str) -> Result<String, ApiError> {
    let id = random_id().map_err(ApiError::csprng)?;
    Ok(format!("{prefix}-{id}"))
}
