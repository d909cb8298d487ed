//! The Wegwijs PWA. `app` holds the router; `pages/<audience>/` one file per page; `components/`
//! reusable pieces; `api` the one typed client for `/api/*`. Trainer and staff pages are lazy routes:
//! the build splits them into their own wasm chunks, so a resident never downloads them.

pub mod api;
mod app;
pub mod components;
mod pages;

use wasm_bindgen::prelude::wasm_bindgen;

/// Called by `boot.js` after the module is instantiated. Not `#[wasm_bindgen(start)]`, so component
/// tests can load this crate without mounting the whole app.
#[wasm_bindgen]
pub fn run() {
    leptos::mount::mount_to_body(app::App);
}
