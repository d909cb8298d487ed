//! "My centre": a location's contacts and services with opening hours. Residents read
//! their own location's; staff edit their locations' (optimistic concurrency on a version number).
//! The open-now status is computed by the client from the hours (wegwijs_shared::hours), in the
//! location's time zone, so it keeps ticking offline.

pub mod api;
pub(crate) mod store;
