//! "My centre": contacts, services and opening hours of a location.

use gloo_net::http::Request;
use wegwijs_shared::api_paths as paths;
use wegwijs_shared::centre::{
    CentreContacts, CentreView, ContactsInput, RemoveService, Service, ServiceInput,
};

use super::{ApiFailure, encode, get_json, send_json};

/// `None`: the caller's own location (a resident's home).
pub async fn centre(location: Option<&str>) -> Result<CentreView, ApiFailure> {
    match location {
        Some(id) => get_json(&format!("{}?location={}", paths::CENTRE, encode(id))).await,
        None => get_json(paths::CENTRE).await,
    }
}

pub async fn save_centre_contacts(
    location: &str,
    input: &ContactsInput,
) -> Result<CentreContacts, ApiFailure> {
    send_json(Request::put(&paths::centre_contacts(location)), input).await
}

pub async fn create_centre_service(
    location: &str,
    input: &ServiceInput,
) -> Result<Service, ApiFailure> {
    send_json(Request::post(&paths::centre_services(location)), input).await
}

pub async fn update_centre_service(id: &str, input: &ServiceInput) -> Result<Service, ApiFailure> {
    send_json(Request::put(&paths::centre_service(id)), input).await
}

pub async fn remove_centre_service(id: &str, version: i64) -> Result<Service, ApiFailure> {
    send_json(
        Request::put(&paths::centre_service_removed(id)),
        &RemoveService { version },
    )
    .await
}
