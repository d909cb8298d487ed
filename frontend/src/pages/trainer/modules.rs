//! `/trainer/modules`: every module (drafts too) with its status, level, minutes, competences and
//! the languages it is complete in, and the way to a new one.

use leptos::prelude::*;
use leptos_router::components::A;
use wegwijs_shared::learning::ModuleStatus;
use wegwijs_shared::learning::wire::ModuleListItem;

use super::common::{ModuleText, level_label, ui_language};
use crate::api;
use crate::components::api_view::api_view;
use crate::components::digcomp::competence_name;
use crate::components::icons::{Icon, IconSvg};
use crate::components::languages::language_name;
use crate::i18n::{t, t_args, tr};

pub fn status_label(status: ModuleStatus) -> String {
    tr(match status {
        ModuleStatus::Draft => "trainer-status-draft",
        ModuleStatus::Published => "trainer-status-published",
    })
}

#[component]
pub fn ModulesPage() -> impl IntoView {
    let language = ui_language();
    let modules = LocalResource::new(move || {
        let language = language.clone();
        async move { api::authoring_modules(&language).await }
    });
    view! {
        <section class="page" aria-labelledby="trainer-modules-title">
            <p><A href="/trainer">{t("trainer-back")}</A></p>
            <h1 id="trainer-modules-title">{t("trainer-modules-title")}</h1>
            <p>
                <A href="/trainer/modules/new" attr:class="button" attr:data-testid="trainer-new-module">
                    <IconSvg icon=Icon::Plus/>" "{t("trainer-new-module")}
                </A>
            </p>
            {api_view(modules, "trainer-loading", |modules: Vec<ModuleListItem>| {
                if modules.is_empty() {
                    return view! { <p>{t("trainer-no-modules")}</p> }.into_any();
                }
                view! {
                    <ul class="card-list trainer-modules" data-testid="trainer-module-list">
                        {modules.into_iter().map(|m| view! { <ModuleCard m/> }).collect_view()}
                    </ul>
                }
                .into_any()
            })}
        </section>
    }
}

#[component]
fn ModuleCard(m: ModuleListItem) -> impl IntoView {
    let href = format!("/trainer/modules/{}", m.id);
    let count = m.complete_languages.len();
    let languages = m
        .complete_languages
        .iter()
        .map(|l| language_name(l))
        .collect::<Vec<_>>()
        .join(", ");
    let competences = m
        .competences
        .iter()
        .map(|c| format!("{c} {}", competence_name(c)))
        .collect::<Vec<_>>();
    let published = m.status == ModuleStatus::Published;
    view! {
        <li class="card" data-testid="trainer-module" data-module=m.id.clone()>
            <h2><A href=href><ModuleText text=m.title/></A></h2>
            <p class="module-status" class:module-published=published>{status_label(m.status)}</p>
            <dl class="facts">
                <dt>{t("trainer-field-level")}</dt>
                <dd>{level_label(m.level)}</dd>
                <dt>{t("trainer-field-minutes")}</dt>
                <dd>{t_args("trainer-minutes", &[("minutes", m.minutes.into())])}</dd>
                <dt>{t("trainer-field-competences")}</dt>
                <dd>
                    <ul class="plain">
                        {competences.into_iter().map(|c| view! { <li><bdi>{c}</bdi></li> }).collect_view()}
                    </ul>
                </dd>
                <dt>{t("trainer-languages-complete")}</dt>
                <dd data-testid="trainer-complete-count">
                    {t_args("trainer-languages-count", &[("count", count.into())])}
                    ": "<bdi>{languages}</bdi>
                </dd>
            </dl>
        </li>
    }
}
