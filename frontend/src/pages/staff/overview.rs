use leptos::prelude::*;
use leptos_router::components::A;
use wegwijs_shared::health::{HealthReport, HealthStatus};
use wegwijs_shared::locations::LocationDirectory;

use crate::api;
use crate::components::api_view::api_view;
use crate::components::icons::{Icon, IconSvg};
use crate::i18n::{t, t_args, tr};
use crate::pages::resident::home::kind_label;

/// The staff start page: the way to the residents, locations with their capacity, and the system
/// status.
#[component]
pub fn StaffOverviewPage() -> impl IntoView {
    let directory = LocalResource::new(api::locations);
    let health = LocalResource::new(api::health);
    view! {
        <section class="page" aria-labelledby="staff-title">
            <h1 id="staff-title">{t("staff-overview-title")}</h1>
            <ul class="link-list">
                <li>
                    <A href="/staff/residents">
                        <IconSvg icon=Icon::People/>
                        " "{t("residents-title")}
                    </A>
                </li>
                <li>
                    <A href="/staff/residents/new">
                        <IconSvg icon=Icon::Plus/>
                        " "{t("staff-register-new")}
                    </A>
                </li>
                // issue 5: centre
                <li>
                    <A href="/staff/centre" attr:data-testid="link-staff-centre">
                        <IconSvg icon=Icon::Place/>
                        " "{t("centre-edit-title")}
                    </A>
                </li>
                // issue 5: activities
                <li>
                    <A href="/staff/activities">
                        <IconSvg icon=Icon::Calendar/>
                        " "{t("activities-staff-title")}
                    </A>
                </li>
                // issue 5: editor
                <li>
                    <A href="/staff/content" attr:data-testid="staff-content-link">
                        <IconSvg icon=Icon::Learn/>
                        " "{t("content-title")}
                    </A>
                </li>
                <li>
                    <A href="/staff/content/coverage">
                        <IconSvg icon=Icon::Language/>
                        " "{t("content-coverage-title")}
                    </A>
                </li>
            </ul>
            {api_view(
                directory,
                "staff-loading-locations",
                |directory| view! { <CapacityTable directory/> },
            )}
            <h2>{t("system-status")}</h2>
            {api_view(health, "checking-system", |report| view! { <HealthSummary report/> })}
        </section>
    }
}

#[component]
fn CapacityTable(directory: LocationDirectory) -> impl IntoView {
    let total = directory.total_capacity();
    view! {
        <table class="data-table" data-testid="capacity-table">
            <caption>{t_args("capacity-caption", &[("agency", directory.agency.name.into())])}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("field-location")}</th>
                    <th scope="col">{t("field-type")}</th>
                    <th scope="col">{t("field-municipality")}</th>
                    <th scope="col" class="numeric">{t("field-places")}</th>
                </tr>
            </thead>
            <tbody>
                {directory
                    .locations
                    .into_iter()
                    .map(|l| {
                        view! {
                            <tr>
                                <th scope="row"><bdi>{l.name}</bdi></th>
                                <td>{kind_label(l.kind)}</td>
                                <td><bdi>{l.municipality}</bdi></td>
                                <td class="numeric">{l.capacity}</td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
            <tfoot>
                <tr>
                    <th scope="row" colspan="3">{t("capacity-total")}</th>
                    <td class="numeric">{total}</td>
                </tr>
            </tfoot>
        </table>
    }
}

#[component]
fn HealthSummary(report: HealthReport) -> impl IntoView {
    let status = tr(match report.status {
        HealthStatus::Ok => "health-ok",
        HealthStatus::Degraded => "health-degraded",
    });
    view! {
        <dl class="facts" data-testid="health">
            <dt>{t("field-status")}</dt>
            <dd>{status}</dd>
            <dt>{t("health-schema")}</dt>
            <dd><bdi>{report.database.migration.unwrap_or_else(|| tr("health-none"))}</bdi></dd>
            <dt>{t("health-api-version")}</dt>
            <dd><bdi>{report.version}</bdi></dd>
        </dl>
    }
}
