//! "My centre": the resident's location — address, tap-to-call numbers, the emergency number, and
//! each service with today's hours and a live "open now / opens at" computed on the location's
//! wall clock (`components::local_time`), refreshed while the page is open. Offline, the service
//! worker answers `GET /api/centre` with the last saved copy, and the status keeps ticking from it.

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::{LazyRoute, lazy_route};
use wegwijs_shared::auth::Role;
use wegwijs_shared::calendar::{LocalDate, LocalDateTime, Weekday};
use wegwijs_shared::centre::{CentreView, Service, tel_href};
use wegwijs_shared::hours::{
    Change, OpenStatus, TimeRange, hours_on, status_at, upcoming_exceptions,
};

use crate::api;
use crate::components::api_view::api_view;
use crate::components::icons::{Icon, IconSvg};
use crate::components::labels::service_name;
use crate::components::local_time::{long_date, time_of_day, wall_clock, weekday_name};
use crate::components::session::RequireRole;
use crate::i18n::{t, t_args, tr};

/// How often the status is recomputed. Shorter than a minute, so "open until 17:00" turns into
/// "closed" within seconds of 17:00 rather than up to a minute later.
const TICK: Duration = Duration::from_secs(15);
/// Special days listed ahead.
const EXCEPTIONS_AHEAD_DAYS: u32 = 31;

pub struct CentrePage;

#[lazy_route]
impl LazyRoute for CentrePage {
    fn data() -> Self {
        CentrePage
    }

    fn view(_this: Self) -> AnyView {
        view! {
            <RequireRole roles=&Role::ALL sign_in_href="/sign-in">
                <Centre/>
            </RequireRole>
        }
        .into_any()
    }
}

#[component]
fn Centre() -> impl IntoView {
    let centre = LocalResource::new(|| api::centre(None));
    let now = RwSignal::new(js_sys::Date::now());
    if let Ok(handle) = set_interval_with_handle(move || now.set(js_sys::Date::now()), TICK) {
        on_cleanup(move || handle.clear());
    }
    view! {
        <section class="page centre-page" aria-labelledby="centre-title">
            <h1 id="centre-title">{t("centre-title")}</h1>
            {api_view(centre, "centre-loading", move |centre| view! { <CentreInfo centre now/> })}
        </section>
    }
}

