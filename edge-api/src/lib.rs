//! The Wegwijs edge API: a Cloudflare Worker serving `/api/*` from D1.
//!
//! Layout: one folder per domain (`health/`, `locations/`, `client_errors/`, `auth/`, `residents/`,
//! `accounts/`, `audit/`, `content/`), each with `api.rs`
//! (thin handlers) and `store.rs` (its SQL). Cross-cutting pieces: [`routes`] (the one route table),
//! [`error`] (the one error type and its HTTP mapping), [`http`] (body decoding, responses, headers),
//! [`app`] (the request pipeline),
//! `authz` (the one authorization check), `db` (D1 helpers), `clock` (the injectable test clock), [`idempotency`] (Idempotency-Key replays for the offline
//! write queue). Domain rules live in `wegwijs-shared` and are tested natively.

mod accounts;
mod activities;
mod app;
mod audit;
pub mod auth;
mod authz;
mod centre;
mod client_errors;
mod clock;
mod content;
mod db;
pub mod error;
mod health;
pub mod http;
pub mod idempotency;
mod learning;
mod locations;
mod qr;
pub mod request_id;
mod residents;
pub mod routes;

use worker::{Context, Env, Request, Response, event};

#[event(fetch)]
async fn fetch(req: Request, env: Env, _ctx: Context) -> worker::Result<Response> {
    Ok(app::serve(req, env).await)
}
