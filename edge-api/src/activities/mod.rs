//! Activities: staff plan one-off and weekly activities at a location; residents sign up for one
//! occurrence (activity + local date) or cancel, and a full occurrence has a waiting list that moves
//! up by itself. Rules in `wegwijs_shared::activities`; the staff read of participants is audited.

pub mod api;
// Shared with the learning APIs (local dates for due dates).
pub(crate) mod local_time;
pub(crate) mod store;
