//! The installed app's banner for a new version, in real headless Chromium.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use wegwijs_frontend::components::pwa::{OfflinePage, UpdateBanner};

mod common;

use common::{container, next_tick};

wasm_bindgen_test_configure!(run_in_browser);

/// A stand-in for pwa.js's `window.wegwijsPwa` that counts `applyUpdate` calls.
fn fake_bridge() -> js_sys::Object {
    let bridge = js_sys::Object::new();
    let apply = js_sys::Function::new_no_args("this.applied = (this.applied || 0) + 1;");
    js_sys::Reflect::set(&bridge, &"applyUpdate".into(), &apply).unwrap();
    let window = web_sys::window().unwrap();
    js_sys::Reflect::set(&window, &"wegwijsPwa".into(), &bridge).unwrap();
    bridge
}

#[wasm_bindgen_test]
async fn the_update_banner_waits_for_a_new_version_and_its_button_applies_it() {
    let bridge = fake_bridge();
    let root = container();
    let _mounted = mount_to(root.clone(), || view! { <UpdateBanner/> });
    let banner = || root.query_selector("[data-testid=update-banner]").unwrap();
    assert!(banner().is_none(), "no banner before a new version waits");

    let ready = web_sys::Event::new("wegwijs-update-ready").unwrap();
    web_sys::window().unwrap().dispatch_event(&ready).unwrap();
    next_tick().await;
    let shown = banner().expect("the banner appears");
    let text = shown.text_content().unwrap();
    assert!(
        text.contains("A new version of Wegwijs is ready."),
        "{text}"
    );

    let button: web_sys::HtmlElement = shown
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert!(
        button.query_selector("svg").unwrap().is_some(),
        "the action has an icon"
    );
    button.click();
    let applied = js_sys::Reflect::get(&bridge, &"applied".into()).unwrap();
    assert_eq!(applied.as_f64(), Some(1.0));
}

#[wasm_bindgen_test]
fn the_offline_page_explains_and_leads_home_with_a_full_load() {
    let root = container();
    let _mounted = mount_to(root.clone(), || view! { <OfflinePage/> });
    let heading = root
        .query_selector("h1")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(
        heading.contains("This page is not available offline yet"),
        "{heading}"
    );
    let home = root
        .query_selector("a[href='/']")
        .unwrap()
        .expect("a way home");
    assert_eq!(home.get_attribute("rel").as_deref(), Some("external"));
}
