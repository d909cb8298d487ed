//! Names of shared things in the reader's language, as every audience's pages show them: a
//! location's kind, a location's name by its id, a centre service's name. One place, so the
//! resident's home, the staff pages and the admin pages can never call the same thing two ways.

use wegwijs_shared::centre::Service;
use wegwijs_shared::locations::{LocationDirectory, LocationKind};

use crate::i18n::tr;

/// "AZC", "COL", "POL" in the reader's words.
pub fn kind_label(kind: LocationKind) -> String {
    tr(match kind {
        LocationKind::Col => "location-kind-col",
        LocationKind::Pol => "location-kind-pol",
        LocationKind::Azc => "location-kind-azc",
    })
}

/// A location's name, or its id when the directory does not know it.
pub fn location_name(directory: &LocationDirectory, id: &str) -> String {
    directory
        .locations
        .iter()
        .find(|l| l.id == id)
        .map(|l| l.name.clone())
        .unwrap_or_else(|| id.to_owned())
}

/// A service's display name: its own, or its kind's.
pub fn service_name(service: &Service) -> String {
    if service.name.trim().is_empty() {
        tr(&service.kind.label_key())
    } else {
        service.name.clone()
    }
}
