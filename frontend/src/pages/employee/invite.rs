//! `/invite#token=…` (someone invited to be staff, trainer or admin, not yet signed in): accepting
//! the invitation in three steps: a password, an authenticator app, the recovery codes.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::{LazyRoute, lazy_route};
use wegwijs_shared::accounts::{
    InviteCompleteRequest, InviteCompleted, InviteStartRequest, TotpEnrolment,
};
use wegwijs_shared::problem::FieldError;

use crate::api;
use crate::components::address_fragment::fragment_value;
use crate::components::form::{FormAlert, FormState, ShowSecret, SubmitButton, TextField};
use crate::components::icons::{Icon, IconSvg};
use crate::components::session::{SessionState, home_of, use_session};
use crate::i18n::{WithCatalog, t, tr};

/// Accepting an invitation: choose a password, enrol an authenticator app, store the recovery
/// codes. The token comes from the link's fragment (`/invite#token=…`), which no server sees.
pub struct AcceptInvite;

#[lazy_route]
impl LazyRoute for AcceptInvite {
    fn data() -> Self {
        AcceptInvite
    }

    fn view(_this: Self) -> AnyView {
        view! {
            <WithCatalog file="staff">
                <InviteSteps/>
            </WithCatalog>
        }
        .into_any()
    }
}

#[derive(Clone, Debug, PartialEq)]
enum Step {
    Password,
    Authenticator(TotpEnrolment),
    RecoveryCodes(InviteCompleted),
}

#[component]
fn InviteSteps() -> impl IntoView {
    let token = fragment_value("token").unwrap_or_default();
    if token.is_empty() {
        return view! {
            <section class="page narrow" aria-labelledby="invite-title">
                <h1 id="invite-title">{t("invite-title")}</h1>
                <p role="alert" class="form-alert">
                    {t("invite-incomplete")}
                </p>
            </section>
        }
        .into_any();
    }
    let token = StoredValue::new(token);
    let step = RwSignal::new(Step::Password);
    view! {
        <section class="page narrow" aria-labelledby="invite-title">
            <h1 id="invite-title">{t("invite-setup-title")}</h1>
            {move || match step.get() {
                Step::Password => view! { <PasswordStep token step/> }.into_any(),
                Step::Authenticator(enrolment) => {
                    view! { <AuthenticatorStep token enrolment step/> }.into_any()
                }
                Step::RecoveryCodes(done) => view! { <RecoveryStep done/> }.into_any(),
            }}
        </section>
    }
    .into_any()
}

#[component]
fn PasswordStep(token: StoredValue<String>, step: RwSignal<Step>) -> impl IntoView {
    let password = RwSignal::new(String::new());
    let repeat = RwSignal::new(String::new());
    let shown = RwSignal::new(false);
    let form = FormState::new();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        if password.get_untracked() != repeat.get_untracked() {
            form.reject(vec![FieldError::new(
                "password_repeat",
                "passwords_differ",
                "The two passwords are not the same.",
            )]);
            return;
        }
        let request = InviteStartRequest {
            token: token.get_value(),
            password: password.get_untracked(),
        };
        form.submit(
            async move { api::invite_start(&request).await },
            move |enrolment| {
                step.try_set(Step::Authenticator(enrolment));
            },
        );
    };
    view! {
        <h2>{t("invite-step-password")}</h2>
        <form class="form" on:submit=on_submit novalidate>
            <FormAlert form/>
            <TextField
                id="password"
                label=tr("field-password")
                value=password
                form
                input_type="password"
                    secret=shown
                autocomplete="new-password"
                hint=tr("field-password-hint")
                required=true
            />
            <TextField
                id="password_repeat"
                label=tr("field-password-repeat")
                value=repeat
                form
                input_type="password"
                    secret=shown
                autocomplete="new-password"
                required=true
            />
            <ShowSecret id="show-password" label=tr("show-password") shown/>
            <SubmitButton form icon=Icon::Key label=tr("continue") busy_label=tr("saving")/>
        </form>
    }
}

#[component]
fn AuthenticatorStep(
    token: StoredValue<String>,
    enrolment: TotpEnrolment,
    step: RwSignal<Step>,
) -> impl IntoView {
    let session = use_session();
    let code = RwSignal::new(String::new());
    let form = FormState::new();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = InviteCompleteRequest {
            token: token.get_value(),
            code: code.get_untracked(),
        };
        form.submit(
            async move { api::invite_complete(&request).await },
            move |done: InviteCompleted| {
                // Signed in from here on (the cookie is set): the header offers "Sign out".
                session.set(SessionState::SignedIn(done.session.clone()));
                step.try_set(Step::RecoveryCodes(done));
            },
        );
    };
    view! {
        <h2>{t("invite-step-app")}</h2>
        <p>
            {t("invite-scan")}
            " "
            <bdi>{enrolment.email}</bdi>
        </p>
        // The SVG comes from our own API (it encodes the enrolment URL), never from user input.
        <div
            class="card-qr"
            role="img"
            aria-label=t("invite-qr-label")
            inner_html=enrolment.qr_svg
        ></div>
        <p id="secret-label">{t("invite-cannot-scan")}</p>
        <p class="secret" dir="ltr" aria-describedby="secret-label" data-testid="totp-secret">
            <code>{enrolment.secret}</code>
        </p>
        <form class="form" on:submit=on_submit novalidate>
            <FormAlert form/>
            <TextField
                id="code"
                label=tr("field-app-code")
                value=code
                form
                inputmode="numeric"
                autocomplete="one-time-code"
                required=true
            />
            <SubmitButton form icon=Icon::Check label=tr("confirm") busy_label=tr("checking")/>
        </form>
    }
}

#[component]
fn RecoveryStep(done: InviteCompleted) -> impl IntoView {
    let navigate = use_navigate();
    let home = home_of(done.session.role);
    let finish = move |_| navigate(home, Default::default());
    view! {
        <h2>{t("invite-step-codes")}</h2>
        <p>
            {t("invite-codes-text")}
        </p>
        <ol class="recovery-codes" dir="ltr" data-testid="recovery-codes">
            {done
                .recovery_codes
                .into_iter()
                .map(|c| view! { <li><code>{c}</code></li> })
                .collect_view()}
        </ol>
        <button type="button" class="button" on:click=finish data-testid="codes-stored">
            <IconSvg icon=Icon::Check/>
            " "{t("invite-codes-stored")}
        </button>
    }
}
