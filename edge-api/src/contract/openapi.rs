//! `GET /api/openapi.json`: the document describes itself too.

use super::operation::{Operation, op};
use crate::routes::Method::Get;

pub(super) fn operations() -> Vec<Operation> {
    vec![
        op(Get, "/api/openapi.json", "This OpenAPI 3.1 document")
            .describe(
                "Generated at build time from the route table, the policy and the DTO types \
                 (`cargo xtask openapi`); a human-readable page of it is at `/api-docs/`.",
            )
            .ok::<serde_json::Value>(200, "The OpenAPI 3.1 document.")
            .conditional(),
    ]
}
