//! The translation view of an item: pick a language, read the source text next to the translation
//! form, see whether the translation is outdated (the source changed since), save it with its
//! version and a status, and preview it.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_query_map;
use wegwijs_shared::content::{
    StaffItem, TranslationInput, TranslationStatus, TranslationText, TranslationView,
};
use wegwijs_shared::languages::LANGUAGES;

use super::content_labels::{STATUSES, status_code, status_from, status_label};
use super::content_text::{EditAlert, Preview, TextDraft, TextFields, TheirVersion, rename_fields};
use crate::api;
use crate::components::form::{FormState, SelectField};
use crate::components::icons::{Icon, IconSvg};
use crate::components::languages::{dir_of, language_name};
use crate::i18n::{t, tr};

fn translation<'a>(item: &'a StaffItem, lang: &str) -> Option<&'a TranslationView> {
    item.translations.iter().find(|t| t.language == lang)
}

#[component]
pub fn TranslationPanel(base: RwSignal<StaffItem>) -> impl IntoView {
    let asked = use_query_map()
        .get_untracked()
        .get("language")
        .unwrap_or_default();
    let source = move || base.with(|b| b.fields.source_language.clone());
    let valid = LANGUAGES.iter().any(|l| l.code == asked) && asked != source();
    let chosen = RwSignal::new(if valid { asked } else { String::new() });
    view! {
        <section class="panel translation" aria-labelledby="translation-title" id="translation">
            <h2 id="translation-title">{t("content-translation-title")}</h2>
            <div class="field field-inline">
                <label for="translation-language">{t("content-translation-language")}</label>
                <select id="translation-language" bind:value=chosen>
                    <option value="">{t("choose-language")}</option>
                    {move || {
                        let source = source();
                        LANGUAGES
                            .iter()
                            .filter(|l| l.code != source)
                            .map(|l| view! { <option value=l.code lang=l.code>{l.native_name}</option> })
                            .collect_view()
                    }}
                </select>
            </div>
            {move || {
                // A fresh form per language; saving (which changes `base`) keeps the form as it is.
                let lang = chosen.get();
                (!lang.is_empty()).then(|| view! { <TranslationForm base lang/> })
            }}
        </section>
    }
}

#[component]
fn TranslationForm(base: RwSignal<StaffItem>, lang: String) -> impl IntoView {
    let start = base.with_untracked(|b| translation(b, &lang).cloned());
    let draft = TextDraft::new(start.as_ref().map(|t| &t.text));
    let status = RwSignal::new(
        status_code(
            start
                .as_ref()
                .map_or(TranslationStatus::Draft, |t| t.status),
        )
        .to_owned(),
    );
    let form = FormState::new();
    let saved = RwSignal::new(false);
    let theirs = RwSignal::new(None::<TranslationView>);
    let lang = StoredValue::new(lang);
    let lang_signal = Signal::derive(move || lang.get_value());
    let dir = dir_of(&lang.get_value());
    let current = move || base.with(|b| translation(b, &lang.get_value()).cloned());

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let item = base.get_untracked();
        let language = lang.get_value();
        let input = TranslationInput {
            text: draft.get(),
            status: status_from(&status.get_untracked()).unwrap_or(TranslationStatus::Draft),
            version: translation(&item, &language).map_or(0, |t| t.version),
        };
        form.submit(
            async move {
                api::put_translation(&item.id, &language, &input)
                    .await
                    .map_err(|f| rename_fields(f, "text"))
            },
            move |item| {
                base.set(item);
                theirs.set(None);
                saved.set(true);
            },
        );
    };
    let load_theirs = Callback::new(move |()| {
        let id = base.get_untracked().id;
        spawn_local(async move {
            match api::staff_item(&id).await {
                Ok(item) => {
                    let other = translation(&item, &lang.get_value()).cloned();
                    base.try_set(item);
                    theirs.try_set(other);
                    form.failure.try_set(None);
                }
                Err(f) => {
                    form.failure.try_set(Some(f));
                }
            }
        });
    });

    view! {
        <div class="side-by-side">
            <SourceSide base/>
            <div class="translation-side" data-testid="translation-form">
                <h3>{t("content-translation-your")}</h3>
                {move || {
                    current()
                        .filter(|t| t.outdated)
                        .map(|_| view! {
                            <p class="outdated" data-testid="translation-outdated">
                                <IconSvg icon=Icon::Retry/>" "{t("content-outdated-note")}
                            </p>
                        })
                }}
                <form class="form" on:submit=on_submit novalidate>
                    <EditAlert form on_load_theirs=load_theirs/>
                    {move || saved.get().then(|| view! {
                        <p role="status" class="success" data-testid="translation-saved"><IconSvg icon=Icon::Check/>" "{t("content-translation-saved")}</p>
                    })}
                    <div dir=dir>
                        <TextFields draft form prefix="text" lang=lang_signal/>
                    </div>
                    <SelectField id="text.status" label=tr("content-field-status") value=status form>
                        {STATUSES.into_iter().map(|s| view! { <option value=status_code(s)>{status_label(s)}</option> }).collect_view()}
                    </SelectField>
                    <button type="submit" class="button" data-testid="translation-save" disabled=move || form.pending.get()>
                        <IconSvg icon=Icon::Check/>" "{t("content-translation-save")}
                    </button>
                </form>
                {move || theirs.get().map(|other| view! { <TheirVersion text=other.text draft/> })}
            </div>
        </div>
        <Preview draft id="translation-preview" lang=lang_signal/>
    }
}

/// The source-language text, read-only, as residents will see it.
#[component]
fn SourceSide(base: RwSignal<StaffItem>) -> impl IntoView {
    move || {
        let item = base.get();
        let lang = item.fields.source_language.clone();
        let text = translation(&item, &lang)
            .map(|t| t.text.clone())
            .unwrap_or_else(empty_text);
        let html = wegwijs_shared::richtext::render_or_escape(&text.body);
        let name = language_name(&lang);
        view! {
            <div class="source-side" data-testid="translation-source">
                <h3>{t("content-translation-source")}" ("<bdi>{name}</bdi>")"</h3>
                <div lang=lang dir="auto">
                    <p class="preview-title"><bdi>{text.title}</bdi></p>
                    <p class="preview-summary"><bdi>{text.summary}</bdi></p>
                    <div class="rich-text" inner_html=html></div>
                </div>
            </div>
        }
    }
}

fn empty_text() -> TranslationText {
    TranslationText {
        title: String::new(),
        summary: String::new(),
        body: String::new(),
    }
}
