//! Everything the frontend and the edge API must agree on: the wire types (DTOs), their validation,
//! and pure domain logic. Nothing here depends on `worker` or `web-sys`, so `cargo test -p
//! wegwijs-shared` covers it natively.
//!
//! One module per domain; each owns its types and the rules that check them.

pub mod accounts;
pub mod activities;
pub mod api_paths;
pub mod audit;
pub mod auth;
pub mod calendar;
pub mod centre;
pub mod client_errors;
pub mod content;
pub mod credentials;
pub mod crockford;
pub mod digcomp;
pub mod display;
pub mod health;
pub mod hours;
pub mod http;
pub mod languages;
pub mod learning;
pub mod location_scope;
pub mod locations;
pub mod offline;
pub mod problem;
pub mod procedure;
pub mod residents;
pub mod richtext;
pub mod search;
pub mod security;
pub mod speech;
pub mod text;
pub mod throttle;
