//! Read aloud with the browser's own speech synthesis (`window.speechSynthesis`), for residents who
//! read little or not at all. No audio is downloaded: the phone's installed voices speak.
//!
//! ```ignore
//! // Reads the block it sits in: the nearest `.listen-block` or `<section>` around it.
//! <section class="card">
//!     <h2>{t("my-details")}</h2>
//!     <p>…</p>
//!     <Listen/>
//! </section>
//! // Reads the page's `<main>` (the page frame has one); stops when the route changes.
//! <Listen page=true/>
//! ```
//!
//! - Speaks in the current language's BCP 47 tag with a voice whose `lang` matches
//!   (`wegwijs_shared::speech::choose_voice`: voices on the device first). Voices load
//!   asynchronously: when the list is still empty, it waits for `voiceschanged` (at most
//!   `VOICE_WAIT_MS`).
//! - No speech synthesis, or no voice for the language: says so plainly in a `role="status"`
//!   region next to the button, instead of reading in a wrong voice.
//! - Text is what a sighted reader sees: headings, paragraphs and list items in order, each its
//!   own utterance. Never read: form fields (a typed PIN), `hidden`/`aria-hidden` content, and
//!   the Listen controls themselves (`.listen`).
//! - One speaker for the whole app: starting one Listen cancels any other; a Listen leaving the
//!   page stops what it started.
//! - States: Listen → (Pause ⇄ Continue) + Stop. On some Android versions `pause()` ends the
//!   speech instead; the engine's `end`/`error` event then brings the button back to Listen.

use std::cell::Cell;

use leptos::html::Div;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;
use wegwijs_shared::speech::{VoiceInfo, choose_voice, utterances};

use crate::components::icons::{Icon, IconSvg};
use crate::i18n::{t, use_i18n};

/// How long to wait for the voice list when the browser has not loaded it yet.
pub const VOICE_WAIT_MS: i32 = 1500;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListenState {
    Idle,
    Speaking,
    Paused,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Notice {
    Unavailable,
    Failed,
}

thread_local! {
    /// The run that owns the speaker now (0: none). Events of older runs are ignored.
    static ACTIVE_RUN: Cell<u64> = const { Cell::new(0) };
    static NEXT_RUN: Cell<u64> = const { Cell::new(1) };
}

/// The browser's speech synthesis, when it has one (and the utterance constructor with it).
pub fn synthesis() -> Option<web_sys::SpeechSynthesis> {
    let window = web_sys::window()?;
    let has = |name: &str| {
        js_sys::Reflect::get(&window, &name.into()).is_ok_and(|v| !v.is_undefined() && !v.is_null())
    };
    if !has("speechSynthesis") || !has("SpeechSynthesisUtterance") {
        return None;
    }
    window.speech_synthesis().ok()
}

fn voices(synth: &web_sys::SpeechSynthesis) -> Vec<web_sys::SpeechSynthesisVoice> {
    synth
        .get_voices()
        .iter()
        .map(|v| v.unchecked_into::<web_sys::SpeechSynthesisVoice>())
        .collect()
}

/// The device's voice for `lang`, waiting once for the voice list if it is still empty.
pub async fn voice_for(
    synth: &web_sys::SpeechSynthesis,
    lang: &str,
) -> Option<web_sys::SpeechSynthesisVoice> {
    let mut list = voices(synth);
    if list.is_empty() {
        let target: web_sys::EventTarget = synth.clone().into();
        let wait = js_sys::Promise::new(&mut |resolve, _| {
            let _ = target.add_event_listener_with_callback("voiceschanged", &resolve);
            if let Some(window) = web_sys::window() {
                let _ = window
                    .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, VOICE_WAIT_MS);
            }
        });
        let _ = wasm_bindgen_futures::JsFuture::from(wait).await;
        list = voices(synth);
    }
    let infos: Vec<VoiceInfo> = list
        .iter()
        .map(|v| VoiceInfo {
            lang: v.lang(),
            local: v.local_service(),
            default: v.default(),
        })
        .collect();
    choose_voice(&infos, lang).map(|i| list[i].clone())
}

/// The text of `root` as a reader sees it: one piece per block element, in document order.
pub fn readable_pieces(root: &web_sys::Element) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut current = String::new();
    collect(root, &mut pieces, &mut current);
    pieces.push(current);
    pieces.retain(|p| !p.trim().is_empty());
    pieces
}

