//! Form building blocks shared by every audience: a submission state that is never aborted
//! mid-flight, a labelled text field that shows its own error (tied with `aria-describedby` and
//! `aria-invalid`), a "show" toggle for PINs and passwords, and the alert for a failure that belongs
//! to no single field.

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wegwijs_shared::problem::{FieldError, Problem, ProblemKind};

use crate::api::ApiFailure;
use crate::components::error_display::{explain, request_id_line};
use crate::components::icons::{Icon, IconSvg};
use crate::i18n::{t, tr};

/// One form's submission: whether it is on its way, the last failure, and the field errors to show
/// next to the inputs (from the API or from a check made before sending).
#[derive(Clone, Copy)]
pub struct FormState {
    pub pending: RwSignal<bool>,
    pub failure: RwSignal<Option<ApiFailure>>,
    pub errors: RwSignal<Vec<FieldError>>,
}

impl Default for FormState {
    fn default() -> Self {
        Self::new()
    }
}

impl FormState {
    pub fn new() -> Self {
        Self {
            pending: RwSignal::new(false),
            failure: RwSignal::new(None),
            errors: RwSignal::new(Vec::new()),
        }
    }

    /// Sends one submission (a second press while one is on its way does nothing) and calls `on_ok`
    /// with the answer. Spawned, not tied to the component: leaving the page does not cancel a
    /// write the server may already have done.
    pub fn submit<T: 'static>(
        self,
        request: impl Future<Output = Result<T, ApiFailure>> + 'static,
        on_ok: impl FnOnce(T) + 'static,
    ) {
        // Boxed, so the bookkeeping below exists once rather than once per answer type.
        self.run(Box::pin(async move { request.await.map(on_ok) }));
    }

    fn run(self, request: Pin<Box<dyn Future<Output = Result<(), ApiFailure>>>>) {
        if self.pending.get_untracked() {
            return;
        }
        self.clear();
        self.pending.set(true);
        spawn_local(async move {
            let outcome = request.await;
            // The form may be gone by now; `try_` keeps that from panicking.
            self.pending.try_set(false);
            if let Err(failure) = outcome {
                self.errors.try_set(failure.field_errors());
                self.failure.try_set(Some(failure));
            }
        });
    }

    /// Problems found before sending (two PINs that differ, an empty required field): shown
    /// exactly like the API's own validation problem, so people meet one kind of message.
    pub fn reject(self, errors: Vec<FieldError>) {
        let problem = Problem::new(ProblemKind::ValidationFailed).with_errors(errors.clone());
        self.errors.set(errors);
        self.failure.set(Some(ApiFailure::Problem(problem)));
    }

    pub fn clear(self) {
        self.failure.set(None);
        self.errors.set(Vec::new());
    }

    /// The message for one field, if it has one. Reactive when called inside a view closure.
    pub fn message(self, field: &str) -> Option<String> {
        self.errors.with(|all| {
            all.iter()
                .find(|e| e.field == field)
                .map(|e| crate::i18n::field_error(&e.code, &e.message))
        })
    }
}

// Plain closures below rather than `Signal`s: every `Signal<T>` type adds its own copy of the
// reactive machinery to the wasm, and these pieces are in the resident's main chunk.

/// `aria-invalid` for the input of `field`.
fn invalid(form: FormState, field: &'static str) -> impl Fn() -> Option<&'static str> + Copy {
    move || form.message(field).map(|_| "true")
}

/// `aria-describedby` for input `id` (showing `field`'s error), with or without a hint.
fn described_by(
    form: FormState,
    id: &'static str,
    field: &'static str,
    has_hint: bool,
) -> impl Fn() -> Option<String> + Copy {
    move || {
        let error = form.message(field).map(|_| format!("{id}-error"));
        let hint = has_hint.then(|| format!("{id}-hint"));
        match (hint, error) {
            (Some(h), Some(e)) => Some(format!("{h} {e}")),
            (h, e) => h.or(e),
        }
    }
}

/// The error line of a field; `id` is the input's id (the message gets `{id}-error`), `field`
/// the API's name for it.
#[component]
pub fn FieldMessage(
    id: &'static str,
    form: FormState,
    #[prop(optional)] field: Option<&'static str>,
) -> impl IntoView {
    let field = field.unwrap_or(id);
    move || field_error_text(format!("{id}-error"), form.message(field))
}

/// A field's error message, with the id its input's `aria-describedby` names; nothing without a
/// message. For fields whose id or API name is only known at run time (rows of a list).
pub fn field_error_text(id: String, message: Option<String>) -> impl IntoView {
    message.map(|m| {
        view! {
            <p class="field-error" id=id>
                <IconSvg icon=Icon::Alert/>
                " "
                {m}
            </p>
        }
    })
}

/// A labelled text input bound to `value`. `field` is the API's field name, whose error it shows.
#[component]
pub fn TextField(
    /// The input's id; also the API field name unless `field` is given.
    id: &'static str,
    #[prop(into)] label: String,
    value: RwSignal<String>,
    form: FormState,
    #[prop(optional)] field: Option<&'static str>,
    #[prop(default = "text")] input_type: &'static str,
    /// For PINs and passwords: hidden (`password`) unless this is on, then shown (`text`).
    #[prop(optional)]
    secret: Option<RwSignal<bool>>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] autocapitalize: Option<&'static str>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let field = field.unwrap_or(id);
    let has_hint = hint.is_some();
    let input_type = move || match secret {
        Some(shown) if shown.get() => "text",
        Some(_) => "password",
        None => input_type,
    };
    view! {
        <div class="field" class:field-invalid=move || form.message(field).is_some()>
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
            <FieldMessage id form field/>
            <input
                id=id
                name=id
                type=input_type
                autocomplete=autocomplete
                inputmode=inputmode
                autocapitalize=autocapitalize
                spellcheck=autocapitalize.map(|_| "false")
                required=required
                aria-invalid=invalid(form, field)
                aria-describedby=described_by(form, id, field, has_hint)
                bind:value=value
            />
        </div>
    }
}

