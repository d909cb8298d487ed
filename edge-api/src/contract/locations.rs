//! The location directory and the admins' edits.

use serde_json::json;
use wegwijs_shared::locations::{Location, LocationDirectory, LocationInput};

use super::operation::{Operation, op};
use crate::routes::Method::{Get, Post, Put};

fn example() -> serde_json::Value {
    json!({
        "name": "Zwolle asylum seekers' centre",
        "kind": "azc",
        "municipality": "Zwolle",
        "timezone": "Europe/Amsterdam",
        "capacity": 400,
    })
}

pub(super) fn operations() -> Vec<Operation> {
    vec![
        op(Get, "/api/locations", "The agency and all its locations")
            .describe("Public directory information, sorted by name.")
            .ok::<LocationDirectory>(200, "The agency and its locations."),
        op(Post, "/api/locations", "Add a location")
            .describe(
                "The server chooses the id (`loc-…`). `timezone` defaults to Europe/Amsterdam; \
                 `capacity` is at most 10,000. A database without an agency answers 404.",
            )
            .body::<LocationInput>()
            .example(example())
            .ok::<Location>(201, "The location as stored.")
            .problems(&[404]),
        op(Put, "/api/locations/{id}", "Change a location")
            .path_param("id", "The location's id, e.g. `loc-zwolle`.")
            .body::<LocationInput>()
            .example(example())
            .ok::<Location>(200, "The location as stored."),
    ]
}
