//! `/activities`: what is on at the resident's centre in the coming two weeks, day by day, with
//! sign-up and cancel. Both go through the offline queue, so they work without a connection and
//! arrive exactly once; a change still waiting on this device is shown as such, also after a reload.
//! Dates and times are the location's local ones (the API sends them so); `Intl` only writes them
//! in the reader's language, in UTC so the device's own time zone cannot shift them.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::{LazyRoute, lazy_route};
use wegwijs_shared::activities::{ActivitiesPage, MyStatus, Occurrence, SignUp};
use wegwijs_shared::api_paths;
use wegwijs_shared::auth::Role;

use crate::api::{self, ApiFailure, Sent};
use crate::components::api_view::api_view;
use crate::components::error_display::explain;
use crate::components::icons::{Icon, IconSvg};
use crate::components::languages::held_in;
use crate::components::local_time::{date_label, time_label};
use crate::components::session::{RequireRole, use_session};
use crate::i18n::{I18n, t, t_args, tr};

/// How far ahead residents look.
const DAYS: u32 = 14;

pub struct ActivitiesRoute;

#[lazy_route]
impl LazyRoute for ActivitiesRoute {
    fn data() -> Self {
        ActivitiesRoute
    }

    fn view(_this: Self) -> AnyView {
        view! {
            <RequireRole roles=&[Role::Resident] sign_in_href="/sign-in">
                <ActivitiesScreen/>
            </RequireRole>
        }
        .into_any()
    }
}

#[component]
fn ActivitiesScreen() -> impl IntoView {
    let language = use_context::<I18n>()
        .map(|i| i.locale_untracked())
        .unwrap_or("en");
    let week = LocalResource::new(move || api::activities(None, DAYS, language));
    // A sign-up or cancellation saved offline has gone (the connection came back): show the API's
    // answer for every card, places and waiting lists included.
    let queue = crate::offline::use_queue_status();
    let before = StoredValue::new(0usize);
    Effect::new(move |_| {
        let waiting = queue.with(|q| {
            q.entries
                .iter()
                .filter(|e| {
                    e.path
                        .strip_prefix(api_paths::ACTIVITIES)
                        .is_some_and(|rest| rest.starts_with('/'))
                })
                .count()
        });
        if waiting < before.get_value() {
            week.refetch();
        }
        before.set_value(waiting);
    });
    view! {
        <section class="page" aria-labelledby="activities-title">
            <h1 id="activities-title">
                <IconSvg icon=Icon::Calendar/>
                " "{t("activities-title")}
            </h1>
            <p class="lead">{t("activities-lead")}</p>
            {api_view(week, "activities-loading", |page| view! { <Week page/> })}
        </section>
    }
}

#[component]
fn Week(page: ActivitiesPage) -> impl IntoView {
    if page.occurrences.is_empty() {
        return view! { <p data-testid="activities-none">{t("activities-none")}</p> }.into_any();
    }
    let mut days: Vec<(String, Vec<Occurrence>)> = Vec::new();
    for o in page.occurrences {
        match days.last_mut() {
            Some((date, list)) if *date == o.date => list.push(o),
            _ => days.push((o.date.clone(), vec![o])),
        }
    }
    let today = page.today;
    days.into_iter()
        .map(|(date, list)| {
            let heading_id = format!("activities-day-{date}");
            let labelled_by = heading_id.clone();
            let label = if date == today {
                t_args("activities-today", &[("date", date_label(&date).into())])
            } else {
                date_label(&date)
            };
            view! {
                <section class="activity-day" aria-labelledby=labelled_by>
                    <h2 id=heading_id>{label}</h2>
                    <ul class="card-list activity-list">
                        {list.into_iter().map(|o| view! { <ActivityCard o/> }).collect_view()}
                    </ul>
                </section>
            }
        })
        .collect_view()
        .into_any()
}

/// What the resident asked for and has not been confirmed by the API yet.
#[derive(Clone, Copy, PartialEq)]
enum Waiting {
    Nothing,
    /// Saved on this device: `true` a sign-up, `false` a cancellation.
    Queued(bool),
}

