//! `/staff/residents/new` (staff and admins): registering a resident with the minimum the account
//! needs, then printing their activation card.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::components::A;
use wegwijs_shared::languages::LANGUAGES;
use wegwijs_shared::locations::LocationDirectory;
use wegwijs_shared::residents::{CreatedResident, NewResident};

use super::my_locations;
use crate::api;
use crate::components::activation_card::ActivationCardView;
use crate::components::api_view::api_view;
use crate::components::form::{FormAlert, FormState, SelectField, SubmitButton, TextField};
use crate::components::format;
use crate::components::icons::{Icon, IconSvg};
use crate::components::session::use_session;
use crate::i18n::{t, tr};

/// Registers a resident with the minimum the account needs, then shows their activation card.
#[component]
pub fn NewResidentScreen() -> impl IntoView {
    let directory = LocalResource::new(api::locations);
    let created = RwSignal::new(None::<CreatedResident>);
    view! {
        <section class="page" aria-labelledby="new-resident-title">
            <h1 id="new-resident-title">{t("new-resident-title")}</h1>
            {move || match created.get() {
                Some(done) => {
                    let href = format!("/staff/residents/{}", done.resident.id);
                    view! {
                        <p role="status" class="success">
                            <IconSvg icon=Icon::Check/>
                            " "{t("new-resident-registered")}
                        </p>
                        <ActivationCardView card=done.card/>
                        <ul class="link-list no-print">
                            <li><A href=href>{t("new-resident-open")}</A></li>
                            <li>
                                <button
                                    type="button"
                                    class="button button-secondary"
                                    on:click=move |_| created.set(None)
                                >
                                    <IconSvg icon=Icon::Plus/>
                                    " "{t("new-resident-another")}
                                </button>
                            </li>
                        </ul>
                    }
                        .into_any()
                }
                None => {
                    api_view(
                            directory,
                            "staff-loading-locations",
                            move |directory| view! { <NewResidentForm directory created/> },
                        )
                        .into_any()
                }
            }}
        </section>
    }
}

#[component]
fn NewResidentForm(
    directory: LocationDirectory,
    created: RwSignal<Option<CreatedResident>>,
) -> impl IntoView {
    let me = use_session().get_untracked();
    let locations = me
        .view()
        .map(|me| my_locations(me, &directory))
        .unwrap_or_default();
    let name = RwSignal::new(String::new());
    let number = RwSignal::new(String::new());
    let language = RwSignal::new(String::new());
    let location = RwSignal::new(if locations.len() == 1 {
        locations[0].id.clone()
    } else {
        String::new()
    });
    let birth = RwSignal::new(String::new());
    let form = FormState::new();

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let input = NewResident {
            preferred_name: name.get_untracked(),
            resident_number: number.get_untracked(),
            language: language.get_untracked(),
            location_id: location.get_untracked(),
            date_of_birth: Some(birth.get_untracked()).filter(|d| !d.is_empty()),
        };
        // The same rules the server applies, checked here first to spare a round trip.
        match input.validate(&format::today_iso()) {
            Err(errors) => form.reject(errors),
            Ok(valid) => form.submit(
                async move { api::create_resident(&valid).await },
                move |done| {
                    created.set(Some(done));
                },
            ),
        }
    };

    view! {
        <form class="form" on:submit=on_submit novalidate>
            <FormAlert form/>
            <TextField
                id="preferred_name"
                label=tr("field-preferred-name")
                value=name
                form
                autocomplete="off"
                hint=tr("field-preferred-name-hint")
                required=true
            />
            <TextField
                id="resident_number"
                label=tr("field-v-number")
                value=number
                form
                inputmode="numeric"
                autocomplete="off"
                hint=tr("field-v-number-hint")
                required=true
            />
            <SelectField id="language" label=tr("field-language") value=language form required=true>
                    <option value="">{t("choose-language")}</option>
                    {LANGUAGES
                        .iter()
                        .map(|l| {
                            view! {
                                <option value=l.code lang=l.code>
                                    {l.native_name}
                                </option>
                            }
                        })
                        .collect_view()}
            </SelectField>
            <SelectField id="location_id" label=tr("field-location") value=location form required=true>
                    <option value="">{t("choose-location")}</option>
                    {locations
                        .into_iter()
                        .map(|l| view! { <option value=l.id>{l.name}</option> })
                        .collect_view()}
            </SelectField>
            <TextField
                id="date_of_birth"
                label=tr("field-birth-optional")
                value=birth
                form
                input_type="date"
                hint=tr("field-birth-hint")
            />
            <SubmitButton form icon=Icon::Card label=tr("new-resident-submit") busy_label=tr("new-resident-busy")/>
        </form>
    }
}
