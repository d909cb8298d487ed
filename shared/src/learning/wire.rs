//! Request and response bodies of the learning API. Paths (all JSON unless said otherwise):
//!
//! Residents (their own data; writes go through the offline queue with idempotency keys):
//! - `GET /api/learning?language=xx` → [`LearningOverview`]
//! - `GET /api/learning/modules/{id}?language=xx` → [`super::localize::ModuleView`] (published only)
//! - `GET /api/learning/modules/{id}/progress` → [`ModuleProgress`]
//! - `PUT /api/learning/modules/{id}/answers/{question_id}` [`AnswerInput`] → [`AnswerOutcome`]
//! - `PUT /api/learning/modules/{id}/seen` [`SeenInput`] → [`ModuleProgress`]
//! - `GET /api/learning/passport?language=xx` → [`Passport`]
//!
//! Anyone: `GET /api/verify/{code}?language=xx` → [`Verification`].
//!
//! Trainers (and admins):
//! - `GET /api/learning/authoring/modules?language=xx` → `Vec<`[`ModuleListItem`]`>`
//! - `POST /api/learning/authoring/modules` [`super::Module`] → [`ModuleDraft`] (201)
//! - `GET /api/learning/authoring/modules/{id}` → [`ModuleDraft`]
//! - `PUT /api/learning/authoring/modules/{id}` [`ModuleUpdate`] → [`ModuleDraft`] (409 if stale)
//!
//! Trainers and staff at the location, admins anywhere (`location` as
//! [`crate::location_scope`] decides: optional for someone at exactly one location, else required):
//! - `GET /api/learning/learners?location=` → `Vec<`[`Learner`]`>` (audited)
//! - `GET /api/learning/groups?location=` → `Vec<`[`Group`]`>`
//! - `POST /api/learning/groups` [`GroupInput`] → [`Group`] (201)
//! - `PUT /api/learning/groups/{id}` [`GroupUpdate`] → [`Group`] (409 if stale)
//! - `GET /api/learning/assignments?location=` → `Vec<`[`Assignment`]`>`
//! - `POST /api/learning/assignments` [`AssignmentInput`] → [`Assignment`] (201)
//! - `DELETE /api/learning/assignments/{id}` → 204
//! - `GET /api/learning/dashboard?module=&location=&language=` → [`Dashboard`] (audited)
//! - `GET /api/learning/dashboard.csv?module=&location=&language=` → `text/csv` (audited)

use serde::{Deserialize, Serialize};

use super::Module;
use super::localize::Text;

/// Where a learner stands in one module (the trainer's dashboard and the resident's list).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum LearnerState {
    NotStarted,
    InProgress,
    /// Passed (a certificate exists).
    Completed,
    /// Not passed, and either finished an attempt below the pass mark or is answering most
    /// questions wrong (see [`super::progress::learner_state`]).
    NeedsHelp,
}

