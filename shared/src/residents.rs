//! Residents as staff register them: the minimum needed to open an account and no more (preferred
//! name, resident number, language, location, optionally date of birth), plus the activation card.

use data_encoding::HEXLOWER;
use serde::{Deserialize, Serialize};

use crate::accounts::AccountStatus;
use crate::calendar::LocalDate;
use crate::credentials;
use crate::languages::language;
use crate::problem::FieldError;
use crate::procedure::ProcedureView;
use crate::text::required_text;

/// How long an activation card's code works.
pub const ACTIVATION_VALID_MS: f64 = 14.0 * 24.0 * 60.0 * 60_000.0;

/// `POST /api/residents`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NewResident {
    pub preferred_name: String,
    pub resident_number: String,
    pub language: String,
    pub location_id: String,
    /// `YYYY-MM-DD`, optional: only when the resident wants age-specific information.
    #[serde(default)]
    pub date_of_birth: Option<String>,
}

impl NewResident {
    /// `today` is `YYYY-MM-DD` in the agency's time zone; a birth date after it is refused.
    pub fn validate(&self, today: &str) -> Result<NewResident, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name =
            required_text("preferred_name", &self.preferred_name, 100).map_err(|e| errors.push(e));
        let number = credentials::resident_number("resident_number", &self.resident_number)
            .map_err(|e| errors.push(e));
        if language(&self.language).is_none() {
            errors.push(FieldError::new(
                "language",
                "unknown_language",
                "Choose one of the twelve languages.",
            ));
        }
        if self.location_id.trim().is_empty() {
            errors.push(FieldError::new(
                "location_id",
                "required",
                "Choose a location.",
            ));
        }
        let date_of_birth = match self.date_of_birth.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(date) => match check_date(date, today) {
                Ok(()) => Some(date.to_owned()),
                Err(e) => {
                    errors.push(e);
                    None
                }
            },
        };
        match (name, number) {
            (Ok(preferred_name), Ok(resident_number)) if errors.is_empty() => Ok(NewResident {
                preferred_name,
                resident_number,
                language: self.language.clone(),
                location_id: self.location_id.trim().to_owned(),
                date_of_birth,
            }),
            _ => Err(errors),
        }
    }
}

fn check_date(date: &str, today: &str) -> Result<(), FieldError> {
    let invalid = || {
        FieldError::new(
            "date_of_birth",
            "invalid_date",
            "Write the date as year-month-day, for example 1990-04-23.",
        )
    };
    match LocalDate::parse(date) {
        Some(parsed) if parsed.ymd().0 >= 1900 => {}
        _ => return Err(invalid()),
    }
    if date > today {
        return Err(FieldError::new(
            "date_of_birth",
            "in_the_future",
            "A date of birth cannot be in the future.",
        ));
    }
    Ok(())
}

/// A resident as staff (of their location) and the resident themself see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Resident {
    pub id: String,
    pub preferred_name: String,
    pub resident_number: String,
    pub language: String,
    pub location_id: String,
    pub date_of_birth: Option<String>,
    pub status: AccountStatus,
    /// Locations lived at, newest first, the current one included.
    pub moves: Vec<ResidentMove>,
    /// Where the resident is in the asylum procedure, as staff set it.
    #[serde(default)]
    pub procedure: ProcedureView,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ResidentMove {
    pub location_id: String,
    pub from_ms: f64,
    pub until_ms: Option<f64>,
}

// `Resident` holds `ResidentMove`, whose times are floats; equality on them is still exact.
impl Eq for ResidentMove {}

/// One row of the staff residents list: no date of birth, nothing beyond what finding a person needs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ResidentSummary {
    pub id: String,
    pub preferred_name: String,
    pub resident_number: String,
    pub location_id: String,
    pub status: AccountStatus,
}

/// The printable card. `code` is shown once: only its hash is stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ActivationCard {
    pub resident_id: String,
    pub preferred_name: String,
    pub resident_number: String,
    /// Grouped for reading: `ABCD-EFGH-JKMN`.
    pub code: String,
    pub expires_at_ms: f64,
    /// Opens the app's activation page with the code filled in (the code sits in the fragment, so
    /// it never reaches a server log).
    pub activation_url: String,
    /// `activation_url` as an SVG QR code.
    pub qr_svg: String,
}

/// The answer to `POST /api/residents`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CreatedResident {
    pub resident: Resident,
    pub card: ActivationCard,
}

/// `PUT /api/residents/{id}/location`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct MoveResidentRequest {
    pub location_id: String,
}

/// `GET /api/residents?limit=&after=`: one page of the list in name order (case-insensitive),
/// then id. `next` goes into `after` for the following page; `None` on the last page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ResidentPage {
    pub residents: Vec<ResidentSummary>,
    pub next: Option<String>,
}

