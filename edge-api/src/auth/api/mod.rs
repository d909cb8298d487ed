//! The identity routes, one file per door: residents (`resident`), employees (`employee`),
//! invitations (`invite`), the caller's language (`language`) and sessions (`sessions`).

pub mod employee;
pub mod invite;
pub mod language;
pub mod resident;
pub mod sessions;
