//! `/staff/residents` (staff and admins): the residents of the locations this person works for,
//! narrowed to one location on request, each leading to their detail page.

use leptos::prelude::*;
use leptos_router::components::A;
use wegwijs_shared::locations::LocationDirectory;
use wegwijs_shared::residents::ResidentSummary;

use super::{my_locations, status_label};
use crate::api;
use crate::components::api_view::api_view;
use crate::components::icons::{Icon, IconSvg};
use crate::components::labels::location_name;
use crate::components::session::use_session;
use crate::i18n::{t, t_args};

/// The residents of the locations this person works for, narrowed to one location on request.
#[component]
pub fn ResidentsPage() -> impl IntoView {
    let directory = LocalResource::new(api::locations);
    view! {
        <section class="page" aria-labelledby="residents-title">
            <h1 id="residents-title">{t("residents-title")}</h1>
            <p>
                <A href="/staff/residents/new" attr:class="button" attr:data-testid="new-resident">
                    <IconSvg icon=Icon::Plus/>
                    " "{t("new-resident-title")}
                </A>
            </p>
            {api_view(
                directory,
                "staff-loading-locations",
                |directory| view! { <FilteredResidents directory/> },
            )}
        </section>
    }
}

#[component]
fn FilteredResidents(directory: LocationDirectory) -> impl IntoView {
    let me = use_session().get_untracked();
    let mine = me
        .view()
        .map(|me| my_locations(me, &directory))
        .unwrap_or_default();
    // "" = every location this person works for.
    let filter = RwSignal::new(String::new());
    let residents = LocalResource::new(move || {
        let location = filter.get();
        async move { api::residents(Some(location.as_str()).filter(|l| !l.is_empty())).await }
    });
    let directory = StoredValue::new(directory);
    view! {
        {(mine.len() > 1)
            .then(|| {
                view! {
                    <div class="field field-inline">
                        <label for="location-filter">{t("field-location")}</label>
                        <select id="location-filter" bind:value=filter>
                            <option value="">{t("residents-all-locations")}</option>
                            {mine
                                .into_iter()
                                .map(|l| view! { <option value=l.id>{l.name}</option> })
                                .collect_view()}
                        </select>
                    </div>
                }
            })}
        {api_view(
            residents,
            "loading-residents",
            move |list| view! { <ResidentTable list directory=directory.get_value()/> },
        )}
    }
}

#[component]
fn ResidentTable(list: Vec<ResidentSummary>, directory: LocationDirectory) -> impl IntoView {
    if list.is_empty() {
        return view! { <p data-testid="residents-empty">{t("residents-empty")}</p> }.into_any();
    }
    view! {
        <table class="data-table" data-testid="residents-table">
            <caption>{t_args("residents-caption", &[("count", list.len().into())])}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("field-name")}</th>
                    <th scope="col">{t("field-resident-number")}</th>
                    <th scope="col">{t("field-location")}</th>
                    <th scope="col">{t("field-status")}</th>
                </tr>
            </thead>
            <tbody>
                {list
                    .into_iter()
                    .map(|r| {
                        let href = format!("/staff/residents/{}", r.id);
                        view! {
                            <tr>
                                <th scope="row">
                                    <A href=href><bdi>{r.preferred_name}</bdi></A>
                                </th>
                                <td><bdi dir="ltr">{r.resident_number}</bdi></td>
                                <td><bdi>{location_name(&directory, &r.location_id)}</bdi></td>
                                <td>{status_label(r.status)}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}
