//! Reception agencies and their locations. In this first cut a location is public directory
//! information (name, kind, municipality, capacity); residents, staff assignments and occupancy arrive
//! with the accounts work and are derived from those records, never typed in twice.

use serde::{Deserialize, Serialize};

use crate::problem::FieldError;
use crate::text::required_text;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Agency {
    pub id: String,
    pub name: String,
}

/// The kinds of reception location in the Dutch procedure (as COA names them): central reception
/// (COL) right after application, process reception (POL) during the procedure, and an asylum
/// seekers' centre (AZC) for the longer stay.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase")]
pub enum LocationKind {
    Col,
    Pol,
    Azc,
}

impl LocationKind {
    pub fn code(self) -> &'static str {
        match self {
            LocationKind::Col => "col",
            LocationKind::Pol => "pol",
            LocationKind::Azc => "azc",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        match code {
            "col" => Some(LocationKind::Col),
            "pol" => Some(LocationKind::Pol),
            "azc" => Some(LocationKind::Azc),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Location {
    pub id: String,
    pub name: String,
    pub kind: LocationKind,
    pub municipality: String,
    /// IANA time zone, used for opening hours and appointment times at this location.
    pub timezone: String,
    pub capacity: u32,
}

/// `GET /api/locations`: the agency and all its locations, sorted by name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LocationDirectory {
    pub agency: Agency,
    pub locations: Vec<Location>,
}

impl LocationDirectory {
    pub fn total_capacity(&self) -> u64 {
        self.locations.iter().map(|l| u64::from(l.capacity)).sum()
    }
}

/// `POST /api/locations` and `PUT /api/locations/{id}`: what an admin sets on a location. The id
/// is chosen by the server on create.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct LocationInput {
    pub name: String,
    pub kind: LocationKind,
    pub municipality: String,
    #[serde(default = "default_timezone")]
    pub timezone: String,
    pub capacity: u32,
}

fn default_timezone() -> String {
    "Europe/Amsterdam".into()
}

/// Largest capacity accepted: Ter Apel, the biggest Dutch centre, is planned for 2,000.
pub const MAX_CAPACITY: u32 = 10_000;

impl LocationInput {
    pub fn validate(&self) -> Result<LocationInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        let name = required_text("name", &self.name, 200).map_err(|e| errors.push(e));
        let municipality =
            required_text("municipality", &self.municipality, 100).map_err(|e| errors.push(e));
        let timezone = self.timezone.trim();
        if !timezone.contains('/') || timezone.len() > 64 || timezone.contains(char::is_whitespace)
        {
            errors.push(FieldError::new(
                "timezone",
                "invalid_timezone",
                "Use an IANA time zone such as Europe/Amsterdam.",
            ));
        }
        if self.capacity > MAX_CAPACITY {
            errors.push(FieldError::new(
                "capacity",
                "too_large",
                format!("At most {MAX_CAPACITY} places."),
            ));
        }
        match (name, municipality) {
            (Ok(name), Ok(municipality)) if errors.is_empty() => Ok(LocationInput {
                name,
                kind: self.kind,
                municipality,
                timezone: timezone.to_owned(),
                capacity: self.capacity,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn location(capacity: u32) -> Location {
        Location {
            id: format!("loc-{capacity}"),
            name: "Demo".into(),
            kind: LocationKind::Azc,
            municipality: "Zwolle".into(),
            timezone: "Europe/Amsterdam".into(),
            capacity,
        }
    }

    #[test]
    fn kind_codes_round_trip_and_match_serde() {
        for kind in [LocationKind::Col, LocationKind::Pol, LocationKind::Azc] {
            assert_eq!(LocationKind::from_code(kind.code()), Some(kind));
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.code());
        }
        assert_eq!(LocationKind::from_code("hotel"), None);
    }

    #[test]
    fn total_capacity_does_not_overflow_u32() {
        let directory = LocationDirectory {
            agency: Agency {
                id: "a".into(),
                name: "A".into(),
            },
            locations: vec![location(u32::MAX), location(10)],
        };
        assert_eq!(directory.total_capacity(), u64::from(u32::MAX) + 10);
    }

    #[test]
    fn location_input_is_checked() {
        let input = LocationInput {
            name: " Azc Zwolle ".into(),
            kind: LocationKind::Azc,
            municipality: "Zwolle".into(),
            timezone: "Europe/Amsterdam".into(),
            capacity: 400,
        };
        assert_eq!(input.validate().unwrap().name, "Azc Zwolle");
        let bad = LocationInput {
            name: "".into(),
            timezone: "CET".into(),
            capacity: MAX_CAPACITY + 1,
            ..input
        };
        assert_eq!(bad.validate().unwrap_err().len(), 3);
    }
}