pub const RESIDENT_PAGE_DEFAULT: usize = 50;
pub const RESIDENT_PAGE_MAX: usize = 100;

/// The page size asked for: missing is the default; `None` for anything outside 1..=100.
pub fn resident_page_limit(asked: Option<&str>) -> Option<usize> {
    match asked.map(str::trim) {
        None | Some("") => Some(RESIDENT_PAGE_DEFAULT),
        Some(n) => n
            .parse::<usize>()
            .ok()
            .filter(|n| (1..=RESIDENT_PAGE_MAX).contains(n)),
    }
}

/// The sort key of the last row of a page. Encoded as hex of `id:name` (ids have no `:`, names
/// may), so it is opaque to clients and safe in a query string without escaping.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResidentCursor {
    pub name: String,
    pub id: String,
}

impl ResidentCursor {
    pub fn encode(&self) -> String {
        HEXLOWER.encode(format!("{}:{}", self.id, self.name).as_bytes())
    }

    /// `None` for anything [`ResidentCursor::encode`] did not produce.
    pub fn decode(cursor: &str) -> Option<ResidentCursor> {
        // A name is at most 100 characters of up to 4 bytes, an id far less than 200.
        if cursor.len() > 1200 {
            return None;
        }
        let bytes = HEXLOWER.decode(cursor.as_bytes()).ok()?;
        let raw = String::from_utf8(bytes).ok()?;
        let (id, name) = raw.split_once(':')?;
        if id.is_empty() || name.is_empty() {
            return None;
        }
        Some(ResidentCursor {
            name: name.to_owned(),
            id: id.to_owned(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_limit_is_one_to_a_hundred() {
        assert_eq!(resident_page_limit(None), Some(50));
        assert_eq!(resident_page_limit(Some(" ")), Some(50));
        assert_eq!(resident_page_limit(Some("1")), Some(1));
        assert_eq!(resident_page_limit(Some("100")), Some(100));
        for bad in ["0", "101", "-1", "ten", "1.5"] {
            assert_eq!(resident_page_limit(Some(bad)), None, "{bad}");
        }
    }

    #[test]
    fn cursors_round_trip_and_refuse_anything_else() {
        let c = ResidentCursor {
            name: "Zoë: de Vries".into(),
            id: "acct-1".into(),
        };
        let encoded = c.encode();
        assert!(encoded.bytes().all(|b| b.is_ascii_hexdigit()));
        assert_eq!(ResidentCursor::decode(&encoded), Some(c));
        for bad in ["", "zz", "abc", "3a61", "613a", "6a", &"61".repeat(700)] {
            assert_eq!(ResidentCursor::decode(bad), None, "{bad}");
        }
    }

    fn new_resident() -> NewResident {
        NewResident {
            preferred_name: " Amal ".into(),
            resident_number: "12345 67890".into(),
            language: "ar".into(),
            location_id: "loc-a".into(),
            date_of_birth: Some("1990-02-28".into()),
        }
    }

    #[test]
    fn valid_resident_is_normalised() {
        let ok = new_resident().validate("2026-11-28").unwrap();
        assert_eq!(ok.preferred_name, "Amal");
        assert_eq!(ok.resident_number, "1234567890");
    }

    #[test]
    fn each_bad_field_is_named() {
        let bad = NewResident {
            preferred_name: "".into(),
            resident_number: "12".into(),
            language: "xx".into(),
            location_id: " ".into(),
            date_of_birth: Some("1990-02-30".into()),
        };
        let codes: Vec<_> = bad
            .validate("2026-11-28")
            .unwrap_err()
            .into_iter()
            .map(|e| (e.field, e.code))
            .collect();
        assert_eq!(
            codes,
            [
                ("preferred_name".to_string(), "required".to_string()),
                ("resident_number".into(), "wrong_length".into()),
                ("language".into(), "unknown_language".into()),
                ("location_id".into(), "required".into()),
                ("date_of_birth".into(), "invalid_date".into()),
            ]
        );
    }

    #[test]
    fn birth_dates_are_real_and_past() {
        let mut r = new_resident();
        r.date_of_birth = Some("2000-02-29".into());
        assert!(r.validate("2026-11-28").is_ok());
        for bad in [
            "2001-02-29",
            "1899-12-31",
            "1990-4-023",
            "1990-+4-23",
            "23-04-1990",
        ] {
            r.date_of_birth = Some(bad.into());
            assert_eq!(
                r.validate("2026-11-28").unwrap_err()[0].code,
                "invalid_date",
                "{bad}"
            );
        }
        r.date_of_birth = Some("2027-01-01".into());
        assert_eq!(
            r.validate("2026-11-28").unwrap_err()[0].code,
            "in_the_future"
        );
        r.date_of_birth = Some("".into());
        assert_eq!(r.validate("2026-11-28").unwrap().date_of_birth, None);
    }
}
