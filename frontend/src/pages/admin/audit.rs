//! `/admin/audit` (admins): the audit log, newest first, filtered by who acted, on which resident,
//! which event and which days, one page at a time.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use wegwijs_shared::audit::{AuditEntry, AuditEvent, AuditPage, AuditQuery};

use super::{AdminNav, role_label};
use crate::api;
use crate::components::api_view::api_view;
use crate::components::format;
use crate::components::icons::{Icon, IconSvg};
use crate::i18n::{t, tr_or};

/// The catalog's label (`audit-event-<code>`), else "sign_in_failed" → "sign in failed".
fn event_label(event: AuditEvent) -> String {
    tr_or(
        &format!("audit-event-{}", event.as_str()),
        &event.as_str().replace('_', " "),
    )
}

/// The audit log, newest first, one page at a time, with filters.
#[component]
pub fn AuditScreen() -> impl IntoView {
    let actor = RwSignal::new(String::new());
    let resident = RwSignal::new(String::new());
    let event = RwSignal::new(String::new());
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let query = RwSignal::new(AuditQuery::default());
    let page = LocalResource::new(move || {
        let query = query.get();
        async move { api::audit(&query).await }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let text = |s: RwSignal<String>| Some(s.get_untracked()).filter(|v| !v.trim().is_empty());
        query.set(AuditQuery {
            actor: text(actor),
            resident: text(resident),
            event: AuditEvent::parse(&event.get_untracked()),
            from_ms: format::day_start_ms(&from.get_untracked()),
            // Up to the end of the chosen day.
            to_ms: format::day_start_ms(&to.get_untracked()).map(|ms| ms + 86_400_000.0),
            before_id: None,
        });
    };

    view! {
        <section class="page" aria-labelledby="audit-title">
            <h1 id="audit-title">{t("admin-audit")}</h1>
            <AdminNav/>
            <form class="form filters" on:submit=on_submit>
                <div class="field">
                    <label for="actor">{t("audit-actor-id")}</label>
                    <input id="actor" type="text" dir="ltr" bind:value=actor/>
                </div>
                <div class="field">
                    <label for="resident">{t("audit-resident-id")}</label>
                    <input id="resident" type="text" dir="ltr" bind:value=resident/>
                </div>
                <div class="field">
                    <label for="event">{t("audit-event")}</label>
                    <select id="event" bind:value=event>
                        <option value="">{t("audit-all-events")}</option>
                        {AuditEvent::ALL
                            .into_iter()
                            .map(|e| view! { <option value=e.as_str()>{event_label(e)}</option> })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="from">{t("date-from")}</label>
                    <input id="from" type="date" bind:value=from/>
                </div>
                <div class="field">
                    <label for="to">{t("date-until")}</label>
                    <input id="to" type="date" bind:value=to/>
                </div>
                <div class="actions">
                    <button type="submit" class="button">
                        <IconSvg icon=Icon::Log/>
                        " "{t("audit-show")}
                    </button>
                </div>
            </form>
            {api_view(
                page,
                "loading-audit",
                move |page| view! { <AuditTable page query/> },
            )}
        </section>
    }
}

#[component]
fn AuditTable(page: AuditPage, query: RwSignal<AuditQuery>) -> impl IntoView {
    let first_page = query.with_untracked(|q| q.before_id.is_none());
    let next = page.next_before_id;
    view! {
        {if page.entries.is_empty() {
            view! { <p>{t("audit-none")}</p> }.into_any()
        } else {
            view! {
                <table class="data-table audit-table" data-testid="audit-table">
                    <caption>{t("audit-caption")}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t("audit-time")}</th>
                            <th scope="col">{t("audit-event")}</th>
                            <th scope="col">{t("audit-actor")}</th>
                            <th scope="col">{t("audit-resident")}</th>
                            <th scope="col">{t("audit-subject")}</th>
                            <th scope="col">{t("audit-details")}</th>
                            <th scope="col">{t("audit-request-id")}</th>
                        </tr>
                    </thead>
                    <tbody>{page.entries.into_iter().map(row).collect_view()}</tbody>
                </table>
            }
                .into_any()
        }}
        <div class="actions">
            {(!first_page)
                .then(|| {
                    view! {
                        <button
                            type="button"
                            class="button button-secondary"
                            on:click=move |_| query.update(|q| q.before_id = None)
                        >
                            {t("audit-newest")}
                        </button>
                    }
                })}
            {next
                .map(|id| {
                    view! {
                        <button
                            type="button"
                            class="button"
                            data-testid="older-entries"
                            on:click=move |_| query.update(|q| q.before_id = Some(id))
                        >
                            {t("audit-older")}
                        </button>
                    }
                })}
        </div>
    }
}

fn row(entry: AuditEntry) -> impl IntoView {
    let actor = match (entry.actor_id, entry.actor_role) {
        (Some(id), Some(role)) => format!("{id} ({})", role_label(role)),
        (Some(id), None) => id,
        (None, _) => "—".to_owned(),
    };
    let dash = || "—".to_owned();
    view! {
        <tr>
            <td>{format::date_time(entry.at_ms)}</td>
            <td>{event_label(entry.event)}</td>
            <td><bdi dir="ltr">{actor}</bdi></td>
            <td><bdi dir="ltr">{entry.resident_id.unwrap_or_else(dash)}</bdi></td>
            <td><bdi dir="ltr">{entry.subject.unwrap_or_else(dash)}</bdi></td>
            <td><bdi dir="ltr">{entry.detail.unwrap_or_else(dash)}</bdi></td>
            <td><code dir="ltr">{entry.request_id}</code></td>
        </tr>
    }
}
