//! `/learning/passport`: the resident's certificates and the DigComp competences reached (grouped
//! by area). It belongs to the account, so it moves with the resident to another centre. Prints
//! cleanly (`@media print` in the stylesheet) for a job interview or a teacher.

use leptos::prelude::*;
use leptos_router::components::A;
use wegwijs_shared::learning::wire::Passport;

use super::{area_name, area_of, competence_name, level_name, text_span};
use crate::api;
use crate::components::api_view::api_view;
use crate::components::icons::{Icon, IconSvg};
use crate::i18n::{t, use_i18n};

#[component]
pub fn PassportPage() -> impl IntoView {
    let language = use_i18n().language().code;
    let passport = LocalResource::new(move || api::learning_passport(language));
    view! {
        <section class="page learning-passport" aria-labelledby="passport-title">
            <h1 id="passport-title">
                <IconSvg icon=Icon::Card/>" "{t("learning-passport-title")}
            </h1>
            <p class="lead">{t("learning-passport-lead")}</p>
            {api_view(passport, "learning-loading", |p| view! { <PassportView p/> })}
            <p class="no-print">
                <A href="/learning" attr:class="button button-secondary">
                    <IconSvg icon=Icon::Learn/>" "{t("learning-back-to-list")}
                </A>
            </p>
        </section>
    }
}

#[component]
fn PassportView(p: Passport) -> impl IntoView {
    let certificates = if p.certificates.is_empty() {
        view! { <p data-testid="passport-none">{t("learning-passport-none")}</p> }.into_any()
    } else {
        view! {
            <ul class="card-list">
                {p.certificates.into_iter().map(|c| {
                    let href = format!("/verify/{}", c.code);
                    view! {
                        <li class="card learning-certificate" data-testid="passport-certificate">
                            <h3>{text_span(&c.title)}</h3>
                            <dl class="facts">
                                <dt>{t("learning-level-label")}</dt>
                                <dd>{level_name(c.level)}</dd>
                                <dt>{t("learning-issued-on")}</dt>
                                <dd>{crate::components::format::day_start_ms(&c.issued_on)
                                    .map(crate::components::format::day)
                                    .unwrap_or(c.issued_on.clone())}</dd>
                                <dt>{t("learning-code-label")}</dt>
                                <dd class="learning-code-small" data-testid="passport-code"><bdi>{c.code.clone()}</bdi></dd>
                            </dl>
                            <p class="no-print">
                                <A href=href>
                                    <IconSvg icon=Icon::Shield/>" "{t("learning-verify-link")}
                                </A>
                            </p>
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };
    let mut areas: Vec<(String, Vec<_>)> = Vec::new();
    let mut competences = p.competences;
    competences.sort_by(|a, b| a.code.cmp(&b.code));
    for c in competences {
        let area = area_of(&c.code).to_owned();
        match areas.last_mut() {
            Some((a, list)) if *a == area => list.push(c),
            _ => areas.push((area, vec![c])),
        }
    }
    let reached = if areas.is_empty() {
        view! { <p>{t("learning-passport-no-competences")}</p> }.into_any()
    } else {
        areas
            .into_iter()
            .map(|(area, list)| {
                view! {
                    <section class="learning-area">
                        <h3>{area_name(&area)}</h3>
                        <ul class="plain">
                            {list.into_iter().map(|c| view! {
                                <li data-testid="passport-competence">
                                    {competence_name(&c.code)}" — "{level_name(c.level)}
                                </li>
                            }).collect_view()}
                        </ul>
                    </section>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <section aria-labelledby="passport-certificates">
            <h2 id="passport-certificates">{t("learning-passport-certificates")}</h2>
            {certificates}
        </section>
        <section aria-labelledby="passport-competences">
            <h2 id="passport-competences">{t("learning-passport-competences")}</h2>
            {reached}
        </section>
    }
}
