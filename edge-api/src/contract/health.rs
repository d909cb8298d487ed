//! `GET /api/health`.

use wegwijs_shared::health::HealthReport;

use super::operation::{Operation, op};
use crate::routes::Method::Get;

pub(super) fn operations() -> Vec<Operation> {
    vec![
        op(
            Get,
            "/api/health",
            "Whether the Worker reaches D1, and its migration",
        )
        .describe(
            "Healthy only when D1 answers and at least one migration is applied. The same \
                 report comes with 503 when it is not, so an uptime monitor needs only the \
                 status code.",
        )
        .ok::<HealthReport>(200, "Healthy: D1 answers and is migrated.")
        .ok::<HealthReport>(
            503,
            "Degraded: D1 is unreachable or has no migration applied.",
        ),
    ]
}
