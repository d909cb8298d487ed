//! The one error type of the API and its mapping to HTTP.
//!
//! Policy:
//! - Every failure a handler can meet is an [`ApiError`]; handlers return `Result<_, ApiError>` and
//!   never build error responses themselves.
//! - Every error leaves the Worker as RFC 9457 `application/problem+json` with the request id.
//! - Client errors (4xx) say precisely what is wrong, naming the field where there is one.
//! - Server errors (5xx) say nothing about internals: the cause is logged with the request id and
//!   the response carries only that id, so staff can find the log line.

use wegwijs_shared::problem::{FieldError, Problem, ProblemKind};

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("no API route at this path")]
    NotFound,
    #[error("{what} was not found")]
    ResourceNotFound { what: &'static str },
    #[error("method not allowed; allowed: {allowed:?}")]
    MethodNotAllowed { allowed: Vec<&'static str> },
    #[error("unsupported media type {found:?}")]
    UnsupportedMediaType { found: Option<String> },
    #[error("malformed body: {detail}")]
    MalformedBody {
        detail: String,
        errors: Vec<FieldError>,
    },
    #[error("body larger than {limit} bytes")]
    PayloadTooLarge { limit: usize },
    #[error("validation failed on {} field(s)", .0.len())]
    Validation(Vec<FieldError>),
    /// Not signed in (or the session expired) and the route needs a session.
    #[error("not signed in")]
    Unauthenticated,
    /// Signed in, but the policy does not allow this action on this object.
    #[error("forbidden")]
    Forbidden,
    /// A sign-in that did not work. `detail` is the same whatever part was wrong.
    #[error("sign-in failed")]
    SignInFailed { detail: &'static str },
    /// A locked identifier or client; `retry_after_s` becomes the `Retry-After` header.
    #[error("too many attempts; retry after {retry_after_s}s")]
    TooManyAttempts { retry_after_s: u64 },
    /// A client sent more requests to a rate-limited door than it allows (not a wrong guess).
    #[error("too many requests; retry after {retry_after_s}s")]
    TooManyRequests { retry_after_s: u64 },
    /// A state-changing request from another origin.
    #[error("cross-site request refused")]
    CrossSiteRequest,
    /// The request clashes with stored data (an e-mail address or resident number in use).
    #[error("conflict on {} field(s)", .0.len())]
    Conflict(Vec<FieldError>),
    /// A write named a version of `what` that is no longer the stored one: someone else changed
    /// it meanwhile. Nothing was stored; `current` goes out as the `current_version` member.
    #[error("stale version of {what}; current is {current}")]
    StaleVersion { what: &'static str, current: i64 },
    /// A malformed `Idempotency-Key`, or one sent to a route that does not accept it.
    #[error("invalid Idempotency-Key: {detail}")]
    InvalidIdempotencyKey { detail: &'static str },
    /// The key was first used for another request (method, path or body differ).
    #[error("Idempotency-Key reused for a different request")]
    IdempotencyKeyReused,
    /// The first request with this key has not finished yet.
    #[error("a request with this Idempotency-Key is in progress")]
    RequestInProgress,
    /// D1 could not be reached or refused the query. The message is for the log only.
    #[error("database: {0}")]
    Database(String),
    /// Anything else that is our fault. The message is for the log only.
    #[error("internal: {0}")]
    Internal(String),
}

impl ApiError {
    pub fn kind(&self) -> ProblemKind {
        match self {
            ApiError::NotFound | ApiError::ResourceNotFound { .. } => ProblemKind::NotFound,
            ApiError::MethodNotAllowed { .. } => ProblemKind::MethodNotAllowed,
            ApiError::UnsupportedMediaType { .. } => ProblemKind::UnsupportedMediaType,
            ApiError::MalformedBody { .. } => ProblemKind::MalformedBody,
            ApiError::PayloadTooLarge { .. } => ProblemKind::PayloadTooLarge,
            ApiError::Validation(_) => ProblemKind::ValidationFailed,
            ApiError::Unauthenticated => ProblemKind::Unauthenticated,
            ApiError::Forbidden => ProblemKind::Forbidden,
            ApiError::SignInFailed { .. } => ProblemKind::SignInFailed,
            ApiError::TooManyAttempts { .. } | ApiError::TooManyRequests { .. } => {
                ProblemKind::TooManyAttempts
            }
            ApiError::CrossSiteRequest => ProblemKind::CrossSiteRequest,
            ApiError::Conflict(_) | ApiError::StaleVersion { .. } => ProblemKind::Conflict,
            ApiError::InvalidIdempotencyKey { .. } => ProblemKind::InvalidIdempotencyKey,
            ApiError::IdempotencyKeyReused => ProblemKind::IdempotencyKeyReused,
            ApiError::RequestInProgress => ProblemKind::RequestInProgress,
            ApiError::Database(_) => ProblemKind::ServiceUnavailable,
            ApiError::Internal(_) => ProblemKind::Internal,
        }
    }

    pub fn status(&self) -> u16 {
        self.kind().status()
    }

    /// Whether the cause must be logged: server faults are, client mistakes are not (they are
    /// answered precisely instead).
    pub fn is_server_fault(&self) -> bool {
        self.status() >= 500
    }

    /// The document sent to the client. Server faults get a generic detail; their cause stays in
    /// the log.
    pub fn problem(&self) -> Problem {
        let problem = Problem::new(self.kind());
        match self {
            ApiError::NotFound => problem.with_detail("There is no API endpoint at this address."),
            ApiError::ResourceNotFound { what } => {
                problem.with_detail(format!("The {what} you asked for does not exist."))
            }
            ApiError::MethodNotAllowed { allowed } => {
                problem.with_detail(format!("This endpoint accepts {}.", allowed.join(", ")))
            }
            ApiError::UnsupportedMediaType { found } => problem.with_detail(match found {
                Some(found) => {
                    format!("The body was sent as '{found}'; send it as 'application/json'.")
                }
                None => "The body has no Content-Type; send it as 'application/json'.".into(),
            }),
            ApiError::MalformedBody { detail, errors } => problem
                .with_detail(detail.clone())
                .with_errors(errors.clone()),
            ApiError::PayloadTooLarge { limit } => {
                problem.with_detail(format!("The body may be at most {limit} bytes."))
            }
            ApiError::Validation(errors) => problem
                .with_detail(fields_detail(errors))
                .with_errors(errors.clone()),
            ApiError::Unauthenticated => problem
                .with_detail("Please sign in. If you were signed in, your session has ended."),
            ApiError::Forbidden => {
                problem.with_detail("Your account is not allowed to do this or to see this.")
            }
            ApiError::SignInFailed { detail } => problem.with_detail(*detail),
            ApiError::TooManyAttempts { retry_after_s } => problem.with_detail(format!(
                "Too many wrong attempts. Wait {} minutes and try again, or ask staff at the desk for help.",
                retry_after_s.div_ceil(60)
            )),
            ApiError::TooManyRequests { retry_after_s } => problem.with_detail(format!(
                "Too many requests from this network. Wait {} minutes and try again.",
                retry_after_s.div_ceil(60)
            )),
            ApiError::CrossSiteRequest => problem.with_detail(
                "This request did not come from the Wegwijs app and was refused.",
            ),
            ApiError::Conflict(errors) => problem
                .with_detail(fields_detail(errors))
                .with_errors(errors.clone()),
            ApiError::StaleVersion { what, current } => {
                let mut problem = problem
                    .with_detail(format!(
                        "Someone else changed this {what} after you opened it, so your change was \
                         not saved. Reload it to see their change (it is now version {current}), \
                         then make yours again."
                    ))
                    .with_errors(vec![FieldError::new(
                        "version",
                        "stale_version",
                        format!("Someone else changed this {what}; reload it and try again."),
                    )]);
                problem.current_version = Some(*current);
                problem
            }
            ApiError::InvalidIdempotencyKey { detail } => problem.with_detail(*detail),
            ApiError::IdempotencyKeyReused => problem.with_detail(
                "This Idempotency-Key was first used for a request with another address or body. \
                 Send a new key for a new request.",
            ),
            ApiError::RequestInProgress => problem.with_detail(
                "The first request with this Idempotency-Key is still being processed. Send it \
                 again in a moment to get its result.",
            ),
            ApiError::Database(_) => problem.with_detail(
                "The database is not available right now. Please try again in a moment.",
            ),
            ApiError::Internal(_) => problem.with_detail(
                "An unexpected error happened. Quote the request id when you contact support.",
            ),
        }
    }
}

impl ApiError {
    /// For store code: any failure of a D1 call is a database problem (503), whatever variant of
    /// `worker::Error` the binding reported it as.
    pub fn database(error: worker::Error) -> Self {
        ApiError::Database(error.to_string())
    }

    /// A 422 about one field (a body member, a path or query parameter): `code` picks the app's
    /// translated text, `message` says it in English for whoever reads the API directly.
    pub fn field(field: &str, code: &str, message: impl Into<String>) -> Self {
        ApiError::Validation(vec![FieldError::new(field, code, message)])
    }

    /// A 409: the write named a version of `what` that is no longer stored; `current` is the
    /// stored one, so the editor can reload and try again.
    pub fn stale(what: &'static str, current: i64) -> Self {
        ApiError::StaleVersion { what, current }
    }

    /// A 500: the runtime's CSPRNG could not give the bytes of a random id or secret.
    pub fn csprng(error: getrandom::Error) -> Self {
        ApiError::Internal(format!("CSPRNG failed: {error}"))
    }
}

/// One sentence per field error, each prefixed with the field it names.
fn fields_detail(errors: &[FieldError]) -> String {
    errors
        .iter()
        .map(|e| format!("{}: {}", e.field, e.message))
        .collect::<Vec<_>>()
        .join(" ")
}

impl From<worker::Error> for ApiError {
    fn from(error: worker::Error) -> Self {
        match error {
            worker::Error::D1(e) => ApiError::Database(e.to_string()),
            other => ApiError::Internal(other.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(name: &str) -> FieldError {
        FieldError::new(name, "required", "This field is required.")
    }

    #[test]
    fn each_error_maps_to_its_status() {
        let cases: Vec<(ApiError, u16)> = vec![
            (ApiError::NotFound, 404),
            (ApiError::ResourceNotFound { what: "agency" }, 404),
            (
                ApiError::MethodNotAllowed {
                    allowed: vec!["GET"],
                },
                405,
            ),
            (ApiError::UnsupportedMediaType { found: None }, 415),
            (
                ApiError::MalformedBody {
                    detail: "x".into(),
                    errors: vec![],
                },
                400,
            ),
            (ApiError::PayloadTooLarge { limit: 10 }, 413),
            (ApiError::Validation(vec![field("message")]), 422),
            (ApiError::Unauthenticated, 401),
            (ApiError::SignInFailed { detail: "x" }, 401),
            (ApiError::Forbidden, 403),
            (ApiError::CrossSiteRequest, 403),
            (ApiError::Conflict(vec![field("email")]), 409),
            (
                ApiError::StaleVersion {
                    what: "item",
                    current: 3,
                },
                409,
            ),
            (ApiError::TooManyAttempts { retry_after_s: 61 }, 429),
            (ApiError::TooManyRequests { retry_after_s: 61 }, 429),
            (ApiError::InvalidIdempotencyKey { detail: "x" }, 400),
            (ApiError::IdempotencyKeyReused, 422),
            (ApiError::RequestInProgress, 409),
            (ApiError::Database("SQLITE_BUSY".into()), 503),
            (ApiError::Internal("boom".into()), 500),
        ];
        for (error, status) in cases {
            assert_eq!(error.status(), status, "{error:?}");
            assert_eq!(error.problem().status, status, "{error:?}");
        }
    }

    #[test]
    fn server_faults_do_not_leak_their_cause() {
        for error in [
            ApiError::Database("no such table: secret_things".into()),
            ApiError::Internal("panicked at src/secret.rs:12".into()),
        ] {
            assert!(error.is_server_fault());
            let json = serde_json::to_string(&error.problem()).unwrap();
            assert!(!json.contains("secret"), "{json}");
        }
    }

    #[test]
    fn validation_problem_names_every_field() {
        let problem = ApiError::Validation(vec![field("route"), field("message")]).problem();
        assert_eq!(problem.errors.len(), 2);
        let detail = problem.detail.unwrap();
        assert!(
            detail.contains("route") && detail.contains("message"),
            "{detail}"
        );
    }

    #[test]
    fn a_stale_version_says_so_and_names_the_current_one() {
        let problem = ApiError::StaleVersion {
            what: "translation",
            current: 4,
        }
        .problem();
        assert_eq!(problem.current_version, Some(4));
        assert!(problem.detail.unwrap().contains("Someone else changed"));
        let json = serde_json::to_value(ApiError::NotFound.problem()).unwrap();
        assert!(json.get("current_version").is_none());
    }

    #[test]
    fn a_field_error_names_its_one_field() {
        let error = ApiError::field("location", "required", "Name the location.");
        assert_eq!(error.status(), 422);
        let problem = error.problem();
        assert_eq!(problem.status, 422);
        assert_eq!(
            problem.errors,
            vec![FieldError::new(
                "location",
                "required",
                "Name the location."
            )]
        );
        assert_eq!(
            problem.detail.as_deref(),
            Some("location: Name the location.")
        );
    }

    #[test]
    fn a_stale_constructor_is_the_stale_version_problem() {
        let error = ApiError::stale("service", 7);
        assert_eq!(error.status(), 409);
        let problem = error.problem();
        assert_eq!(problem.status, 409);
        assert_eq!(problem.current_version, Some(7));
        assert_eq!(problem.errors.len(), 1);
        assert_eq!(problem.errors[0].field, "version");
        assert_eq!(problem.errors[0].code, "stale_version");
        assert!(problem.detail.unwrap().contains("this service"));
    }

    #[test]
    fn a_csprng_failure_is_a_server_fault_that_says_nothing() {
        let error = ApiError::csprng(getrandom::Error::UNSUPPORTED);
        assert_eq!(error.status(), 500);
        assert!(error.is_server_fault());
        assert!(error.to_string().contains("CSPRNG"));
        let problem = error.problem();
        assert_eq!(problem.status, 500);
        assert!(problem.errors.is_empty());
        assert!(!problem.detail.unwrap().contains("CSPRNG"));
    }

    #[test]
    fn client_errors_are_not_server_faults() {
        assert!(!ApiError::NotFound.is_server_fault());
        assert!(!ApiError::Validation(vec![]).is_server_fault());
    }
}
