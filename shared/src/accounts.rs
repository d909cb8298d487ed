//! Wire types for signing in and out, sessions, and the staff/trainer/admin accounts admins manage.

use serde::{Deserialize, Serialize};

use crate::auth::Role;
use crate::credentials::{self, SecondFactor};
use crate::problem::FieldError;
use crate::text::required_text;

/// `POST /api/auth/activate`: the code from the activation card and the PIN the resident chooses.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ActivateRequest {
    pub code: String,
    pub pin: String,
}

impl ActivateRequest {
    /// The canonical code and the chosen PIN, or every field's error.
    pub fn validate(&self) -> Result<(String, String), Vec<FieldError>> {
        both(
            credentials::activation_code("code", &self.code),
            credentials::new_pin("pin", &self.pin),
        )
    }
}

/// Both values, or the errors of every field that failed.
fn both<A, B>(
    a: Result<A, FieldError>,
    b: Result<B, FieldError>,
) -> Result<(A, B), Vec<FieldError>> {
    match (a, b) {
        (Ok(a), Ok(b)) => Ok((a, b)),
        (a, b) => Err([a.err(), b.err()].into_iter().flatten().collect()),
    }
}

/// `POST /api/auth/resident-sign-in`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ResidentSignInRequest {
    pub resident_number: String,
    pub pin: String,
}

impl ResidentSignInRequest {
    /// The normalised resident number and the PIN, or every field's error.
    pub fn validate(&self) -> Result<(String, String), Vec<FieldError>> {
        both(
            credentials::resident_number("resident_number", &self.resident_number),
            credentials::pin("pin", &self.pin),
        )
    }
}

/// `POST /api/auth/staff-sign-in`: all three factors at once, so a wrong answer never says which
/// part was wrong. `code` is the authenticator's six digits or a recovery code.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StaffSignInRequest {
    pub email: String,
    pub password: String,
    pub code: String,
}

impl StaffSignInRequest {
    /// The normalised e-mail address, the password and the second factor, or every field's error.
    pub fn validate(&self) -> Result<(String, String, SecondFactor), Vec<FieldError>> {
        let factor = credentials::second_factor("code", &self.code);
        match both(
            credentials::email("email", &self.email),
            credentials::password("password", &self.password),
        ) {
            Ok((email, password)) => factor.map(|f| (email, password, f)).map_err(|e| vec![e]),
            Err(mut errors) => {
                errors.extend(factor.err());
                Err(errors)
            }
        }
    }
}

/// `GET /api/session` and the answer to every sign-in: who is signed in, and until when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SessionView {
    pub account_id: String,
    pub role: Role,
    pub display_name: String,
    /// A resident's current location, or a staff member's / trainer's assigned locations.
    pub location_ids: Vec<String>,
    /// The app language the person chose on their account (`None` until they choose one; a
    /// resident's registration language is on their record, not here). See
    /// [`crate::languages::on_session`] for how a device follows it.
    pub language: Option<String>,
    /// The absolute end of this session.
    pub expires_at_ms: f64,
    /// How long the session survives without use.
    pub idle_timeout_ms: f64,
}

/// `PUT /api/me/language` (request and answer): the signed-in person's own language, one of
/// [`crate::languages::LANGUAGES`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct OwnLanguage {
    pub language: String,
}

impl OwnLanguage {
    /// The language's code, or the field's error.
    pub fn validate(&self) -> Result<&'static str, Vec<FieldError>> {
        crate::languages::language(self.language.trim())
            .map(|l| l.code)
            .ok_or_else(|| {
                vec![FieldError::new(
                    "language",
                    "unknown_language",
                    "Choose one of the twelve languages.",
                )]
            })
    }
}

/// One row of "my sessions". `id` is a public handle, never the token.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SessionSummary {
    pub id: String,
    pub created_at_ms: f64,
    pub last_seen_at_ms: f64,
    /// A coarse device description from the browser ("Chrome on Android"), to recognise a phone.
    pub device: String,
    pub current: bool,
}

/// `POST /api/auth/sign-out-all` and `DELETE /api/sessions/{id}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SignedOut {
    pub sessions_ended: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AccountStatus {
    /// Invited (employee) or card issued (resident), not yet taken into use.
    Pending,
    Active,
    Disabled,
}

impl AccountStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            AccountStatus::Pending => "pending",
            AccountStatus::Active => "active",
            AccountStatus::Disabled => "disabled",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        [Self::Pending, Self::Active, Self::Disabled]
            .into_iter()
            .find(|s| s.as_str() == value)
    }
}

