//! The trainers' area: module authoring, groups, assignments and the progress dashboard. Trainers
//! work online, so these writes go straight to the API (not through the residents' offline queue);
//! module and group writes name the version they edit and a stale one comes back as a 409 problem.

use gloo_net::http::Request;
use wegwijs_shared::api_paths as paths;
use wegwijs_shared::learning::Module;
use wegwijs_shared::learning::wire::{
    Assignment, AssignmentInput, Dashboard, Group, GroupInput, GroupUpdate, Learner, ModuleDraft,
    ModuleListItem, ModuleUpdate,
};

use super::{ApiFailure, encode, get_json, send_empty, send_json};

/// `?location=` for the calls that take one (`wegwijs_shared::location_scope` says who may leave
/// it out: only someone at exactly one location).
fn location_query(location: Option<&str>) -> String {
    location
        .filter(|l| !l.is_empty())
        .map(|l| format!("location={}", encode(l)))
        .unwrap_or_default()
}

pub async fn authoring_modules(language: &str) -> Result<Vec<ModuleListItem>, ApiFailure> {
    get_json(&format!(
        "{}?language={}",
        paths::AUTHORING_MODULES,
        encode(language)
    ))
    .await
}

pub async fn authoring_module(id: &str) -> Result<ModuleDraft, ApiFailure> {
    get_json(&paths::authoring_module(id)).await
}

pub async fn create_module(module: &Module) -> Result<ModuleDraft, ApiFailure> {
    send_json(Request::post(paths::AUTHORING_MODULES), module).await
}

pub async fn update_module(id: &str, update: &ModuleUpdate) -> Result<ModuleDraft, ApiFailure> {
    send_json(Request::put(&paths::authoring_module(id)), update).await
}

pub async fn learners(location: Option<&str>) -> Result<Vec<Learner>, ApiFailure> {
    get_json(&format!("{}?{}", paths::LEARNERS, location_query(location))).await
}

pub async fn groups(location: Option<&str>) -> Result<Vec<Group>, ApiFailure> {
    get_json(&format!(
        "{}?{}",
        paths::LEARNING_GROUPS,
        location_query(location)
    ))
    .await
}

pub async fn create_group(input: &GroupInput) -> Result<Group, ApiFailure> {
    send_json(Request::post(paths::LEARNING_GROUPS), input).await
}

pub async fn update_group(id: &str, update: &GroupUpdate) -> Result<Group, ApiFailure> {
    send_json(Request::put(&paths::learning_group(id)), update).await
}

pub async fn assignments(location: Option<&str>) -> Result<Vec<Assignment>, ApiFailure> {
    get_json(&format!(
        "{}?{}",
        paths::LEARNING_ASSIGNMENTS,
        location_query(location)
    ))
    .await
}

pub async fn create_assignment(input: &AssignmentInput) -> Result<Assignment, ApiFailure> {
    send_json(Request::post(paths::LEARNING_ASSIGNMENTS), input).await
}

/// 204 on success: the body is empty, so nothing is decoded.
pub async fn delete_assignment(id: &str) -> Result<(), ApiFailure> {
    let path = paths::learning_assignment(id);
    match send_empty::<serde_json::Value>(Request::delete(&path)).await {
        Ok(_) => Ok(()),
        Err(ApiFailure::Unexpected {
            status: Some(204), ..
        }) => Ok(()),
        Err(other) => Err(other),
    }
}

/// The query of both dashboard addresses (the JSON and the CSV download).
pub fn dashboard_query(module: &str, location: Option<&str>, language: &str) -> String {
    let mut query = format!("module={}&language={}", encode(module), encode(language));
    let location = location_query(location);
    if !location.is_empty() {
        query.push('&');
        query.push_str(&location);
    }
    query
}

pub async fn dashboard(
    module: &str,
    location: Option<&str>,
    language: &str,
) -> Result<Dashboard, ApiFailure> {
    get_json(&format!(
        "{}?{}",
        paths::LEARNING_DASHBOARD,
        dashboard_query(module, location, language)
    ))
    .await
}
