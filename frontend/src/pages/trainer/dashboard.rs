//! `/trainer/dashboard?module=`: how the location's learners are doing in one module: counts per
//! state, a table per learner, the questions answered correctly least often, and a CSV download of
//! the same rows.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};
use wegwijs_shared::api_paths;
use wegwijs_shared::learning::wire::{Dashboard, LearnerRow, ModuleListItem, QuestionStat};

use super::common::{ModuleText, state_icon, state_label, ui_language};
use crate::api;
use crate::components::api_view::api_view;
use crate::components::icons::{Icon, IconSvg};
use crate::components::location_switcher::{LocationSwitcher, use_work_location};
use crate::i18n::{t, t_args, tr};

#[component]
pub fn DashboardPage() -> impl IntoView {
    let location = use_work_location();
    let language = ui_language();
    let query = use_query_map();
    let module = Memo::new(move |_| query.with(|q| q.get("module")).unwrap_or_default());
    let modules = {
        let language = language.clone();
        LocalResource::new(move || {
            let language = language.clone();
            async move { api::authoring_modules(&language).await }
        })
    };
    let dashboard = LocalResource::new(move || {
        let module = module.get();
        let location = location.get();
        let language = language.clone();
        async move {
            if module.is_empty() || location.is_none() {
                return Ok(None);
            }
            api::dashboard(&module, location.as_deref(), &language)
                .await
                .map(Some)
        }
    });
    view! {
        <section class="page" aria-labelledby="trainer-dashboard-title">
            <p><A href="/trainer">{t("trainer-back")}</A></p>
            <h1 id="trainer-dashboard-title">{t("trainer-dashboard-title")}</h1>
            <LocationSwitcher/>
            {api_view(modules, "trainer-loading", move |modules| view! { <ModulePicker modules module/> })}
            {api_view(dashboard, "trainer-loading", move |d: Option<Dashboard>| match d {
                None => view! { <p>{t("trainer-pick-module-first")}</p> }.into_any(),
                Some(d) => {
                    let csv = format!(
                        "{}?{}",
                        api_paths::LEARNING_DASHBOARD_CSV,
                        api::dashboard_query(&d.module_id, location.get_untracked().as_deref(), &ui_language())
                    );
                    view! { <DashboardView d csv/> }.into_any()
                }
            })}
        </section>
    }
}

