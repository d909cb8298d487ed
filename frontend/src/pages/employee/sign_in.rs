//! `/staff/sign-in` (staff, trainers and admins): signing in with e-mail, password and the
//! authenticator's code or a recovery code.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use leptos_router::{LazyRoute, lazy_route};
use wegwijs_shared::accounts::StaffSignInRequest;

use crate::api;
use crate::components::form::{FormAlert, FormState, ShowSecret, SubmitButton, TextField};
use crate::components::icons::Icon;
use crate::components::session::{SessionState, home_of, use_session};
use crate::i18n::{WithCatalog, t, tr};

/// Staff, trainers and admins sign in with e-mail, password and the authenticator's code (or one
/// of their recovery codes), all at once: a refusal never says which part was wrong.
pub struct StaffSignIn;

#[lazy_route]
impl LazyRoute for StaffSignIn {
    fn data() -> Self {
        StaffSignIn
    }

    fn view(_this: Self) -> AnyView {
        view! {
            <WithCatalog file="staff">
                <StaffSignInForm/>
            </WithCatalog>
        }
        .into_any()
    }
}

#[component]
fn StaffSignInForm() -> impl IntoView {
    let session = use_session();
    let navigate = use_navigate();
    let email = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let code = RwSignal::new(String::new());
    let shown = RwSignal::new(false);
    let form = FormState::new();

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = StaffSignInRequest {
            email: email.get_untracked(),
            password: password.get_untracked(),
            code: code.get_untracked(),
        };
        let navigate = navigate.clone();
        form.submit(
            async move { api::staff_sign_in(&request).await },
            move |view| {
                let home = home_of(view.role);
                session.set(SessionState::SignedIn(view));
                navigate(home, Default::default());
            },
        );
    };

    view! {
        <section class="page narrow" aria-labelledby="staff-sign-in-title">
            <h1 id="staff-sign-in-title">{t("staff-sign-in-title")}</h1>
            <form class="form" on:submit=on_submit novalidate>
                <FormAlert form/>
                <TextField
                    id="email"
                    label=tr("field-email")
                    value=email
                    form
                    input_type="email"
                    autocomplete="username"
                    required=true
                />
                <TextField
                    id="password"
                    label=tr("field-password")
                    value=password
                    form
                    input_type="password"
                    secret=shown
                    autocomplete="current-password"
                    required=true
                />
                <ShowSecret id="show-password" label=tr("show-password") shown/>
                <TextField
                    id="code"
                    label=tr("field-totp-code")
                    value=code
                    form
                    inputmode="numeric"
                    autocomplete="one-time-code"
                    hint=tr("field-totp-code-hint")
                    required=true
                />
                <SubmitButton form icon=Icon::SignIn label=tr("nav-sign-in") busy_label=tr("sign-in-busy")/>
            </form>
            <p class="small-link">
                {t("staff-resident-question")} " " <A href="/sign-in">{t("staff-resident-link")}</A>
            </p>
        </section>
    }
}
