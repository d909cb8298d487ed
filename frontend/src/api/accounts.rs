//! What admins manage: employee accounts and invitations, locations, and the audit log.

use gloo_net::http::Request;
use wegwijs_shared::accounts::{EmployeeAccount, Invite, InviteRequest, UpdateAccountRequest};
use wegwijs_shared::api_paths as paths;
use wegwijs_shared::audit::{AuditPage, AuditQuery};
use wegwijs_shared::locations::{Location, LocationInput};

use super::{ApiFailure, encode, get_json, send_json};

pub async fn accounts() -> Result<Vec<EmployeeAccount>, ApiFailure> {
    get_json(paths::ACCOUNTS).await
}

pub async fn invite(request: &InviteRequest) -> Result<Invite, ApiFailure> {
    send_json(Request::post(paths::ACCOUNT_INVITES), request).await
}

pub async fn update_account(
    id: &str,
    request: &UpdateAccountRequest,
) -> Result<EmployeeAccount, ApiFailure> {
    send_json(Request::put(&paths::account(id)), request).await
}

pub async fn create_location(input: &LocationInput) -> Result<Location, ApiFailure> {
    send_json(Request::post(paths::LOCATIONS), input).await
}

pub async fn update_location(id: &str, input: &LocationInput) -> Result<Location, ApiFailure> {
    send_json(Request::put(&paths::location(id)), input).await
}

pub async fn audit(query: &AuditQuery) -> Result<AuditPage, ApiFailure> {
    get_json(&audit_path(query)).await
}

/// `/api/audit` with only the filters that are set.
pub fn audit_path(query: &AuditQuery) -> String {
    let mut params = Vec::new();
    let mut text = |name: &str, value: &Option<String>| {
        if let Some(v) = value.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            params.push(format!("{name}={}", encode(v)));
        }
    };
    text("actor", &query.actor);
    text("resident", &query.resident);
    if let Some(event) = query.event {
        params.push(format!("event={}", event.as_str()));
    }
    if let Some(ms) = query.from_ms {
        params.push(format!("from_ms={ms}"));
    }
    if let Some(ms) = query.to_ms {
        params.push(format!("to_ms={ms}"));
    }
    if let Some(id) = query.before_id {
        params.push(format!("before_id={id}"));
    }
    if params.is_empty() {
        paths::AUDIT.to_owned()
    } else {
        format!("{}?{}", paths::AUDIT, params.join("&"))
    }
}
