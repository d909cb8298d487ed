//! `/sessions` (anyone signed in: residents and employees): every device signed in to the account,
//! and signing out of one or all of them.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use leptos_router::{LazyRoute, lazy_route};
use wegwijs_shared::accounts::SessionSummary;
use wegwijs_shared::auth::Role;

use crate::api::{self, ApiFailure};
use crate::components::api_view::api_view;
use crate::components::error_display::explain;
use crate::components::format;
use crate::components::icons::{Icon, IconSvg};
use crate::components::session::{RequireRole, SessionState, use_session};
use crate::i18n::{t, tr};

/// "My sessions": every device signed in to this account, to end the ones that should not be
/// (a phone that was lost, a shared phone someone forgot to sign out of). Lazy: rarely opened.
pub struct MySessions;

#[lazy_route]
impl LazyRoute for MySessions {
    fn data() -> Self {
        MySessions
    }

    fn view(_this: Self) -> AnyView {
        view! {
            <RequireRole roles=&Role::ALL sign_in_href="/sign-in">
                <SessionsPage/>
            </RequireRole>
        }
        .into_any()
    }
}

#[component]
fn SessionsPage() -> impl IntoView {
    let session = use_session();
    let navigate = use_navigate();
    let sessions = LocalResource::new(api::my_sessions);
    let busy = RwSignal::new(false);
    let failure = RwSignal::new(None::<ApiFailure>);

    // Ending the current session is signing out; anything else refreshes the list.
    let end = Callback::new(move |(id, current): (String, bool)| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failure.set(None);
        let navigate = navigate.clone();
        spawn_local(async move {
            let outcome = if id.is_empty() {
                api::sign_out_all().await.map(|_| true)
            } else {
                api::end_session(&id).await.map(|_| current)
            };
            busy.try_set(false);
            match outcome {
                Ok(true) => {
                    session.set(SessionState::SignedOut);
                    navigate("/", Default::default());
                }
                Ok(false) => sessions.refetch(),
                Err(f) => {
                    failure.try_set(Some(f));
                }
            }
        });
    });

    view! {
        <section class="page" aria-labelledby="sessions-title">
            <h1 id="sessions-title">{t("my-sessions")}</h1>
            <p class="lead">
                {t("sessions-lead")}
            </p>
            {move || {
                failure
                    .get()
                    .map(|f| view! { <p class="form-alert" role="alert">{tr(explain(&f))}</p> })
            }}
            {api_view(
                sessions,
                "loading-sessions",
                move |list| view! { <SessionList list end busy/> },
            )}
            <div class="actions">
                <button
                    type="button"
                    class="button button-danger"
                    data-testid="sign-out-everywhere"
                    disabled=move || busy.get()
                    on:click=move |_| end.run((String::new(), true))
                >
                    <IconSvg icon=Icon::SignOut/>
                    " " {t("sessions-sign-out-everywhere")}
                </button>
            </div>
        </section>
    }
}

#[component]
fn SessionList(
    list: Vec<SessionSummary>,
    end: Callback<(String, bool)>,
    busy: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <ul class="card-list session-list" data-testid="session-list">
            {list
                .into_iter()
                .map(|s| {
                    let id = s.id.clone();
                    let current = s.current;
                    view! {
                        <li class="card" data-testid="session" class:current-session=current>
                            <h2>
                                <IconSvg icon=Icon::Devices/>
                                " "
                                <bdi>{s.device}</bdi>
                                {current.then(|| view! { <span class="badge">{t("sessions-this-device")}</span> })}
                            </h2>
                            <dl class="facts">
                                <dt>{t("sessions-signed-in")}</dt>
                                <dd>{format::date_time(s.created_at_ms)}</dd>
                                <dt>{t("sessions-last-used")}</dt>
                                <dd>{format::date_time(s.last_seen_at_ms)}</dd>
                            </dl>
                            <button
                                type="button"
                                class="button button-secondary"
                                disabled=move || busy.get()
                                on:click=move |_| end.run((id.clone(), current))
                            >
                                <IconSvg icon=Icon::SignOut/>
                                " "
                                {if current { tr("sessions-sign-out-here") } else { tr("sign-out") }}
                            </button>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
