//! Residents: staff register them with minimal data and hand out activation cards; moves between
//! locations are kept as history. Every staff or admin read of a resident's data is audited.

pub mod api;
mod card;
pub(crate) mod list_store;
pub(crate) mod store;
