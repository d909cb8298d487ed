//! `/sign-in` (residents): signing in with the resident number and PIN from the activation card.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::{LazyRoute, lazy_route};
use wegwijs_shared::accounts::ResidentSignInRequest;

use crate::api;
use crate::components::form::{FormAlert, FormState, ShowSecret, SubmitButton, TextField};
use crate::components::icons::Icon;
use crate::components::link_list::{Link, LinkList};
use crate::components::listen::Listen;
use crate::components::session::{SessionState, use_session};
use crate::i18n::{t, tr};

/// The route: lazy, because a resident needs it about once a month (sessions last 30 days), while the home page loads every day.
pub struct SignInPage;

#[lazy_route]
impl LazyRoute for SignInPage {
    fn data() -> Self {
        SignInPage
    }

    fn view(_this: Self) -> AnyView {
        view! { <SignIn/> }.into_any()
    }
}

/// A resident signs in with their resident number and PIN. A wrong pair and a lock-out are
/// explained by the API's own message, in an alert.
#[component]
pub fn SignIn() -> impl IntoView {
    let session = use_session();
    let navigate = use_navigate();
    let number = RwSignal::new(String::new());
    let pin = RwSignal::new(String::new());
    let shown = RwSignal::new(false);
    let form = FormState::new();

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = ResidentSignInRequest {
            resident_number: number.get_untracked(),
            pin: pin.get_untracked(),
        };
        let navigate = navigate.clone();
        form.submit(
            async move { api::resident_sign_in(&request).await },
            move |view| {
                session.set(SessionState::SignedIn(view));
                navigate("/", Default::default());
            },
        );
    };

    view! {
        <section class="page narrow" aria-labelledby="sign-in-title">
            <h1 id="sign-in-title">{t("nav-sign-in")}</h1>
            <form class="form" on:submit=on_submit novalidate>
                <FormAlert form/>
                <TextField
                    id="resident_number"
                    label=tr("field-resident-number")
                    value=number
                    form
                    inputmode="numeric"
                    autocomplete="username"
                    hint=tr("sign-in-number-hint")
                    required=true
                />
                <TextField
                    id="pin"
                    label=tr("field-pin")
                    value=pin
                    form
                    input_type="password"
                    secret=shown
                    inputmode="numeric"
                    autocomplete="current-password"
                    required=true
                />
                <ShowSecret id="show-pin" label=tr("show-pin") shown/>
                <SubmitButton form icon=Icon::SignIn label=tr("nav-sign-in") busy_label=tr("sign-in-busy")/>
            </form>
            <LinkList links=vec![
                Link::new("/activate", Icon::Card, "home-new-card"),
                Link::new("/staff/sign-in", Icon::Staff, "home-staff-link"),
            ]/>
            <div class="listen-block">
                <p class="hint">{t("sign-in-forgot")}</p>
                <Listen/>
            </div>
        </section>
    }
}