fn collect(node: &web_sys::Node, pieces: &mut Vec<String>, current: &mut String) {
    match node.node_type() {
        web_sys::Node::TEXT_NODE => current.push_str(&node.text_content().unwrap_or_default()),
        web_sys::Node::ELEMENT_NODE => {
            let element: &web_sys::Element = node.unchecked_ref();
            let tag = element.tag_name().to_ascii_uppercase();
            let skipped = matches!(
                tag.as_str(),
                "SCRIPT"
                    | "STYLE"
                    | "SVG"
                    | "NOSCRIPT"
                    | "TEMPLATE"
                    | "INPUT"
                    | "SELECT"
                    | "TEXTAREA"
            ) || element.has_attribute("hidden")
                || element.get_attribute("aria-hidden").as_deref() == Some("true")
                || element.class_list().contains("listen");
            if skipped {
                return;
            }
            let block = !matches!(
                tag.as_str(),
                "A" | "SPAN"
                    | "BDI"
                    | "BDO"
                    | "STRONG"
                    | "EM"
                    | "B"
                    | "I"
                    | "CODE"
                    | "ABBR"
                    | "SMALL"
            );
            if block {
                pieces.push(std::mem::take(current));
            }
            let children = node.child_nodes();
            for i in 0..children.length() {
                if let Some(child) = children.item(i) {
                    collect(&child, pieces, current);
                }
            }
            if block {
                pieces.push(std::mem::take(current));
            }
        }
        _ => {}
    }
}

/// Stop whatever is being read, whoever started it.
pub fn stop_all() {
    ACTIVE_RUN.with(|a| a.set(0));
    if let Some(synth) = synthesis() {
        synth.cancel();
    }
}

fn handler(f: impl FnMut(web_sys::Event) + 'static) -> js_sys::Function {
    // Leaked on purpose: an utterance may fire its event after the component is gone, and calling
    // a dropped closure would throw. A few bytes per utterance.
    Closure::<dyn FnMut(web_sys::Event)>::new(f)
        .into_js_value()
        .unchecked_into()
}

/// One Listen's view of the speaker: which run it started last (0: none or stopped), its state
/// and its status line.
#[derive(Clone, Copy)]
struct Control {
    run: StoredValue<u64>,
    state: RwSignal<ListenState>,
    notice: RwSignal<Option<Notice>>,
}

impl Control {
    /// Whether the speaker is reading what this Listen started.
    fn owns_speaker(self) -> bool {
        let run = self.run.try_get_value().unwrap_or(0);
        run != 0 && ACTIVE_RUN.with(Cell::get) == run
    }

    /// The engine finished or dropped `run`: back to Listen, unless this Listen has moved on.
    /// Checked against this Listen's own run, not the speaker's: when another Listen cancels this
    /// one, the engine reports it (asynchronously) after the other one has taken the speaker.
    fn finished(self, run: u64) -> bool {
        if self.run.try_get_value() != Some(run) {
            return false;
        }
        self.run.try_set_value(0);
        ACTIVE_RUN.with(|a| {
            if a.get() == run {
                a.set(0);
            }
        });
        self.state.try_set(ListenState::Idle);
        true
    }
}

/// Queue `texts` in `lang` with `voice` as a new run of `control`, taking the speaker from anyone.
fn speak(
    synth: &web_sys::SpeechSynthesis,
    texts: Vec<String>,
    lang: &str,
    voice: &web_sys::SpeechSynthesisVoice,
    control: Control,
) -> Result<(), wasm_bindgen::JsValue> {
    // This Listen may be gone by now (the voice list loaded while a new page opened, or a language
    // change re-rendered the frame): then nothing is read, and its signals must not be touched.
    if control.state.try_set(ListenState::Speaking).is_some() {
        return Ok(());
    }
    synth.cancel();
    // A paused engine would keep the new run paused too.
    synth.resume();
    let run = NEXT_RUN.with(|n| n.replace(n.get() + 1));
    ACTIVE_RUN.with(|a| a.set(run));
    control.run.try_set_value(run);
    let last = texts.len().saturating_sub(1);
    for (i, text) in texts.into_iter().enumerate() {
        let utterance = web_sys::SpeechSynthesisUtterance::new_with_text(&text)?;
        utterance.set_lang(lang);
        utterance.set_voice(Some(voice));
        if i == last {
            utterance.set_onend(Some(&handler(move |_| {
                control.finished(run);
            })));
        }
        utterance.set_onerror(Some(&handler(move |event| {
            if !control.finished(run) {
                return;
            }
            // Cancelled by Stop, another Listen, or a new page: not a failure.
            let why = js_sys::Reflect::get(&event, &"error".into())
                .ok()
                .and_then(|e| e.as_string())
                .unwrap_or_default();
            if why != "interrupted" && why != "canceled" {
                control.notice.try_set(Some(Notice::Failed));
            }
        })));
        synth.speak(&utterance);
    }
    Ok(())
}

