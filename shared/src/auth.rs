//! Who may do what: roles, actions, scopes and the one decision function the Worker calls for every
//! route and every object.
//!
//! The policy is data ([`Action::access`]): for each action, either it is public, or a list of
//! (role, scope) grants. A scope says *which objects* a role may touch: its own, those at one of its
//! locations, or any. The Worker checks the role once per route (the route table names the action)
//! and the scope once per object it loads, both with [`decide`], so no handler writes its own `if`.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Resident,
    Trainer,
    Staff,
    Admin,
}

impl Role {
    pub const ALL: [Role; 4] = [Role::Resident, Role::Trainer, Role::Staff, Role::Admin];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Resident => "resident",
            Role::Trainer => "trainer",
            Role::Staff => "staff",
            Role::Admin => "admin",
        }
    }

    pub fn parse(value: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == value)
    }

    /// Staff, trainers and admins sign in with e-mail, password and TOTP; residents with an
    /// activation card and a PIN.
    pub fn is_employee(self) -> bool {
        !matches!(self, Role::Resident)
    }

    pub fn session_policy(self) -> SessionPolicy {
        const MINUTE: f64 = 60_000.0;
        const HOUR: f64 = 60.0 * MINUTE;
        const DAY: f64 = 24.0 * HOUR;
        // Residents mostly use their own phone and sign in with a PIN they must not have to
        // retype daily; staff and admins see personal data of many people, so their sessions are
        // short (ASVS 5.0 L2 asks for risk-based idle and absolute limits).
        match self {
            Role::Resident => SessionPolicy {
                idle_ms: 7.0 * DAY,
                absolute_ms: 30.0 * DAY,
            },
            Role::Trainer => SessionPolicy {
                idle_ms: 2.0 * HOUR,
                absolute_ms: 12.0 * HOUR,
            },
            Role::Staff => SessionPolicy {
                idle_ms: 30.0 * MINUTE,
                absolute_ms: 12.0 * HOUR,
            },
            Role::Admin => SessionPolicy {
                idle_ms: 15.0 * MINUTE,
                absolute_ms: 8.0 * HOUR,
            },
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SessionPolicy {
    /// A session not used for this long is dead.
    pub idle_ms: f64,
    /// A session this old is dead however busy it is.
    pub absolute_ms: f64,
}

impl SessionPolicy {
    /// Whether a session created at `created_ms` and last used at `last_seen_ms` is still alive.
    pub fn is_alive(self, created_ms: f64, last_seen_ms: f64, now_ms: f64) -> bool {
        now_ms < last_seen_ms + self.idle_ms && now_ms < created_ms + self.absolute_ms
    }
}

/// Every operation the API offers. Each route names exactly one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Action {
    ReadHealth,
    ReadLocations,
    ReportClientError,
    /// Activation, sign-in and accepting an invitation: the doors into an account.
    SignIn,
    /// "Who is signed in here?": public, so a signed-out app gets an answer (no session) rather
    /// than an error, but it reads the session when one is sent.
    WhoAmI,
    ReadOwnSession,
    ManageOwnSessions,
    /// Choosing the language of one's own account (never someone else's: the route names no id).
    SetOwnLanguage,
    ListResidents,
    CreateResident,
    ReadResident,
    IssueActivationCard,
    MoveResident,
    ListAccounts,
    InviteAccount,
    UpdateAccount,
    ManageLocations,
    ReadAuditLog,
    /// Reading published articles, news and vacancies (residents: their location's and the
    /// agency-wide ones).
    ReadContent,
    MarkNewsSeen,
    ReadOwnFavourites,
    ManageOwnFavourites,
    ReadOwnProcedure,
    SetProcedureStage,
    /// The staff content editor: items of one's locations (agency-wide items: admins only).
    ManageContent,
    /// "My centre": contacts, services and opening hours of a location.
    ReadCentre,
    ManageCentre,
    /// The coming occurrences at a location, with counts and the caller's own standing.
    ReadActivities,
    /// A resident signs themself up for, or off from, one occurrence at their location.
    SignUpForActivity,
    /// Create, edit, cancel activities (and read their definitions).
    ManageActivities,
    /// Names of who signed up: personal data, audited.
    ReadParticipants,
    /// A resident's own learning: modules they can take, a module's content, their progress and
    /// learning passport.
    ReadOwnLearning,
    /// A resident's own answers and progress (through the offline write queue).
    SubmitLearning,
    /// Anyone may check a certificate code; the answer names the module, level and date only.
    VerifyCertificate,
    /// The OpenAPI document: the contract is public, like the API's own error types.
    ReadApiContract,
    /// Author and translate modules (the curriculum is agency-wide).
    ManageModules,
    /// The residents of a location as learners (names), to build groups and assign: audited.
    ReadLearners,
    ManageLearningGroups,
    AssignModules,
    /// Per-learner and per-question progress, and its CSV export: personal data, audited.
    ReadLearnerProgress,
}

/// Which objects a grant covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    /// Only the principal's own account and records.
    Own,
    /// Objects at one of the principal's locations.
    SameLocation,
    /// Every object.
    Any,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Access {
    /// Anyone, signed in or not.
    Public,
    /// Only these roles, each with its scope.
    Roles(&'static [(Role, Scope)]),
}

const EVERY_ROLE_OWN: &[(Role, Scope)] = &[
    (Role::Resident, Scope::Own),
    (Role::Trainer, Scope::Own),
    (Role::Staff, Scope::Own),
    (Role::Admin, Scope::Own),
];
const STAFF_AT_LOCATION_ADMIN_ANY: &[(Role, Scope)] = &[
    (Role::Staff, Scope::SameLocation),
    (Role::Admin, Scope::Any),
];
const ADMIN_ONLY: &[(Role, Scope)] = &[(Role::Admin, Scope::Any)];

impl Action {
    /// The policy. Trainers reach residents only through the learning actions (learners, groups,
    /// assignments, progress), at their own locations.
    pub const fn access(self) -> Access {
        match self {
            Action::ReadHealth | Action::ReadLocations | Action::ReportClientError => {
                Access::Public
            }
            Action::SignIn | Action::WhoAmI => Access::Public,
            Action::ReadOwnSession | Action::ManageOwnSessions | Action::SetOwnLanguage => {
                Access::Roles(EVERY_ROLE_OWN)
            }
            Action::ReadResident => Access::Roles(&[
                (Role::Resident, Scope::Own),
                (Role::Staff, Scope::SameLocation),
                (Role::Admin, Scope::Any),
            ]),
            Action::ListResidents
            | Action::CreateResident
            | Action::IssueActivationCard
            | Action::MoveResident => Access::Roles(STAFF_AT_LOCATION_ADMIN_ANY),
            Action::ListAccounts
            | Action::InviteAccount
            | Action::UpdateAccount
            | Action::ManageLocations
            | Action::ReadAuditLog => Access::Roles(ADMIN_ONLY),
            // A resident's location_ids holds only their current location, so after a move they
            // read the new location's information, centre and activities.
            Action::ReadContent | Action::ReadCentre | Action::ReadActivities => Access::Roles(&[
                (Role::Resident, Scope::SameLocation),
                (Role::Trainer, Scope::SameLocation),
                (Role::Staff, Scope::SameLocation),
                (Role::Admin, Scope::Any),
            ]),
            Action::MarkNewsSeen | Action::ReadOwnFavourites | Action::ManageOwnFavourites => {
                Access::Roles(EVERY_ROLE_OWN)
            }
            Action::ReadOwnProcedure => Access::Roles(&[(Role::Resident, Scope::Own)]),
            Action::SetProcedureStage | Action::ManageContent => {
                Access::Roles(STAFF_AT_LOCATION_ADMIN_ANY)
            }
            Action::ManageCentre => Access::Roles(STAFF_AT_LOCATION_ADMIN_ANY),
            Action::SignUpForActivity => Access::Roles(&[(Role::Resident, Scope::SameLocation)]),
            Action::ManageActivities | Action::ReadParticipants => {
                Access::Roles(STAFF_AT_LOCATION_ADMIN_ANY)
            }
            Action::ReadOwnLearning | Action::SubmitLearning => {
                Access::Roles(&[(Role::Resident, Scope::Own)])
            }
            Action::VerifyCertificate | Action::ReadApiContract => Access::Public,
            Action::ManageModules => {
                Access::Roles(&[(Role::Trainer, Scope::Any), (Role::Admin, Scope::Any)])
            }
            Action::ReadLearners
            | Action::ManageLearningGroups
            | Action::AssignModules
            | Action::ReadLearnerProgress => Access::Roles(&[
                (Role::Trainer, Scope::SameLocation),
                (Role::Staff, Scope::SameLocation),
                (Role::Admin, Scope::Any),
            ]),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Action::ReadHealth => "read_health",
            Action::ReadLocations => "read_locations",
            Action::ReportClientError => "report_client_error",
            Action::SignIn => "sign_in",
            Action::WhoAmI => "who_am_i",
            Action::ReadOwnSession => "read_own_session",
            Action::ManageOwnSessions => "manage_own_sessions",
            Action::SetOwnLanguage => "set_own_language",
            Action::ListResidents => "list_residents",
            Action::CreateResident => "create_resident",
            Action::ReadResident => "read_resident",
            Action::IssueActivationCard => "issue_activation_card",
            Action::MoveResident => "move_resident",
            Action::ListAccounts => "list_accounts",
            Action::InviteAccount => "invite_account",
            Action::UpdateAccount => "update_account",
            Action::ManageLocations => "manage_locations",
            Action::ReadAuditLog => "read_audit_log",
            Action::ReadContent => "read_content",
            Action::MarkNewsSeen => "mark_news_seen",
            Action::ReadOwnFavourites => "read_own_favourites",
            Action::ManageOwnFavourites => "manage_own_favourites",
            Action::ReadOwnProcedure => "read_own_procedure",
            Action::SetProcedureStage => "set_procedure_stage",
            Action::ManageContent => "manage_content",
            Action::ReadCentre => "read_centre",
            Action::ManageCentre => "manage_centre",
            Action::ReadActivities => "read_activities",
            Action::SignUpForActivity => "sign_up_for_activity",
            Action::ManageActivities => "manage_activities",
            Action::ReadParticipants => "read_participants",
            Action::ReadOwnLearning => "read_own_learning",
            Action::SubmitLearning => "submit_learning",
            Action::VerifyCertificate => "verify_certificate",
            Action::ReadApiContract => "read_api_contract",
            Action::ManageModules => "manage_modules",
            Action::ReadLearners => "read_learners",
            Action::ManageLearningGroups => "manage_learning_groups",
            Action::AssignModules => "assign_modules",
            Action::ReadLearnerProgress => "read_learner_progress",
        }
    }

    /// Whether the pipeline loads the session for this action. Other public routes never do, so
    /// background calls (health polling) cannot keep an idle session alive.
    pub fn reads_session(self) -> bool {
        self == Action::WhoAmI || self.access() != Access::Public
    }

    /// The scope `role` has for this action, if any.
    pub fn scope_for(self, role: Role) -> Option<Scope> {
        match self.access() {
            Access::Public => Some(Scope::Any),
            Access::Roles(grants) => grants.iter().find(|(r, _)| *r == role).map(|(_, s)| *s),
        }
    }
}

/// A signed-in person as the server sees them, loaded from the session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Principal {
    pub account_id: String,
    pub role: Role,
    /// Staff and trainers: their assigned locations. Residents: their current location.
    pub location_ids: Vec<String>,
}

/// What an action touches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target<'a> {
    /// The route as a whole, before any object is loaded (also: list routes, filtered by
    /// [`list_scope`]).
    Route,
    /// An account, e.g. a session's owner.
    Account(&'a str),
    /// A resident's records, judged by whose they are and where the resident lives now.
    Resident {
        account_id: &'a str,
        location_id: &'a str,
    },
    /// A location, e.g. where a new resident will live.
    Location(&'a str),
    /// Something that belongs to the whole agency rather than one location (an agency-wide
    /// article): only a scope of `Any` reaches it.
    AgencyWide,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Decision {
    Allow,
    /// Nobody is signed in and the action is not public: 401.
    Unauthenticated,
    /// Signed in, but not allowed: 403.
    Forbidden,
}

/// The one authorization decision.
pub fn decide(principal: Option<&Principal>, action: Action, target: Target<'_>) -> Decision {
    if action.access() == Access::Public {
        return Decision::Allow;
    }
    let Some(principal) = principal else {
        return Decision::Unauthenticated;
    };
    let Some(scope) = action.scope_for(principal.role) else {
        return Decision::Forbidden;
    };
    let allowed = match (scope, target) {
        (_, Target::Route) | (Scope::Any, _) => true,
        (Scope::Own, Target::Account(id)) => id == principal.account_id,
        (Scope::Own, Target::Resident { account_id, .. }) => account_id == principal.account_id,
        (Scope::Own, Target::Location(_)) => false,
        (Scope::SameLocation, Target::Resident { location_id, .. })
        | (Scope::SameLocation, Target::Location(location_id)) => {
            principal.location_ids.iter().any(|l| l == location_id)
        }
        (Scope::SameLocation, Target::Account(_)) => false,
        (Scope::Own | Scope::SameLocation, Target::AgencyWide) => false,
    };
    if allowed {
        Decision::Allow
    } else {
        Decision::Forbidden
    }
}

/// Which rows a list route may return to `principal`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListScope {
    All,
    Locations(Vec<String>),
    Own(String),
}

pub fn list_scope(principal: &Principal, action: Action) -> Option<ListScope> {
    Some(match action.scope_for(principal.role)? {
        Scope::Any => ListScope::All,
        Scope::SameLocation => ListScope::Locations(principal.location_ids.clone()),
        Scope::Own => ListScope::Own(principal.account_id.clone()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn principal(role: Role, id: &str, locations: &[&str]) -> Principal {
        Principal {
            account_id: id.into(),
            role,
            location_ids: locations.iter().map(|l| l.to_string()).collect(),
        }
    }

    #[test]
    fn roles_round_trip() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Some(role));
        }
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn anonymous_only_gets_public_actions() {
        assert_eq!(
            decide(None, Action::ReadLocations, Target::Route),
            Decision::Allow
        );
        assert_eq!(
            decide(None, Action::ReadOwnSession, Target::Route),
            Decision::Unauthenticated
        );
    }

    #[test]
    fn resident_reads_only_own_record() {
        let me = principal(Role::Resident, "r1", &["loc-a"]);
        let own = Target::Resident {
            account_id: "r1",
            location_id: "loc-a",
        };
        let other = Target::Resident {
            account_id: "r2",
            location_id: "loc-a",
        };
        assert_eq!(
            decide(Some(&me), Action::ReadResident, own),
            Decision::Allow
        );
        assert_eq!(
            decide(Some(&me), Action::ReadResident, other),
            Decision::Forbidden
        );
        assert_eq!(
            decide(Some(&me), Action::ListResidents, Target::Route),
            Decision::Forbidden
        );
    }

    #[test]
    fn staff_reach_only_their_locations() {
        let staff = principal(Role::Staff, "s1", &["loc-a", "loc-b"]);
        let at = |location_id| Target::Resident {
            account_id: "r1",
            location_id,
        };
        assert_eq!(
            decide(Some(&staff), Action::ReadResident, at("loc-b")),
            Decision::Allow
        );
        assert_eq!(
            decide(Some(&staff), Action::ReadResident, at("loc-c")),
            Decision::Forbidden
        );
        assert_eq!(
            decide(
                Some(&staff),
                Action::CreateResident,
                Target::Location("loc-c")
            ),
            Decision::Forbidden
        );
        assert_eq!(
            list_scope(&staff, Action::ListResidents),
            Some(ListScope::Locations(vec!["loc-a".into(), "loc-b".into()]))
        );
        assert_eq!(
            decide(Some(&staff), Action::ReadAuditLog, Target::Route),
            Decision::Forbidden
        );
    }

    #[test]
    fn admin_reaches_everything_but_others_sessions() {
        let admin = principal(Role::Admin, "a1", &[]);
        assert_eq!(
            decide(
                Some(&admin),
                Action::ReadResident,
                Target::Resident {
                    account_id: "r9",
                    location_id: "anywhere"
                }
            ),
            Decision::Allow
        );
        assert_eq!(
            decide(
                Some(&admin),
                Action::ManageOwnSessions,
                Target::Account("s1")
            ),
            Decision::Forbidden
        );
    }

    #[test]
    fn trainers_have_no_resident_access_yet() {
        let trainer = principal(Role::Trainer, "t1", &["loc-a"]);
        for action in [
            Action::ListResidents,
            Action::ReadResident,
            Action::CreateResident,
        ] {
            assert_eq!(
                decide(Some(&trainer), action, Target::Route),
                Decision::Forbidden
            );
        }
    }

    #[test]
    fn only_who_am_i_reads_the_session_among_public_actions() {
        assert!(Action::WhoAmI.reads_session());
        assert!(Action::ListResidents.reads_session());
        assert!(!Action::ReadHealth.reads_session());
        assert!(!Action::SignIn.reads_session());
        assert_eq!(decide(None, Action::WhoAmI, Target::Route), Decision::Allow);
    }

    #[test]
    fn content_editors_reach_their_locations_and_only_admins_the_whole_agency() {
        let staff = principal(Role::Staff, "s1", &["loc-a"]);
        let admin = principal(Role::Admin, "a1", &[]);
        let resident = principal(Role::Resident, "r1", &["loc-a"]);
        let edit = Action::ManageContent;
        assert_eq!(
            decide(Some(&staff), edit, Target::Location("loc-a")),
            Decision::Allow
        );
        assert_eq!(
            decide(Some(&staff), edit, Target::Location("loc-b")),
            Decision::Forbidden
        );
        assert_eq!(
            decide(Some(&staff), edit, Target::AgencyWide),
            Decision::Forbidden
        );
        assert_eq!(
            decide(Some(&admin), edit, Target::AgencyWide),
            Decision::Allow
        );
        assert_eq!(
            decide(Some(&resident), edit, Target::Route),
            Decision::Forbidden
        );
        assert_eq!(
            list_scope(&resident, Action::ReadContent),
            Some(ListScope::Locations(vec!["loc-a".into()]))
        );
        assert_eq!(
            decide(Some(&staff), Action::ReadOwnProcedure, Target::Route),
            Decision::Forbidden
        );
    }

    #[test]
    fn session_policy_is_shorter_for_staff_than_residents() {
        let staff = Role::Staff.session_policy();
        let resident = Role::Resident.session_policy();
        assert!(staff.idle_ms < resident.idle_ms);
        assert!(staff.is_alive(0.0, 0.0, staff.idle_ms - 1.0));
        assert!(!staff.is_alive(0.0, 0.0, staff.idle_ms));
        // Busy but too old.
        let t = staff.absolute_ms;
        assert!(!staff.is_alive(0.0, t - 1.0, t));
    }
}
