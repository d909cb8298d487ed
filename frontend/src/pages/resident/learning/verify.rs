//! `/verify` and `/verify/{code}`: anyone (signed in or not) checks a certificate. It shows the
//! module, level, competences and date, never who holds it. A mistyped code (the API's 422, caught
//! by the code's check character) asks to check the code; an unknown one (404) says so.

use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};
use wegwijs_shared::learning::wire::Verification;

use super::{competence_name, level_name, text_span};
use crate::api::{self, ApiFailure};
use crate::components::error_display::ErrorDisplay;
use crate::components::icons::{Icon, IconSvg};
use crate::components::loading::Loading;
use crate::components::sub_router;
use crate::i18n::{t, tr, use_i18n};

#[component]
pub fn VerifyPage() -> impl IntoView {
    let location = use_location();
    let code = Memo::new(move |_| {
        let path = location.pathname.get();
        sub_router::decoded(sub_router::below(&path, "/verify").unwrap_or_default())
    });
    let typed = RwSignal::new(code.get_untracked());
    let navigate = use_navigate();
    view! {
        <section class="page learning-verify" aria-labelledby="verify-title">
            <h1 id="verify-title"><IconSvg icon=Icon::Shield/>" "{t("learning-verify-title")}</h1>
            <p class="lead">{t("learning-verify-lead")}</p>
            <form class="form learning-verify-form" on:submit=move |ev| {
                ev.prevent_default();
                let value = typed.get_untracked();
                let value = value.trim();
                if !value.is_empty() {
                    navigate(&format!("/verify/{}", api::encode(value)), Default::default());
                }
            }>
                <label for="verify-code">{t("learning-verify-code-label")}</label>
                <input id="verify-code" name="code" type="text" autocomplete="off" spellcheck="false"
                    autocapitalize="characters" dir="ltr" data-testid="verify-code"
                    prop:value=move || typed.get()
                    on:input=move |ev| typed.set(event_target_value(&ev))/>
                <button type="submit" class="button" data-testid="verify-submit">
                    <IconSvg icon=Icon::Search/>" "{t("learning-verify-submit")}
                </button>
            </form>
            {move || {
                let code = code.get();
                (!code.is_empty()).then(|| view! { <VerifyResult code/> })
            }}
        </section>
    }
}

#[component]
fn VerifyResult(code: String) -> impl IntoView {
    let language = use_i18n().language().code;
    let found = LocalResource::new(move || {
        let code = code.clone();
        async move { api::verify_certificate(&code, language).await }
    });
    view! {
        <Suspense fallback=move || view! { <Loading label=tr("learning-loading")/> }>
            {move || Suspend::new(async move {
                match found.await {
                    Ok(v) => view! { <Verified v/> }.into_any(),
                    Err(f) if f.status() == Some(422) => view! {
                        <p class="form-alert" role="alert" data-testid="verify-mistyped">
                            <IconSvg icon=Icon::Alert/>" "{t("learning-verify-mistyped")}
                        </p>
                    }.into_any(),
                    Err(f) if f.status() == Some(404) => view! {
                        <p class="form-alert" role="alert" data-testid="verify-not-found">
                            <IconSvg icon=Icon::Alert/>" "{t("learning-verify-not-found")}
                        </p>
                    }.into_any(),
                    Err(failure) => failure_view(failure).into_any(),
                }
            })}
        </Suspense>
    }
}

fn failure_view(failure: ApiFailure) -> impl IntoView {
    view! { <ErrorDisplay failure/> }
}

#[component]
fn Verified(v: Verification) -> impl IntoView {
    let date = crate::components::format::day_start_ms(&v.issued_on)
        .map(crate::components::format::day)
        .unwrap_or(v.issued_on.clone());
    view! {
        <article class="card learning-verified" data-testid="verify-result" aria-labelledby="verify-module">
            <p class="learning-verdict"><IconSvg icon=Icon::Check/>" "<strong>{t("learning-verify-valid")}</strong></p>
            <h2 id="verify-module" data-testid="verify-module">{text_span(&v.title)}</h2>
            <dl class="facts">
                <dt>{t("learning-level-label")}</dt>
                <dd>{level_name(v.level)}</dd>
                <dt>{t("learning-competences-label")}</dt>
                <dd>
                    <ul class="plain">
                        {v.competences.iter().map(|c| view! { <li>{competence_name(c)}</li> }).collect_view()}
                    </ul>
                </dd>
                <dt>{t("learning-issued-on")}</dt>
                <dd>{date}</dd>
                <dt>{t("learning-code-label")}</dt>
                <dd><bdi>{v.code.clone()}</bdi></dd>
            </dl>
        </article>
    }
}
