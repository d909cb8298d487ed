//! "My centre": a location's contact facts and its services (reception desk, GZA health centre,
//! mail, …), each with weekly opening hours and exceptions. Staff edit them; every write names the
//! version it edited, so a concurrent edit is refused (409) rather than silently overwritten.

use serde::{Deserialize, Serialize};

use crate::hours::{HoursException, WeeklyHours, validate_exceptions, validate_weekly};
use crate::problem::FieldError;
use crate::text::optional_text;

/// The emergency number in the Netherlands (police, fire, ambulance). Fixed, never edited.
pub const EMERGENCY_NUMBER: &str = "112";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ServiceKind {
    ReceptionDesk,
    /// The GZA health centre (general practice) at the location.
    MedicalPractice,
    Mail,
    /// Weekly allowance and payments.
    Allowance,
    Shop,
    Laundry,
    /// VluchtelingenWerk (Dutch Council for Refugees).
    Counselling,
    Transport,
    Other,
}

impl ServiceKind {
    /// In the order residents see them.
    pub const ALL: [ServiceKind; 9] = [
        ServiceKind::ReceptionDesk,
        ServiceKind::MedicalPractice,
        ServiceKind::Mail,
        ServiceKind::Allowance,
        ServiceKind::Shop,
        ServiceKind::Laundry,
        ServiceKind::Counselling,
        ServiceKind::Transport,
        ServiceKind::Other,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ServiceKind::ReceptionDesk => "reception_desk",
            ServiceKind::MedicalPractice => "medical_practice",
            ServiceKind::Mail => "mail",
            ServiceKind::Allowance => "allowance",
            ServiceKind::Shop => "shop",
            ServiceKind::Laundry => "laundry",
            ServiceKind::Counselling => "counselling",
            ServiceKind::Transport => "transport",
            ServiceKind::Other => "other",
        }
    }

    pub fn from_code(code: &str) -> Option<ServiceKind> {
        ServiceKind::ALL.into_iter().find(|k| k.code() == code)
    }

    /// The Fluent key of its name (`centre-kind-reception_desk` …), in both catalogs.
    pub fn label_key(self) -> String {
        format!("centre-kind-{}", self.code())
    }
}

/// A location's contact facts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CentreContacts {
    /// Visiting address, one line per line.
    pub address: String,
    pub postal_address: String,
    pub phone: String,
    pub email: String,
    /// 0: never saved.
    pub version: i64,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Service {
    pub id: String,
    pub kind: ServiceKind,
    /// Optional own name ("GZA health centre"); empty: the kind's name.
    pub name: String,
    pub note: String,
    pub phone: String,
    /// Where: building, room.
    pub place: String,
    pub hours: WeeklyHours,
    pub exceptions: Vec<HoursException>,
    pub version: i64,
}

/// `GET /api/centre?location=<id>`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CentreView {
    pub location_id: String,
    pub location_name: String,
    /// IANA time zone the hours are in.
    pub timezone: String,
    pub emergency_number: String,
    pub contacts: CentreContacts,
    pub services: Vec<Service>,
}

/// `PUT /api/centre/{location_id}/contacts`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ContactsInput {
    #[serde(default)]
    pub address: String,
    #[serde(default)]
    pub postal_address: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub email: String,
    /// The version edited (0 when the location never had contacts).
    pub version: i64,
}

/// `POST /api/centre/{location_id}/services` (version ignored) and `PUT /api/centre/services/{id}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ServiceInput {
    pub kind: ServiceKind,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub phone: String,
    #[serde(default)]
    pub place: String,
    #[serde(default)]
    pub hours: WeeklyHours,
    #[serde(default)]
    pub exceptions: Vec<HoursException>,
    #[serde(default)]
    pub version: i64,
}

/// `PUT /api/centre/services/{id}/removed`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RemoveService {
    pub version: i64,
}

fn text(field: &str, value: &str, max: usize, errors: &mut Vec<FieldError>) -> String {
    match optional_text(field, value, max) {
        Ok(v) => v.unwrap_or_default(),
        Err(e) => {
            errors.push(e);
            String::new()
        }
    }
}

/// A phone number as people write it: digits, spaces, `+ - ( )`, at least 3 digits.
pub fn check_phone(field: &str, value: &str, errors: &mut Vec<FieldError>) -> String {
    let value = value.trim();
    if value.is_empty() {
        return String::new();
    }
    let digits = value.chars().filter(char::is_ascii_digit).count();
    let allowed = value
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')'));
    if !allowed || digits < 3 || value.chars().count() > 30 {
        errors.push(FieldError::new(
            field,
            "invalid_phone",
            "Write a phone number with digits, for example +31 6 0000 0000.",
        ));
    }
    value.to_owned()
}

/// The `tel:` form of a phone number: digits and a leading `+`.
pub fn tel_href(phone: &str) -> String {
    let mut out = String::from("tel:");
    for (i, c) in phone.trim().chars().enumerate() {
        if c.is_ascii_digit() || (c == '+' && i == 0) {
            out.push(c);
        }
    }
    out
}

