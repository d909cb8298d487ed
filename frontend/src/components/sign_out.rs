//! The sign-out control, always in the header while someone is signed in: residents often share
//! phones, so leaving must be one obvious press from every page.
//!
//! When changes this person made are still waiting in the offline queue, signing out first says so
//! plainly, with the count: they can send them now, or sign out anyway. Either way nothing is lost:
//! the changes stay on this device, belong to this person, and go when they sign in here again,
//! never under someone else's session (see `crate::offline::owner`).

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;

use crate::components::error_display::explain;
use crate::components::icons::{Icon, IconSvg};
use crate::components::session::{self, use_session};
use crate::i18n::{t, t_args, use_i18n};
use crate::offline;

#[component]
pub fn SignOutButton() -> impl IntoView {
    let session = use_session();
    let navigate = use_navigate();
    let busy = RwSignal::new(false);
    let failed = RwSignal::new(None::<&'static str>);
    // The number of this person's unsent changes, while the question is open.
    let unsent = RwSignal::new(None::<usize>);
    let i18n = use_i18n();
    let sign_out = move |anyway: bool| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failed.set(None);
        let navigate = navigate.clone();
        spawn_local(async move {
            if !anyway {
                let count = offline::unsent_mine().await;
                if count > 0 {
                    unsent.try_set(Some(count));
                    busy.try_set(false);
                    return;
                }
            }
            unsent.try_set(None);
            let outcome = session::sign_out(session).await;
            busy.try_set(false);
            match outcome {
                Ok(()) => navigate("/", Default::default()),
                Err(failure) => {
                    failed.try_set(Some(explain(&failure)));
                }
            }
        });
    };
    let send_first = move |_| {
        unsent.set(None);
        offline::send_now();
    };
    let sign_out_now = sign_out.clone();
    view! {
        <div class="sign-out">
            <button
                type="button"
                class="button button-sign-out"
                data-testid="sign-out"
                disabled=move || busy.get()
                aria-expanded=move || unsent.get().is_some().to_string()
                on:click=move |_| sign_out_now(false)
            >
                <IconSvg icon=Icon::SignOut/>
                " "
                {t("sign-out")}
            </button>
            {move || {
                unsent
                    .get()
                    .map(|count| {
                        let sign_out = sign_out.clone();
                        view! {
                            <div class="sign-out-unsent" role="group" aria-labelledby="sign-out-unsent-text" data-testid="sign-out-unsent">
                                <p id="sign-out-unsent-text" role="alert">
                                    {t_args("sign-out-unsent", &[("count", count.into())])}
                                    " "
                                    {t("sign-out-unsent-kept")}
                                </p>
                                <div class="actions">
                                    <button type="button" class="button" on:click=send_first>
                                        <IconSvg icon=Icon::Send/>
                                        " "
                                        {t("sign-out-send-first")}
                                    </button>
                                    <button
                                        type="button"
                                        class="button button-secondary"
                                        disabled=move || busy.get()
                                        on:click=move |_| sign_out(true)
                                    >
                                        <IconSvg icon=Icon::SignOut/>
                                        " "
                                        {t("sign-out-anyway")}
                                    </button>
                                </div>
                            </div>
                        }
                    })
            }}
            {move || {
                failed
                    .get()
                    .map(|why| {
                        view! {
                            <p class="sign-out-error" role="alert">
                                {i18n.tr("sign-out-failed")}
                                " "
                                {i18n.tr(why)}
                            </p>
                        }
                    })
            }}
        </div>
    }
}
