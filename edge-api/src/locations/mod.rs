//! Reception locations: `GET /api/locations` (public directory) and the admin's create/update.

pub mod api;
pub(crate) mod store;
