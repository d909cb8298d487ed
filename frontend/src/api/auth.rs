//! Signing in and out, invitations, and a person's own sessions.

use gloo_net::http::Request;
use wegwijs_shared::accounts::{
    ActivateRequest, InviteCompleteRequest, InviteCompleted, InviteStartRequest,
    ResidentSignInRequest, SessionSummary, SessionView, SignedOut, StaffSignInRequest,
    TotpEnrolment,
};

use super::{ApiFailure, Empty, encode, get_json, send_empty, send_json};

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
    get_json("/api/session").await
}

pub async fn activate(request: &ActivateRequest) -> Result<SessionView, ApiFailure> {
    swapping(send_json(Request::post("/api/auth/activate"), request)).await
}

pub async fn resident_sign_in(request: &ResidentSignInRequest) -> Result<SessionView, ApiFailure> {
    swapping(send_json(
        Request::post("/api/auth/resident-sign-in"),
        request,
    ))
    .await
}

pub async fn staff_sign_in(request: &StaffSignInRequest) -> Result<SessionView, ApiFailure> {
    swapping(send_json(Request::post("/api/auth/staff-sign-in"), request)).await
}

pub async fn invite_start(request: &InviteStartRequest) -> Result<TotpEnrolment, ApiFailure> {
    send_json(Request::post("/api/auth/invite/start"), request).await
}

pub async fn invite_complete(
    request: &InviteCompleteRequest,
) -> Result<InviteCompleted, ApiFailure> {
    swapping(send_json(
        Request::post("/api/auth/invite/complete"),
        request,
    ))
    .await
}

pub async fn sign_out() -> Result<SignedOut, ApiFailure> {
    swapping(send_json(Request::post("/api/auth/sign-out"), &Empty {})).await
}

pub async fn sign_out_all() -> Result<SignedOut, ApiFailure> {
    swapping(send_json(
        Request::post("/api/auth/sign-out-all"),
        &Empty {},
    ))
    .await
}

pub async fn my_sessions() -> Result<Vec<SessionSummary>, ApiFailure> {
    get_json("/api/sessions").await
}

pub async fn end_session(id: &str) -> Result<SignedOut, ApiFailure> {
    send_empty(Request::delete(&format!("/api/sessions/{}", encode(id)))).await
}
