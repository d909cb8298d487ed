//! RFC 9457 "Problem Details for HTTP APIs": the one error shape every `/api/*` route returns and
//! the frontend's error display reads.

use serde::{Deserialize, Serialize};

/// Media type of every error response.
pub const PROBLEM_CONTENT_TYPE: &str = "application/problem+json";

/// A problem document. `type` is a stable URI reference per kind of problem so clients can branch on
/// it; `title` is a short English summary for logs; `detail` is a human explanation of this
/// occurrence. The frontend translates by `type` and field codes, not by parsing text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: String,
    pub title: String,
    pub status: u16,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instance: Option<String>,
    /// Extension member: the id of the request, also in the `x-request-id` header and the log line,
    /// so a resident can quote it to staff and staff can find the log.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<String>,
    /// Extension member: one entry per invalid field (RFC 9457 §3.2 allows extensions).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FieldError>,
    /// Extension member of a version conflict (409): the version now stored, so the client can
    /// reload it and show what changed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_version: Option<i64>,
}

/// What is wrong with one input field. `field` is a JSON path such as `message` or `items[2].name`;
/// `code` is stable for translation; `message` is the English text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FieldError {
    pub field: String,
    pub code: String,
    pub message: String,
}

impl FieldError {
    pub fn new(field: impl Into<String>, code: &str, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            code: code.to_owned(),
            message: message.into(),
        }
    }
}

/// The problem kinds the API can answer with. The `type` URIs are relative references resolved
/// against the API origin; they never change once published.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    NotFound,
    MethodNotAllowed,
    MalformedBody,
    UnsupportedMediaType,
    PayloadTooLarge,
    ValidationFailed,
    Unauthenticated,
    SignInFailed,
    Forbidden,
    CrossSiteRequest,
    Conflict,
    TooManyAttempts,
    /// The `Idempotency-Key` header is malformed, or sent to a route that does not accept one.
    InvalidIdempotencyKey,
    /// The `Idempotency-Key` was used before for a different request (another body or path).
    IdempotencyKeyReused,
    /// A request with this `Idempotency-Key` is still being processed.
    RequestInProgress,
    ServiceUnavailable,
    Internal,
}

impl ProblemKind {
    pub const ALL: [ProblemKind; 17] = [
        ProblemKind::NotFound,
        ProblemKind::MethodNotAllowed,
        ProblemKind::MalformedBody,
        ProblemKind::UnsupportedMediaType,
        ProblemKind::PayloadTooLarge,
        ProblemKind::ValidationFailed,
        ProblemKind::Unauthenticated,
        ProblemKind::SignInFailed,
        ProblemKind::Forbidden,
        ProblemKind::CrossSiteRequest,
        ProblemKind::Conflict,
        ProblemKind::TooManyAttempts,
        ProblemKind::InvalidIdempotencyKey,
        ProblemKind::IdempotencyKeyReused,
        ProblemKind::RequestInProgress,
        ProblemKind::ServiceUnavailable,
        ProblemKind::Internal,
    ];

    pub fn status(self) -> u16 {
        match self {
            ProblemKind::NotFound => 404,
            ProblemKind::MethodNotAllowed => 405,
            ProblemKind::MalformedBody => 400,
            ProblemKind::UnsupportedMediaType => 415,
            ProblemKind::PayloadTooLarge => 413,
            ProblemKind::ValidationFailed => 422,
            ProblemKind::Unauthenticated => 401,
            ProblemKind::SignInFailed => 401,
            ProblemKind::Forbidden => 403,
            ProblemKind::CrossSiteRequest => 403,
            ProblemKind::Conflict => 409,
            ProblemKind::TooManyAttempts => 429,
            ProblemKind::InvalidIdempotencyKey => 400,
            ProblemKind::IdempotencyKeyReused => 422,
            ProblemKind::RequestInProgress => 409,
            ProblemKind::ServiceUnavailable => 503,
            ProblemKind::Internal => 500,
        }
    }

