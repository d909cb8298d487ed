//! `/display`: text size and high contrast, remembered on this device (localStorage, like the
//! language) and shown as attributes on `<html>`. `display.js` applies the stored choice before the
//! first paint; this page changes it at once, without a save button. The values and attribute
//! names are `wegwijs_shared::display`'s.

use leptos::prelude::*;
use leptos_router::{LazyRoute, lazy_route};
use wegwijs_shared::display::{
    CONTRAST_ATTRIBUTE, CONTRAST_KEY, Contrast, TEXT_SIZE_ATTRIBUTE, TEXT_SIZE_KEY, TextSize,
    contrast_attribute, text_size_attribute,
};

use crate::components::icons::{Icon, IconSvg};
use crate::components::listen::Listen;
use crate::i18n::t;

fn store() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn stored(key: &str) -> Option<String> {
    store()?.get_item(key).ok().flatten()
}

/// This device keeps nothing (private mode, storage blocked or full): the choice lasts until the
/// page is closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NotKept;

fn remember(key: &str, value: &str) -> Result<(), NotKept> {
    store()
        .ok_or(NotKept)?
        .set_item(key, value)
        .map_err(|_| NotKept)
}

fn set_html_attribute(name: &str, value: Option<&str>) {
    let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match value {
        Some(value) => html.set_attribute(name, value),
        None => html.remove_attribute(name),
    };
}

pub fn text_size() -> TextSize {
    TextSize::parse(stored(TEXT_SIZE_KEY).as_deref())
}

pub fn contrast() -> Contrast {
    Contrast::parse(stored(CONTRAST_KEY).as_deref())
}

/// Show `size` now and remember it. The page changes even when storage fails.
pub fn set_text_size(size: TextSize) -> Result<(), NotKept> {
    set_html_attribute(TEXT_SIZE_ATTRIBUTE, text_size_attribute(size));
    remember(TEXT_SIZE_KEY, size.as_str())
}

pub fn set_contrast(contrast: Contrast) -> Result<(), NotKept> {
    set_html_attribute(CONTRAST_ATTRIBUTE, contrast_attribute(contrast));
    remember(CONTRAST_KEY, contrast.as_str())
}

fn size_label(size: TextSize) -> &'static str {
    match size {
        TextSize::Normal => "display-size-normal",
        TextSize::Large => "display-size-large",
        TextSize::Larger => "display-size-larger",
    }
}

fn contrast_label(contrast: Contrast) -> &'static str {
    match contrast {
        Contrast::Normal => "display-contrast-normal",
        Contrast::High => "display-contrast-high",
    }
}

/// The route: lazy, so its view code stays out of the resident's first load (the settings
/// themselves are applied by `display.js` and need no wasm at all).
pub struct DisplayPage;

#[lazy_route]
impl LazyRoute for DisplayPage {
    fn data() -> Self {
        DisplayPage
    }

    fn view(_this: Self) -> AnyView {
        view! { <DisplaySettings/> }.into_any()
    }
}

/// Two groups of native radio buttons: arrow keys move between choices, screen readers announce
/// "1 of 3", and each choice is a large card with a sample of what it does.
#[component]
pub fn DisplaySettings() -> impl IntoView {
    let size = RwSignal::new(text_size());
    let contrast_choice = RwSignal::new(contrast());
    let not_kept = RwSignal::new(store().is_none());
    view! {
        <section class="page" aria-labelledby="display-title">
            <h1 id="display-title">
                <IconSvg icon=Icon::TextSize/>
                " "
                {t("display-title")}
            </h1>
            <div class="listen-block">
                <p>{t("display-intro")}</p>
                <Listen/>
            </div>
            <fieldset class="choice-group">
                <legend>{t("display-text-size")}</legend>
                <ul class="choice-list" data-testid="text-size">
                    {TextSize::ALL
                        .into_iter()
                        .map(|option| {
                            view! {
                                <ChoiceCard
                                    name="text-size"
                                    value=option.as_str()
                                    sample=format!("sample-{}", option.as_str())
                                    label=size_label(option)
                                    checked=Signal::derive(move || size.get() == option)
                                    on_choose=move || {
                                        size.set(option);
                                        not_kept.set(set_text_size(option).is_err());
                                    }
                                />
                            }
                        })
                        .collect_view()}
                </ul>
            </fieldset>
            <fieldset class="choice-group">
                <legend>{t("display-contrast")}</legend>
                <ul class="choice-list" data-testid="contrast">
                    {Contrast::ALL
                        .into_iter()
                        .map(|option| {
                            view! {
                                <ChoiceCard
                                    name="contrast"
                                    value=option.as_str()
                                    sample=format!("sample-contrast-{}", option.as_str())
                                    label=contrast_label(option)
                                    checked=Signal::derive(move || contrast_choice.get() == option)
                                    on_choose=move || {
                                        contrast_choice.set(option);
                                        not_kept.set(set_contrast(option).is_err());
                                    }
                                />
                            }
                        })
                        .collect_view()}
                </ul>
            </fieldset>
            <p role="status" class="hint">
                {move || not_kept.get().then(t("display-not-kept"))}
            </p>
        </section>
    }
}

/// One radio choice as a large card: a sample of what it does, then its name.
#[component]
fn ChoiceCard(
    name: &'static str,
    value: &'static str,
    /// The sample's modifier class (`sample-large`, `sample-contrast-high`, …).
    sample: String,
    /// The label's catalog key.
    label: &'static str,
    checked: Signal<bool>,
    on_choose: impl Fn() + 'static,
) -> impl IntoView {
    view! {
        <li>
            <label class="choice">
                <input
                    type="radio"
                    name=name
                    value=value
                    prop:checked=checked
                    on:change=move |_| on_choose()
                />
                <span class=format!("sample {sample}") aria-hidden="true">
                    {t("display-sample")}
                </span>
                <span>{t(label)}</span>
            </label>
        </li>
    }
}
