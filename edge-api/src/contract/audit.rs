//! `GET /api/audit`.

use schemars::JsonSchema;
use wegwijs_shared::audit::{AuditEvent, AuditPage};

use super::operation::{Operation, op};
use crate::routes::Method::Get;

#[derive(JsonSchema)]
#[schemars(transparent, inline)]
#[allow(dead_code)]
struct LineId(#[schemars(range(min = 1))] i64);

pub(super) fn operations() -> Vec<Operation> {
    vec![
        op(Get, "/api/audit", "A page of the audit log, newest first")
            .describe(
                "At most 100 entries per page; `next_before_id` continues. Empty parameters are \
                 ignored; any other parameter, an unknown event or a value that is not a number \
                 is a 422 naming it.",
            )
            .query::<String>("actor", false, "Only lines by this account id.")
            .query::<String>(
                "resident",
                false,
                "Only lines about this resident's account id.",
            )
            .query::<AuditEvent>("event", false, "Only this kind of event.")
            .query::<f64>(
                "from_ms",
                false,
                "Only lines at or after this instant (ms since the epoch).",
            )
            .query::<f64>(
                "to_ms",
                false,
                "Only lines before this instant (ms since the epoch).",
            )
            .query::<LineId>(
                "before_id",
                false,
                "Paging: only lines older than this id (a whole number above 0; else a 422).",
            )
            .ok::<AuditPage>(200, "One page of the log."),
    ]
}
