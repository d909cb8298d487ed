//! `/pending`: every change saved on this device and not yet accepted by Wegwijs, oldest first. A
//! refused change shows why, with "Try again" (under a fresh key, e.g. after signing in again) and
//! "Discard"; nothing is removed without the person choosing it. A change made by someone signed
//! in who has since signed out shows as waiting for them to sign in here again, without actions:
//! it is theirs, not the current visitor's. In the main chunk, not lazy: the
//! page is small and must open offline, and lazy chunks are not precached.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wegwijs_shared::offline::{EntryState, QueuedWrite};

use crate::api::ApiFailure;
use crate::components::error_display::{explain, field_error_list, request_id_line};
use crate::components::format;
use crate::components::icons::{Icon, IconSvg};
use crate::components::listen::Listen;
use crate::i18n::{t, tr, tr_or};
use crate::offline::{self, use_queue_status};

#[component]
pub fn PendingPage() -> impl IntoView {
    let status = use_queue_status();
    let list = {
        let status = status.clone();
        move || {
            status.with(|s| {
                s.entries
                    .iter()
                    .map(|e| (e.clone(), s.held(e)))
                    .collect::<Vec<_>>()
            })
        }
    };
    let waiting = move || status.with(|s| s.summary().waiting > 0);
    view! {
        <section class="page" aria-labelledby="pending-title">
            <h1 id="pending-title">{t("pending-title")}</h1>
            <div class="listen-block">
                <p class="lead">{t("pending-lead")}</p>
                <Listen/>
            </div>
            {move || {
                let entries = list();
                if entries.is_empty() {
                    return view! { <p data-testid="pending-empty">{t("pending-empty")}</p> }
                        .into_any();
                }
                view! {
                    <ul class="card-list pending-list" data-testid="pending-list">
                        {entries
                            .into_iter()
                            .map(|(entry, held)| view! { <PendingEntry entry held/> })
                            .collect_view()}
                    </ul>
                }
                    .into_any()
            }}
            <Show when=waiting>
                <div class="actions">
                    <button type="button" class="button" on:click=move |_| offline::send_now()>
                        <IconSvg icon=Icon::Send/>
                        " "
                        {t("pending-send-now")}
                    </button>
                </div>
            </Show>
        </section>
    }
}

#[component]
fn PendingEntry(entry: QueuedWrite, held: bool) -> impl IntoView {
    let seq = entry.seq.unwrap_or_default();
    let busy = RwSignal::new(false);
    let act = move |retry: bool| {
        busy.set(true);
        spawn_local(async move {
            if retry {
                offline::retry(seq).await;
            } else {
                offline::discard(seq).await;
            }
            busy.try_set(false);
        });
    };
    let state = match entry.state {
        _ if held => tr("pending-state-held"),
        EntryState::Waiting => tr("pending-state-waiting"),
        EntryState::Sending => tr("pending-state-sending"),
        EntryState::Rejected => tr("pending-state-rejected"),
    };
    let problem = entry.problem.clone().filter(|_| !held);
    view! {
        <li
            class="card"
            data-testid="pending-entry"
            data-held=held.to_string()
            class:pending-entry-rejected=entry.is_rejected() && !held
        >
            <h2>{tr_or(&entry.what, &entry.what)}</h2>
            <dl class="facts">
                <dt>{t("pending-made-at")}</dt>
                <dd>{format::date_time(entry.created_at)}</dd>
                <dt>{t("pending-state")}</dt>
                <dd>{state}</dd>
            </dl>
            {problem
                .map(|problem| {
                    let why = tr(explain(&ApiFailure::Problem(problem.clone())));
                    view! {
                        <div class="pending-problem" role="group" aria-label=t("pending-why")>
                            <p>{why}</p>
                            {problem.detail.map(|d| view! { <p>{d}</p> })}
                            {field_error_list(problem.errors)}
                            {request_id_line(problem.request_id)}
                            <div class="actions">
                                <button
                                    type="button"
                                    class="button"
                                    disabled=move || busy.get()
                                    on:click=move |_| act(true)
                                >
                                    <IconSvg icon=Icon::Retry/>
                                    " "
                                    {t("try-again")}
                                </button>
                                <button
                                    type="button"
                                    class="button button-secondary"
                                    disabled=move || busy.get()
                                    on:click=move |_| act(false)
                                >
                                    {t("pending-discard")}
                                </button>
                            </div>
                        </div>
                    }
                })}
        </li>
    }
}
