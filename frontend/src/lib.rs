//! The Wegwijs PWA. `app` holds the router; `pages/<audience>/` one file per page; `components/`
//! reusable pieces; `api` the one typed client for `/api/*`; `offline` the queue that keeps writes
//! made without a connection and sends them later. Trainer and staff pages are lazy routes:
//! the build splits them into their own wasm chunks, so a resident never downloads them.

pub mod api;
mod app;
pub mod components;
pub mod i18n;
pub mod offline;
// Public only so the browser tests can mount a page's parts (the app itself reaches pages through
// the router).
#[doc(hidden)]
pub mod pages;

#[cfg(feature = "app-entry")]
use wasm_bindgen::prelude::wasm_bindgen;

/// Called by `boot.js` after the module is instantiated. Behind the default `app-entry` feature:
/// component tests build without it, so their wasm does not link the app's lazy routes (whose split
/// loader only exists after the build's wasm-split step).
#[cfg(feature = "app-entry")]
#[wasm_bindgen]
pub fn run() {
    std::panic::set_hook(Box::new(show_panic));
    leptos::mount::mount_to_body(app::App);
}

/// A panic stops the wasm module (release builds abort), so the page could go blank. Instead, log it
/// and tell the person plainly what to do.
#[cfg(feature = "app-entry")]
fn show_panic(info: &std::panic::PanicHookInfo<'_>) {
    web_sys::console::error_1(&info.to_string().into());
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let (Ok(message), Some(body)) = (document.create_element("p"), document.body()) {
        message.set_class_name("boot-message");
        let _ = message.set_attribute("role", "alert");
        message.set_text_content(Some(
            "Wegwijs stopped because of an error. Reload the page; if it happens again, tell the staff.",
        ));
        let _ = body.prepend_with_node_1(&message);
    }
}
