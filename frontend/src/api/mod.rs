//! The one client for `/api/*`. Request and response types come from `wegwijs-shared`, so the
//! frontend and the Worker cannot disagree on a field. Every call is cancelled when the component
//! that started it is cleaned up (navigating away aborts the fetch).

use gloo_net::http::{Request, Response};
use leptos::prelude::on_cleanup;
use send_wrapper::SendWrapper;
use serde::{Serialize, de::DeserializeOwned};
use wegwijs_shared::client_errors::{ClientErrorReceipt, ClientErrorReport};
use wegwijs_shared::health::HealthReport;
use wegwijs_shared::locations::LocationDirectory;
use wegwijs_shared::problem::Problem;

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
}

pub async fn locations() -> Result<LocationDirectory, ApiFailure> {
    get_json("/api/locations").await
}

pub async fn health() -> Result<HealthReport, ApiFailure> {
    get_json("/api/health").await
}

pub async fn report_client_error(
    report: &ClientErrorReport,
) -> Result<ClientErrorReceipt, ApiFailure> {
    post_json("/api/client-errors", report).await
}

/// An abort signal tied to the current reactive owner: the fetch is aborted on cleanup. Without an
/// `AbortController` (no browser has lacked one since 2019) the fetch simply runs to completion.
fn abort_on_cleanup() -> Option<web_sys::AbortSignal> {
    let controller = web_sys::AbortController::new().ok()?;
    let signal = controller.signal();
    let controller = SendWrapper::new(controller);
    on_cleanup(move || controller.abort());
    Some(signal)
}

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

async fn post_json<B: Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
) -> Result<T, ApiFailure> {
    let signal = abort_on_cleanup();
    let response = Request::post(path)
        .header("accept", "application/json")
        .abort_signal(signal.as_ref())
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

/// 2xx (and the health endpoint's 503, which carries a report) decode as `T`; problem documents
/// become [`ApiFailure::Problem`]; anything else is unexpected.
async fn decode<T: DeserializeOwned>(response: Response) -> Result<T, ApiFailure> {
    let status = response.status();
    let is_problem = response
        .headers()
        .get("content-type")
        .is_some_and(|ct| ct.starts_with(wegwijs_shared::problem::PROBLEM_CONTENT_TYPE));
    if is_problem {
        return match response.json::<Problem>().await {
            Ok(problem) => Err(ApiFailure::Problem(problem)),
            Err(e) => Err(ApiFailure::Unexpected {
                status: Some(status),
                detail: e.to_string(),
            }),
        };
    }
    response
        .json::<T>()
        .await
        .map_err(|e| ApiFailure::Unexpected {
            status: Some(status),
            detail: e.to_string(),
        })
}
