//! Activities: the resident's week and sign-ups (through the offline queue), and the staff pages.

use gloo_net::http::Request;
use wegwijs_shared::activities::{
    ActivitiesPage, ActivityInput, CancelActivity, Participants, SignUp, SignUpResult,
    StaffActivity, StaffActivityList, UpdateActivity,
};
use wegwijs_shared::api_paths as paths;

use super::{ApiFailure, Sent, encode, get_json, put_queued, send_json};

/// The coming `days` days at the caller's location (staff: `location`), texts in `language` where
/// there are any. No `from`: the server's "today" at the location, so the address stays the same
/// all day and the saved copy answers offline.
pub async fn activities(
    location: Option<&str>,
    days: u32,
    language: &str,
) -> Result<ActivitiesPage, ApiFailure> {
    get_json(&activities_path(location, days, language)).await
}

/// The address [`activities`] reads (the home page warms the service worker's copy of it).
pub fn activities_path(location: Option<&str>, days: u32, language: &str) -> String {
    let mut path = format!(
        "{}?days={days}&language={}",
        paths::ACTIVITIES,
        encode(language)
    );
    if let Some(location) = location {
        path.push_str("&location=");
        path.push_str(&encode(location));
    }
    path
}

/// Sign up (`true`) or cancel; queued on this device when offline.
pub async fn sign_up(
    activity_id: &str,
    date: &str,
    signed_up: bool,
) -> Result<Sent<SignUpResult>, ApiFailure> {
    let what = if signed_up {
        "activities-pending-signup"
    } else {
        "activities-pending-cancel"
    };
    put_queued(
        &paths::activity_signup(activity_id, date),
        &SignUp { signed_up },
        what,
    )
    .await
}

pub async fn activity_definitions(location: &str) -> Result<StaffActivityList, ApiFailure> {
    get_json(&format!(
        "{}?location={}",
        paths::ACTIVITY_DEFINITIONS,
        encode(location)
    ))
    .await
}

pub async fn create_activity(input: &ActivityInput) -> Result<StaffActivity, ApiFailure> {
    send_json(Request::post(paths::ACTIVITIES), input).await
}

pub async fn update_activity(
    id: &str,
    update: &UpdateActivity,
) -> Result<StaffActivity, ApiFailure> {
    send_json(Request::put(&paths::activity(id)), update).await
}

pub async fn cancel_activity(
    id: &str,
    change: &CancelActivity,
) -> Result<StaffActivity, ApiFailure> {
    send_json(Request::put(&paths::activity_cancelled(id)), change).await
}

pub async fn participants(activity_id: &str, date: &str) -> Result<Participants, ApiFailure> {
    get_json(&paths::activity_participants(activity_id, date)).await
}
