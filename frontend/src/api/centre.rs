//! "My centre": contacts, services and opening hours of a location.

use gloo_net::http::Request;
use wegwijs_shared::centre::{
    CentreContacts, CentreView, ContactsInput, RemoveService, Service, ServiceInput,
};

use super::{ApiFailure, encode, get_json, send_json};

/// `None`: the caller's own location (a resident's home).
pub async fn centre(location: Option<&str>) -> Result<CentreView, ApiFailure> {
    match location {
        Some(id) => get_json(&format!("/api/centre?location={}", encode(id))).await,
        None => get_json("/api/centre").await,
    }
}

pub async fn save_centre_contacts(
    location: &str,
    input: &ContactsInput,
) -> Result<CentreContacts, ApiFailure> {
    send_json(
        Request::put(&format!("/api/centre/{}/contacts", encode(location))),
        input,
    )
    .await
}

pub async fn create_centre_service(
    location: &str,
    input: &ServiceInput,
) -> Result<Service, ApiFailure> {
    send_json(
        Request::post(&format!("/api/centre/{}/services", encode(location))),
        input,
    )
    .await
}

pub async fn update_centre_service(id: &str, input: &ServiceInput) -> Result<Service, ApiFailure> {
    send_json(
        Request::put(&format!("/api/centre/services/{}", encode(id))),
        input,
    )
    .await
}

pub async fn remove_centre_service(id: &str, version: i64) -> Result<Service, ApiFailure> {
    send_json(
        Request::put(&format!("/api/centre/services/{}/removed", encode(id))),
        &RemoveService { version },
    )
    .await
}
