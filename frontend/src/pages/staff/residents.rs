use leptos::prelude::*;
use leptos_router::components::A;
use wegwijs_shared::locations::LocationDirectory;
use wegwijs_shared::residents::ResidentSummary;

use super::{location_name, my_locations, status_label};
use crate::api;
use crate::components::api_view::api_view;
use crate::components::icons::{Icon, IconSvg};
use crate::components::session::use_session;

/// The residents of the locations this person works for, narrowed to one location on request.
#[component]
pub fn ResidentsPage() -> impl IntoView {
    let directory = LocalResource::new(api::locations);
    view! {
        <section class="page" aria-labelledby="residents-title">
            <h1 id="residents-title">"Residents"</h1>
            <p>
                <A href="/staff/residents/new" attr:class="button" attr:data-testid="new-resident">
                    <IconSvg icon=Icon::Plus/>
                    " New resident"
                </A>
            </p>
            {api_view(
                directory,
                "Loading locations…",
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
                        <label for="location-filter">"Location"</label>
                        <select id="location-filter" bind:value=filter>
                            <option value="">"All my locations"</option>
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
            "Loading residents…",
            move |list| view! { <ResidentTable list directory=directory.get_value()/> },
        )}
    }
}

#[component]
fn ResidentTable(list: Vec<ResidentSummary>, directory: LocationDirectory) -> impl IntoView {
    if list.is_empty() {
        return view! { <p data-testid="residents-empty">"No residents registered here yet."</p> }
            .into_any();
    }
    view! {
        <table class="data-table" data-testid="residents-table">
            <caption>"Residents (" {list.len()} ")"</caption>
            <thead>
                <tr>
                    <th scope="col">"Name"</th>
                    <th scope="col">"Resident number"</th>
                    <th scope="col">"Location"</th>
                    <th scope="col">"Status"</th>
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
                                <td>{location_name(&directory, &r.location_id)}</td>
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
