//! The SQL of the centre domain.

use serde::Deserialize;
use wegwijs_shared::centre::{CentreContacts, ContactsInput, Service, ServiceInput, ServiceKind};
use worker::{D1Database, D1PreparedStatement};

use crate::db::{num, stmt, text};
use crate::error::ApiError;

#[derive(Deserialize)]
pub struct LocationRow {
    pub id: String,
    pub name: String,
    pub timezone: String,
}

#[derive(Deserialize)]
pub struct ContactsRow {
    address: String,
    postal_address: String,
    phone: String,
    email: String,
    version: i64,
}

#[derive(Deserialize)]
pub struct ServiceRow {
    pub id: String,
    pub location_id: String,
    kind: String,
    name: String,
    note: String,
    phone: String,
    place: String,
    hours: String,
    exceptions: String,
    pub removed: i64,
    pub version: i64,
}

const SERVICE_SQL: &str = "SELECT id, location_id, kind, name, note, phone, place, hours, exceptions, \
     removed, version FROM centre_services";

pub(crate) const LOCATION_SQL: &str = "SELECT id, name, timezone FROM locations WHERE id = ?1";

pub(crate) const CONTACTS_SQL: &str = "SELECT address, postal_address, phone, email, version \
     FROM centre_contacts WHERE location_id = ?1";

pub(crate) fn services_sql() -> String {
    format!("{SERVICE_SQL} WHERE location_id = ?1 AND removed = 0 ORDER BY id LIMIT 100")
}

pub fn location(db: &D1Database, id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(db, LOCATION_SQL, &[text(id)])
}

pub fn contacts(db: &D1Database, location_id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(db, CONTACTS_SQL, &[text(location_id)])
}

pub fn services(db: &D1Database, location_id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(db, &services_sql(), &[text(location_id)])
}

pub fn service(db: &D1Database, id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(db, &format!("{SERVICE_SQL} WHERE id = ?1"), &[text(id)])
}

pub fn into_contacts(row: Option<ContactsRow>) -> CentreContacts {
    match row {
        Some(r) => CentreContacts {
            address: r.address,
            postal_address: r.postal_address,
            phone: r.phone,
            email: r.email,
            version: r.version,
        },
        None => CentreContacts::default(),
    }
}

pub fn into_service(row: ServiceRow) -> Result<Service, ApiError> {
    let broken = |what: &str, e: String| {
        ApiError::Internal(format!("service {} has a broken {what}: {e}", row.id))
    };
    Ok(Service {
        kind: ServiceKind::from_code(&row.kind).ok_or_else(|| broken("kind", row.kind.clone()))?,
        hours: serde_json::from_str(&row.hours).map_err(|e| broken("hours", e.to_string()))?,
        exceptions: serde_json::from_str(&row.exceptions)
            .map_err(|e| broken("exceptions", e.to_string()))?,
        id: row.id,
        name: row.name,
        note: row.note,
        phone: row.phone,
        place: row.place,
        version: row.version,
    })
}

/// First contacts of a location (version 0 edited): inserts nothing when a row appeared meanwhile.
pub fn insert_contacts(
    db: &D1Database,
    location_id: &str,
    input: &ContactsInput,
    by: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT INTO centre_contacts (location_id, address, postal_address, phone, email, version, \
             updated_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6, ?7) \
         ON CONFLICT (location_id) DO NOTHING",
        &[
            text(location_id),
            text(&input.address),
            text(&input.postal_address),
            text(&input.phone),
            text(&input.email),
            text(by),
            num(now_ms),
        ],
    )
}

/// Changes nothing unless the stored version is the one edited.
pub fn update_contacts(
    db: &D1Database,
    location_id: &str,
    input: &ContactsInput,
    by: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE centre_contacts SET address = ?2, postal_address = ?3, phone = ?4, email = ?5, \
             version = version + 1, updated_by = ?6, updated_at = ?7 \
         WHERE location_id = ?1 AND version = ?8",
        &[
            text(location_id),
            text(&input.address),
            text(&input.postal_address),
            text(&input.phone),
            text(&input.email),
            text(by),
            num(now_ms),
            num(input.version as f64),
        ],
    )
}

fn json(value: &impl serde::Serialize) -> Result<String, ApiError> {
    serde_json::to_string(value).map_err(|e| ApiError::Internal(format!("encoding hours: {e}")))
}

pub fn insert_service(
    db: &D1Database,
    id: &str,
    location_id: &str,
    input: &ServiceInput,
    by: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT INTO centre_services (id, location_id, kind, name, note, phone, place, hours, \
             exceptions, version, created_by, created_at, updated_by, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1, ?10, ?11, ?10, ?11)",
        &[
            text(id),
            text(location_id),
            text(input.kind.code()),
            text(&input.name),
            text(&input.note),
            text(&input.phone),
            text(&input.place),
            text(&json(&input.hours)?),
            text(&json(&input.exceptions)?),
            text(by),
            num(now_ms),
        ],
    )
}

/// Changes nothing unless the service is still there at the version edited.
pub fn update_service(
    db: &D1Database,
    id: &str,
    input: &ServiceInput,
    by: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE centre_services SET kind = ?2, name = ?3, note = ?4, phone = ?5, place = ?6, \
             hours = ?7, exceptions = ?8, version = version + 1, updated_by = ?9, updated_at = ?10 \
         WHERE id = ?1 AND version = ?11 AND removed = 0",
        &[
            text(id),
            text(input.kind.code()),
            text(&input.name),
            text(&input.note),
            text(&input.phone),
            text(&input.place),
            text(&json(&input.hours)?),
            text(&json(&input.exceptions)?),
            text(by),
            num(now_ms),
            num(input.version as f64),
        ],
    )
}

pub fn remove_service(
    db: &D1Database,
    id: &str,
    version: i64,
    by: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE centre_services SET removed = 1, version = version + 1, updated_by = ?2, \
             updated_at = ?3 WHERE id = ?1 AND version = ?4 AND removed = 0",
        &[text(id), text(by), num(now_ms), num(version as f64)],
    )
}
