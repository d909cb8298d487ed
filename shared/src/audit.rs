//! The audit log: who did what to whose data, when, under which request. Admins read it; nobody
//! edits it. Residents' own actions are recorded only as security events (sign-in, failures,
//! lock-outs, denials), never as a trail of what they read.

use serde::{Deserialize, Serialize};

use crate::auth::Role;

/// What happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AuditEvent {
    SignIn,
    SignInFailed,
    LockedOut,
    SignOut,
    SessionRevoked,
    Activated,
    PermissionDenied,
    ResidentRead,
    ResidentListed,
    ResidentCreated,
    ActivationCardIssued,
    ResidentMoved,
    AccountInvited,
    AccountEnrolled,
    AccountUpdated,
    LocationChanged,
    // Staff set where a resident is in the asylum procedure.
    ProcedureStageSet,
    // Names of who signed up for an activity are personal data.
    ActivityParticipantsRead,
    // Trainers and staff reading residents as learners, their progress and its CSV export.
    LearnersListed,
    LearnerProgressRead,
    LearnerProgressExported,
}

impl AuditEvent {
    pub const ALL: [AuditEvent; 21] = [
        AuditEvent::SignIn,
        AuditEvent::SignInFailed,
        AuditEvent::LockedOut,
        AuditEvent::SignOut,
        AuditEvent::SessionRevoked,
        AuditEvent::Activated,
        AuditEvent::PermissionDenied,
        AuditEvent::ResidentRead,
        AuditEvent::ResidentListed,
        AuditEvent::ResidentCreated,
        AuditEvent::ActivationCardIssued,
        AuditEvent::ResidentMoved,
        AuditEvent::AccountInvited,
        AuditEvent::AccountEnrolled,
        AuditEvent::AccountUpdated,
        AuditEvent::LocationChanged,
        AuditEvent::ProcedureStageSet,
        AuditEvent::ActivityParticipantsRead,
        AuditEvent::LearnersListed,
        AuditEvent::LearnerProgressRead,
        AuditEvent::LearnerProgressExported,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            AuditEvent::SignIn => "sign_in",
            AuditEvent::SignInFailed => "sign_in_failed",
            AuditEvent::LockedOut => "locked_out",
            AuditEvent::SignOut => "sign_out",
            AuditEvent::SessionRevoked => "session_revoked",
            AuditEvent::Activated => "activated",
            AuditEvent::PermissionDenied => "permission_denied",
            AuditEvent::ResidentRead => "resident_read",
            AuditEvent::ResidentListed => "resident_listed",
            AuditEvent::ResidentCreated => "resident_created",
            AuditEvent::ActivationCardIssued => "activation_card_issued",
            AuditEvent::ResidentMoved => "resident_moved",
            AuditEvent::AccountInvited => "account_invited",
            AuditEvent::AccountEnrolled => "account_enrolled",
            AuditEvent::AccountUpdated => "account_updated",
            AuditEvent::LocationChanged => "location_changed",
            AuditEvent::ProcedureStageSet => "procedure_stage_set",
            AuditEvent::ActivityParticipantsRead => "activity_participants_read",
            AuditEvent::LearnersListed => "learners_listed",
            AuditEvent::LearnerProgressRead => "learner_progress_read",
            AuditEvent::LearnerProgressExported => "learner_progress_exported",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|e| e.as_str() == value)
    }
}

/// One line of the log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AuditEntry {
    pub id: i64,
    pub at_ms: f64,
    /// `None` for events without a signed-in actor (a failed sign-in).
    pub actor_id: Option<String>,
    pub actor_role: Option<Role>,
    pub event: AuditEvent,
    /// The resident whose data was touched, if any.
    pub resident_id: Option<String>,
    /// Other object touched (an account, a location, a session handle).
    pub subject: Option<String>,
    pub request_id: String,
    /// Short, machine-written context ("action=read_audit_log"); never personal data.
    pub detail: Option<String>,
}

/// `GET /api/audit?actor=&resident=&event=&from_ms=&to_ms=&before_id=`: newest first, one page.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AuditQuery {
    pub actor: Option<String>,
    pub resident: Option<String>,
    pub event: Option<AuditEvent>,
    pub from_ms: Option<f64>,
    pub to_ms: Option<f64>,
    /// Paging: entries older than this id.
    pub before_id: Option<i64>,
}

pub const AUDIT_PAGE_SIZE: usize = 100;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AuditPage {
    pub entries: Vec<AuditEntry>,
    /// Pass as `before_id` for the next page; `None` on the last page.
    pub next_before_id: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_round_trip_and_match_serde_names() {
        for event in AuditEvent::ALL {
            assert_eq!(AuditEvent::parse(event.as_str()), Some(event));
            assert_eq!(
                serde_json::to_string(&event).unwrap(),
                format!("\"{}\"", event.as_str())
            );
        }
    }
}
