//! `GET /api/locations`: the agency and its reception locations.

pub mod api;
mod store;
