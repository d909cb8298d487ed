//! Translations. Every user-visible string goes through a Fluent key in `locales/<lang>/main.ftl`.
//!
//! Why `fluent-bundle` and not i18n-embed: i18n-embed adds ~8 KB brotli over Fluent itself, needs its
//! `rust-embed` feature to compile and wants the fallback language's file fetched as well; the bundle
//! alone does everything needed here (one resource per language, English fallback by lookup order).
//!
//! - `catalog`: parsing a `.ftl` into a bundle and looking keys up with the English fallback;
//! - `fetch`: fetching the chosen language's file at run time (refetching a corrupt copy);
//! - `storage`: the choice remembered on the device;
//! - `document`: `<html lang dir>` following the language.
//!
//! English is compiled into the wasm (a few KB): it is the fallback for every missing key or file
//! and renders the first frame without waiting for the network. Every other language is fetched
//! only when chosen, and cached by the service worker.
//!
//! The staff, admin, trainer and invitation pages have their text in a second file,
//! `locales/<lang>/staff.ftl`, fetched when one of those lazy areas opens (`WithCatalog`), so a
//! resident never downloads it. Its English is fetched too (not embedded, so the text cannot land
//! in the main wasm's data segments), but only when the chosen language's file fails.

mod catalog;
mod document;
mod fetch;
mod storage;

use std::rc::Rc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wegwijs_shared::languages::{LANGUAGES, Language, language};

pub use catalog::Arg;
use catalog::Catalog;

/// The English catalog, the fallback for every key.
pub const ENGLISH_FTL: &str = include_str!("../../../locales/en/main.ftl");

/// The app's language state, provided once at the root. `Copy`: pass it into event handlers.
#[derive(Clone, Copy)]
pub struct I18n {
    language: RwSignal<&'static Language>,
    /// Whether a language was chosen on this device (false: the first-start picker shows).
    chosen: RwSignal<bool>,
    catalog: RwSignal<Rc<Catalog>, LocalStorage>,
    /// False only while a remembered language's file is on its way at start-up.
    ready: RwSignal<bool>,
}

thread_local! {
    /// English alone, for code running outside the app root (component tests).
    static ENGLISH: Rc<Catalog> = Rc::new(Catalog::english_only(Rc::new(catalog::english())));
}

impl I18n {
    pub fn language(&self) -> &'static Language {
        self.language.get()
    }

    pub fn chosen(&self) -> bool {
        self.chosen.get()
    }

    /// The language chosen on this device, if one was (untracked).
    pub fn chosen_code_untracked(&self) -> Option<&'static str> {
        self.chosen
            .get_untracked()
            .then(|| self.language.get_untracked().code)
    }

    /// Switch language: remembered on the device, `<html lang dir>` updated at once, the catalog
    /// fetched (English shows for any key until it arrives, or if it never does).
    pub fn choose(&self, code: &str) {
        let Some(lang) = language(code) else { return };
        storage::remember(lang.code);
        self.chosen.set(true);
        self.language.set(lang);
        document::apply(lang);
        let catalog = self.catalog;
        let english = catalog.with_untracked(|c| c.english());
        if lang.code == "en" {
            catalog.set(Rc::new(Catalog::english_only(english)));
            self.ready.set(true);
            return;
        }
        let ready = self.ready;
        spawn_local(async move {
            let loaded = fetch::load(lang, "main").await;
            // A later choice may have won the race meanwhile.
            if storage::remembered().as_deref() == Some(lang.code) || !storage::available() {
                catalog.try_set(Rc::new(Catalog::new(lang, loaded, english)));
            }
            ready.try_set(true);
        });
    }

    /// The text for `key` in the current language (English when missing). Tracks the language.
    pub fn tr(&self, key: &str) -> String {
        self.catalog.with(|c| c.format(key, &[]))
    }

    /// The text for `key` with Fluent arguments (`{ $name }`); numbers select plural forms.
    pub fn tr_args(&self, key: &str, args: &[(&str, Arg)]) -> String {
        self.catalog.with(|c| c.format(key, args))
    }

    /// Whether the first catalog is in (render the app only then, so no English flashes).
    pub fn ready(&self) -> bool {
        self.ready.get()
    }

    /// Subscribe to catalog changes (the app root re-renders on a language switch).
    pub fn track(&self) {
        self.catalog.track();
    }

    /// The BCP 47 tag for `Intl` (dates, numbers).
    pub fn locale_untracked(&self) -> &'static str {
        self.language.get_untracked().code
    }
}

