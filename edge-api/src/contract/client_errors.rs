//! `POST /api/client-errors`.

use serde_json::json;
use wegwijs_shared::client_errors::{ClientErrorReceipt, ClientErrorReport};

use super::operation::{Operation, op};
use crate::routes::Method::Post;

pub(super) fn operations() -> Vec<Operation> {
    vec![
        op(
            Post,
            "/api/client-errors",
            "Report a problem seen in the app",
        )
        .describe(
            "Sent from the app's error display, with the failing answer's status and request \
                 id, so support can find the log line. No personal data: no account, no address. \
                 `route` starts with `/` (at most 200 characters), `message` has at most 1,000, \
                 `status` is 100–599 and `request_id` 32 lower-case hex characters. One client \
                 (an address; an IPv6 /64) may send 120 reports in 10 minutes; more get a 429 \
                 with `Retry-After`. A body over 16 KiB is a 413, refused while it arrives.",
        )
        .problems(&[429])
        .body::<ClientErrorReport>()
        .example(json!({
            "route": "/staff",
            "message": "Could not load locations",
            "status": 503,
            "request_id": "0123456789abcdef0123456789abcdef",
        }))
        .ok::<ClientErrorReceipt>(201, "Stored; `id` is the reference number the app shows."),
    ]
}
