//! Form building blocks shared by every audience: a submission state that is never aborted
//! mid-flight, a labelled text field that shows its own error (tied with `aria-describedby` and
//! `aria-invalid`), a "show" toggle for PINs and passwords, and the alert for a failure that belongs
//! to no single field.

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local;
use wegwijs_shared::problem::{FieldError, Problem, ProblemKind};

use crate::api::ApiFailure;
use crate::components::error_display::explain;
use crate::components::icons::{Icon, IconSvg};

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
        if self.pending.get_untracked() {
            return;
        }
        self.clear();
        self.pending.set(true);
        spawn_local(async move {
            let outcome = request.await;
            // The form may be gone by now; `try_` keeps that from panicking.
            self.pending.try_set(false);
            match outcome {
                Ok(value) => on_ok(value),
                Err(failure) => {
                    self.errors.try_set(failure.field_errors());
                    self.failure.try_set(Some(failure));
                }
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

    pub fn error_for(self, field: &'static str) -> Signal<Option<String>> {
        let errors = self.errors;
        Signal::derive(move || {
            errors.with(|all| {
                all.iter()
                    .find(|e| e.field == field)
                    .map(|e| e.message.clone())
            })
        })
    }
}

/// The `aria-describedby` value for a field with an optional hint and an optional error.
fn described_by(id: &str, has_hint: bool, has_error: bool) -> Option<String> {
    let mut ids = Vec::new();
    if has_hint {
        ids.push(format!("{id}-hint"));
    }
    if has_error {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// The error line under a field; `id` is the field's id (the message gets `{id}-error`).
#[component]
pub fn FieldMessage(id: &'static str, message: Signal<Option<String>>) -> impl IntoView {
    move || {
        message.get().map(|m| {
            view! {
                <p class="field-error" id=format!("{id}-error")>
                    <IconSvg icon=Icon::Alert/>
                    " "
                    {m}
                </p>
            }
        })
    }
}

/// Attributes for a hand-written input or select: `aria-invalid` and `aria-describedby`.
pub fn field_aria(
    id: &'static str,
    has_hint: bool,
    message: Signal<Option<String>>,
) -> (Signal<Option<&'static str>>, Signal<Option<String>>) {
    let invalid = Signal::derive(move || message.with(Option::is_some).then_some("true"));
    let described =
        Signal::derive(move || described_by(id, has_hint, message.with(Option::is_some)));
    (invalid, described)
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
    #[prop(into, default = Signal::stored("text"))] input_type: Signal<&'static str>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional)] autocapitalize: Option<&'static str>,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let message = form.error_for(field.unwrap_or(id));
    let (invalid, described) = field_aria(id, hint.is_some(), message);
    view! {
        <div class="field" class:field-invalid=move || message.with(Option::is_some)>
            <label for=id>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
            <FieldMessage id message/>
            <input
                id=id
                name=id
                type=input_type
                autocomplete=autocomplete
                inputmode=inputmode
                autocapitalize=autocapitalize
                spellcheck=autocapitalize.map(|_| "false")
                required=required
                aria-invalid=invalid
                aria-describedby=described
                bind:value=value
            />
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

/// `password` while hidden, `text` while shown.
pub fn secret_type(shown: RwSignal<bool>) -> Signal<&'static str> {
    Signal::derive(move || if shown.get() { "text" } else { "password" })
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
                    explain(&failure).to_owned()
                }
                ApiFailure::Problem(p) => p
                    .detail
                    .clone()
                    .unwrap_or_else(|| explain(&failure).to_owned()),
                _ => explain(&failure).to_owned(),
            };
            let request_id = failure.request_id().map(str::to_owned);
            view! {
                <div class="form-alert" role="alert" data-testid="form-alert">
                    <p>
                        <IconSvg icon=Icon::Alert/>
                        " "
                        {message}
                    </p>
                    {request_id
                        .map(|id| {
                            view! {
                                <p class="request-id">
                                    "Reference for the staff: " <code dir="ltr">{id}</code>
                                </p>
                            }
                        })}
                </div>
            }
        })
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
