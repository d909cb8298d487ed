//! `POST /api/client-errors`: the frontend's error display lets a person send the problem they just
//! saw to the support team, with the request id, so staff can find the matching server log without
//! asking the resident to describe it. No personal data is asked for or stored: no account, no IP.

use serde::{Deserialize, Serialize};

use crate::problem::FieldError;
use crate::text::{optional_text, required_text};

pub const MAX_MESSAGE_CHARS: usize = 1_000;
pub const MAX_ROUTE_CHARS: usize = 200;

/// What the client sends. Fields are as typed by the browser; [`ClientErrorReport::validate`] turns
/// them into a [`ValidClientErrorReport`] or a list of field errors.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ClientErrorReport {
    /// The app route the person was on, e.g. `/staff`.
    pub route: String,
    /// The message the error display showed.
    pub message: String,
    /// The failing response's status, if the error came from the API.
    #[serde(default)]
    pub status: Option<u16>,
    /// The failing response's request id, if any.
    #[serde(default)]
    pub request_id: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidClientErrorReport {
    pub route: String,
    pub message: String,
    pub status: Option<u16>,
    pub request_id: Option<String>,
}

/// `201 Created` answer: the id of the stored report, which the UI shows as a reference number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ClientErrorReceipt {
    pub id: String,
}

impl ClientErrorReport {
    /// Checks every field and reports all problems at once, so a form can mark each of them.
    pub fn validate(&self) -> Result<ValidClientErrorReport, Vec<FieldError>> {
        let mut errors = Vec::new();
        let route = required_text("route", &self.route, MAX_ROUTE_CHARS)
            .and_then(|route| {
                if route.starts_with('/') {
                    Ok(route)
                } else {
                    Err(FieldError::new(
                        "route",
                        "not_a_path",
                        "The route must start with '/'.",
                    ))
                }
            })
            .map_err(|e| errors.push(e))
            .ok();
        let message = required_text("message", &self.message, MAX_MESSAGE_CHARS)
            .map_err(|e| errors.push(e))
            .ok();
        if let Some(status) = self.status
            && !(100..=599).contains(&status)
        {
            errors.push(FieldError::new(
                "status",
                "out_of_range",
                "The status must be an HTTP status code (100-599).",
            ));
        }
        let request_id = match &self.request_id {
            None => None,
            Some(id) => match optional_text("request_id", id, 64) {
                Ok(Some(id)) if is_request_id(&id) => Some(id),
                Ok(None) => None,
                Ok(Some(_)) => {
                    errors.push(FieldError::new(
                        "request_id",
                        "invalid_format",
                        "A request id is 32 hexadecimal characters.",
                    ));
                    None
                }
                Err(e) => {
                    errors.push(e);
                    None
                }
            },
        };
        match (route, message) {
            (Some(route), Some(message)) if errors.is_empty() => Ok(ValidClientErrorReport {
                route,
                message,
                status: self.status,
                request_id,
            }),
            _ => Err(errors),
        }
    }
}

/// Request ids are 128 random bits as 32 lowercase hex characters (see the edge API's request id).
pub fn is_request_id(value: &str) -> bool {
    value.len() == 32
        && value
            .bytes()
            .all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> ClientErrorReport {
        ClientErrorReport {
            route: "/staff".into(),
            message: "Could not load locations".into(),
            status: Some(503),
            request_id: Some("0123456789abcdef0123456789abcdef".into()),
        }
    }

    #[test]
    fn accepts_a_complete_report() {
        let valid = report().validate().unwrap();
        assert_eq!(valid.route, "/staff");
        assert_eq!(valid.status, Some(503));
    }

    #[test]
    fn reports_every_invalid_field_at_once() {
        let bad = ClientErrorReport {
            route: "staff".into(),
            message: " ".into(),
            status: Some(42),
            request_id: Some("not-an-id".into()),
        };
        let fields: Vec<_> = bad
            .validate()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["route", "message", "status", "request_id"]);
    }

    #[test]
    fn message_longer_than_the_limit_is_refused() {
        let mut long = report();
        long.message = "x".repeat(MAX_MESSAGE_CHARS + 1);
        let errors = long.validate().unwrap_err();
        assert_eq!(errors[0].code, "too_long");
    }

    #[test]
    fn unknown_fields_are_rejected_when_decoding() {
        let json = r#"{"route":"/","message":"m","name":"Ada"}"#;
        assert!(serde_json::from_str::<ClientErrorReport>(json).is_err());
    }

    #[test]
    fn request_id_format() {
        assert!(is_request_id("0123456789abcdef0123456789abcdef"));
        assert!(!is_request_id("0123456789ABCDEF0123456789ABCDEF"));
        assert!(!is_request_id("0123"));
    }
}
