//! The Wegwijs edge API: a Cloudflare Worker serving `/api/*` from D1.
//!
//! Layout: one folder per domain (`health/`, `locations/`, `client_errors/`), each with `api.rs`
//! (thin handlers) and `store.rs` (its SQL). Cross-cutting pieces: [`routes`] (the one route table),
//! [`error`] (the one error type and its HTTP mapping), [`http`] (body decoding, responses, headers),
//! [`app`] (the request pipeline). Domain rules live in `wegwijs-shared` and are tested natively.

mod app;
mod client_errors;
pub mod error;
mod health;
pub mod http;
mod locations;
pub mod request_id;
pub mod routes;

use worker::{Context, Env, Request, Response, event};

#[event(fetch)]
async fn fetch(req: Request, env: Env, _ctx: Context) -> worker::Result<Response> {
    Ok(app::serve(req, env).await)
}
