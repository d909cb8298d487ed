//! Residents: the staff register, a resident's own record, activation cards, moves.

use gloo_net::http::Request;
use wegwijs_shared::api_paths as paths;
use wegwijs_shared::residents::{
    ActivationCard, CreatedResident, MoveResidentRequest, NewResident, Resident, ResidentPage,
};

use super::{ApiFailure, Empty, encode, get_json, send_json};

/// A page of the residents staff see (admins: everyone's) in name order, 50 at a time;
/// `location` narrows to one location, `after` is the previous page's `next`.
pub async fn residents(
    location: Option<&str>,
    after: Option<&str>,
) -> Result<ResidentPage, ApiFailure> {
    let query: Vec<String> = [("location", location), ("after", after)]
        .into_iter()
        .filter_map(|(name, value)| value.map(|v| format!("{name}={}", encode(v))))
        .collect();
    if query.is_empty() {
        get_json(paths::RESIDENTS).await
    } else {
        get_json(&format!("{}?{}", paths::RESIDENTS, query.join("&"))).await
    }
}

pub async fn create_resident(resident: &NewResident) -> Result<CreatedResident, ApiFailure> {
    send_json(Request::post(paths::RESIDENTS), resident).await
}

/// A resident may read only their own record (`id` = their session's `account_id`).
pub async fn resident(id: &str) -> Result<Resident, ApiFailure> {
    get_json(&paths::resident(id)).await
}

/// Ends the old code and every session of the resident; they choose a PIN again.
pub async fn issue_activation_card(id: &str) -> Result<ActivationCard, ApiFailure> {
    send_json(
        Request::post(&paths::resident_activation_card(id)),
        &Empty {},
    )
    .await
}

pub async fn move_resident(
    id: &str,
    request: &MoveResidentRequest,
) -> Result<Resident, ApiFailure> {
    send_json(Request::put(&paths::resident_location(id)), request).await
}
