//! Reception agencies and their locations. In this first cut a location is public directory
//! information (name, kind, municipality, capacity); residents, staff assignments and occupancy arrive
//! with the accounts work and are derived from those records, never typed in twice.

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agency {
    pub id: String,
    pub name: String,
}

/// The kinds of reception location in the Dutch procedure (see the domain notes): central reception
/// (COL) right after application, process reception (POL) during the procedure, and an asylum
/// seekers' centre (AZC) for the longer stay.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
pub struct LocationDirectory {
    pub agency: Agency,
    pub locations: Vec<Location>,
}

impl LocationDirectory {
    pub fn total_capacity(&self) -> u64 {
        self.locations.iter().map(|l| u64::from(l.capacity)).sum()
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
}