    pub fn type_uri(self) -> &'static str {
        match self {
            ProblemKind::NotFound => "/problems/not-found",
            ProblemKind::MethodNotAllowed => "/problems/method-not-allowed",
            ProblemKind::MalformedBody => "/problems/malformed-body",
            ProblemKind::UnsupportedMediaType => "/problems/unsupported-media-type",
            ProblemKind::PayloadTooLarge => "/problems/payload-too-large",
            ProblemKind::ValidationFailed => "/problems/validation-failed",
            ProblemKind::Unauthenticated => "/problems/unauthenticated",
            ProblemKind::SignInFailed => "/problems/sign-in-failed",
            ProblemKind::Forbidden => "/problems/forbidden",
            ProblemKind::CrossSiteRequest => "/problems/cross-site-request",
            ProblemKind::Conflict => "/problems/conflict",
            ProblemKind::TooManyAttempts => "/problems/too-many-attempts",
            ProblemKind::InvalidIdempotencyKey => "/problems/invalid-idempotency-key",
            ProblemKind::IdempotencyKeyReused => "/problems/idempotency-key-reused",
            ProblemKind::RequestInProgress => "/problems/request-in-progress",
            ProblemKind::ServiceUnavailable => "/problems/service-unavailable",
            ProblemKind::Internal => "/problems/internal",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            ProblemKind::NotFound => "Not found",
            ProblemKind::MethodNotAllowed => "Method not allowed",
            ProblemKind::MalformedBody => "The request body could not be read",
            ProblemKind::UnsupportedMediaType => "Unsupported media type",
            ProblemKind::PayloadTooLarge => "The request body is too large",
            ProblemKind::ValidationFailed => "Some fields are not valid",
            ProblemKind::Unauthenticated => "Please sign in",
            ProblemKind::SignInFailed => "Signing in did not work",
            ProblemKind::Forbidden => "You are not allowed to do this",
            ProblemKind::CrossSiteRequest => "The request did not come from this app",
            ProblemKind::Conflict => "This conflicts with what is already stored",
            ProblemKind::TooManyAttempts => "Too many attempts",
            ProblemKind::InvalidIdempotencyKey => "The Idempotency-Key header is not valid here",
            ProblemKind::IdempotencyKeyReused => {
                "This Idempotency-Key was already used for another request"
            }
            ProblemKind::RequestInProgress => "This request is still being processed",
            ProblemKind::ServiceUnavailable => "The service is temporarily unavailable",
            ProblemKind::Internal => "Something went wrong on our side",
        }
    }

    pub fn from_type_uri(uri: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.type_uri() == uri)
    }
}

impl Problem {
    pub fn new(kind: ProblemKind) -> Self {
        Self {
            kind: kind.type_uri().to_owned(),
            title: kind.title().to_owned(),
            status: kind.status(),
            detail: None,
            instance: None,
            request_id: None,
            errors: Vec::new(),
            current_version: None,
        }
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> Self {
        self.detail = Some(detail.into());
        self
    }

    pub fn with_errors(mut self, errors: Vec<FieldError>) -> Self {
        self.errors = errors;
        self
    }

    pub fn known_kind(&self) -> Option<ProblemKind> {
        ProblemKind::from_type_uri(&self.kind)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_uris_are_unique_and_round_trip() {
        for kind in ProblemKind::ALL {
            assert_eq!(ProblemKind::from_type_uri(kind.type_uri()), Some(kind));
        }
        let mut uris: Vec<_> = ProblemKind::ALL.iter().map(|k| k.type_uri()).collect();
        uris.sort();
        uris.dedup();
        assert_eq!(uris.len(), ProblemKind::ALL.len());
    }

    #[test]
    fn idempotency_problems_follow_the_ietf_draft() {
        // draft-ietf-httpapi-idempotency-key-header: 400 malformed, 422 reused, 409 concurrent.
        assert_eq!(ProblemKind::InvalidIdempotencyKey.status(), 400);
        assert_eq!(ProblemKind::IdempotencyKeyReused.status(), 422);
        assert_eq!(ProblemKind::RequestInProgress.status(), 409);
        assert_eq!(
            ProblemKind::IdempotencyKeyReused.type_uri(),
            "/problems/idempotency-key-reused"
        );
        assert_eq!(
            ProblemKind::RequestInProgress.type_uri(),
            "/problems/request-in-progress"
        );
    }

    #[test]
    fn every_kind_is_an_error_status() {
        for kind in ProblemKind::ALL {
            assert!((400..600).contains(&kind.status()), "{kind:?}");
        }
    }

    #[test]
    fn serializes_rfc9457_member_names_and_skips_empty_extensions() {
        let json = serde_json::to_value(Problem::new(ProblemKind::NotFound)).unwrap();
        assert_eq!(json["type"], "/problems/not-found");
        assert_eq!(json["status"], 404);
        assert!(json.get("errors").is_none());
        assert!(json.get("detail").is_none());

        let with_errors = Problem::new(ProblemKind::ValidationFailed)
            .with_errors(vec![FieldError::new("message", "required", "Required")]);
        let json = serde_json::to_value(with_errors).unwrap();
        assert_eq!(json["errors"][0]["field"], "message");
    }
}
