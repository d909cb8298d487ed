//! Which location a request is about, decided once for the Worker and the app alike.
//!
//! A resident always means their own location; a trainer or staff member with exactly one location
//! means that one; anyone else (staff or trainers at several locations, admins, who have none) must
//! name one. A named location is taken as named: whether it is the caller's to see stays the
//! authorization check (`auth::decide` with `Target::Location`), so a resident naming another
//! location is refused there (403) rather than silently shown their own.

use crate::auth::Role;

/// The request names no location and the caller's role and locations do not fix one: the client
/// must send `location` (the Worker answers 422 naming that field).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocationRequired;

/// The name of the query parameter (and of the field a [`LocationRequired`] error names).
pub const LOCATION_PARAM: &str = "location";

/// The location a request that names none is about, if the rule fixes one.
pub fn implied_location(role: Role, location_ids: &[String]) -> Option<&str> {
    match (role, location_ids) {
        // A resident's list holds their current location; should it ever hold more, the first is
        // still theirs, never a choice.
        (Role::Resident, [own, ..]) => Some(own),
        (Role::Trainer | Role::Staff, [only]) => Some(only),
        _ => None,
    }
}

/// Whether a client must let this person choose a location (and send it): the switcher is shown
/// exactly when the rule fixes none.
pub fn must_choose(role: Role, location_ids: &[String]) -> bool {
    implied_location(role, location_ids).is_none()
}

/// The location a request is about: the one it names (blank counts as none), else the one the
/// rule implies.
pub fn request_location<'a>(
    role: Role,
    location_ids: &'a [String],
    requested: Option<&'a str>,
) -> Result<&'a str, LocationRequired> {
    match requested.map(str::trim).filter(|l| !l.is_empty()) {
        Some(named) => Ok(named),
        None => implied_location(role, location_ids).ok_or(LocationRequired),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(locations: &[&str]) -> Vec<String> {
        locations.iter().map(|l| l.to_string()).collect()
    }

    #[test]
    fn a_resident_means_their_own_location() {
        let own = ids(&["loc-a"]);
        assert_eq!(request_location(Role::Resident, &own, None), Ok("loc-a"));
        assert!(!must_choose(Role::Resident, &own));
    }

    #[test]
    fn a_resident_naming_a_location_gets_it_for_authorization_to_judge() {
        let own = ids(&["loc-a"]);
        assert_eq!(
            request_location(Role::Resident, &own, Some("loc-a")),
            Ok("loc-a")
        );
        // Not silently replaced by their own: `decide` refuses it (403).
        assert_eq!(
            request_location(Role::Resident, &own, Some("loc-b")),
            Ok("loc-b")
        );
    }

    #[test]
    fn one_location_is_the_default_for_staff_and_trainers() {
        for role in [Role::Staff, Role::Trainer] {
            let one = ids(&["loc-a"]);
            assert_eq!(request_location(role, &one, None), Ok("loc-a"));
            assert_eq!(request_location(role, &one, Some("loc-b")), Ok("loc-b"));
            assert!(!must_choose(role, &one));
        }
    }

    #[test]
    fn several_locations_must_be_named() {
        for role in [Role::Staff, Role::Trainer] {
            let several = ids(&["loc-a", "loc-b"]);
            assert_eq!(
                request_location(role, &several, None),
                Err(LocationRequired)
            );
            assert_eq!(request_location(role, &several, Some("loc-b")), Ok("loc-b"));
            assert!(must_choose(role, &several));
        }
    }

    #[test]
    fn admins_must_name_a_location() {
        assert_eq!(
            request_location(Role::Admin, &[], None),
            Err(LocationRequired)
        );
        assert_eq!(
            request_location(Role::Admin, &[], Some("loc-z")),
            Ok("loc-z")
        );
        // Even with one assigned, an admin works agency-wide: no default.
        assert_eq!(
            request_location(Role::Admin, &ids(&["loc-a"]), None),
            Err(LocationRequired)
        );
        assert!(must_choose(Role::Admin, &[]));
    }

    #[test]
    fn staff_without_locations_must_name_one() {
        assert_eq!(
            request_location(Role::Staff, &[], None),
            Err(LocationRequired)
        );
    }

    #[test]
    fn a_blank_parameter_counts_as_none() {
        let several = ids(&["loc-a", "loc-b"]);
        assert_eq!(
            request_location(Role::Staff, &several, Some("  ")),
            Err(LocationRequired)
        );
        assert_eq!(
            request_location(Role::Staff, &ids(&["loc-a"]), Some("")),
            Ok("loc-a")
        );
        assert_eq!(
            request_location(Role::Staff, &several, Some(" loc-b ")),
            Ok("loc-b")
        );
    }
}
