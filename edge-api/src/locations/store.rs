//! The SQL of locations: the public directory, the admin's writes, and whether an id exists
//! (other domains check a location named in a body here).

use serde::Deserialize;
use wegwijs_shared::locations::LocationInput;
use wegwijs_shared::locations::{Agency, Location, LocationDirectory, LocationKind};
use worker::{D1Database, D1PreparedStatement};

use crate::db::{num, stmt, text};

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

pub(crate) const AGENCY_SQL: &str = "SELECT id, name FROM agencies ORDER BY created_at, id LIMIT 1";
pub(crate) const LOCATIONS_SQL: &str = "SELECT id, name, kind, municipality, timezone, capacity \
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

/// Adds a location to the (single) agency; no row is inserted when there is no agency.
pub fn insert(
    db: &D1Database,
    id: &str,
    input: &LocationInput,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT INTO locations (id, agency_id, name, kind, municipality, timezone, capacity, created_at) \
         SELECT ?1, id, ?2, ?3, ?4, ?5, ?6, ?7 FROM agencies ORDER BY created_at, id LIMIT 1",
        &[
            text(id),
            text(&input.name),
            text(input.kind.code()),
            text(&input.municipality),
            text(&input.timezone),
            num(f64::from(input.capacity)),
            num(now_ms),
        ],
    )
}

pub fn update(
    db: &D1Database,
    id: &str,
    input: &LocationInput,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE locations SET name = ?2, kind = ?3, municipality = ?4, timezone = ?5, capacity = ?6 \
         WHERE id = ?1",
        &[
            text(id),
            text(&input.name),
            text(input.kind.code()),
            text(&input.municipality),
            text(&input.timezone),
            num(f64::from(input.capacity)),
        ],
    )
}

pub fn location(id: String, input: LocationInput) -> Location {
    Location {
        id,
        name: input.name,
        kind: input.kind,
        municipality: input.municipality,
        timezone: input.timezone,
        capacity: input.capacity,
    }
}

#[derive(Deserialize)]
struct Exists {
    found: Option<i64>,
}

/// Whether a location with this id exists, for handlers that accept a location id from a body.
pub async fn exists(db: &D1Database, id: &str) -> Result<bool, ApiError> {
    let row: Option<Exists> = crate::db::first(stmt(
        db,
        "SELECT 1 AS found FROM locations WHERE id = ?1",
        &[text(id)],
    )?)
    .await?;
    Ok(row.and_then(|r| r.found).is_some())
}
