//! The page frame every route shares: skip link, header with the main navigation (language and
//! display settings one tap away on every page), the connection indicator and the sign-in or
//! sign-out control, the main landmark with a Listen control for the whole page, and a footer.

use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::JsCast;
use wegwijs_shared::auth::Role;

use crate::components::icons::{Icon, IconSvg};
use crate::components::language_picker::FirstStartPicker;
use crate::components::listen::Listen;
use crate::components::online_indicator::OnlineIndicator;
use crate::components::pending_indicator::PendingIndicator;
use crate::components::pwa::{OfflinePage, UpdateBanner, use_route_unavailable};
use crate::components::session::{SessionState, use_session};
use crate::components::sign_out::SignOutButton;
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
    // While the session is still being asked for, the sign-in link keeps its place (invisible):
    // most first visits are signed out, and a link appearing later would push the page down.
    let unknown = Memo::new(move |_| matches!(session.get(), SessionState::Unknown));
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
                    <Show when=move || role.get().is_none()>
                        <li class:nav-reserved=move || unknown.get()>
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
                    <li>
                        <A href="/display">
                            <IconSvg icon=Icon::TextSize/>
                            <span>{t("nav-display")}</span>
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
                <div class="page-tools">
                    <Listen page=true/>
                </div>
                {children()}
            </div>
        </main>
        <footer class="site-footer">
            <p>{t("footer-text")}</p>
        </footer>
    }
}