/// A Listen button (with Pause/Continue and Stop while reading) and its status line.
#[component]
pub fn Listen(
    /// Read the page's `<main>` instead of the surrounding block.
    #[prop(optional)]
    page: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = RwSignal::new(ListenState::Idle);
    let notice = RwSignal::new(None::<Notice>);
    let control = Control {
        run: StoredValue::new(0_u64),
        state,
        notice,
    };
    let holder = NodeRef::<Div>::new();
    let mine = move || control.owns_speaker();
    // Warm the voice list up: some browsers load it only when first asked.
    if let Some(synth) = synthesis() {
        let _ = synth.get_voices();
    }
    on_cleanup(move || {
        if mine() {
            stop_all();
        }
    });
    if page {
        let location = leptos_router::hooks::use_location();
        Effect::new(move |previous: Option<String>| {
            let path = location.pathname.get();
            if previous.is_some_and(|p| p != path) && mine() {
                stop_all();
                state.set(ListenState::Idle);
            }
            path
        });
    }

    let start = move || {
        notice.set(None);
        let Some(root) = target(holder, page) else {
            return;
        };
        let texts = utterances(readable_pieces(&root).iter().map(String::as_str));
        if texts.is_empty() {
            return;
        }
        let lang = i18n.locale_untracked();
        spawn_local(async move {
            let Some(synth) = synthesis() else {
                notice.try_set(Some(Notice::Unavailable));
                return;
            };
            let Some(voice) = voice_for(&synth, lang).await else {
                notice.try_set(Some(Notice::Unavailable));
                return;
            };
            if speak(&synth, texts, lang, &voice, control).is_err() {
                stop_all();
                control.run.try_set_value(0);
                state.try_set(ListenState::Idle);
                notice.try_set(Some(Notice::Failed));
            }
        });
    };
    let main_button = move |_| match state.get_untracked() {
        ListenState::Idle => start(),
        ListenState::Speaking => {
            if let Some(synth) = synthesis() {
                synth.pause();
            }
            state.set(ListenState::Paused);
        }
        ListenState::Paused => {
            if let Some(synth) = synthesis() {
                synth.resume();
            }
            state.set(ListenState::Speaking);
        }
    };
    let stop = move |_| {
        if mine() {
            stop_all();
        }
        control.run.set_value(0);
        state.set(ListenState::Idle);
    };
    let label = move || match state.get() {
        ListenState::Idle if page => t("listen-page")(),
        ListenState::Idle => t("listen")(),
        ListenState::Speaking => t("listen-pause")(),
        ListenState::Paused => t("listen-resume")(),
    };
    let icon = move || match state.get() {
        ListenState::Speaking => Icon::Pause,
        _ => Icon::Listen,
    };
    view! {
        <div class="listen" node_ref=holder data-testid=if page { "listen-page" } else { "listen" }>
            <button type="button" class="button button-listen" on:click=main_button>
                {move || view! { <IconSvg icon=icon()/> }}
                <span>{label}</span>
            </button>
            <Show when=move || state.get() != ListenState::Idle>
                <button type="button" class="button button-listen" on:click=stop>
                    <IconSvg icon=Icon::Stop/>
                    <span>{t("listen-stop")}</span>
                </button>
            </Show>
            <p class="listen-status" role="status">
                {move || {
                    notice
                        .get()
                        .map(|n| match n {
                            Notice::Unavailable => t("listen-unavailable")(),
                            Notice::Failed => t("listen-failed")(),
                        })
                }}
            </p>
        </div>
    }
}

/// What a Listen reads: `<main>`, or the nearest block around it.
fn target(holder: NodeRef<Div>, page: bool) -> Option<web_sys::Element> {
    if page {
        return web_sys::window()?.document()?.get_element_by_id("main");
    }
    let holder: web_sys::Element = holder.get_untracked()?.into();
    holder.closest(".listen-block, section").ok().flatten()
}
