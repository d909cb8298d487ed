//! HTTP plumbing shared by every handler: decoding JSON bodies ([`body`]) and building responses
//! with the API's headers ([`response`]).

pub mod body;
pub mod cookies;
mod ctx;
pub mod origin;
pub mod response;

pub use ctx::RequestCtx;
