//! My centre: a location's contact facts and its services with their opening hours.

use serde_json::json;
use wegwijs_shared::centre::{
    CentreContacts, CentreView, ContactsInput, RemoveService, Service, ServiceInput,
};

use super::operation::{Operation, op};
use crate::routes::Method::{Get, Post, Put};

/// The rule of every versioned write, as a literal for `concat!`.
macro_rules! stale {
    ($what:literal) => {
        concat!(
            "The write names the `version` of the ",
            $what,
            " it edited. When that is no longer the stored one, someone else changed it \
             meanwhile: nothing is stored and the answer is a 409 whose `current_version` is \
             the stored version."
        )
    };
}

/// What a service's body may hold, for the two writes that take one.
macro_rules! service_rules {
    () => {
        "`kind` is required; a service of kind `other` needs a `name`. `hours` holds per weekday \
         up to 6 ranges in minutes since local midnight (`opens` 0 to 1439, `closes` after it and \
         at most 1440, ranges not overlapping); `exceptions` up to 60 dates (YYYY-MM-DD, each \
         once) with their own ranges (none: closed all day) and a one-line `reason` of at most \
         100 characters. Field errors name the place, e.g. `hours.monday.1.closes` or \
         `exceptions.0.date`."
    };
}

const LOCATION_PATH: &str = "The location's id. Staff manage their own locations only (403); a \
                             location that does not exist is a 404.";

pub(super) fn operations() -> Vec<Operation> {
    vec![
        op(
            Get,
            "/api/centre",
            "Read a location's contacts and services",
        )
        .describe(
            "The location's contact facts, the emergency number (112) and its services \
                 (removed ones left out) with weekly hours and exceptions, in the order residents \
                 see them. Times are minutes since midnight in the location's `timezone`.",
        )
        .query::<String>(
            "location",
            false,
            "The location's id. A resident always means their own (naming another is a \
                 403); staff and trainers with one location may leave it out; staff or trainers \
                 at several locations and admins must name one (else a 422 on `location`). An \
                 admin naming a location that does not exist gets a 404.",
        )
        .ok::<CentreView>(200, "The location's centre information.")
        .conditional()
        .problems(&[404]),
        op(
            Put,
            "/api/centre/{location_id}/contacts",
            "Set a location's contact facts",
        )
        .describe(concat!(
            "Sets the address, postal address, phone and e-mail of a location (each may be \
             empty; a phone must look like one, an e-mail address like one, else a 422 naming \
             the field). `version` 0 creates the contacts of a location that has none.\n\n",
            stale!("contacts")
        ))
        .path_param("location_id", LOCATION_PATH)
        .body::<ContactsInput>()
        .example(json!({
            "address": "Heerweg 1\n9561 AA Ter Apel",
            "postal_address": "Postbus 10\n9560 AA Ter Apel",
            "phone": "+31 599 000 000",
            "email": "desk@example.org",
            "version": 2
        }))
        .ok::<CentreContacts>(200, "The contacts as now stored.")
        .problems(&[409]),
        op(
            Post,
            "/api/centre/{location_id}/services",
            "Add a service to a location",
        )
        .describe(concat!(
            "Adds a service (reception desk, health centre, mail, …) at the location, at version \
             1. The body's `version` is ignored. ",
            service_rules!()
        ))
        .path_param("location_id", LOCATION_PATH)
        .body::<ServiceInput>()
        .example(json!({
            "kind": "medical_practice",
            "name": "GZA health centre",
            "note": "Call first; walk-in consultation on Monday morning.",
            "phone": "088 112 2 112",
            "place": "Building C, ground floor",
            "hours": {
                "monday": [{ "opens": 480, "closes": 720 }, { "opens": 780, "closes": 1020 }],
                "wednesday": [{ "opens": 480, "closes": 720 }]
            },
            "exceptions": [{ "date": "2026-12-25", "ranges": [], "reason": "Christmas Day" }]
        }))
        .ok::<Service>(201, "The new service."),
        op(Put, "/api/centre/services/{id}", "Change a service")
            .describe(concat!(
                "Replaces every field of a service, hours and exceptions included. A removed \
                 service is a 404. ",
                service_rules!(),
                "\n\n",
                stale!("service")
            ))
            .path_param("id", "The service's id.")
            .body::<ServiceInput>()
            .example(json!({
                "kind": "reception_desk",
                "name": "",
                "note": "",
                "phone": "+31 599 000 000",
                "place": "Main building",
                "hours": {
                    "monday": [{ "opens": 540, "closes": 1020 }],
                    "tuesday": [{ "opens": 540, "closes": 1020 }]
                },
                "exceptions": [],
                "version": 3
            }))
            .ok::<Service>(200, "The service as now stored.")
            .problems(&[409]),
        op(Put, "/api/centre/services/{id}/removed", "Remove a service")
            .describe(concat!(
                "Residents no longer see the service; the stored row stays. A service that was \
                 already removed is a 404.\n\n",
                stale!("service")
            ))
            .path_param("id", "The service's id.")
            .body::<RemoveService>()
            .example(json!({ "version": 4 }))
            .ok::<Service>(200, "The service as removed (at its new version).")
            .problems(&[409]),
    ]
}
