//! Browser tests of the display settings and the Listen component, in real headless Chromium.

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use wegwijs_frontend::components::display_settings::{
    DisplaySettings, contrast, set_contrast, set_text_size, text_size,
};
use wegwijs_frontend::components::listen::{Listen, readable_pieces};
use wegwijs_shared::display::{Contrast, TextSize};

mod common;

use common::{document, sleep};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element on the page holding `html`.
fn container(html: &str) -> web_sys::HtmlElement {
    let div = common::container();
    div.set_inner_html(html);
    div
}

fn html_attribute(name: &str) -> Option<String> {
    document().document_element().unwrap().get_attribute(name)
}

#[wasm_bindgen_test]
fn settings_are_shown_on_html_and_remembered() {
    set_text_size(TextSize::Larger).unwrap();
    set_contrast(Contrast::High).unwrap();
    assert_eq!(html_attribute("data-text-size").as_deref(), Some("larger"));
    assert_eq!(html_attribute("data-contrast").as_deref(), Some("high"));
    assert_eq!(text_size(), TextSize::Larger);
    assert_eq!(contrast(), Contrast::High);

    set_text_size(TextSize::Normal).unwrap();
    set_contrast(Contrast::Normal).unwrap();
    assert_eq!(html_attribute("data-text-size"), None);
    assert_eq!(html_attribute("data-contrast"), None);
    assert_eq!(text_size(), TextSize::Normal);
}

