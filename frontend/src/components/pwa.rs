//! The app's side of the installed PWA: telling the service worker whose API reads it may keep, the
//! "a new version is ready" banner, and the view shown when a page's code is not on the device yet.
//!
//! The service worker's lifecycle lives in `frontend/pwa.js` (plain JS, so it costs the wasm
//! nothing); it gives the app `window.wegwijsPwa` and two kinds of window events. Without it (the
//! component tests) every call here does nothing.

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use wasm_bindgen::{JsCast, JsValue};

use crate::components::icons::{Icon, IconSvg};
use crate::i18n::t;

/// Dispatched by pwa.js when a new version is installed and waiting.
const UPDATE_READY: &str = "wegwijs-update-ready";
/// Dispatched by the lazy-chunk loader (patched by the build, see xtask/src/pwa.rs) when a page's
/// code cannot be fetched, and when it has arrived after all.
const CHUNK_UNAVAILABLE: &str = "wegwijs-chunk-unavailable";
const CHUNK_READY: &str = "wegwijs-chunk-ready";

fn bridge() -> Option<JsValue> {
    let window = web_sys::window()?;
    js_sys::Reflect::get(&window, &"wegwijsPwa".into())
        .ok()
        .filter(|value| value.is_object())
}

fn call(method: &str, argument: &JsValue) {
    let Some(bridge) = bridge() else { return };
    let function = js_sys::Reflect::get(&bridge, &method.into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(function) = function
        && let Err(error) = function.call1(&bridge, argument)
    {
        web_sys::console::warn_1(&error);
    }
}

/// Someone is signed in: the service worker keeps API reads in this person's cache from now on
/// (and deletes any other person's).
pub fn signed_in(account_id: &str) {
    call("session", &account_id.into());
}

/// API reads for the service worker to fetch and keep for offline use (the page does not need
/// their answers now). Without a service worker nothing could be kept, so nothing is fetched.
pub fn warm(paths: &[&str]) {
    let urls = js_sys::Array::new();
    for path in paths {
        urls.push(&JsValue::from_str(path));
    }
    call("warm", &urls);
}

/// A signed-in session ended here (sign-out, or the API said it is gone): every saved read is
/// deleted.
pub fn session_ended() {
    call("sessionEnded", &JsValue::UNDEFINED);
}

/// The API says nobody is signed in on this device: the service worker deletes any person's saved
/// reads (a session that expired while the app was closed) and keeps public reads.
pub fn no_session() {
    call("noSession", &JsValue::UNDEFINED);
}

fn update_waiting() -> bool {
    bridge()
        .and_then(|b| js_sys::Reflect::get(&b, &"updateReady".into()).ok())
        .is_some_and(|ready| ready.is_truthy())
}

/// Shown once a new version has been installed: it waits until the person chooses to reload, so a
/// form being filled in is never thrown away by a surprise reload.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let ready = RwSignal::new(update_waiting());
    let listener = window_event_listener_untyped(UPDATE_READY, move |_| ready.set(true));
    on_cleanup(move || listener.remove());
    let reload = move |_| call("applyUpdate", &JsValue::UNDEFINED);
    view! {
        <Show when=move || ready.get()>
            <div class="update-banner" role="status" data-testid="update-banner">
                <p>{t("update-ready")}</p>
                <button type="button" class="button" on:click=reload>
                    <IconSvg icon=Icon::Retry/>
                    <span>{t("update-reload")}</span>
                </button>
            </div>
        </Show>
    }
}

/// Whether the current route's code could not be fetched (offline, never opened before). Cleared
/// when the code arrives after all or the person goes to another address.
pub fn use_route_unavailable() -> ReadSignal<bool> {
    let (unavailable, set_unavailable) = signal(false);
    let down = window_event_listener_untyped(CHUNK_UNAVAILABLE, move |_| set_unavailable.set(true));
    let up = window_event_listener_untyped(CHUNK_READY, move |_| set_unavailable.set(false));
    on_cleanup(move || {
        down.remove();
        up.remove();
    });
    let location = use_location();
    Effect::new(move |previous: Option<String>| {
        let path = location.pathname.get();
        if previous.is_some_and(|p| p != path) {
            set_unavailable.set(false);
        }
        path
    });
    unavailable
}

/// Instead of a blank page: what happened, that it fixes itself, and a way home. The home link is a
/// full page load (from the cached shell), which also drops the waiting download of this page.
#[component]
pub fn OfflinePage() -> impl IntoView {
    view! {
        <section class="page" aria-labelledby="offline-page-title" data-testid="offline-page">
            <h1 id="offline-page-title">
                <IconSvg icon=Icon::Offline/>
                <span>{t("offline-page-title")}</span>
            </h1>
            <p>{t("offline-page-text")}</p>
            <p>
                <a href="/" rel="external" class="button">
                    <IconSvg icon=Icon::Home/>
                    <span>{t("go-home")}</span>
                </a>
            </p>
        </section>
    }
}