/// A staff, trainer or admin account as admins see it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EmployeeAccount {
    pub id: String,
    pub role: Role,
    pub display_name: String,
    pub email: String,
    pub location_ids: Vec<String>,
    pub status: AccountStatus,
}

/// `POST /api/accounts/invites`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct InviteRequest {
    pub email: String,
    pub display_name: String,
    pub role: Role,
    #[serde(default)]
    pub location_ids: Vec<String>,
}

impl InviteRequest {
    /// Checks the shape; the server checks that the locations exist and the address is new.
    pub fn validate(&self) -> Result<InviteRequest, Vec<FieldError>> {
        let mut errors = Vec::new();
        let email = credentials::email("email", &self.email).map_err(|e| errors.push(e));
        let name =
            required_text("display_name", &self.display_name, 100).map_err(|e| errors.push(e));
        if self.role == Role::Resident {
            errors.push(FieldError::new(
                "role",
                "not_an_employee_role",
                "Residents get an activation card from staff, not an invitation.",
            ));
        }
        if self.role != Role::Admin && self.location_ids.is_empty() {
            errors.push(FieldError::new(
                "location_ids",
                "required",
                "Choose at least one location for staff and trainers.",
            ));
        }
        match (email, name) {
            (Ok(email), Ok(display_name)) if errors.is_empty() => Ok(InviteRequest {
                email,
                display_name,
                role: self.role,
                location_ids: self.location_ids.clone(),
            }),
            _ => Err(errors),
        }
    }
}

/// The one-time link an admin passes on to the invited person.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Invite {
    pub account: EmployeeAccount,
    pub invite_url: String,
    pub expires_at_ms: f64,
}

/// `POST /api/auth/invite/start`: the token from the link and the chosen password. Answers with
/// the TOTP secret to enrol.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct InviteStartRequest {
    pub token: String,
    pub password: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TotpEnrolment {
    pub email: String,
    /// Base-32 secret for typing into an authenticator app.
    pub secret: String,
    pub otpauth_url: String,
    /// The `otpauth://` URL as an SVG QR code.
    pub qr_svg: String,
}

/// `POST /api/auth/invite/complete`: proves the authenticator works, activates the account and
/// signs in. Answers with recovery codes, shown once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct InviteCompleteRequest {
    pub token: String,
    pub code: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct InviteCompleted {
    pub session: SessionView,
    pub recovery_codes: Vec<String>,
}

/// `PUT /api/accounts/{id}`: what an admin may change on an employee account.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateAccountRequest {
    pub location_ids: Vec<String>,
    /// Disabling ends every session of the account at once.
    pub disabled: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_language_accepts_only_the_twelve() {
        let lang = |code: &str| OwnLanguage {
            language: code.into(),
        };
        assert_eq!(lang("ar").validate(), Ok("ar"));
        assert_eq!(lang(" ckb ").validate(), Ok("ckb"));
        for bad in ["xx", "", "AR", "de"] {
            let errors = lang(bad).validate().unwrap_err();
            assert_eq!(errors[0].field, "language", "{bad}");
            assert_eq!(errors[0].code, "unknown_language", "{bad}");
        }
    }

    #[test]
    fn invite_validation_names_each_field() {
        let bad = InviteRequest {
            email: "nope".into(),
            display_name: " ".into(),
            role: Role::Resident,
            location_ids: vec![],
        };
        let fields: Vec<_> = bad
            .validate()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["email", "display_name", "role", "location_ids"]);
        let good = InviteRequest {
            email: " Sam@COA.example".into(),
            display_name: "Sam".into(),
            role: Role::Admin,
            location_ids: vec![],
        };
        assert_eq!(good.validate().unwrap().email, "sam@coa.example");
    }

    #[test]
    fn sign_in_requests_report_every_bad_field() {
        let staff = StaffSignInRequest {
            email: "x".into(),
            password: "".into(),
            code: "1".into(),
        };
        let fields: Vec<_> = staff
            .validate()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["email", "password", "code"]);
        let resident = ResidentSignInRequest {
            resident_number: "١٠٠٠٠٠٠٠٠١".into(),
            pin: "482913".into(),
        };
        assert_eq!(
            resident.validate().unwrap(),
            ("1000000001".to_string(), "482913".to_string())
        );
        let activate = ActivateRequest {
            code: "x".into(),
            pin: "111111".into(),
        };
        assert_eq!(activate.validate().unwrap_err().len(), 2);
    }

    #[test]
    fn requests_refuse_unknown_fields() {
        let with_extra = r#"{"resident_number":"1","pin":"1","role":"admin"}"#;
        assert!(serde_json::from_str::<ResidentSignInRequest>(with_extra).is_err());
    }
}
