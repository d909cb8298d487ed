//! `/staff/activities`: the coming occurrences at one location with their places and waiting lists
//! (the names of who signed up open on request: that read is audited), the activities themselves
//! with edit and cancel, and the form to plan a new one ([`super::activity_form`]).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wegwijs_shared::activities::{
    CancelActivity, Occurrence, Participant, Recurrence, StaffActivity,
};
use wegwijs_shared::calendar::Weekday;

use super::activity_form::ActivityForm;
use crate::api::{self, ApiFailure};
use crate::components::api_view::api_view;
use crate::components::error_display::explain;
use crate::components::icons::{Icon, IconSvg};
use crate::components::languages::held_in;
use crate::components::local_time::{date_label, time_label, weekday_name};
use crate::components::location_switcher::WithWorkLocation;
use crate::i18n::{I18n, t, t_args, tr};

const DAYS: u32 = 14;

#[component]
pub fn StaffActivitiesPage() -> impl IntoView {
    view! {
        <section class="page" aria-labelledby="staff-activities-title">
            <h1 id="staff-activities-title">
                <IconSvg icon=Icon::Calendar/>
                " "{t("activities-staff-title")}
            </h1>
            <WithWorkLocation body=|location| view! { <AtLocation location/> }/>
        </section>
    }
}

/// What the page shows below the location choice.
#[derive(Clone, PartialEq)]
enum Mode {
    List,
    New,
    Edit(Box<StaffActivity>),
}

#[component]
fn AtLocation(location: Memo<String>) -> impl IntoView {
    let mode = RwSignal::new(Mode::List);
    let language = use_context::<I18n>()
        .map(|i| i.locale_untracked())
        .unwrap_or("en");
    let coming = LocalResource::new(move || {
        let location = location.get();
        async move { api::activities(Some(&location), DAYS, language).await }
    });
    let definitions = LocalResource::new(move || {
        let location = location.get();
        async move { api::activity_definitions(&location).await }
    });
    let saved = Callback::new(move |()| {
        mode.set(Mode::List);
        coming.refetch();
        definitions.refetch();
    });
    view! {
        {move || match mode.get() {
            Mode::New => view! {
                <ActivityForm location_id=location.get() existing=None saved cancel=Callback::new(move |()| mode.set(Mode::List))/>
            }
            .into_any(),
            Mode::Edit(activity) => view! {
                <ActivityForm location_id=location.get() existing=Some(*activity) saved cancel=Callback::new(move |()| mode.set(Mode::List))/>
            }
            .into_any(),
            Mode::List => view! {
                <div class="actions">
                    <button type="button" class="button" data-testid="activities-new" on:click=move |_| mode.set(Mode::New)>
                        <IconSvg icon=Icon::Plus/>
                        " "{t("activities-new")}
                    </button>
                </div>
                <h2>{t("activities-coming")}</h2>
                {api_view(coming, "activities-staff-loading", |page| view! { <Coming occurrences=page.occurrences/> })}
                <h2>{t("activities-all")}</h2>
                {api_view(definitions, "activities-staff-loading", move |list| {
                    view! { <Definitions list=list.activities mode saved/> }
                })}
            }
            .into_any(),
        }}
    }
}

