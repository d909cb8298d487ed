//! `/learning` "My learning": the modules assigned to the resident first (with their due date, and
//! "overdue" in words and an icon, never colour alone), then the optional ones. Each card says how
//! far the resident is and leads into the player, or to the certificate once passed.

use leptos::prelude::*;
#[cfg(feature = "app-entry")]
use leptos_router::LazyRoute;
use leptos_router::components::A;
use wegwijs_shared::learning::wire::{LearnerState, LearningOverview, ModuleSummary};

use super::{competence_name, level_name, text_span};
use crate::api;
use crate::components::api_view::api_view;
use crate::components::icons::{Icon, IconSvg};
use crate::i18n::{Arg, t, t_args, tr, use_i18n};

#[component]
pub fn OverviewPage() -> impl IntoView {
    let language = use_i18n().language().code;
    let overview = LocalResource::new(move || api::learning_overview(language));
    // The player and the passport are in this chunk; the certificate check is fetched now, so a
    // certificate's "check" link opens offline too (the service worker keeps lazy chunks).
    // Only in the app build: preloading one lazy route from inside another leaves a wasm-split
    // import in an unsplit binary, and the browser tests (built without `app-entry`) could not
    // load at all.
    #[cfg(feature = "app-entry")]
    if web_sys::window().is_some_and(|w| w.navigator().on_line()) {
        leptos::task::spawn_local(super::VerifyRoute::preload());
    }
    view! {
        <section class="page learning" aria-labelledby="learning-title">
            <h1 id="learning-title">
                <IconSvg icon=Icon::Learn/>
                " "{t("learning-title")}
            </h1>
            <p class="lead">{t("learning-lead")}</p>
            <p>
                <A href="/learning/passport" attr:class="button button-secondary" attr:data-testid="learning-passport-link">
                    <IconSvg icon=Icon::Card/>
                    " "{t("learning-passport-link")}
                </A>
            </p>
            {api_view(overview, "learning-loading", |o| view! { <Modules overview=o/> })}
        </section>
    }
}

#[component]
fn Modules(overview: LearningOverview) -> impl IntoView {
    if overview.modules.is_empty() {
        return view! { <p data-testid="learning-none">{t("learning-none")}</p> }.into_any();
    }
    let (assigned, optional): (Vec<_>, Vec<_>) =
        overview.modules.into_iter().partition(|m| m.assigned);
    let group = |id: &'static str, title: &'static str, list: Vec<ModuleSummary>| {
        (!list.is_empty()).then(|| {
            view! {
                <section aria-labelledby=id>
                    <h2 id=id>{t(title)}</h2>
                    <ul class="card-list learning-list">
                        {list.into_iter().map(|m| view! { <ModuleCard m/> }).collect_view()}
                    </ul>
                </section>
            }
        })
    };
    view! {
        {group("learning-assigned", "learning-assigned", assigned)}
        {group("learning-optional", "learning-optional", optional)}
    }
    .into_any()
}

fn state_text(state: LearnerState) -> String {
    tr(match state {
        LearnerState::NotStarted => "learning-state-not-started",
        LearnerState::InProgress | LearnerState::NeedsHelp => "learning-state-in-progress",
        LearnerState::Completed => "learning-state-completed",
    })
}

#[component]
fn ModuleCard(m: ModuleSummary) -> impl IntoView {
    let title_id = format!("learning-module-{}", m.id);
    let href = format!("/learning/{}", m.id);
    let (label, icon) = match m.state {
        LearnerState::Completed => ("learning-open-certificate", Icon::Star),
        LearnerState::NotStarted => ("learning-start", Icon::Learn),
        _ => ("learning-continue", Icon::Learn),
    };
    let questions = f64::from(m.questions);
    let answered = f64::from(m.answered.min(m.questions));
    let progress_text = t_args(
        "learning-questions-progress",
        &[
            ("done", Arg::from(answered)),
            ("total", Arg::from(questions)),
        ],
    );
    let due = m.due_on.clone().map(|due| {
        let day = crate::components::format::day_start_ms(&due)
            .map(crate::components::format::day)
            .unwrap_or(due);
        if m.overdue {
            view! {
                <p class="learning-due learning-overdue" data-testid="learning-overdue">
                    <IconSvg icon=Icon::Alert/>
                    " "{t_args("learning-overdue", &[("date", Arg::from(day))])}
                </p>
            }
            .into_any()
        } else {
            view! {
                <p class="learning-due" data-testid="learning-due">
                    <IconSvg icon=Icon::Clock/>
                    " "{t_args("learning-due", &[("date", Arg::from(day))])}
                </p>
            }
            .into_any()
        }
    });
    view! {
        <li class="card learning-card" data-testid="learning-module" data-module=m.id.clone()
            data-state=m.state.as_str()>
            <h3 id=title_id.clone()>{text_span(&m.title)}</h3>
            {due}
            {(!m.summary.text.is_empty()).then(|| view! { <p>{text_span(&m.summary)}</p> })}
            <dl class="facts">
                <dt>{t("learning-level-label")}</dt>
                <dd>{level_name(m.level)}</dd>
                <dt>{t("learning-minutes-label")}</dt>
                <dd>{t_args("learning-minutes", &[("minutes", Arg::from(f64::from(m.minutes)))])}</dd>
                <dt>{t("learning-competences-label")}</dt>
                <dd>
                    <ul class="plain">
                        {m.competences.iter().map(|c| view! { <li>{competence_name(c)}</li> }).collect_view()}
                    </ul>
                </dd>
                <dt>{t("learning-state-label")}</dt>
                <dd data-testid="learning-state">{state_text(m.state)}</dd>
            </dl>
            <p class="learning-progress">
                <progress max=questions value=answered aria-label=progress_text.clone()></progress>
                " "<span>{progress_text}</span>
            </p>
            <p>
                <A href=href attr:class="button button-big" attr:data-testid="learning-open"
                    attr:aria-describedby=title_id>
                    <IconSvg icon/>
                    " "{t(label)}
                </A>
            </p>
        </li>
    }
}
