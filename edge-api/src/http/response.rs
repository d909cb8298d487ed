//! Building responses: JSON bodies, problem documents, and the headers every API response carries.

use serde::Serialize;
use wegwijs_shared::problem::{PROBLEM_CONTENT_TYPE, Problem};
use wegwijs_shared::security::SECURITY_HEADERS;
use worker::{Headers, Response};

use crate::error::ApiError;

/// A JSON response with the given status.
pub fn json<T: Serialize>(status: u16, body: &T) -> Result<Response, ApiError> {
    Ok(Response::from_json(body)?.with_status(status))
}

/// The problem document for `error`, stamped with the request id.
pub fn problem(error: &ApiError, request_id: &str) -> Response {
    let mut document: Problem = error.problem();
    document.request_id = Some(request_id.to_owned());
    let body = serde_json::to_vec(&document).unwrap_or_else(|_| b"{}".to_vec());
    let headers = Headers::new();
    // Header names and values here are constants, so `set` cannot fail on them.
    let _ = headers.set("content-type", PROBLEM_CONTENT_TYPE);
    match error {
        ApiError::MethodNotAllowed { allowed } => {
            let _ = headers.set("allow", &allowed.join(", "));
        }
        ApiError::TooManyAttempts { retry_after_s }
        | ApiError::TooManyRequests { retry_after_s } => {
            let _ = headers.set("retry-after", &retry_after_s.to_string());
        }
        ApiError::RequestInProgress => {
            let _ = headers.set("retry-after", "1");
        }
        _ => {}
    }
    Response::builder()
        .with_status(document.status)
        .with_headers(headers)
        .fixed(body)
}

/// Adds the headers every API response carries: security headers, the request id, and no caching
/// by shared caches (API answers may be personal).
pub fn finish(mut response: Response, request_id: &str) -> Response {
    let headers = response.headers_mut();
    for (name, value) in SECURITY_HEADERS {
        let _ = headers.set(name, value);
    }
    let _ = headers.set("x-request-id", request_id);
    if !headers.has("cache-control").unwrap_or(false) {
        let _ = headers.set("cache-control", "no-store");
    }
    response
}
