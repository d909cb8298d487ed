//! `/admin/locations` (admins): the agency's locations with their type, municipality, time zone
//! and places; adding one and changing one.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use wegwijs_shared::locations::{Location, LocationDirectory, LocationInput, LocationKind};
use wegwijs_shared::problem::FieldError;

use super::{AdminNav, EditButton};
use crate::api;
use crate::components::api_view::api_view;
use crate::components::form::{FormAlert, FormState, SelectField, SubmitButton, TextField};
use crate::components::icons::Icon;
use crate::components::labels::kind_label;
use crate::i18n::{t, t_args, tr};

/// The agency's locations: adding one and changing one.
#[component]
pub fn LocationsPage() -> impl IntoView {
    let directory = LocalResource::new(api::locations);
    // `None`: the form adds a location; `Some`: it changes that one.
    let editing = RwSignal::new(None::<Location>);
    let saved = Callback::new(move |()| {
        editing.set(None);
        directory.refetch();
    });
    view! {
        <section class="page" aria-labelledby="locations-title">
            <h1 id="locations-title">{t("admin-locations")}</h1>
            <AdminNav/>
            {api_view(
                directory,
                "staff-loading-locations",
                move |directory| view! { <LocationTable directory editing/> },
            )}
            {move || {
                let current = editing.get();
                view! { <LocationForm current saved cancel=Callback::new(move |()| editing.set(None))/> }
            }}
        </section>
    }
}

#[component]
fn LocationTable(
    directory: LocationDirectory,
    editing: RwSignal<Option<Location>>,
) -> impl IntoView {
    view! {
        <table class="data-table" data-testid="locations-table">
            <caption>{t_args("locations-caption", &[("agency", directory.agency.name.into())])}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("field-name")}</th>
                    <th scope="col">{t("field-type")}</th>
                    <th scope="col">{t("field-municipality")}</th>
                    <th scope="col">{t("field-timezone")}</th>
                    <th scope="col" class="numeric">{t("field-places")}</th>
                    <th scope="col">{t("field-change")}</th>
                </tr>
            </thead>
            <tbody>
                {directory
                    .locations
                    .into_iter()
                    .map(|l| {
                        let edit = l.clone();
                        view! {
                            <tr>
                                <th scope="row"><bdi>{l.name.clone()}</bdi></th>
                                <td>{kind_label(l.kind)}</td>
                                <td><bdi>{l.municipality}</bdi></td>
                                <td><bdi dir="ltr">{l.timezone}</bdi></td>
                                <td class="numeric">{l.capacity}</td>
                                <td>
                                    <EditButton
                                        name=l.name
                                        on_click=Callback::new(move |()| editing.set(Some(edit.clone())))
                                    />
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

#[component]
fn LocationForm(
    current: Option<Location>,
    saved: Callback<()>,
    cancel: Callback<()>,
) -> impl IntoView {
    let id = current.as_ref().map(|l| l.id.clone());
    let is_edit = id.is_some();
    let name = RwSignal::new(current.as_ref().map(|l| l.name.clone()).unwrap_or_default());
    let kind = RwSignal::new(
        current
            .as_ref()
            .map_or(LocationKind::Azc, |l| l.kind)
            .code()
            .to_owned(),
    );
    let municipality = RwSignal::new(
        current
            .as_ref()
            .map(|l| l.municipality.clone())
            .unwrap_or_default(),
    );
    let timezone = RwSignal::new(
        current
            .as_ref()
            .map_or_else(|| "Europe/Amsterdam".to_owned(), |l| l.timezone.clone()),
    );
    let capacity = RwSignal::new(
        current
            .as_ref()
            .map(|l| l.capacity.to_string())
            .unwrap_or_default(),
    );
    let form = FormState::new();
    let id = StoredValue::new(id);

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let Ok(places) = capacity.get_untracked().trim().parse::<u32>() else {
            form.reject(vec![FieldError::new(
                "capacity",
                "not_a_number",
                "Write the number of places in digits, for example 400.",
            )]);
            return;
        };
        let input = LocationInput {
            name: name.get_untracked(),
            kind: LocationKind::from_code(&kind.get_untracked()).unwrap_or(LocationKind::Azc),
            municipality: municipality.get_untracked(),
            timezone: timezone.get_untracked(),
            capacity: places,
        };
        let valid = match input.validate() {
            Ok(valid) => valid,
            Err(errors) => return form.reject(errors),
        };
        let id = id.get_value();
        form.submit(
            async move {
                match id {
                    Some(id) => api::update_location(&id, &valid).await,
                    None => api::create_location(&valid).await,
                }
            },
            move |_| saved.run(()),
        );
    };

    view! {
        <section class="panel" aria-labelledby="location-form-title">
            <h2 id="location-form-title">
                {t(if is_edit { "location-change-title" } else { "location-add-title" })}
            </h2>
            <form class="form" on:submit=on_submit novalidate>
                <FormAlert form/>
                <TextField id="name" label=tr("field-name") value=name form required=true/>
                <SelectField id="kind" label=tr("field-type") value=kind form>
                        {[LocationKind::Col, LocationKind::Pol, LocationKind::Azc]
                            .into_iter()
                            .map(|k| view! { <option value=k.code()>{kind_label(k)}</option> })
                            .collect_view()}
                </SelectField>
                <TextField id="municipality" label=tr("field-municipality") value=municipality form required=true/>
                <TextField
                    id="timezone"
                    label=tr("field-timezone")
                    value=timezone
                    form
                    hint=tr("field-timezone-hint")
                    required=true
                />
                <TextField
                    id="capacity"
                    label=tr("field-places")
                    value=capacity
                    form
                    inputmode="numeric"
                    required=true
                />
                <div class="actions">
                    <SubmitButton
                        form
                        icon=if is_edit { Icon::Check } else { Icon::Plus }
                        label=tr(if is_edit { "save" } else { "location-add" })
                        busy_label=tr("saving")
                    />
                    {is_edit
                        .then(|| {
                            view! {
                                <button
                                    type="button"
                                    class="button button-secondary"
                                    on:click=move |_| cancel.run(())
                                >
                                    {t("cancel")}
                                </button>
                            }
                        })}
                </div>
            </form>
        </section>
    }
}
