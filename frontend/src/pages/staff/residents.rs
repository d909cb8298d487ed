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
use crate::components::more_pages::MorePages;
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
        async move { api::residents(Some(location.as_str()).filter(|l| !l.is_empty()), None).await }
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
            move |page| {
                view! {
                    <ResidentTable
                        first=page.residents
                        next=page.next
                        location=filter.get_untracked()
                        directory=directory.get_value()
                    />
                }
            },
        )}
    }
}

/// The first page, and further pages appended on request (a large centre has thousands).
#[component]
fn ResidentTable(
    first: Vec<ResidentSummary>,
    next: Option<String>,
    location: String,
    directory: LocationDirectory,
) -> impl IntoView {
    if first.is_empty() {
        return view! { <p data-testid="residents-empty">{t("residents-empty")}</p> }.into_any();
    }
    let pages = MorePages::new(first, next);
    let location = StoredValue::new(location);
    let more = move || {
        let location = location.get_value();
        pages.load_more(move |after| async move {
            let asked = Some(location.as_str()).filter(|l| !l.is_empty());
            let page = api::residents(asked, Some(&after)).await?;
            Ok((page.residents, page.next))
        });
    };
    let directory = StoredValue::new(directory);
    view! {
        <table class="data-table" data-testid="residents-table">
            <caption>
                {move || t_args("residents-caption", &[("count", pages.rows.with(Vec::len).into())])}
            </caption>
            <thead>
                <tr>
                    <th scope="col">{t("field-name")}</th>
                    <th scope="col">{t("field-resident-number")}</th>
                    <th scope="col">{t("field-location")}</th>
                    <th scope="col">{t("field-status")}</th>
                </tr>
            </thead>
            <tbody>
                <For
                    each=move || pages.rows.get()
                    key=|r| r.id.clone()
                    children=move |r| {
                        let href = format!("/staff/residents/{}", r.id);
                        let place = directory.with_value(|d| location_name(d, &r.location_id));
                        view! {
                            <tr>
                                <th scope="row">
                                    <A href=href><bdi>{r.preferred_name}</bdi></A>
                                </th>
                                <td><bdi dir="ltr">{r.resident_number}</bdi></td>
                                <td><bdi>{place}</bdi></td>
                                <td>{status_label(r.status)}</td>
                            </tr>
                        }
                    }
                />
            </tbody>
        </table>
        {pages.show_more("residents-more", "residents-more", more)}
    }
    .into_any()
}