#[wasm_bindgen_test]
async fn the_settings_page_checks_the_stored_choice_and_changes_it() {
    set_text_size(TextSize::Large).unwrap();
    set_contrast(Contrast::Normal).unwrap();
    let root = container("");
    let _mount = leptos::mount::mount_to(root.clone(), DisplaySettings);
    let radio = |value: &str| -> web_sys::HtmlInputElement {
        root.query_selector(&format!("input[value=\"{value}\"][name=\"text-size\"]"))
            .unwrap()
            .unwrap()
            .unchecked_into()
    };
    assert!(radio("large").checked());
    assert!(!radio("normal").checked());
    radio("larger").click();
    sleep(0).await;
    assert_eq!(text_size(), TextSize::Larger);
    assert_eq!(html_attribute("data-text-size").as_deref(), Some("larger"));
    let high: web_sys::HtmlInputElement = root
        .query_selector("input[name=\"contrast\"][value=\"high\"]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    high.click();
    sleep(0).await;
    assert_eq!(contrast(), Contrast::High);
    set_text_size(TextSize::Normal).unwrap();
    set_contrast(Contrast::Normal).unwrap();
}

#[wasm_bindgen_test]
fn readable_text_skips_controls_fields_and_hidden_content_and_keeps_blocks_apart() {
    let root = container(
        r#"<section><h2>Title <span>here</span></h2><p>First  line.</p>
           <ul><li>One</li><li>Two <bdi>names</bdi></li></ul>
           <label>PIN <input value="123456"></label>
           <p hidden>secret</p><span aria-hidden="true">icon</span>
           <div class="listen"><button>Listen</button></div></section>"#,
    );
    let section = root.query_selector("section").unwrap().unwrap();
    let pieces: Vec<String> = readable_pieces(&section)
        .into_iter()
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .collect();
    assert_eq!(
        pieces,
        ["Title here", "First line.", "One", "Two names", "PIN"]
    );
}

/// A recording stand-in for `speechSynthesis` with the given voices (JSON).
fn stub_speech(voices_json: &str) {
    let code = format!(
        r#"
        const voices = {voices_json};
        const queue = [];
        const synth = new EventTarget();
        window.__spoken = [];
        Object.assign(synth, {{
            getVoices: () => voices,
            speak(u) {{ window.__spoken.push(u.lang + "|" + (u.voice && u.voice.name) + "|" + u.text); queue.push(u); }},
            // Like the real engines: the cancelled utterances report it later, not during cancel().
            cancel() {{ const gone = queue.splice(0); setTimeout(() => {{ for (const u of gone) u.onerror && u.onerror(Object.assign(new Event("error"), {{ error: "interrupted" }})); }}, 0); }},
            pause() {{}}, resume() {{}},
        }});
        window.__finish = () => {{ for (const u of queue.splice(0)) u.onend && u.onend(new Event("end")); }};
        class Utterance extends EventTarget {{ constructor(text) {{ super(); this.text = text; this.lang = ""; this.voice = null; }} }}
        Object.defineProperty(window, "speechSynthesis", {{ value: synth, configurable: true }});
        Object.defineProperty(window, "SpeechSynthesisUtterance", {{ value: Utterance, configurable: true }});
        "#
    );
    js_sys::Function::new_no_args(&code)
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap();
}

fn spoken() -> Vec<String> {
    let value = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__spoken".into()).unwrap();
    js_sys::Array::from(&value)
        .iter()
        .filter_map(|v| v.as_string())
        .collect()
}

fn button_texts(root: &web_sys::HtmlElement) -> Vec<String> {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .map(|i| {
            buttons
                .item(i)
                .unwrap()
                .text_content()
                .unwrap()
                .trim()
                .to_owned()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn listen_reads_its_block_with_a_matching_voice_then_returns_to_listen() {
    stub_speech(
        r#"[{"name":"nl","lang":"nl-NL","localService":true,"default":false},{"name":"en","lang":"en-US","localService":false,"default":true}]"#,
    );
    let root = container("");
    let _mount = leptos::mount::mount_to(root.clone(), || {
        view! { <section><h2>"Opening hours"</h2><p>"Open every day."</p><Listen/></section> }
    });
    let listen: web_sys::HtmlElement = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    listen.click();
    sleep(10).await;
    assert_eq!(spoken(), ["en|en|Opening hours", "en|en|Open every day."]);
    assert_eq!(button_texts(&root), ["Pause", "Stop"]);
    listen.click();
    sleep(0).await;
    assert_eq!(button_texts(&root), ["Continue", "Stop"]);
    js_sys::Function::new_no_args("window.__finish()")
        .call0(&wasm_bindgen::JsValue::NULL)
        .unwrap();
    sleep(0).await;
    assert_eq!(button_texts(&root), ["Listen"]);
}

#[wasm_bindgen_test]
async fn listen_says_plainly_when_no_voice_speaks_the_language() {
    stub_speech(r#"[{"name":"nl","lang":"nl-NL","localService":true,"default":true}]"#);
    let root = container("");
    let _mount = leptos::mount::mount_to(root.clone(), || {
        view! { <section><p>"Text"</p><Listen/></section> }
    });
    let listen: web_sys::HtmlElement = root
        .query_selector("button")
        .unwrap()
        .unwrap()
        .unchecked_into();
    listen.click();
    sleep(10).await;
    let status = root.query_selector("[role=status]").unwrap().unwrap();
    assert_eq!(
        status.text_content().unwrap().trim(),
        "Reading aloud is not available in this language on this device."
    );
    assert!(spoken().is_empty());
    assert_eq!(button_texts(&root), ["Listen"]);
}

#[wasm_bindgen_test]
async fn starting_a_second_listen_hands_the_speaker_over_and_resets_the_first() {
    stub_speech(r#"[{"name":"en","lang":"en-GB","localService":true,"default":true}]"#);
    let root = container("");
    let _mount = leptos::mount::mount_to(root.clone(), || {
        view! {
            <section id="a"><p>"First block."</p><Listen/></section>
            <section id="b"><p>"Second block."</p><Listen/></section>
        }
    });
    let listen = |id: &str| -> web_sys::HtmlElement {
        root.query_selector(&format!("#{id} button"))
            .unwrap()
            .unwrap()
            .unchecked_into()
    };
    let section = |id: &str| -> web_sys::HtmlElement {
        root.query_selector(&format!("#{id}"))
            .unwrap()
            .unwrap()
            .unchecked_into()
    };
    listen("a").click();
    sleep(10).await;
    assert_eq!(button_texts(&section("a")), ["Pause", "Stop"]);
    listen("b").click();
    sleep(10).await;
    assert_eq!(button_texts(&section("a")), ["Listen"]);
    assert_eq!(button_texts(&section("b")), ["Pause", "Stop"]);
    assert_eq!(spoken(), ["en|en|First block.", "en|en|Second block."]);
    // Stop on the second: nothing left speaking, and no failure reported.
    let stop: web_sys::HtmlElement = section("b")
        .query_selector("button:nth-of-type(2)")
        .unwrap()
        .unwrap()
        .unchecked_into();
    stop.click();
    sleep(10).await;
    assert_eq!(button_texts(&section("b")), ["Listen"]);
    assert_eq!(
        section("b")
            .query_selector("[role=status]")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        ""
    );
}