impl LearnerState {
    pub fn as_str(self) -> &'static str {
        match self {
            LearnerState::NotStarted => "not_started",
            LearnerState::InProgress => "in_progress",
            LearnerState::Completed => "completed",
            LearnerState::NeedsHelp => "needs_help",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LearningOverview {
    /// Assigned ones first (earliest due date first), then optional ones.
    pub modules: Vec<ModuleSummary>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ModuleSummary {
    pub id: String,
    /// Changes whenever the module is edited: the app refetches a cached module when it differs.
    pub version: u32,
    pub title: Text,
    pub summary: Text,
    pub competences: Vec<String>,
    pub level: u8,
    pub minutes: u32,
    pub assigned: bool,
    /// The earliest due date among the assignments that reach this resident.
    pub due_on: Option<String>,
    pub overdue: bool,
    pub state: LearnerState,
    /// Questions answered in the current attempt, of `questions`.
    pub answered: u32,
    pub questions: u32,
    pub certificate_code: Option<String>,
}

/// `PUT /api/learning/modules/{id}/answers/{question_id}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AnswerInput {
    /// 1 for the first try; the next try after a finished attempt is the next number.
    pub attempt: u32,
    /// The picked choice ids; for `Order` questions, all choice ids in the resident's order.
    pub choices: Vec<String>,
    /// The phone's clock when answered (maybe long before it arrives, when offline).
    pub answered_at_ms: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AnswerOutcome {
    pub question_id: String,
    pub attempt: u32,
    /// Whether the answer that counts (the first one in this attempt) is correct.
    pub correct: bool,
    /// False when an earlier answer in this attempt already counted (a replay or a second try):
    /// nothing changed.
    pub recorded: bool,
    pub progress: ModuleProgress,
}

/// `PUT /api/learning/modules/{id}/seen`: steps the resident has gone through. Merged as a set.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SeenInput {
    pub items: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RecordedAnswer {
    pub question_id: String,
    pub attempt: u32,
    pub choices: Vec<String>,
    pub correct: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AttemptResult {
    pub attempt: u32,
    pub correct: u32,
    pub total: u32,
    pub passed: bool,
    pub completed_at_ms: i64,
}

/// A resident's progress in one module.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ModuleProgress {
    pub module_id: String,
    /// The attempt to answer in now: the last one with answers, or the next one when that one is
    /// finished and not passed.
    pub attempt: u32,
    pub seen: Vec<String>,
    /// The answers of the current attempt.
    pub answers: Vec<RecordedAnswer>,
    /// Finished attempts, oldest first.
    pub attempts: Vec<AttemptResult>,
    pub state: LearnerState,
    pub certificate: Option<Certificate>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Certificate {
    pub code: String,
    pub module_id: String,
    pub title: Text,
    pub level: u8,
    pub competences: Vec<String>,
    /// The local date it was issued (YYYY-MM-DD).
    pub issued_on: String,
}

/// The learning passport: every certificate, and per competence the highest level reached. It
/// belongs to the account, so it stays the same after a move to another location.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Passport {
    pub certificates: Vec<Certificate>,
    pub competences: Vec<PassportCompetence>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PassportCompetence {
    /// DigComp code, e.g. `"4.2"`.
    pub code: String,
    pub level: u8,
    /// The first date this level was reached.
    pub achieved_on: String,
}

/// What `/verify/<code>` shows to anyone: no name, no location.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Verification {
    pub code: String,
    pub title: Text,
    pub level: u8,
    pub competences: Vec<String>,
    pub issued_on: String,
}

// ---- trainers ----

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ModuleListItem {
    pub id: String,
    pub status: super::ModuleStatus,
    pub title: Text,
    pub competences: Vec<String>,
    pub level: u8,
    pub minutes: u32,
    pub version: u32,
    /// Languages in which every text of the module is written.
    pub complete_languages: Vec<String>,
    pub updated_at_ms: i64,
}

/// A module as the editor gets it: the whole document (every language) and its version.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ModuleDraft {
    pub version: u32,
    pub module: Module,
    pub complete_languages: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ModuleUpdate {
    /// The version the trainer edited; another one is a 409 and nothing is stored.
    pub version: u32,
    pub module: Module,
}

/// A resident as a learner: no more personal data than a trainer needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Learner {
    pub account_id: String,
    pub display_name: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Group {
    pub id: String,
    pub location_id: String,
    pub name: String,
    pub version: u32,
    pub members: Vec<Learner>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GroupInput {
    pub location_id: String,
    pub name: String,
    /// Residents of that location.
    pub member_ids: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct GroupUpdate {
    pub version: u32,
    pub name: String,
    pub member_ids: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum AssignTo {
    Group { group_id: String },
    Resident { account_id: String },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct AssignmentInput {
    pub module_id: String,
    pub to: AssignTo,
    /// YYYY-MM-DD, optional.
    #[serde(default)]
    pub due_on: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Assignment {
    pub id: String,
    pub module_id: String,
    pub module_title: Text,
    pub location_id: String,
    pub to: AssignTo,
    /// The group's or the resident's name.
    pub to_name: String,
    pub due_on: Option<String>,
    pub assigned_at_ms: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Dashboard {
    pub module_id: String,
    pub title: Text,
    pub location_id: String,
    /// Every resident the module is assigned to at the location, and everyone there who started it.
    pub learners: Vec<LearnerRow>,
    pub questions: Vec<QuestionStat>,
    pub counts: StateCounts,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LearnerRow {
    pub account_id: String,
    pub display_name: String,
    pub state: LearnerState,
    pub assigned: bool,
    pub due_on: Option<String>,
    pub overdue: bool,
    /// Finished attempts.
    pub attempts: u32,
    /// Answered in the current attempt, of the module's questions.
    pub answered: u32,
    pub questions: u32,
    /// The best finished attempt, in % correct.
    pub best_percent: Option<u32>,
    pub completed_on: Option<String>,
    pub last_activity_ms: Option<i64>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StateCounts {
    pub not_started: u32,
    pub in_progress: u32,
    pub completed: u32,
    pub needs_help: u32,
    pub overdue: u32,
}

/// One question across the location's learners: first answers per attempt.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct QuestionStat {
    pub question_id: String,
    pub lesson_title: Text,
    pub prompt: Text,
    pub answered: u32,
    pub correct: u32,
    /// `correct * 100 / answered`, rounded down; `None` when nobody answered.
    pub percent_correct: Option<u32>,
}