#[component]
fn ModulePicker(modules: Vec<ModuleListItem>, module: Memo<String>) -> impl IntoView {
    let navigate = use_navigate();
    let on_change = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let href = if value.is_empty() {
            "/trainer/dashboard".to_owned()
        } else {
            format!("/trainer/dashboard?module={}", api::encode(&value))
        };
        navigate(&href, Default::default());
    };
    view! {
        <div class="field">
            <label for="dashboard-module">{t("trainer-module")}</label>
            <select id="dashboard-module" on:change=on_change prop:value=move || module.get() data-testid="trainer-dashboard-module">
                <option value="">{t("trainer-pick-module")}</option>
                {modules.into_iter().map(|m| {
                    let selected = m.id == module.get_untracked();
                    view! { <option value=m.id.clone() selected=selected lang=m.title.lang.clone()>{m.title.text.clone()}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

#[component]
fn DashboardView(d: Dashboard, csv: String) -> impl IntoView {
    let c = d.counts.clone();
    let counts = [
        ("trainer-state-not-started", c.not_started, Icon::Clock),
        ("trainer-state-in-progress", c.in_progress, Icon::Learn),
        ("trainer-state-completed", c.completed, Icon::Check),
        ("trainer-state-needs-help", c.needs_help, Icon::Alert),
        ("trainer-overdue", c.overdue, Icon::Calendar),
    ];
    let mut questions = d.questions.clone();
    // Lowest share first; questions nobody answered yet say nothing about difficulty: last.
    questions.sort_by_key(|q| (q.percent_correct.is_none(), q.percent_correct));
    view! {
        <h2><ModuleText text=d.title.clone()/></h2>
        <p>
            <a href=csv download="" class="button button-secondary" data-testid="trainer-csv">
                <IconSvg icon=Icon::Download/>" "{t("trainer-download-csv")}
            </a>
        </p>
        <section aria-labelledby="dashboard-counts-title">
            <h3 id="dashboard-counts-title">{t("trainer-counts")}</h3>
            <dl class="counts" data-testid="trainer-counts">
                {counts.into_iter().map(|(key, n, icon)| view! {
                    <div class="count">
                        <dt><IconSvg icon/>" "{t(key)}</dt>
                        <dd>{n}</dd>
                    </div>
                }).collect_view()}
            </dl>
        </section>
        <section aria-labelledby="dashboard-learners-title">
            <h3 id="dashboard-learners-title">{t("trainer-learners")}</h3>
            {if d.learners.is_empty() {
                view! { <p>{t("trainer-no-learners")}</p> }.into_any()
            } else {
                view! { <LearnerTable rows=d.learners.clone()/> }.into_any()
            }}
        </section>
        <section aria-labelledby="dashboard-questions-title">
            <h3 id="dashboard-questions-title">{t("trainer-difficult")}</h3>
            <p class="hint">{t("trainer-difficult-hint")}</p>
            <ol class="plain question-stats" data-testid="trainer-question-stats">
                {questions.into_iter().map(|q| view! { <QuestionRow q/> }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn LearnerTable(rows: Vec<LearnerRow>) -> impl IntoView {
    let yes_no = |b: bool| tr(if b { "trainer-yes" } else { "trainer-no" });
    view! {
        <div class="table-scroll">
            <table class="data-table" data-testid="trainer-learner-table">
                <caption class="visually-hidden">{t("trainer-learners")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("trainer-col-name")}</th>
                        <th scope="col">{t("trainer-col-state")}</th>
                        <th scope="col">{t("trainer-col-answered")}</th>
                        <th scope="col">{t("trainer-col-attempts")}</th>
                        <th scope="col">{t("trainer-col-best")}</th>
                        <th scope="col">{t("trainer-due")}</th>
                        <th scope="col">{t("trainer-overdue")}</th>
                        <th scope="col">{t("trainer-col-completed")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|r| view! {
                        <tr data-testid="trainer-learner" data-state=r.state.as_str()>
                            <th scope="row"><bdi>{r.display_name.clone()}</bdi></th>
                            <td><span class="state" class:state-help=r.state == wegwijs_shared::learning::wire::LearnerState::NeedsHelp>
                                <IconSvg icon=state_icon(r.state)/>" "{state_label(r.state)}
                            </span></td>
                            <td>{t_args("trainer-answered", &[("answered", r.answered.into()), ("questions", r.questions.into())])}</td>
                            <td>{r.attempts}</td>
                            <td>{r.best_percent.map_or_else(|| "—".to_owned(), |p| format!("{p} %"))}</td>
                            <td>{r.due_on.clone().unwrap_or_else(|| "—".to_owned())}</td>
                            <td>{yes_no(r.overdue)}</td>
                            <td>{r.completed_on.clone().unwrap_or_else(|| "—".to_owned())}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn QuestionRow(q: QuestionStat) -> impl IntoView {
    let share = match q.percent_correct {
        Some(p) => t_args(
            "trainer-share-correct",
            &[
                ("percent", p.into()),
                ("correct", q.correct.into()),
                ("answered", q.answered.into()),
            ],
        ),
        None => tr("trainer-not-answered"),
    };
    let id = format!("q-{}", q.question_id);
    view! {
        <li class="question-stat" data-testid="trainer-question-stat" data-question=q.question_id.clone()
            data-answered=q.answered data-correct=q.correct>
            <p id=id.clone()><ModuleText text=q.prompt/>" ("<ModuleText text=q.lesson_title/>")"</p>
            <p>{share}</p>
            {q.percent_correct.map(|p| view! {
                <meter min="0" max="100" low="50" high="80" optimum="100" value=p.to_string() aria-labelledby=id></meter>
            })}
        </li>
    }
}
