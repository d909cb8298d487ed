//! The Wegwijs edge API: a Cloudflare Worker serving `/api/*` from D1. Domain rules (validation,
//! policy, scoring, calendars) live in `wegwijs-shared` and are tested natively; this crate loads,
//! checks, stores and answers.
//!
//! Domains, one folder each:
//! - `accounts`: employee accounts (staff, trainers, admins): invitations, locations, disabling.
//! - `activities`: activities at a location, residents' sign-ups with a waiting list, staff edits.
//! - `audit`: the audit log, written in the same D1 batch as the change; the admins' read of it.
//! - [`auth`]: identity: resident activation and PIN, employee password + TOTP, invitations,
//!   sessions, the account's language.
//! - `centre`: "My centre": a location's contacts and services with opening hours.
//! - `client_errors`: problems people report from the app's error display.
//! - `content`: information for residents (articles, news, vacancies, favourites, procedure
//!   stage) and the staff content editor.
//! - `health`: D1 reachability and the newest applied migration.
//! - `learning`: residents' digital-skills learning (modules, answers, progress, certificates,
//!   passport) and the public certificate check.
//! - `locations`: the public directory of reception locations and the admins' edits.
//! - `residents`: staff register residents, hand out activation cards and move them; reads audited.
//! - `training`: the trainers' side of learning: authoring, learners, groups, assignments, the
//!   dashboard and its CSV.
//!
//! A domain's handlers are thin and live in `<domain>/api.rs`, or in `<domain>/api/<topic>.rs`
//! once split by topic; its SQL lives in its store, never in a handler: `<domain>/store.rs`, a
//! `store/` folder once split, or a `*_store.rs` beside it (`tests/layout.rs` guards both rules).
//! Anything else a domain needs alone sits next to them (`residents/card.rs`).
//!
//! Cross-cutting modules:
//! - [`routes`]: the one route table; every endpoint is a row naming its action and handler.
//! - [`http`]: `RequestCtx` (what every handler gets, with path and query accessors), JSON bodies,
//!   responses and their headers, the session cookie, the same-origin check, conditional GET.
//! - [`error`]: the one error type and its problem+json mapping.
//! - `authz`: the one authorization check (route role, then object scope; denials audited).
//! - `db`: D1 helpers; every D1 failure becomes one error.
//! - `clock`: the request's "now", which integration tests may move.
//! - [`idempotency`]: Idempotency-Key replays for the offline write queue.
//! - [`request_id`]: random ids for requests and stored records.
//! - `qr`: QR codes as SVG (activation cards, TOTP enrolment).
//! - `app`: the pipeline: request id → route → authorization → handler → problem → headers → log.
//! - [`contract`]: the OpenAPI 3.1 document of every route (`openapi.json`, generated natively by
//!   `cargo xtask openapi` from the route table, the policy and the DTOs) and the route serving it.

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
pub mod contract;
mod db;
pub mod error;
mod health;
pub mod http;
pub mod idempotency;
mod learning;
mod locations;
mod qr;
#[cfg(test)]
mod query_plans;
pub mod request_id;
mod residents;
pub mod routes;
mod training;

use worker::{Context, Env, Request, Response, event};

#[event(fetch)]
async fn fetch(req: Request, env: Env, _ctx: Context) -> worker::Result<Response> {
    Ok(app::serve(req, env).await)
}
