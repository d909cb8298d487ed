//! What every browser test file needs: a fresh element on the page to mount into, and a way to let
//! the browser run what a change scheduled. Each test file is its own crate and includes this with
//! `mod common;`.

// Each test file uses only some of these; the others would warn in that file's crate.
#![allow(dead_code)]

use wasm_bindgen::JsCast;

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// An empty `<div>` appended to the page's body, so each test mounts into its own element.
pub fn container() -> web_sys::HtmlElement {
    let div = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&div).unwrap();
    div.unchecked_into()
}

/// Waits `ms` milliseconds on the browser's timer; `sleep(0)` lets the effects and events a change
/// scheduled run first.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Lets Leptos run the effects scheduled by a signal change.
pub async fn next_tick() {
    sleep(0).await;
}
