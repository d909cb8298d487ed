//! Pages for staff (admins may open them too). Lazy routes: compiled into their own wasm chunks.

pub mod new_resident;
pub mod overview;
pub mod resident_detail;
pub mod residents;

use wegwijs_shared::accounts::{AccountStatus, SessionView};
use wegwijs_shared::auth::Role;
use wegwijs_shared::locations::{Location, LocationDirectory};

/// Who may use the staff pages.
pub const STAFF_ROLES: &[Role] = &[Role::Staff, Role::Admin];

/// A location's name, or its id when the directory does not know it.
pub fn location_name(directory: &LocationDirectory, id: &str) -> String {
    directory
        .locations
        .iter()
        .find(|l| l.id == id)
        .map(|l| l.name.clone())
        .unwrap_or_else(|| id.to_owned())
}

/// The locations this person works for: an admin all of them, staff their assigned ones.
pub fn my_locations(me: &SessionView, directory: &LocationDirectory) -> Vec<Location> {
    directory
        .locations
        .iter()
        .filter(|l| me.role == Role::Admin || me.location_ids.contains(&l.id))
        .cloned()
        .collect()
}

pub fn status_label(status: AccountStatus) -> &'static str {
    match status {
        AccountStatus::Pending => "Card issued, not activated yet",
        AccountStatus::Active => "Active",
        AccountStatus::Disabled => "Disabled",
    }
}
