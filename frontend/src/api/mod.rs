//! The one client for `/api/*`. Request and response types come from `wegwijs-shared`, so the
//! frontend and the Worker cannot disagree on a field. Reads are cancelled when the component that
//! started them is cleaned up (navigating away aborts the fetch); writes are never aborted, so a
//! submitted form finishes even if the person navigates away at that moment.
//!
//! The endpoint functions live in one file per domain and are re-exported here, so callers write
//! `api::resident_sign_in(..)` without knowing the file layout.

mod accounts;
mod activities;
mod auth;
mod centre;
mod content;
mod editor;
mod learning;
mod residents;
mod training;

use std::cell::RefCell;

pub use accounts::*;
pub use activities::*;
pub use auth::*;
pub use centre::*;
pub use content::*;
pub use editor::*;
pub use learning::*;
pub use residents::*;
pub use training::*;

pub use crate::offline::Sent;

use gloo_net::http::{Method, Request, RequestBuilder, Response};
use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;
use serde::{Serialize, de::DeserializeOwned};
use wegwijs_shared::api_paths as paths;
use wegwijs_shared::client_errors::{ClientErrorReceipt, ClientErrorReport};
use wegwijs_shared::health::HealthReport;
use wegwijs_shared::locations::LocationDirectory;
use wegwijs_shared::problem::{FieldError, Problem, ProblemKind};

/// Why a call failed, in a shape the error display can explain.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiFailure {
    /// The API answered with a problem document.
    Problem(Problem),
    /// No answer: offline, DNS, or the request was aborted.
    Network(String),
    /// An answer this version of the app does not understand (`status` is the response's), or a
    /// request it could not even encode (`status` is `None`).
    Unexpected { status: Option<u16>, detail: String },
}

impl ApiFailure {
    pub fn status(&self) -> Option<u16> {
        match self {
            ApiFailure::Problem(p) => Some(p.status),
            ApiFailure::Network(_) => None,
            ApiFailure::Unexpected { status, .. } => *status,
        }
    }

    pub fn request_id(&self) -> Option<&str> {
        match self {
            ApiFailure::Problem(p) => p.request_id.as_deref(),
            _ => None,
        }
    }

    pub fn kind(&self) -> Option<ProblemKind> {
        match self {
            ApiFailure::Problem(p) => p.known_kind(),
            _ => None,
        }
    }

    /// The per-field errors of a validation problem (empty for anything else).
    pub fn field_errors(&self) -> Vec<FieldError> {
        match self {
            ApiFailure::Problem(p) => p.errors.clone(),
            _ => Vec::new(),
        }
    }
}

thread_local! {
    /// Called whenever the API says the session is gone (expired, revoked, signed out elsewhere), so
    /// the header stops offering "Sign out" to someone who is no longer signed in. Set once by the
    /// session context; the API client itself knows nothing about Leptos state.
    static ON_UNAUTHENTICATED: RefCell<Option<Box<dyn Fn()>>> = const { RefCell::new(None) };
}

pub fn set_on_unauthenticated(hook: impl Fn() + 'static) {
    ON_UNAUTHENTICATED.with(|h| *h.borrow_mut() = Some(Box::new(hook)));
}

fn notify_unauthenticated() {
    ON_UNAUTHENTICATED.with(|h| {
        if let Some(hook) = h.borrow().as_ref() {
            hook();
        }
    });
}

pub async fn locations() -> Result<LocationDirectory, ApiFailure> {
    get_json(paths::LOCATIONS).await
}

pub async fn health() -> Result<HealthReport, ApiFailure> {
    get_json(paths::HEALTH).await
}

/// Queued when offline: a resident can report a problem without a connection (see `offline`).
pub async fn report_client_error(
    report: &ClientErrorReport,
) -> Result<Sent<ClientErrorReceipt>, ApiFailure> {
    post_queued(paths::CLIENT_ERRORS, report, "pending-what-client-error").await
}

/// A POST that is queued on this device when there is no connection and sent later, in order, with
/// the same `Idempotency-Key` (see [`crate::offline`]). `what` is the catalog key naming the change
/// on the `/pending` page. Only for routes that accept a key (never the sign-in doors).
pub async fn post_queued<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
    what: &str,
) -> Result<Sent<T>, ApiFailure> {
    crate::offline::send_or_queue("POST", path, body, what).await
}

/// A PUT through the offline queue, like [`post_queued`].
pub async fn put_queued<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
    what: &str,
) -> Result<Sent<T>, ApiFailure> {
    crate::offline::send_or_queue("PUT", path, body, what).await
}

