//! `POST /api/client-errors`: problems people report from the app's error display.

pub mod api;
mod store;
