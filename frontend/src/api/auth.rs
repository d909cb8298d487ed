//! Signing in and out, invitations, and a person's own sessions.

use gloo_net::http::Request;
use wegwijs_shared::accounts::{
    ActivateRequest, InviteCompleteRequest, InviteCompleted, InviteStartRequest,
    ResidentSignInRequest, SessionSummary, SessionView, SignedOut, StaffSignInRequest,
    TotpEnrolment,
};
use wegwijs_shared::api_paths as paths;

use super::{ApiFailure, Empty, get_json, send_empty, send_json};

/// A call whose answer sets or clears the session cookie: the offline queue sends no one's changes
/// (anonymous ones aside) until the new session is known, and resumes as before if the call fails
/// (the cookie did not change). See `crate::offline::owner`.
async fn swapping<T>(call: impl Future<Output = Result<T, ApiFailure>>) -> Result<T, ApiFailure> {
    let owner = crate::offline::pause_owner();
    let result = call.await;
    if result.is_err() {
        crate::offline::resume_owner(owner);
    }
    result
}

/// Who is signed in on this device: `None` when nobody is (the API answers JSON `null`, not an
/// error, so a signed-out visit logs nothing).
pub async fn session() -> Result<Option<SessionView>, ApiFailure> {
    get_json(paths::CURRENT_SESSION).await
}

pub async fn activate(request: &ActivateRequest) -> Result<SessionView, ApiFailure> {
    swapping(send_json(Request::post(paths::AUTH_ACTIVATE), request)).await
}

pub async fn resident_sign_in(request: &ResidentSignInRequest) -> Result<SessionView, ApiFailure> {
    swapping(send_json(
        Request::post(paths::AUTH_RESIDENT_SIGN_IN),
        request,
    ))
    .await
}

pub async fn staff_sign_in(request: &StaffSignInRequest) -> Result<SessionView, ApiFailure> {
    swapping(send_json(Request::post(paths::AUTH_STAFF_SIGN_IN), request)).await
}

pub async fn invite_start(request: &InviteStartRequest) -> Result<TotpEnrolment, ApiFailure> {
    send_json(Request::post(paths::AUTH_INVITE_START), request).await
}

pub async fn invite_complete(
    request: &InviteCompleteRequest,
) -> Result<InviteCompleted, ApiFailure> {
    swapping(send_json(
        Request::post(paths::AUTH_INVITE_COMPLETE),
        request,
    ))
    .await
}

pub async fn sign_out() -> Result<SignedOut, ApiFailure> {
    swapping(send_json(Request::post(paths::AUTH_SIGN_OUT), &Empty {})).await
}

pub async fn sign_out_all() -> Result<SignedOut, ApiFailure> {
    swapping(send_json(
        Request::post(paths::AUTH_SIGN_OUT_ALL),
        &Empty {},
    ))
    .await
}

pub async fn my_sessions() -> Result<Vec<SessionSummary>, ApiFailure> {
    get_json(paths::SESSIONS).await
}

pub async fn end_session(id: &str) -> Result<SignedOut, ApiFailure> {
    send_empty(Request::delete(&paths::session(id))).await
}
