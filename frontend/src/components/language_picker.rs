//! The language picker: shown at first start before anything else (before sign-in), and at
//! `/language` from the header. Each language is listed in its own script, with its own `lang` and
//! `dir`, so it renders and is read out correctly whatever the current language is.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use wegwijs_shared::languages::LANGUAGES;

use crate::components::icons::{Icon, IconSvg};
use crate::components::session::SessionState;
use crate::components::session_sync::save_language;
use crate::i18n::{t, use_i18n};

/// The list of twelve buttons. `after` runs once a language is chosen. The choice is remembered on
/// the device, and on the account when someone is signed in.
#[component]
pub fn LanguageList(#[prop(optional, into)] after: Option<Callback<()>>) -> impl IntoView {
    let i18n = use_i18n();
    let session = use_context::<RwSignal<SessionState>>();
    view! {
        <ul class="language-list" data-testid="language-list">
            {LANGUAGES
                .iter()
                .map(|lang| {
                    let code = lang.code;
                    view! {
                        <li>
                            <button
                                type="button"
                                class="button button-language"
                                lang=code
                                dir=if lang.rtl { "rtl" } else { "ltr" }
                                aria-pressed=move || {
                                    (i18n.chosen() && i18n.language().code == code).to_string()
                                }
                                on:click=move |_| {
                                    i18n.choose(code);
                                    if let Some(session) = session {
                                        save_language(session, code);
                                    }
                                    if let Some(after) = after {
                                        after.run(());
                                    }
                                }
                            >
                                {lang.native_name}
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}

/// First start: the whole page is the picker. The heading is in every language at once, since
/// nobody has told us yet which one the person reads.
#[component]
pub fn FirstStartPicker() -> impl IntoView {
    view! {
        <section class="page language-picker" aria-labelledby="language-title">
            <h1 id="language-title">
                <IconSvg icon=Icon::Language/>
                " "
                <span>"Language"</span>
                " · "
                <span lang="nl">"Taal"</span>
                " · "
                <span lang="ar" dir="rtl">"اللغة"</span>
                " · "
                <span lang="fa" dir="rtl">"زبان"</span>
                " · "
                <span lang="ti">"ቋንቋ"</span>
                " · "
                <span lang="uk">"Мова"</span>
            </h1>
            <LanguageList/>
        </section>
    }
}

/// `/language`: change the language later, then return home.
#[component]
pub fn LanguagePage() -> impl IntoView {
    let navigate = use_navigate();
    let back = Callback::new(move |()| navigate("/", Default::default()));
    view! {
        <section class="page language-picker" aria-labelledby="language-title">
            <h1 id="language-title">
                <IconSvg icon=Icon::Language/>
                " "
                {t("language-title")}
            </h1>
            <p>{t("language-intro")}</p>
            <LanguageList after=back/>
        </section>
    }
}