/// A labelled select bound to `value`, showing `field`'s error like [`TextField`]; the options are
/// its children.
#[component]
pub fn SelectField(
    /// The select's id; also the API field name unless `field` is given.
    id: &'static str,
    #[prop(into)] label: String,
    value: RwSignal<String>,
    form: FormState,
    #[prop(optional)] field: Option<&'static str>,
    #[prop(optional)] required: bool,
    children: Children,
) -> impl IntoView {
    let field = field.unwrap_or(id);
    view! {
        <div class="field" class:field-invalid=move || form.message(field).is_some()>
            <label for=id>{label}</label>
            <FieldMessage id form field/>
            <select
                id=id
                name=id
                required=required
                aria-invalid=invalid(form, field)
                aria-describedby=described_by(form, id, field, false)
                bind:value=value
            >
                {children()}
            </select>
        </div>
    }
}

/// A "Show PIN" / "Show password" check box. People on small screens mistype secrets; letting them
/// see what they typed is safer than making them retype (WCAG 2.2 3.3.8 asks for no such puzzles).
#[component]
pub fn ShowSecret(
    id: &'static str,
    #[prop(into)] label: String,
    shown: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <div class="check">
            <input type="checkbox" id=id bind:checked=shown/>
            <label for=id>{label}</label>
        </div>
    }
}

/// The failure of the last submission, as an alert: the API's own detail when it has one (sign-in
/// and lock-out messages are written for the person), else the general explanation. Rendered only
/// while there is a failure, so screen readers announce it when it appears.
#[component]
pub fn FormAlert(form: FormState) -> impl IntoView {
    move || {
        form.failure.get().map(|failure| {
            let message = match &failure {
                ApiFailure::Problem(p)
                    if p.known_kind() == Some(ProblemKind::ValidationFailed)
                        && !p.errors.is_empty() =>
                {
                    tr(explain(&failure))
                }
                ApiFailure::Problem(p) => p.detail.clone().unwrap_or_else(|| tr(explain(&failure))),
                _ => tr(explain(&failure)),
            };
            let request_id = failure.request_id().map(str::to_owned);
            view! {
                <div class="form-alert" role="alert" data-testid="form-alert">
                    <p>
                        <IconSvg icon=Icon::Alert/>
                        " "
                        {message}
                    </p>
                    {request_id_line(request_id)}
                </div>
            }
        })
    }
}

/// The API's answer to a save whose version is no longer the stored one (not a 409 for a request
/// with the same idempotency key still running).
pub fn is_version_conflict(failure: &ApiFailure) -> bool {
    matches!(failure, ApiFailure::Problem(p) if p.known_kind() == Some(ProblemKind::Conflict))
}

/// A save someone else's save overtook (`conflict`, the page's own rule for its 409): what happened
/// in the page's words (`message`, a catalog key) and a button (`action`) that loads or reloads the
/// other version, while what was typed stays in the form. Any other failure is the [`FormAlert`].
#[component]
pub fn ConflictAlert(
    form: FormState,
    #[prop(into)] conflict: Signal<bool>,
    message: &'static str,
    action: &'static str,
    on_action: Callback<()>,
    /// The alert's `data-testid`.
    test_id: &'static str,
    /// The button's `data-testid`, where a test presses it.
    #[prop(optional)]
    action_test_id: Option<&'static str>,
) -> impl IntoView {
    move || {
        if conflict.get() {
            view! {
                <div class="form-alert" role="alert" data-testid=test_id>
                    <p>
                        <IconSvg icon=Icon::Alert/>
                        " "
                        {t(message)}
                    </p>
                    <button
                        type="button"
                        class="button button-secondary"
                        data-testid=action_test_id
                        on:click=move |_| on_action.run(())
                    >
                        <IconSvg icon=Icon::Retry/>
                        " "
                        {t(action)}
                    </button>
                </div>
            }
            .into_any()
        } else {
            view! { <FormAlert form/> }.into_any()
        }
    }
}

/// The submit button: says it is busy and cannot be pressed twice while the request is on its way.
#[component]
pub fn SubmitButton(
    form: FormState,
    icon: Icon,
    #[prop(into)] label: String,
    #[prop(into)] busy_label: String,
) -> impl IntoView {
    view! {
        <button type="submit" class="button" disabled=move || form.pending.get()>
            <IconSvg icon/>
            " "
            {move || if form.pending.get() { busy_label.clone() } else { label.clone() }}
        </button>
    }
}