#[component]
fn Coming(occurrences: Vec<Occurrence>) -> impl IntoView {
    let open = RwSignal::new(None::<(String, String)>);
    if occurrences.is_empty() {
        return view! { <p>{t("activities-staff-none")}</p> }.into_any();
    }
    view! {
        <table class="data-table" data-testid="activities-coming">
            <caption>{t_args("activities-coming-caption", &[("days", DAYS.into())])}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("activities-when")}</th>
                    <th scope="col">{t("activities-what")}</th>
                    <th scope="col" class="numeric">{t("activities-confirmed")}</th>
                    <th scope="col" class="numeric">{t("activities-waiting")}</th>
                    <th scope="col">{t("activities-participants")}</th>
                </tr>
            </thead>
            <tbody>
                {occurrences
                    .into_iter()
                    .map(|o| {
                        let key = (o.activity_id.clone(), o.date.clone());
                        let when = format!(
                            "{} {}",
                            date_label(&o.date),
                            time_label(&o.start_time)
                        );
                        view! {
                            <tr data-testid="occurrence-row" data-activity=o.activity_id.clone() data-date=o.date.clone()>
                                <td><bdi>{when}</bdi></td>
                                <th scope="row" lang=o.text_language.clone()>
                                    <bdi>{o.title.clone()}</bdi>
                                    {o.cancelled.then(|| view! { <span class="badge">{t("activities-cancelled-badge")}</span> })}
                                </th>
                                <td class="numeric">{format!("{} / {}", o.confirmed, o.capacity)}</td>
                                <td class="numeric">{o.waiting}</td>
                                <td>
                                    <button type="button" class="button button-secondary" data-testid="show-participants"
                                        on:click=move |_| open.set(Some(key.clone()))>
                                        <IconSvg icon=Icon::People/>
                                        " "{t("activities-show-participants")}
                                    </button>
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
        {move || open.get().map(|(id, date)| view! { <ParticipantList id date/> })}
    }
    .into_any()
}

#[component]
fn ParticipantList(id: String, date: String) -> impl IntoView {
    let (i, d) = (id.clone(), date.clone());
    let list = LocalResource::new(move || {
        let (i, d) = (i.clone(), d.clone());
        async move { api::participants(&i, &d).await }
    });
    view! {
        <section class="participants" aria-labelledby="participants-title" data-testid="participants">
            <h3 id="participants-title">{t_args("activities-participants-of", &[("date", date_label(&date).into())])}</h3>
            {api_view(list, "activities-staff-loading", |p| {
                view! {
                    <h4>{t_args("activities-confirmed-count", &[("count", p.confirmed.len().into()), ("capacity", p.capacity.into())])}</h4>
                    <People people=p.confirmed testid="participants-confirmed"/>
                    <h4>{t_args("activities-waiting-count", &[("count", p.waiting.len().into())])}</h4>
                    <People people=p.waiting testid="participants-waiting"/>
                }
            })}
        </section>
    }
}

#[component]
fn People(people: Vec<Participant>, testid: &'static str) -> impl IntoView {
    if people.is_empty() {
        return view! { <p data-testid=testid>{t("activities-nobody")}</p> }.into_any();
    }
    view! {
        <ol data-testid=testid>
            {people
                .into_iter()
                .map(|p| view! { <li><bdi>{p.name}</bdi> " (" <span dir="ltr">{p.resident_number}</span> ")"</li> })
                .collect_view()}
        </ol>
    }
    .into_any()
}

#[component]
fn Definitions(
    list: Vec<StaffActivity>,
    mode: RwSignal<Mode>,
    saved: Callback<()>,
) -> impl IntoView {
    if list.is_empty() {
        return view! { <p>{t("activities-staff-none")}</p> }.into_any();
    }
    view! {
        <ul class="card-list" data-testid="activity-definitions">
            {list.into_iter().map(|a| view! { <Definition a mode saved/> }).collect_view()}
        </ul>
    }
    .into_any()
}

/// "Every Tuesday, 14:00, 90 minutes" / "Once, Thursday 3 December, 11:00, 60 minutes".
fn schedule_label(a: &StaffActivity) -> String {
    let x = &a.activity;
    let time = time_label(&x.start_time);
    match x.recurrence {
        Recurrence::Weekly => t_args(
            "activities-every-week",
            &[
                (
                    "weekday",
                    weekday_name(
                        x.weekday
                            .and_then(Weekday::from_iso)
                            .unwrap_or(Weekday::Monday),
                    )
                    .into(),
                ),
                ("time", time.into()),
                ("minutes", x.duration_minutes.into()),
            ],
        ),
        Recurrence::Once => t_args(
            "activities-once-on",
            &[
                ("date", date_label(&x.start_date).into()),
                ("time", time.into()),
                ("minutes", x.duration_minutes.into()),
            ],
        ),
    }
}

#[component]
fn Definition(a: StaffActivity, mode: RwSignal<Mode>, saved: Callback<()>) -> impl IntoView {
    let title = a
        .activity
        .texts
        .iter()
        .find(|t| t.language == a.activity.source_language)
        .map(|t| t.title.clone())
        .unwrap_or_default();
    let failure = RwSignal::new(None::<ApiFailure>);
    let busy = RwSignal::new(false);
    let (id, version, cancelled) = (a.id.clone(), a.version, a.cancelled);
    let toggle = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        let id = id.clone();
        spawn_local(async move {
            let change = CancelActivity {
                cancelled: !cancelled,
                version,
            };
            let outcome = api::cancel_activity(&id, &change).await;
            busy.try_set(false);
            match outcome {
                Ok(_) => saved.run(()),
                Err(f) => {
                    failure.try_set(Some(f));
                }
            }
        });
    };
    let edit = a.clone();
    view! {
        <li class="card" data-testid="activity-definition" data-activity=a.id.clone()>
            <h3 lang=a.activity.source_language.clone()>
                <bdi>{title}</bdi>
                {a.cancelled.then(|| view! { <span class="badge">{t("activities-cancelled-badge")}</span> })}
            </h3>
            <dl class="facts">
                <dt>{t("activities-when")}</dt>
                <dd>{schedule_label(&a)}</dd>
                <dt>{t("activities-place")}</dt>
                <dd><bdi>{a.activity.place.clone()}</bdi></dd>
                <dt>{t("activities-language")}</dt>
                <dd>{held_in(a.activity.language.as_deref())}</dd>
                <dt>{t("activities-capacity")}</dt>
                <dd>{a.activity.capacity}</dd>
            </dl>
            {move || failure.get().map(|f| {
                let message = if f.status() == Some(409) { tr("activities-conflict") } else { tr(explain(&f)) };
                view! { <p class="form-alert" role="alert">{message}</p> }
            })}
            <div class="actions">
                <button type="button" class="button button-secondary" on:click=move |_| mode.set(Mode::Edit(Box::new(edit.clone())))>
                    <IconSvg icon=Icon::Edit/>
                    " "{t("activities-edit")}
                </button>
                <button type="button" class="button button-secondary" disabled=move || busy.get() on:click=toggle>
                    <IconSvg icon=if cancelled { Icon::Retry } else { Icon::Cancel }/>
                    " "{if cancelled { tr("activities-restore") } else { tr("activities-cancel-activity") }}
                </button>
            </div>
        </li>
    }
}