impl ContactsInput {
    pub fn validate(&self) -> Result<ContactsInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        let address = text("address", &self.address, 300, &mut errors);
        let postal_address = text("postal_address", &self.postal_address, 300, &mut errors);
        let phone = check_phone("phone", &self.phone, &mut errors);
        let email = self.email.trim().to_owned();
        let valid_email = email.is_empty()
            || (email.len() <= 200
                && !email.contains(char::is_whitespace)
                && email
                    .split_once('@')
                    .is_some_and(|(local, domain)| !local.is_empty() && domain.contains('.')));
        if !valid_email {
            errors.push(FieldError::new(
                "email",
                "invalid_email",
                "Write an e-mail address such as desk@example.org.",
            ));
        }
        if self.version < 0 {
            errors.push(FieldError::new("version", "invalid", "Unknown version."));
        }
        if errors.is_empty() {
            Ok(ContactsInput {
                address,
                postal_address,
                phone,
                email,
                version: self.version,
            })
        } else {
            Err(errors)
        }
    }
}

impl ServiceInput {
    pub fn validate(&self) -> Result<ServiceInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = text("name", &self.name, 100, &mut errors);
        if self.kind == ServiceKind::Other && name.is_empty() {
            errors.push(FieldError::new(
                "name",
                "required",
                "Give a service of kind \"other\" a name.",
            ));
        }
        let note = text("note", &self.note, 500, &mut errors);
        let phone = check_phone("phone", &self.phone, &mut errors);
        let place = text("place", &self.place, 100, &mut errors);
        validate_weekly("hours", &self.hours, &mut errors);
        validate_exceptions("exceptions", &self.exceptions, &mut errors);
        if !errors.is_empty() {
            return Err(errors);
        }
        let mut hours = self.hours.clone();
        for day in crate::calendar::Weekday::ALL {
            hours.day_mut(day).sort_by_key(|r| (r.opens, r.closes));
        }
        let mut exceptions: Vec<HoursException> = self
            .exceptions
            .iter()
            .map(|e| HoursException {
                date: e.date.trim().to_owned(),
                ranges: {
                    let mut r = e.ranges.clone();
                    r.sort_by_key(|r| (r.opens, r.closes));
                    r
                },
                reason: e.reason.trim().to_owned(),
            })
            .collect();
        exceptions.sort_by(|a, b| a.date.cmp(&b.date));
        Ok(ServiceInput {
            kind: self.kind,
            name,
            note,
            phone,
            place,
            hours,
            exceptions,
            version: self.version,
        })
    }
}

/// Residents see services in the kind order, then by name.
pub fn sort_services(services: &mut [Service]) {
    services.sort_by(|a, b| {
        let rank = |s: &Service| ServiceKind::ALL.iter().position(|k| *k == s.kind);
        rank(a)
            .cmp(&rank(b))
            .then_with(|| a.name.cmp(&b.name))
            .then_with(|| a.id.cmp(&b.id))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hours::TimeRange;

    fn input() -> ServiceInput {
        ServiceInput {
            kind: ServiceKind::ReceptionDesk,
            name: " Front desk ".into(),
            note: String::new(),
            phone: "+31 6 0000 0000".into(),
            place: "Building A".into(),
            hours: WeeklyHours {
                monday: vec![
                    TimeRange {
                        opens: 780,
                        closes: 1020,
                    },
                    TimeRange {
                        opens: 540,
                        closes: 720,
                    },
                ],
                ..WeeklyHours::default()
            },
            exceptions: vec![],
            version: 3,
        }
    }

    #[test]
    fn kinds_round_trip() {
        for kind in ServiceKind::ALL {
            assert_eq!(ServiceKind::from_code(kind.code()), Some(kind));
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.code());
        }
    }

    #[test]
    fn valid_service_is_normalised() {
        let ok = input().validate().unwrap();
        assert_eq!(ok.name, "Front desk");
        assert_eq!(ok.hours.monday[0].opens, 540);
    }

    #[test]
    fn bad_service_names_fields() {
        let mut bad = input();
        bad.kind = ServiceKind::Other;
        bad.name = String::new();
        bad.phone = "call me".into();
        bad.hours.tuesday = vec![TimeRange {
            opens: 600,
            closes: 500,
        }];
        let fields: Vec<String> = bad
            .validate()
            .unwrap_err()
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["name", "phone", "hours.tuesday.0.closes"]);
    }

    #[test]
    fn contacts_are_checked() {
        let bad = ContactsInput {
            email: "no-at-sign".into(),
            phone: "12".into(),
            ..ContactsInput::default()
        };
        assert_eq!(bad.validate().unwrap_err().len(), 2);
        let ok = ContactsInput {
            email: " desk@example.org ".into(),
            ..ContactsInput::default()
        };
        assert_eq!(ok.validate().unwrap().email, "desk@example.org");
    }

    #[test]
    fn tel_links_keep_digits_and_leading_plus() {
        assert_eq!(tel_href("+31 6-0000 0000"), "tel:+31600000000");
        assert_eq!(tel_href("(050) 000 0000"), "tel:0500000000");
        assert_eq!(tel_href(EMERGENCY_NUMBER), "tel:112");
    }
}
