//! The API contract: an OpenAPI 3.1 document generated from the route table and the DTO types,
//! committed as `edge-api/openapi.json` and served as it is at `/api/openapi.json`.
//!
//! Only [`api`] is in the Worker. The rest runs natively (`cargo xtask openapi`, and
//! `tests/openapi.rs`, which fails when the committed document or a route's operation is missing
//! or stale): schemars is a native-only dependency, so the Worker carries none of it.
//!
//! One file per domain lists its operations with the [`operation`] builder; [`document`] adds what
//! the pipeline does for every route (roles, session, CSRF, idempotency, body errors) and assembles
//! the document; [`page`] renders the same document as the static page `public/api-docs/`.

pub mod api;

#[cfg(not(target_arch = "wasm32"))]
mod accounts;
#[cfg(not(target_arch = "wasm32"))]
mod activities;
#[cfg(not(target_arch = "wasm32"))]
mod audit;
#[cfg(not(target_arch = "wasm32"))]
mod auth;
#[cfg(not(target_arch = "wasm32"))]
mod centre;
#[cfg(not(target_arch = "wasm32"))]
mod client_errors;
#[cfg(not(target_arch = "wasm32"))]
mod content;
#[cfg(not(target_arch = "wasm32"))]
pub mod document;
#[cfg(not(target_arch = "wasm32"))]
mod health;
#[cfg(not(target_arch = "wasm32"))]
mod learning;
#[cfg(not(target_arch = "wasm32"))]
mod locations;
#[cfg(not(target_arch = "wasm32"))]
mod openapi;
#[cfg(not(target_arch = "wasm32"))]
pub mod operation;
#[cfg(not(target_arch = "wasm32"))]
pub mod page;
#[cfg(not(target_arch = "wasm32"))]
mod problems;
#[cfg(not(target_arch = "wasm32"))]
mod residents;
#[cfg(not(target_arch = "wasm32"))]
mod schemas;
#[cfg(not(target_arch = "wasm32"))]
mod training;

/// A tag of the document: one domain and the file that lists its operations.
#[cfg(not(target_arch = "wasm32"))]
pub struct Domain {
    pub tag: &'static str,
    pub description: &'static str,
    pub operations: fn() -> Vec<operation::Operation>,
}

/// Every domain, in the order the page shows them.
#[cfg(not(target_arch = "wasm32"))]
pub const DOMAINS: &[Domain] = &[
    Domain {
        tag: "health",
        description: "D1 reachability and the newest applied migration.",
        operations: health::operations,
    },
    Domain {
        tag: "locations",
        description: "The public directory of reception locations and the admins' edits.",
        operations: locations::operations,
    },
    Domain {
        tag: "client errors",
        description: "Problems people report from the app's error display.",
        operations: client_errors::operations,
    },
    Domain {
        tag: "auth",
        description: "Identity: resident activation and PIN sign-in, employee password + TOTP \
                      sign-in, invitations, sessions and the account's language.",
        operations: auth::operations,
    },
    Domain {
        tag: "residents",
        description: "Staff register residents, hand out activation cards and move them; \
                      reads are audited.",
        operations: residents::operations,
    },
    Domain {
        tag: "accounts",
        description: "Employee accounts (staff, trainers, admins): invitations, locations, \
                      disabling.",
        operations: accounts::operations,
    },
    Domain {
        tag: "audit",
        description: "The audit log, for admins.",
        operations: audit::operations,
    },
    Domain {
        tag: "content",
        description: "Information for residents (articles, news, vacancies, favourites, \
                      procedure stage) and the staff content editor.",
        operations: content::operations,
    },
    Domain {
        tag: "centre",
        description: "\"My centre\": a location's contacts and services with opening hours.",
        operations: centre::operations,
    },
    Domain {
        tag: "activities",
        description: "Activities at a location, residents' sign-ups with a waiting list, \
                      staff edits.",
        operations: activities::operations,
    },
    Domain {
        tag: "training",
        description: "The trainers' side of learning: authoring, learners, groups, \
                      assignments, the dashboard and its CSV.",
        operations: training::operations,
    },
    Domain {
        tag: "learning",
        description: "Residents' digital-skills learning (modules, answers, progress, \
                      certificates, passport) and the public certificate check.",
        operations: learning::operations,
    },
    Domain {
        tag: "contract",
        description: "This document.",
        operations: openapi::operations,
    },
];