/// One attempt of a queued write: the saved JSON body as is, with its `Idempotency-Key`. The status
/// and body of a non-problem answer; a problem document or no answer as the error.
pub(crate) async fn send_keyed(
    method: &str,
    path: &str,
    body: &str,
    key: &str,
) -> Result<(u16, String), ApiFailure> {
    let method = match method {
        "PUT" => Method::PUT,
        "PATCH" => Method::PATCH,
        "DELETE" => Method::DELETE,
        _ => Method::POST,
    };
    let response = RequestBuilder::new(path)
        .method(method)
        .header("accept", "application/json")
        .header("content-type", "application/json")
        .header("idempotency-key", key)
        .body(body.to_owned())
        .map_err(|e| ApiFailure::Unexpected {
            status: None,
            detail: e.to_string(),
        })?
        .send()
        .await
        .map_err(|e| ApiFailure::Network(e.to_string()))?;
    read_body(response).await
}

/// Percent-encodes a query value (path segments are filled by `api_paths`).
pub(crate) use wegwijs_shared::api_paths::encode;

/// An abort signal tied to the current reactive owner: the fetch is aborted on cleanup. Without an
/// `AbortController` (no browser has lacked one since 2019) the fetch simply runs to completion.
fn abort_on_cleanup() -> Option<web_sys::AbortSignal> {
    let controller = web_sys::AbortController::new().ok()?;
    let signal = controller.signal();
    let controller = SendWrapper::new(controller);
    on_cleanup(move || controller.abort());
    Some(signal)
}

/// A read: aborted when the component that asked is cleaned up.
async fn get_json<T: DeserializeOwned>(path: &str) -> Result<T, ApiFailure> {
    let signal = abort_on_cleanup();
    let response = Request::get(path)
        .header("accept", "application/json")
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|e| ApiFailure::Network(e.to_string()))?;
    decode(response).await
}

/// A write with a JSON body (POST, PUT). Not tied to any component: never aborted mid-flight.
/// Endpoints without a request body still get `{}`, so every write is `application/json` (the
/// Worker refuses other media types on writes).
async fn send_json<B: Serialize, T: DeserializeOwned>(
    request: RequestBuilder,
    body: &B,
) -> Result<T, ApiFailure> {
    let response = request
        .header("accept", "application/json")
        .json(body)
        .map_err(|e| ApiFailure::Unexpected {
            status: None,
            detail: e.to_string(),
        })?
        .send()
        .await
        .map_err(|e| ApiFailure::Network(e.to_string()))?;
    decode(response).await
}

/// A write without a body (DELETE). Never aborted mid-flight.
async fn send_empty<T: DeserializeOwned>(request: RequestBuilder) -> Result<T, ApiFailure> {
    let response = request
        .header("accept", "application/json")
        .send()
        .await
        .map_err(|e| ApiFailure::Network(e.to_string()))?;
    decode(response).await
}

/// The empty body of writes that take no input (`{}`).
#[derive(Serialize)]
struct Empty {}

/// 2xx (and the health endpoint's 503, which carries a report) decode as `T`; problem documents
/// become [`ApiFailure::Problem`]; anything else is unexpected. Generic only in the last step, so
/// each response type adds a parse call, not another copy of the whole async reader.
async fn decode<T: DeserializeOwned>(response: Response) -> Result<T, ApiFailure> {
    let (status, body) = read_body(response).await?;
    parse(status, &body)
}

/// A non-problem answer's body as `T`. (The error is the one every API call returns; clippy counts
/// its size only on 64-bit hosts, and only for non-async functions.)
#[allow(clippy::result_large_err)]
pub(crate) fn parse<T: DeserializeOwned>(status: u16, body: &str) -> Result<T, ApiFailure> {
    serde_json::from_str(body).map_err(|e| ApiFailure::Unexpected {
        status: Some(status),
        detail: e.to_string(),
    })
}

/// The status and body of a non-problem answer; a problem document as the error.
async fn read_body(response: Response) -> Result<(u16, String), ApiFailure> {
    let status = response.status();
    let is_problem = response
        .headers()
        .get("content-type")
        .is_some_and(|ct| ct.starts_with(wegwijs_shared::problem::PROBLEM_CONTENT_TYPE));
    let unexpected = |detail: String| ApiFailure::Unexpected {
        status: Some(status),
        detail,
    };
    let body = response
        .text()
        .await
        .map_err(|e| unexpected(e.to_string()))?;
    if !is_problem {
        return Ok((status, body));
    }
    match serde_json::from_str::<Problem>(&body) {
        Ok(problem) => {
            if problem.known_kind() == Some(ProblemKind::Unauthenticated) {
                notify_unauthenticated();
            }
            Err(ApiFailure::Problem(problem))
        }
        Err(e) => Err(unexpected(e.to_string())),
    }
}