impl I18n {
    /// Add `locales/<lang>/<file>.ftl` to the current catalog (no re-render: call before
    /// rendering the text that needs it). English is fetched in its place when the chosen
    /// language's file is missing or does not fully parse.
    pub async fn load_extra(self, file: &'static str) {
        let current = self.catalog.get_untracked();
        if current.has_extra(file) {
            return;
        }
        let lang = current.language();
        let mut bundles = Vec::new();
        if lang.code != "en"
            && let Some(source) = fetch::load(lang, file).await
        {
            let (own, errors) = catalog::bundle(lang, source);
            bundles.push(own);
            if errors == 0 {
                current.add_extra(file, bundles);
                return;
            }
        }
        if let Some(source) = fetch::load(&LANGUAGES[0], file).await {
            bundles.push(catalog::bundle(&LANGUAGES[0], source).0);
        }
        current.add_extra(file, bundles);
    }
}

/// Renders `children` once the catalog has `locales/<lang>/<file>.ftl` (for a lazy area's own
/// text). Nothing shows while it is on its way; after 3 s the page shows regardless, and
/// re-renders when the file does arrive.
#[component]
pub fn WithCatalog(file: &'static str, children: ChildrenFn) -> impl IntoView {
    let i18n = use_i18n();
    let ready = RwSignal::new(i18n.catalog.with_untracked(|c| c.has_extra(file)));
    if !ready.get_untracked() {
        spawn_local(async move {
            i18n.load_extra(file).await;
            if ready.try_get_untracked() == Some(true) {
                // Shown after the time-out with keys or English: show the text now.
                i18n.catalog.try_update(|_| ());
            }
            ready.try_set(true);
        });
        set_timeout(
            move || {
                // Only if still waiting: setting it again re-creates the children, losing their
                // state (a form half-way through its steps).
                if ready.try_get_untracked() == Some(false) {
                    ready.try_set(true);
                }
            },
            std::time::Duration::from_secs(3),
        );
    }
    move || ready.get().then(|| children())
}

/// Set up the language state: the remembered choice, else English with the first-start picker.
pub fn provide_i18n() -> I18n {
    let english = Rc::new(catalog::english());
    let remembered = storage::remembered().and_then(|code| language(&code));
    let i18n = I18n {
        language: RwSignal::new(&LANGUAGES[0]),
        chosen: RwSignal::new(remembered.is_some()),
        catalog: RwSignal::new_local(Rc::new(Catalog::english_only(english))),
        ready: RwSignal::new(true),
    };
    provide_context(i18n);
    match remembered {
        Some(lang) => {
            i18n.ready.set(lang.code == "en");
            i18n.choose(lang.code);
            // On a very slow connection, show English rather than an empty page; the frame
            // re-renders in the chosen language when its file arrives.
            let ready = i18n.ready;
            set_timeout(
                move || {
                    // Only if still waiting: setting it again would re-render the whole frame and
                    // lose every component's state (an open question, a half-filled form).
                    if ready.try_get_untracked() == Some(false) {
                        ready.try_set(true);
                    }
                },
                std::time::Duration::from_secs(3),
            );
        }
        None => document::apply(&LANGUAGES[0]),
    }
    i18n
}

/// The language state from the root; outside the app (component tests), English alone.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n {
        language: RwSignal::new(&LANGUAGES[0]),
        chosen: RwSignal::new(true),
        catalog: RwSignal::new_local(ENGLISH.with(Rc::clone)),
        ready: RwSignal::new(true),
    })
}

/// A reactive text for `view!`: `{t("home-title")}` or `aria-label=t("nav-main")`.
pub fn t(key: &'static str) -> impl Fn() -> String + Copy + Send + Sync + 'static {
    let i18n = use_context::<I18n>();
    move || match i18n {
        Some(i18n) => i18n.tr(key),
        None => ENGLISH.with(|c| c.format(key, &[])),
    }
}

/// The text for `key` if a catalog has it, else `fallback` (API messages in English for codes the
/// catalogs do not know yet).
pub fn tr_or(key: &str, fallback: &str) -> String {
    let found = match use_context::<I18n>() {
        Some(i18n) => i18n.catalog.with(|c| c.lookup(key, &[])),
        None => ENGLISH.with(|c| c.lookup(key, &[])),
    };
    found.unwrap_or_else(|| fallback.to_owned())
}

/// A field error from the API: the catalog's text for its `code` (`error-<code>`), else the API's
/// English message.
pub fn field_error(code: &str, message: &str) -> String {
    tr_or(&format!("error-{code}"), message)
}

/// The text for `key`, now.
pub fn tr(key: &str) -> String {
    t_args(key, &[])
}

/// The text for `key` with arguments, now (wrap in `move ||` to follow the language).
pub fn t_args(key: &str, args: &[(&str, Arg)]) -> String {
    match use_context::<I18n>() {
        Some(i18n) => i18n.tr_args(key, args),
        None => ENGLISH.with(|c| c.format(key, args)),
    }
}
