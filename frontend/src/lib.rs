//! The Wegwijs PWA. `app` holds the router; `pages/<audience>/` one file per page; `components/`
//! reusable pieces; `api` the one typed client for `/api/*`. Trainer and staff pages are lazy routes:
//! the build splits them into their own wasm chunks, so a resident never downloads them.

pub mod api;
mod app;
pub mod components;
mod pages;

#[cfg(feature = "app-entry")]
use wasm_bindgen::prelude::wasm_bindgen;

/// Called by `boot.js` after the module is instantiated. Behind the default `app-entry` feature:
/// component tests build without it, so their wasm does not link the app's lazy routes (whose split
/// loader only exists after the build's wasm-split step).
#[cfg(feature = "app-entry")]
#[wasm_bindgen]
pub fn run() {
    leptos::mount::mount_to_body(app::App);
}
