//! The problem answers of an operation: the pipeline's (from the route table and the policy, as
//! `app.rs` applies them) and the handler's own. An answer is a status and the problem kinds it
//! can carry; its text follows from the kinds alone, so each distinct answer is written once in
//! `components.responses` and operations refer to it by name.

use std::collections::BTreeMap;

use serde_json::{Value, json};
use wegwijs_shared::auth::Access;
use wegwijs_shared::problem::{PROBLEM_CONTENT_TYPE, ProblemKind};

use super::operation::Operation;
use crate::idempotency::Acceptance;
use crate::routes::Route;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProblemAnswer {
    pub status: u16,
    /// In the order of [`ProblemKind::ALL`], so equal sets are equal answers.
    pub kinds: Vec<ProblemKind>,
}

impl ProblemAnswer {
    /// The key in `components.responses`: `403-forbidden-cross-site-request`.
    pub fn name(&self) -> String {
        let mut name = self.status.to_string();
        for kind in &self.kinds {
            name.push('-');
            name.push_str(slug(*kind));
        }
        name
    }

    pub fn description(&self) -> String {
        self.kinds
            .iter()
            .map(|k| format!("`{}`: {}", k.type_uri(), why(*k)))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The `components.responses` entry.
    pub fn response(&self) -> Value {
        let mut response = json!({
            "description": self.description(),
            "content": { PROBLEM_CONTENT_TYPE: {
                "schema": { "$ref": "#/components/schemas/Problem" },
            }},
        });
        let waits = self.kinds.iter().any(|k| {
            matches!(
                k,
                ProblemKind::TooManyAttempts | ProblemKind::RequestInProgress
            )
        });
        if waits {
            response["headers"] = json!({ "Retry-After": {
                "description": "Seconds to wait before trying again.",
                "schema": { "type": "integer", "minimum": 0 },
            }});
        }
        response
    }
}

fn slug(kind: ProblemKind) -> &'static str {
    kind.type_uri().trim_start_matches("/problems/")
}

/// One sentence per kind, true wherever the kind is answered.
fn why(kind: ProblemKind) -> &'static str {
    match kind {
        ProblemKind::NotFound => "What the request names does not exist.",
        ProblemKind::MethodNotAllowed => "The path does not take this method.",
        ProblemKind::MalformedBody => {
            "The body is not JSON of the expected shape; `errors` names the field."
        }
        ProblemKind::UnsupportedMediaType => "The body is not sent as `application/json`.",
        ProblemKind::PayloadTooLarge => "The body is larger than this route accepts.",
        ProblemKind::ValidationFailed => {
            "A field or parameter is not valid; `errors` names each, with a stable `code`."
        }
        ProblemKind::Unauthenticated => "Not signed in, or the session has ended.",
        ProblemKind::SignInFailed => "The credentials are not right (it never says which part).",
        ProblemKind::Forbidden => "The policy does not allow this to the caller's role or scope.",
        ProblemKind::CrossSiteRequest => {
            "A write that did not come from the app's origin, or a read a browser marks as sent \
             from another site (`Sec-Fetch-Site: cross-site` or `same-site`)."
        }
        ProblemKind::Conflict => {
            "The request clashes with stored data, or names a `version` that is no longer the \
             stored one (then `current_version` says which is)."
        }
        ProblemKind::TooManyAttempts => "Too many failed attempts: wait `Retry-After` seconds.",
        ProblemKind::InvalidIdempotencyKey => {
            "The `Idempotency-Key` is malformed, or was sent to a route that takes none."
        }
        ProblemKind::IdempotencyKeyReused => {
            "The `Idempotency-Key` was first used for another request."
        }
        ProblemKind::RequestInProgress => {
            "The first request with this `Idempotency-Key` still runs: retry after `Retry-After`."
        }
        ProblemKind::ServiceUnavailable => "The database is not available; try again shortly.",
        ProblemKind::Internal => "An unexpected fault; quote the request id.",
    }
}

/// Kinds only the pipeline answers, so a status a handler declares never implies them.
fn pipeline_only(kind: ProblemKind) -> bool {
    matches!(
        kind,
        ProblemKind::MethodNotAllowed
            | ProblemKind::Unauthenticated
            | ProblemKind::CrossSiteRequest
            | ProblemKind::InvalidIdempotencyKey
            | ProblemKind::IdempotencyKeyReused
            | ProblemKind::RequestInProgress
    )
}

/// Every problem answer of the operation, by status.
pub fn problem_answers(
    operation: &Operation,
    route: &Route,
    idempotency: Acceptance,
) -> Vec<ProblemAnswer> {
    let mut kinds: Vec<ProblemKind> = Vec::new();
    if matches!(route.action.access(), Access::Roles(_)) {
        kinds.extend([ProblemKind::Unauthenticated, ProblemKind::Forbidden]);
    }
    // Writes without our origin, and reads a browser marks as sent from another site.
    kinds.push(ProblemKind::CrossSiteRequest);
    if !operation.path_param_names().is_empty() {
        kinds.push(ProblemKind::NotFound);
    }
    if operation.body.is_some() {
        kinds.extend([
            ProblemKind::MalformedBody,
            ProblemKind::PayloadTooLarge,
            ProblemKind::UnsupportedMediaType,
            ProblemKind::ValidationFailed,
        ]);
    }
    if !operation.query.is_empty() {
        kinds.push(ProblemKind::ValidationFailed);
    }
    match idempotency {
        Acceptance::Accepted => kinds.extend([
            ProblemKind::InvalidIdempotencyKey,
            ProblemKind::IdempotencyKeyReused,
            ProblemKind::RequestInProgress,
        ]),
        Acceptance::Refused => kinds.push(ProblemKind::InvalidIdempotencyKey),
        Acceptance::Ignored => {}
    }
    for &status in &operation.problems {
        kinds.extend(
            ProblemKind::ALL
                .into_iter()
                .filter(|k| k.status() == status && !pipeline_only(*k)),
        );
    }
    kinds.extend([ProblemKind::Internal, ProblemKind::ServiceUnavailable]);

    let mut by_status: BTreeMap<u16, Vec<ProblemKind>> = BTreeMap::new();
    for kind in ProblemKind::ALL {
        if kinds.contains(&kind) {
            by_status.entry(kind.status()).or_default().push(kind);
        }
    }
    by_status
        .into_iter()
        .map(|(status, kinds)| ProblemAnswer { status, kinds })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_is_named_and_described_by_its_kinds() {
        let answer = ProblemAnswer {
            status: 403,
            kinds: vec![ProblemKind::Forbidden, ProblemKind::CrossSiteRequest],
        };
        assert_eq!(answer.name(), "403-forbidden-cross-site-request");
        assert!(answer.description().starts_with("`/problems/forbidden`: "));
        assert!(answer.response()["headers"].is_null());
        let wait = ProblemAnswer {
            status: 429,
            kinds: vec![ProblemKind::TooManyAttempts],
        };
        assert!(wait.response()["headers"]["Retry-After"].is_object());
    }

    #[test]
    fn every_kind_sits_under_its_own_status() {
        for kind in ProblemKind::ALL {
            assert!(!why(kind).is_empty());
            assert!(!slug(kind).contains('/'), "{kind:?}");
        }
    }
}
