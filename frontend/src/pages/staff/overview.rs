use leptos::prelude::*;
use leptos_router::components::A;
use wegwijs_shared::health::{HealthReport, HealthStatus};
use wegwijs_shared::locations::LocationDirectory;

use crate::api;
use crate::components::api_view::api_view;
use crate::components::icons::{Icon, IconSvg};
use crate::pages::resident::home::kind_label;

/// The staff start page: the way to the residents, locations with their capacity, and the system
/// status.
#[component]
pub fn StaffOverviewPage() -> impl IntoView {
    let directory = LocalResource::new(api::locations);
    let health = LocalResource::new(api::health);
    view! {
        <section class="page" aria-labelledby="staff-title">
            <h1 id="staff-title">"Staff overview"</h1>
            <ul class="link-list">
                <li>
                    <A href="/staff/residents">
                        <IconSvg icon=Icon::People/>
                        " Residents"
                    </A>
                </li>
                <li>
                    <A href="/staff/residents/new">
                        <IconSvg icon=Icon::Plus/>
                        " Register a new resident"
                    </A>
                </li>
            </ul>
            {api_view(
                directory,
                "Loading locations…",
                |directory| view! { <CapacityTable directory/> },
            )}
            <h2>"System status"</h2>
            {api_view(health, "Checking the system…", |report| view! { <HealthSummary report/> })}
        </section>
    }
}

#[component]
fn CapacityTable(directory: LocationDirectory) -> impl IntoView {
    let total = directory.total_capacity();
    view! {
        <table class="data-table" data-testid="capacity-table">
            <caption>"Reception locations of " {directory.agency.name}</caption>
            <thead>
                <tr>
                    <th scope="col">"Location"</th>
                    <th scope="col">"Type"</th>
                    <th scope="col">"Municipality"</th>
                    <th scope="col" class="numeric">"Places"</th>
                </tr>
            </thead>
            <tbody>
                {directory
                    .locations
                    .into_iter()
                    .map(|l| {
                        view! {
                            <tr>
                                <th scope="row">{l.name}</th>
                                <td>{kind_label(l.kind)}</td>
                                <td>{l.municipality}</td>
                                <td class="numeric">{l.capacity}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
            <tfoot>
                <tr>
                    <th scope="row" colspan="3">"Total"</th>
                    <td class="numeric">{total}</td>
                </tr>
            </tfoot>
        </table>
    }
}

#[component]
fn HealthSummary(report: HealthReport) -> impl IntoView {
    let status = match report.status {
        HealthStatus::Ok => "Working normally",
        HealthStatus::Degraded => "Degraded: the database is not ready",
    };
    view! {
        <dl class="facts" data-testid="health">
            <dt>"Status"</dt>
            <dd>{status}</dd>
            <dt>"Database schema"</dt>
            <dd><bdi>{report.database.migration.unwrap_or_else(|| "none".into())}</bdi></dd>
            <dt>"API version"</dt>
            <dd><bdi>{report.version}</bdi></dd>
        </dl>
    }
}
