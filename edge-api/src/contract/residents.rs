//! Staff register residents, hand out activation cards and move them.

use schemars::JsonSchema;
use serde_json::json;
use wegwijs_shared::residents::{
    ActivationCard, CreatedResident, MoveResidentRequest, NewResident, Resident, ResidentPage,
};

use super::operation::{Operation, op};
use crate::routes::Method::{Get, Post, Put};

// The bounds of the list's query values, for the schema only (the handler parses them itself).
// Plain comments: a doc comment would become the schema's description.
#[derive(JsonSchema)]
#[schemars(transparent, inline)]
#[allow(dead_code)]
struct Limit(#[schemars(range(min = 1, max = 100))] u32);

#[derive(JsonSchema)]
#[schemars(transparent, inline)]
#[allow(dead_code)]
struct Cursor(#[schemars(regex(pattern = r"^([0-9a-f]{2})+$"))] String);

pub(super) fn operations() -> Vec<Operation> {
    vec![
        op(
            Get,
            "/api/residents",
            "The residents the caller may see, a page at a time",
        )
        .describe(
            "Staff see their locations' residents, admins everyone, sorted by name \
                 (case-insensitive) then id. Each resident on the page is audited \
                 (`resident_listed`).",
        )
        .query::<String>("location", false, "Only residents at this location id.")
        .query::<Limit>(
            "limit",
            false,
            "Page size, 1 to 100; default 50. Else a 422 on `limit`.",
        )
        .query::<Cursor>(
            "after",
            false,
            "The `next` of the previous page. One this list did not give: a 422 on `after`.",
        )
        .ok::<ResidentPage>(200, "One page of residents; `next` is null on the last."),
        op(
            Post,
            "/api/residents",
            "Register a resident and issue their first activation card",
        )
        .describe(
            "`resident_number` is the ten-digit V-number, `language` one of the twelve app \
                 languages, `date_of_birth` (optional) `YYYY-MM-DD` not in the future. A \
                 location the caller does not work at is a 403, one that does not exist a 422 \
                 on `location_id`; a number already registered a 409 on `resident_number`. The \
                 answer carries the card's one-time code: keep the `Idempotency-Key` to get it \
                 again.",
        )
        .body::<NewResident>()
        .example(json!({
            "preferred_name": "Amina",
            "resident_number": "1000000001",
            "language": "ar",
            "location_id": "loc-zwolle",
            "date_of_birth": "1990-04-12",
        }))
        .ok::<CreatedResident>(201, "The resident and their activation card.")
        .problems(&[409]),
        op(Get, "/api/residents/{id}", "A resident's record")
            .describe("A resident may read their own; staff and admin reads are audited.")
            .path_param("id", "The resident's account id.")
            .ok::<Resident>(200, "The resident with their moves and procedure stage."),
        op(
            Post,
            "/api/residents/{id}/activation-card",
            "Issue a new activation card",
        )
        .describe("Replaces any earlier card that was not used yet; valid for 14 days.")
        .path_param("id", "The resident's account id.")
        .ok::<ActivationCard>(200, "The new card with its one-time code."),
        op(
            Put,
            "/api/residents/{id}/location",
            "Move a resident to another location",
        )
        .describe(
            "The current location is a 422 on `location_id` (`same_location`), an unknown \
                 one too (`unknown_location`).",
        )
        .path_param("id", "The resident's account id.")
        .body::<MoveResidentRequest>()
        .example(json!({ "location_id": "loc-budel" }))
        .ok::<Resident>(200, "The resident at their new location."),
    ]
}
