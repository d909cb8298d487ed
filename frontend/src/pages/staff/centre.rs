//! `/staff/centre`: staff edit what residents see on "My centre" for their locations — the contact
//! facts and each service with its weekly hours and special days (`centre_service`). Every save
//! names the version it edited; a 409 says someone else saved first and keeps what was typed.

use leptos::prelude::*;
use wegwijs_shared::centre::{CentreContacts, CentreView, ContactsInput};
use wegwijs_shared::problem::FieldError;

use super::centre_service::ServiceEditor;
use crate::api::{self, ApiFailure};
use crate::components::api_view::api_view;
use crate::components::form::{
    ConflictAlert, FormState, SubmitButton, TextField, field_error_text,
};
use crate::components::icons::{Icon, IconSvg};
use crate::components::location_switcher::WithWorkLocation;
use crate::i18n::{I18n, t, tr, use_i18n};

#[component]
pub fn CentreEditPage() -> impl IntoView {
    view! {
        <section class="page centre-edit" aria-labelledby="centre-edit-title">
            <h1 id="centre-edit-title">{t("centre-edit-title")}</h1>
            <p class="lead">{t("centre-edit-lead")}</p>
            <WithWorkLocation body=|location| view! { <AtLocation location/> }/>
        </section>
    }
}

#[component]
fn AtLocation(location: Memo<String>) -> impl IntoView {
    let centre = LocalResource::new(move || {
        let location = location.get();
        async move { api::centre(Some(&location)).await }
    });
    let reload = Callback::new(move |()| centre.refetch());
    view! {
        {api_view(centre, "centre-loading", move |centre| view! { <CentreEditor centre reload/> })}
    }
}

#[component]
fn CentreEditor(centre: CentreView, reload: Callback<()>) -> impl IntoView {
    let location = centre.location_id.clone();
    let adding = RwSignal::new(false);
    let new_location = location.clone();
    view! {
        <ContactsForm location=location.clone() contacts=centre.contacts.clone() reload/>
        <h2>{t("centre-edit-services")}</h2>
        <div class="service-editors" data-testid="service-editors">
            {centre
                .services
                .into_iter()
                .map(|service| {
                    view! { <ServiceEditor location=location.clone() existing=Some(service) reload/> }
                })
                .collect_view()}
        </div>
        {move || {
            if adding.get() {
                view! { <ServiceEditor location=new_location.clone() existing=None reload/> }.into_any()
            } else {
                view! {
                    <button type="button" class="button" data-testid="add-service" on:click=move |_| adding.set(true)>
                        <IconSvg icon=Icon::Plus/>
                        " "
                        {t("centre-edit-new-service")}
                    </button>
                }
                    .into_any()
            }
        }}
    }
}

/// The API's field errors in the chosen language: the centre catalog's `centre-error-<code>` when
/// it has one. The code gets a prefix no `error-<code>` key has, so the form shows the text as is.
/// `i18n` is passed in because this runs after an `await`, where no context is reachable.
pub fn localise_errors(i18n: I18n, failure: ApiFailure) -> ApiFailure {
    match failure {
        ApiFailure::Problem(mut problem) => {
            problem.errors = problem
                .errors
                .into_iter()
                .map(|e| {
                    let key = format!("centre-error-{}", e.code);
                    let text = i18n.tr(&key);
                    FieldError {
                        message: if text == key { e.message } else { text },
                        code: format!("centre:{}", e.code),
                        field: e.field,
                    }
                })
                .collect();
            ApiFailure::Problem(problem)
        }
        other => other,
    }
}

/// The form's failure: a 409 in words of its own (with a way to reload), anything else as usual.
#[component]
pub fn SaveAlert(form: FormState, reload: Callback<()>) -> impl IntoView {
    let conflict = move || {
        form.failure
            .with(|f| f.as_ref().and_then(ApiFailure::status))
            == Some(409)
    };
    view! {
        <ConflictAlert
            form
            conflict
            message="centre-edit-conflict"
            action="centre-edit-reload"
            on_action=reload
            test_id="conflict-alert"
        />
    }
}

#[component]
fn ContactsForm(location: String, contacts: CentreContacts, reload: Callback<()>) -> impl IntoView {
    let address = RwSignal::new(contacts.address);
    let postal = RwSignal::new(contacts.postal_address);
    let phone = RwSignal::new(contacts.phone);
    let email = RwSignal::new(contacts.email);
    let version = RwSignal::new(contacts.version);
    let saved = RwSignal::new(false);
    let form = FormState::new();
    let i18n = use_i18n();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let input = ContactsInput {
            address: address.get_untracked(),
            postal_address: postal.get_untracked(),
            phone: phone.get_untracked(),
            email: email.get_untracked(),
            version: version.get_untracked(),
        };
        let location = location.clone();
        form.submit(
            async move {
                api::save_centre_contacts(&location, &input)
                    .await
                    .map_err(|f| localise_errors(i18n, f))
            },
            move |c| {
                version.set(c.version);
                saved.set(true);
            },
        );
    };
    view! {
        <form class="card" on:submit=submit novalidate aria-labelledby="centre-contacts-heading" data-testid="contacts-form">
            <h2 id="centre-contacts-heading">{t("centre-edit-contacts")}</h2>
            <SaveAlert form reload/>
            <TextArea id="contacts-address" field="address" label=tr("centre-address") value=address form/>
            <TextArea id="contacts-postal" field="postal_address" label=tr("centre-postal-address") value=postal form/>
            <TextField id="contacts-phone" field="phone" label=tr("centre-phone") value=phone form input_type="tel" autocomplete="off"/>
            <TextField id="contacts-email" field="email" label=tr("centre-email") value=email form input_type="email" autocomplete="off"/>
            <SubmitButton form icon=Icon::Check label=tr("centre-edit-save") busy_label=tr("centre-edit-saving")/>
            <p role="status" class="saved-note">{move || saved.get().then(|| tr("centre-edit-saved"))}</p>
        </form>
    }
}

/// A labelled multi-line input showing `field`'s error.
#[component]
pub fn TextArea(
    #[prop(into)] id: String,
    field: &'static str,
    #[prop(into)] label: String,
    value: RwSignal<String>,
    form: FormState,
) -> impl IntoView {
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    view! {
        <div class="field" class:field-invalid=move || form.message(field).is_some()>
            <label for=id.clone()>{label}</label>
            {move || field_error_text(error_id.clone(), form.message(field))}
            <textarea
                id=id
                rows="3"
                aria-invalid=move || form.message(field).map(|_| "true")
                aria-describedby=move || form.message(field).map(|_| described.clone())
                bind:value=value
            ></textarea>
        </div>
    }
}
