use serde::Deserialize;
use wegwijs_shared::locations::{Agency, Location, LocationDirectory, LocationKind};
use worker::D1Database;

use crate::error::ApiError;

#[derive(Deserialize)]
struct AgencyRow {
    id: String,
    name: String,
}

#[derive(Deserialize)]
struct LocationRow {
    id: String,
    name: String,
    kind: String,
    municipality: String,
    timezone: String,
    capacity: u32,
}

const AGENCY_SQL: &str = "SELECT id, name FROM agencies ORDER BY created_at, id LIMIT 1";
const LOCATIONS_SQL: &str = "SELECT id, name, kind, municipality, timezone, capacity \
     FROM locations \
     WHERE agency_id = (SELECT id FROM agencies ORDER BY created_at, id LIMIT 1) \
     ORDER BY name COLLATE NOCASE, id";

/// The agency and its locations in one round trip (a D1 batch).
pub async fn directory(db: &D1Database) -> Result<LocationDirectory, ApiError> {
    let results = db
        .batch(vec![db.prepare(AGENCY_SQL), db.prepare(LOCATIONS_SQL)])
        .await
        .map_err(ApiError::database)?;
    let [agencies, locations] = results.as_slice() else {
        return Err(ApiError::Internal(format!(
            "batch returned {} results, expected 2",
            results.len()
        )));
    };
    let agency = agencies
        .results::<AgencyRow>()?
        .into_iter()
        .next()
        .ok_or(ApiError::ResourceNotFound { what: "agency" })?;
    let locations = locations
        .results::<LocationRow>()?
        .into_iter()
        .map(into_location)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(LocationDirectory {
        agency: Agency {
            id: agency.id,
            name: agency.name,
        },
        locations,
    })
}

fn into_location(row: LocationRow) -> Result<Location, ApiError> {
    let kind = LocationKind::from_code(&row.kind).ok_or_else(|| {
        ApiError::Internal(format!(
            "location {} has unknown kind {:?}",
            row.id, row.kind
        ))
    })?;
    Ok(Location {
        id: row.id,
        name: row.name,
        kind,
        municipality: row.municipality,
        timezone: row.timezone,
        capacity: row.capacity,
    })
}
