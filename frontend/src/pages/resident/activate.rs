//! `/activate#code=…` (a resident with a new activation card, not signed in): the card's code and a
//! new PIN, the first step into the app.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use leptos_router::{LazyRoute, lazy_route};
use wegwijs_shared::accounts::ActivateRequest;
use wegwijs_shared::problem::FieldError;

use crate::api;
use crate::components::address_fragment::fragment_value;
use crate::components::form::{FormAlert, FormState, ShowSecret, SubmitButton, TextField};
use crate::components::icons::Icon;
use crate::components::listen::Listen;
use crate::components::session::{SessionState, use_session};
use crate::i18n::{t, tr};

/// The route: lazy, because a resident needs it once per card, while the home page loads every day.
pub struct ActivatePage;

#[lazy_route]
impl LazyRoute for ActivatePage {
    fn data() -> Self {
        ActivatePage
    }

    fn view(_this: Self) -> AnyView {
        view! { <Activate/> }.into_any()
    }
}

/// First use of an activation card: the code from the card (filled in when the QR code was
/// scanned) and a PIN chosen twice. No puzzle, paste allowed, the PIN can be shown.
#[component]
pub fn Activate() -> impl IntoView {
    let session = use_session();
    let navigate = use_navigate();
    let code = RwSignal::new(fragment_value("code").unwrap_or_default());
    let pin = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let shown = RwSignal::new(false);
    let form = FormState::new();

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if pin.get_untracked() != repeat.get_untracked() {
            form.reject(vec![FieldError::new(
                "pin_repeat",
                "pins_differ",
                tr("error-pins_differ"),
            )]);
            return;
        }
        let request = ActivateRequest {
            code: code.get_untracked(),
            pin: pin.get_untracked(),
        };
        let navigate = navigate.clone();
        form.submit(async move { api::activate(&request).await }, move |view| {
            session.set(SessionState::SignedIn(view));
            navigate("/", Default::default());
        });
    };

    view! {
        <section class="page narrow" aria-labelledby="activate-title">
            <h1 id="activate-title">{t("home-new-card")}</h1>
            <div class="listen-block">
            <p class="lead">
                {t("activate-lead")}
            </p>
                <Listen/>
            </div>
            <form class="form" on:submit=on_submit novalidate>
                <FormAlert form/>
                <TextField
                    id="code"
                    label=tr("activate-code")
                    value=code
                    form
                    autocomplete="one-time-code"
                    autocapitalize="characters"
                    hint=tr("activate-code-hint")
                    required=true
                />
                <TextField
                    id="pin"
                    label=tr("activate-pin")
                    value=pin
                    form
                    input_type="password"
                    secret=shown
                    inputmode="numeric"
                    autocomplete="new-password"
                    hint=tr("activate-pin-hint")
                    required=true
                />
                <TextField
                    id="pin_repeat"
                    label=tr("activate-pin-repeat")
                    value=repeat
                    form
                    input_type="password"
                    secret=shown
                    inputmode="numeric"
                    autocomplete="new-password"
                    required=true
                />
                <ShowSecret id="show-pin" label=tr("show-pin") shown/>
                <SubmitButton form icon=Icon::Check label=tr("activate-submit") busy_label=tr("activate-busy")/>
            </form>
            <p class="small-link">
                {t("activate-already")} " " <A href="/sign-in">{t("nav-sign-in")}</A>
            </p>
        </section>
    }
}