/// The hours of one day as text: "09:00–12:30, 13:30–17:00", or "Closed".
pub fn ranges_text(ranges: &[TimeRange]) -> String {
    if ranges.is_empty() {
        return tr("centre-closed");
    }
    ranges
        .iter()
        .map(|r| format!("{}–{}", time_of_day(r.opens), time_of_day(r.closes)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// "tomorrow"-less day words: a weekday within the week, else the date.
fn day_words(change: &Change) -> String {
    if change.days_ahead < 7 {
        weekday_name(change.date.weekday())
    } else {
        long_date(change.date)
    }
}

/// The status line, and a second line for a day closed by an exception ("Opens Monday at 09:00").
pub fn status_lines(status: &OpenStatus) -> (String, Option<String>) {
    match status {
        OpenStatus::Open { until: None } => (tr("centre-status-open-always"), None),
        OpenStatus::Open { until: Some(c) } if c.days_ahead == 0 => (
            t_args(
                "centre-status-open-until",
                &[("time", time_of_day(c.minute).into())],
            ),
            None,
        ),
        OpenStatus::Open { until: Some(c) } => (
            t_args(
                "centre-status-open-until-day",
                &[
                    ("day", day_words(c).into()),
                    ("time", time_of_day(c.minute).into()),
                ],
            ),
            None,
        ),
        OpenStatus::Closed {
            exception: Some(reason),
            all_day: true,
            opens,
        } => (
            t_args(
                "centre-status-closed-reason",
                &[("reason", reason.clone().into())],
            ),
            opens
                .as_ref()
                .map(|c| next_opening(c, "centre-next-tomorrow", "centre-next-day")),
        ),
        OpenStatus::Closed { opens: None, .. } => (tr("centre-status-closed-unknown"), None),
        OpenStatus::Closed { opens: Some(c), .. } if c.days_ahead == 0 => (
            t_args(
                "centre-status-closed-opens",
                &[("time", time_of_day(c.minute).into())],
            ),
            None,
        ),
        OpenStatus::Closed { opens: Some(c), .. } => (
            next_opening(
                c,
                "centre-status-closed-opens-tomorrow",
                "centre-status-closed-opens-day",
            ),
            None,
        ),
    }
}

fn next_opening(c: &Change, tomorrow: &str, later: &str) -> String {
    let time = time_of_day(c.minute);
    if c.days_ahead == 1 {
        t_args(tomorrow, &[("time", time.into())])
    } else {
        t_args(
            later,
            &[("day", day_words(c).into()), ("time", time.into())],
        )
    }
}

#[component]
fn CentreInfo(centre: CentreView, now: RwSignal<f64>) -> impl IntoView {
    let timezone = centre.timezone.clone();
    // The location's wall clock; `None` only for a zone this browser does not know.
    let local = Memo::new(move |_| wall_clock(now.get(), &timezone));
    let contacts = centre.contacts.clone();
    let emergency = centre.emergency_number.clone();
    let services = centre.services.clone();
    view! {
        <section class="centre-emergency" aria-labelledby="centre-emergency-title" data-testid="centre-emergency">
            <h2 id="centre-emergency-title">
                <IconSvg icon=Icon::Alert/>
                " "
                {t("centre-emergency-title")}
            </h2>
            <p>{t_args("centre-emergency-text", &[("number", emergency.clone().into())])}</p>
            <a class="button button-big button-danger" href=tel_href(&emergency) data-testid="call-emergency">
                <IconSvg icon=Icon::Phone/>
                <span>{t_args("centre-call", &[("number", emergency.clone().into())])}</span>
            </a>
        </section>
        <section class="card centre-contacts" aria-labelledby="centre-contacts-title">
            <h2 id="centre-contacts-title"><bdi>{centre.location_name.clone()}</bdi></h2>
            <dl class="facts">
                {(!contacts.address.is_empty())
                    .then(|| {
                        view! {
                            <dt>{t("centre-address")}</dt>
                            <dd class="centre-address">{contacts.address.clone()}</dd>
                        }
                    })}
                {(!contacts.postal_address.is_empty())
                    .then(|| {
                        view! {
                            <dt>{t("centre-postal-address")}</dt>
                            <dd class="centre-address">{contacts.postal_address.clone()}</dd>
                        }
                    })}
                {(!contacts.phone.is_empty())
                    .then(|| {
                        view! {
                            <dt>{t("centre-phone")}</dt>
                            <dd><PhoneLink phone=contacts.phone.clone()/></dd>
                        }
                    })}
                {(!contacts.email.is_empty())
                    .then(|| {
                        view! {
                            <dt>{t("centre-email")}</dt>
                            <dd>
                                <a class="contact-link" href=format!("mailto:{}", contacts.email)>
                                    <IconSvg icon=Icon::Email/>
                                    " "
                                    <bdi dir="ltr">{contacts.email.clone()}</bdi>
                                </a>
                            </dd>
                        }
                    })}
            </dl>
        </section>
        <h2>{t("centre-services-title")}</h2>
        {if services.is_empty() {
            view! { <p>{t("centre-no-services")}</p> }.into_any()
        } else {
            view! {
                <ul class="card-list centre-services" data-testid="centre-services">
                    {services
                        .into_iter()
                        .map(|service| view! { <ServiceCard service local/> })
                        .collect_view()}
                </ul>
            }
                .into_any()
        }}
    }
}

#[component]
pub fn PhoneLink(phone: String) -> impl IntoView {
    let href = tel_href(&phone);
    view! {
        <a class="contact-link" href=href>
            <IconSvg icon=Icon::Phone/>
            " "
            <bdi dir="ltr">{phone}</bdi>
        </a>
    }
}

#[component]
fn ServiceCard(service: Service, local: Memo<Option<LocalDateTime>>) -> impl IntoView {
    let name = service_name(&service);
    let heading_id = format!("service-{}", service.id);
    let labelled_by = heading_id.clone();
    let hours = StoredValue::new((service.hours.clone(), service.exceptions.clone()));
    let status = move || {
        let now = local.get()?;
        Some(hours.with_value(|(weekly, exceptions)| {
            let (today, exception) = hours_on(weekly, exceptions, now.date);
            (
                status_at(weekly, exceptions, now),
                (today, exception.cloned()),
            )
        }))
    };
    let today_date = Memo::new(move |_| local.get().map(|l| l.date));
    view! {
        <li class="card centre-service" data-testid="service" data-kind=service.kind.code() aria-labelledby=labelled_by>
            <h3 id=heading_id><bdi>{name.clone()}</bdi></h3>
            {move || {
                status()
                    .map(|(status, (today, exception))| {
                        let open = matches!(status, OpenStatus::Open { .. });
                        let (line, next) = status_lines(&status);
                        let special = exception
                            .filter(|e| !e.ranges.is_empty() && !e.reason.is_empty())
                            .map(|e| t_args("centre-special-today", &[("reason", e.reason.clone().into())]));
                        view! {
                            <p class="open-status" class:is-open=open class:is-closed=!open data-testid="open-status">
                                <IconSvg icon=Icon::Clock/>
                                " "
                                <strong>{line}</strong>
                            </p>
                            {next.map(|n| view! { <p class="open-next">{n}</p> })}
                            <p data-testid="today-hours">
                                {t_args("centre-today-hours", &[("hours", ranges_text(&today).into())])}
                            </p>
                            {special.map(|s| view! { <p class="open-special">{s}</p> })}
                        }
                    })
            }}
            {(!service.place.is_empty())
                .then(|| {
                    view! {
                        <p>
                            <IconSvg icon=Icon::Place/>
                            " "
                            {t("centre-place")}
                            ": "
                            <bdi>{service.place.clone()}</bdi>
                        </p>
                    }
                })}
            {(!service.phone.is_empty()).then(|| view! { <p><PhoneLink phone=service.phone.clone()/></p> })}
            {(!service.note.is_empty()).then(|| view! { <p class="service-note">{service.note.clone()}</p> })}
            <details class="week-hours">
                <summary>{t("centre-week-hours")}</summary>
                <WeekTable name hours=service.hours.clone() today_date/>
            </details>
            {move || {
                let today = today_date.get()?;
                let upcoming: Vec<(LocalDate, String)> = hours
                    .with_value(|(_, exceptions)| {
                        upcoming_exceptions(exceptions, today, EXCEPTIONS_AHEAD_DAYS)
                            .into_iter()
                            .map(|(date, e)| {
                                let hours = ranges_text(&e.ranges);
                                let text = if e.reason.is_empty() {
                                    hours
                                } else {
                                    format!("{hours} ({})", e.reason)
                                };
                                (date, text)
                            })
                            .collect()
                    });
                (!upcoming.is_empty())
                    .then(|| {
                        view! {
                            <div class="special-days">
                                <h4>{t("centre-exceptions-title")}</h4>
                                <ul>
                                    {upcoming
                                        .into_iter()
                                        .map(|(date, text)| view! { <li><strong>{long_date(date)}</strong>": " {text}</li> })
                                        .collect_view()}
                                </ul>
                            </div>
                        }
                    })
            }}
        </li>
    }
}

#[component]
fn WeekTable(
    name: String,
    hours: wegwijs_shared::hours::WeeklyHours,
    today_date: Memo<Option<LocalDate>>,
) -> impl IntoView {
    view! {
        <table class="data-table week-table">
            <caption>{t_args("centre-week-caption", &[("service", name.into())])}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("centre-day")}</th>
                    <th scope="col">{t("centre-hours")}</th>
                </tr>
            </thead>
            <tbody>
                {Weekday::ALL
                    .into_iter()
                    .map(|day| {
                        let is_today = move || today_date.get().map(|d| d.weekday()) == Some(day);
                        view! {
                            <tr class:today=is_today aria-current=move || is_today().then_some("date")>
                                <th scope="row">{weekday_name(day)}</th>
                                <td>{ranges_text(hours.day(day))}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}
