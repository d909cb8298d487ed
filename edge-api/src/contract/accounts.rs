//! Employee accounts, for admins.

use serde_json::json;
use wegwijs_shared::accounts::{EmployeeAccount, Invite, InviteRequest, UpdateAccountRequest};

use super::operation::{Operation, op};
use crate::routes::Method::{Get, Post, Put};

pub(super) fn operations() -> Vec<Operation> {
    vec![
        op(
            Get,
            "/api/accounts",
            "Every staff, trainer and admin account",
        )
        .ok::<Vec<EmployeeAccount>>(200, "The employee accounts."),
        op(Post, "/api/accounts/invites", "Invite an employee")
            .describe(
                "Creates a pending account and a one-time invitation link, valid for 7 days. \
                 Staff and trainers need at least one location; `resident` is not an employee \
                 role. An address in use is a 409 on `email`; an unknown location a 422 on \
                 `location_ids`.",
            )
            .body::<InviteRequest>()
            .example(json!({
                "email": "sam@coa.example",
                "display_name": "Sam de Vries",
                "role": "staff",
                "location_ids": ["loc-zwolle"],
            }))
            .ok::<Invite>(201, "The pending account and the link to pass on.")
            .problems(&[409]),
        op(
            Put,
            "/api/accounts/{id}",
            "Change an employee's locations or disable the account",
        )
        .describe(
            "Disabling ends every session of the account; an admin cannot disable their own \
                 (422 on `disabled`). Re-enabling makes the account active only if it finished \
                 enrolment. An unknown location is a 422 on `location_ids`.",
        )
        .path_param("id", "The account's id.")
        .body::<UpdateAccountRequest>()
        .example(json!({ "location_ids": ["loc-zwolle", "loc-budel"], "disabled": false }))
        .ok::<EmployeeAccount>(200, "The account as stored."),
    ]
}
