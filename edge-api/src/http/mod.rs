//! HTTP plumbing shared by every handler: decoding JSON bodies ([`body`]), reading the query string
//! ([`RequestCtx::query`]), building responses with the API's headers ([`response`]) and
//! conditional GETs ([`conditional`]).

pub mod body;
pub mod conditional;
pub mod cookies;
mod ctx;
pub mod origin;
mod query;
pub mod response;

pub use ctx::RequestCtx;
