//! Activities: the resident's week and sign-ups (through the offline queue), and the staff pages.

use gloo_net::http::Request;
use wegwijs_shared::activities::{
    ActivitiesPage, ActivityInput, CancelActivity, Participants, SignUp, SignUpResult,
    StaffActivity, StaffActivityList, UpdateActivity,
};

use super::{ApiFailure, Sent, encode, get_json, put_queued, send_json};

/// The coming `days` days at the caller's location (staff: `location`), texts in `language` where
/// there are any. No `from`: the server's "today" at the location, so the address stays the same
/// all day and the saved copy answers offline.
pub async fn activities(
    location: Option<&str>,
    days: u32,
    language: &str,
) -> Result<ActivitiesPage, ApiFailure> {
    let mut path = format!("/api/activities?days={days}&language={}", encode(language));
    if let Some(location) = location {
        path.push_str(&format!("&location={}", encode(location)));
    }
    get_json(&path).await
}

pub fn sign_up_path(activity_id: &str, date: &str) -> String {
    format!(
        "/api/activities/{}/occurrences/{}/signup",
        encode(activity_id),
        encode(date)
    )
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
        &sign_up_path(activity_id, date),
        &SignUp { signed_up },
        what,
    )
    .await
}

pub async fn activity_definitions(location: &str) -> Result<StaffActivityList, ApiFailure> {
    get_json(&format!(
        "/api/activities/definitions?location={}",
        encode(location)
    ))
    .await
}

pub async fn create_activity(input: &ActivityInput) -> Result<StaffActivity, ApiFailure> {
    send_json(Request::post("/api/activities"), input).await
}

pub async fn update_activity(
    id: &str,
    update: &UpdateActivity,
) -> Result<StaffActivity, ApiFailure> {
    send_json(
        Request::put(&format!("/api/activities/{}", encode(id))),
        update,
    )
    .await
}

pub async fn cancel_activity(
    id: &str,
    change: &CancelActivity,
) -> Result<StaffActivity, ApiFailure> {
    send_json(
        Request::put(&format!("/api/activities/{}/cancelled", encode(id))),
        change,
    )
    .await
}

pub async fn participants(activity_id: &str, date: &str) -> Result<Participants, ApiFailure> {
    get_json(&format!(
        "/api/activities/{}/occurrences/{}/participants",
        encode(activity_id),
        encode(date)
    ))
    .await
}