#[component]
fn ActivityCard(o: Occurrence) -> impl IntoView {
    let me = use_session()
        .get_untracked()
        .view()
        .map(|v| v.account_id.clone())
        .unwrap_or_default();
    let mine = RwSignal::new(o.mine);
    let counts = RwSignal::new((o.confirmed, o.waiting));
    let capacity = o.capacity;
    let queued = RwSignal::new(Waiting::Nothing);
    let busy = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiFailure>);
    let path = api_paths::activity_signup(&o.activity_id, &o.date);
    // A change saved offline in an earlier visit is still this person's intention.
    spawn_local(async move {
        if let Some(body) = crate::offline::waiting_body(&me, "PUT", &path).await
            && let Ok(change) = serde_json::from_str::<SignUp>(&body)
        {
            queued.try_set(Waiting::Queued(change.signed_up));
        }
    });
    let closed = o.started || o.cancelled;
    let (id, date) = (o.activity_id.clone(), o.date.clone());
    let act = move |signed_up: bool| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failure.set(None);
        let (id, date) = (id.clone(), date.clone());
        spawn_local(async move {
            let outcome = api::sign_up(&id, &date, signed_up).await;
            busy.try_set(false);
            match outcome {
                Ok(Sent::Done(result)) => {
                    mine.try_set(result.mine);
                    counts.try_set((result.confirmed, result.waiting));
                    queued.try_set(Waiting::Nothing);
                }
                Ok(Sent::Queued) => {
                    queued.try_set(Waiting::Queued(signed_up));
                }
                Err(f) => {
                    failure.try_set(Some(f));
                }
            }
        });
    };
    let act_signup = act.clone();
    // What the buttons offer follows the latest intention: a queued sign-up can be taken back.
    let signed_up = move || match queued.get() {
        Waiting::Queued(wanted) => wanted,
        Waiting::Nothing => mine.get() != MyStatus::None,
    };
    let time = format!("{}–{}", time_label(&o.start_time), time_label(&o.end_time));
    let title_id = format!("activity-{}-{}", o.activity_id, o.date);
    view! {
        <li class="card activity" data-testid="activity" data-activity=o.activity_id.clone()
            data-date=o.date.clone()>
            <h3 id=title_id lang=o.text_language.clone()><bdi>{o.title.clone()}</bdi></h3>
            <dl class="facts">
                <dt>{t("activities-time")}</dt>
                <dd><bdi>{time}</bdi></dd>
                <dt>{t("activities-place")}</dt>
                <dd><bdi>{o.place.clone()}</bdi></dd>
                <dt>{t("activities-language")}</dt>
                <dd lang=o.language.clone()>{held_in(o.language.as_deref())}</dd>
                <dt>{t("activities-places")}</dt>
                <dd data-testid="activity-places">
                    {move || {
                        let (confirmed, waiting) = counts.get();
                        if o.cancelled {
                            tr("activities-cancelled")
                        } else if confirmed >= capacity {
                            t_args("activities-full", &[("waiting", waiting.into())])
                        } else {
                            t_args("activities-places-left", &[("count", (capacity - confirmed).into())])
                        }
                    }}
                </dd>
            </dl>
            {(!o.description.is_empty())
                .then(|| view! { <p class="activity-description" lang=o.text_language.clone()>{o.description.clone()}</p> })}
            <p class="activity-status" role="status" data-testid="activity-status">
                {move || match (queued.get(), mine.get()) {
                    (Waiting::Queued(true), _) => tr("activities-queued-signup"),
                    (Waiting::Queued(false), _) => tr("activities-queued-cancel"),
                    (_, MyStatus::Confirmed) => tr("activities-you-have-a-place"),
                    (_, MyStatus::Waiting { position }) => {
                        t_args("activities-you-are-waiting", &[("position", position.into())])
                    }
                    (_, MyStatus::None) if o.started && !o.cancelled => tr("activities-started"),
                    (_, MyStatus::None) => String::new(),
                }}
            </p>
            {move || failure.get().map(|f| {
                let field = f.field_errors().first().map(|e| crate::i18n::field_error(&e.code, &e.message));
                view! { <p class="form-alert" role="alert">{field.unwrap_or_else(|| tr(explain(&f)))}</p> }
            })}
            {(!closed).then(|| view! {
                <div class="actions">
                    {move || if signed_up() {
                        let act = act.clone();
                        view! {
                            <button type="button" class="button button-secondary" data-testid="activity-cancel"
                                disabled=move || busy.get() on:click=move |_| act(false)>
                                <IconSvg icon=Icon::Cancel/>
                                " "{t("activities-cancel")}
                            </button>
                        }.into_any()
                    } else {
                        let act = act_signup.clone();
                        let full = move || counts.get().0 >= capacity;
                        view! {
                            <button type="button" class="button" data-testid="activity-sign-up"
                                disabled=move || busy.get() on:click=move |_| act(true)>
                                <IconSvg icon=Icon::Check/>
                                " "{move || if full() { tr("activities-join-waiting-list") } else { tr("activities-sign-up") }}
                            </button>
                        }.into_any()
                    }}
                </div>
            })}
        </li>
    }
}
