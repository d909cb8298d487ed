//! `GET /api/health`: D1 reachability and the applied migration.

pub mod api;
mod store;
