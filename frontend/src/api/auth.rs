//! Signing in and out, invitations, and a person's own sessions.

use gloo_net::http::Request;
use wegwijs_shared::accounts::{
    ActivateRequest, InviteCompleteRequest, InviteCompleted, InviteStartRequest,
    ResidentSignInRequest, SessionSummary, SessionView, SignedOut, StaffSignInRequest,
    TotpEnrolment,
};

use super::{ApiFailure, Empty, encode, get_json, send_empty, send_json};

/// Who is signed in; a 401 `/problems/unauthenticated` when nobody is.
/// Who is signed in on this device: `None` when nobody is (the API answers JSON `null`, not an
/// error, so a signed-out visit logs nothing).
pub async fn session() -> Result<Option<SessionView>, ApiFailure> {
    get_json("/api/session").await
}

pub async fn activate(request: &ActivateRequest) -> Result<SessionView, ApiFailure> {
    send_json(Request::post("/api/auth/activate"), request).await
}

pub async fn resident_sign_in(request: &ResidentSignInRequest) -> Result<SessionView, ApiFailure> {
    send_json(Request::post("/api/auth/resident-sign-in"), request).await
}

pub async fn staff_sign_in(request: &StaffSignInRequest) -> Result<SessionView, ApiFailure> {
    send_json(Request::post("/api/auth/staff-sign-in"), request).await
}

pub async fn invite_start(request: &InviteStartRequest) -> Result<TotpEnrolment, ApiFailure> {
    send_json(Request::post("/api/auth/invite/start"), request).await
}

pub async fn invite_complete(
    request: &InviteCompleteRequest,
) -> Result<InviteCompleted, ApiFailure> {
    send_json(Request::post("/api/auth/invite/complete"), request).await
}

pub async fn sign_out() -> Result<SignedOut, ApiFailure> {
    send_json(Request::post("/api/auth/sign-out"), &Empty {}).await
}

pub async fn sign_out_all() -> Result<SignedOut, ApiFailure> {
    send_json(Request::post("/api/auth/sign-out-all"), &Empty {}).await
}

pub async fn my_sessions() -> Result<Vec<SessionSummary>, ApiFailure> {
    get_json("/api/sessions").await
}

pub async fn end_session(id: &str) -> Result<SignedOut, ApiFailure> {
    send_empty(Request::delete(&format!("/api/sessions/{}", encode(id)))).await
}
