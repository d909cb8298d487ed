//! The page frame every route shares: skip link, header with the main navigation, the connection
//! indicator and the sign-in or sign-out control, the main landmark, and a footer.

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;
use wegwijs_shared::auth::Role;

use crate::components::error_display::explain;
use crate::components::icons::{Icon, IconSvg};
use crate::components::language_picker::FirstStartPicker;
use crate::components::online_indicator::OnlineIndicator;
use crate::components::pending_indicator::PendingIndicator;
use crate::components::pwa::{OfflinePage, UpdateBanner, use_route_unavailable};
use crate::components::session::{self, SessionState, use_session};
use crate::i18n::{t, use_i18n};

/// The router would treat `#main` as a navigation; move focus to the main landmark directly so the
/// next Tab continues inside the content.
fn skip_to_main(event: leptos::ev::MouseEvent) {
    event.prevent_default();
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"));
    if let Some(main) = main.and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = main.focus();
        main.scroll_into_view();
    }
}

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let session = use_session();
    let i18n = use_i18n();
    let role = Memo::new(move |_| session.with(SessionState::role));
    let signed_out = Memo::new(move |_| matches!(session.get(), SessionState::SignedOut));
    let shows =
        move |allowed: &'static [Role]| move || role.get().is_some_and(|r| allowed.contains(&r));
    let route_unavailable = use_route_unavailable();
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>{t("skip-to-content")}</a>
        <header class="site-header">
            <div class="brand">
                <img src="/icons/icon.svg" alt="" width="32" height="32"/>
                <span class="brand-name">"Wegwijs"</span>
            </div>
            <nav aria-label=t("nav-main")>
                <ul class="nav-list">
                    <li>
                        <A href="/" exact=true>
                            <IconSvg icon=Icon::Home/>
                            <span>{t("nav-home")}</span>
                        </A>
                    </li>
                    <Show when=shows(&[Role::Trainer, Role::Admin])>
                        <li>
                            <A href="/trainer">
                                <IconSvg icon=Icon::Learn/>
                                <span>{t("nav-trainers")}</span>
                            </A>
                        </li>
                    </Show>
                    <Show when=shows(&[Role::Staff, Role::Admin])>
                        <li>
                            <A href="/staff">
                                <IconSvg icon=Icon::Staff/>
                                <span>{t("nav-staff")}</span>
                            </A>
                        </li>
                    </Show>
                    <Show when=shows(&[Role::Admin])>
                        <li>
                            <A href="/admin">
                                <IconSvg icon=Icon::Shield/>
                                <span>{t("nav-admin")}</span>
                            </A>
                        </li>
                    </Show>
                    <Show when=move || signed_out.get()>
                        <li>
                            <A href="/sign-in">
                                <IconSvg icon=Icon::SignIn/>
                                <span>{t("nav-sign-in")}</span>
                            </A>
                        </li>
                    </Show>
                    <li>
                        <A href="/language">
                            <IconSvg icon=Icon::Language/>
                            <span>{t("nav-language")}</span>
                        </A>
                    </li>
                </ul>
            </nav>
            <OnlineIndicator/>
            <PendingIndicator/>
            <Show when=move || role.get().is_some()>
                <SignOutButton/>
            </Show>
        </header>
        <UpdateBanner/>
        <main id="main" tabindex="-1">
            {move || (!i18n.chosen()).then(|| view! { <FirstStartPicker/> })}
            {move || (i18n.chosen() && route_unavailable.get()).then(|| view! { <OfflinePage/> })}
            <div class="route-content" hidden=move || !i18n.chosen() || route_unavailable.get()>
                {children()}
            </div>
        </main>
        <footer class="site-footer">
            <p>{t("footer-text")}</p>
        </footer>
    }
}

/// Always in the header while someone is signed in: residents often share phones, so leaving must
/// be one obvious press from every page.
#[component]
fn SignOutButton() -> impl IntoView {
    let session = use_session();
    let navigate = use_navigate();
    let busy = RwSignal::new(false);
    let failed = RwSignal::new(None::<&'static str>);
    let i18n = use_i18n();
    let sign_out = move |_| {
        if busy.get_untracked() {
            return;
        }
        busy.set(true);
        failed.set(None);
        let navigate = navigate.clone();
        spawn_local(async move {
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
    view! {
        <div class="sign-out">
            <button
                type="button"
                class="button button-sign-out"
                data-testid="sign-out"
                disabled=move || busy.get()
                on:click=sign_out
            >
                <IconSvg icon=Icon::SignOut/>
                " "
                {t("sign-out")}
            </button>
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
