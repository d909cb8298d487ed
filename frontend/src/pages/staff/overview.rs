//! `/staff` (staff and admins): the staff start page: the ways to the staff pages, the locations
//! with their capacity, and the system's health.

use leptos::prelude::*;
use wegwijs_shared::health::{HealthReport, HealthStatus};
use wegwijs_shared::locations::LocationDirectory;

use crate::api;
use crate::components::api_view::api_view;
use crate::components::icons::Icon;
use crate::components::labels::kind_label;
use crate::components::link_list::{Link, LinkList};
use crate::i18n::{t, t_args, tr};

/// The staff start page: the way to the residents, locations with their capacity, and the system
/// status.
#[component]
pub fn StaffOverviewPage() -> impl IntoView {
    let directory = LocalResource::new(api::locations);
    let health = LocalResource::new(api::health);
    view! {
        <section class="page" aria-labelledby="staff-title">
            <h1 id="staff-title">{t("staff-overview-title")}</h1>
            <LinkList links=vec![
                Link::new("/staff/residents", Icon::People, "residents-title"),
                Link::new("/staff/residents/new", Icon::Plus, "staff-register-new"),
                Link::new("/staff/centre", Icon::Place, "centre-edit-title")
                    .test_id("link-staff-centre"),
                Link::new("/staff/activities", Icon::Calendar, "activities-staff-title"),
                Link::new("/staff/content", Icon::Learn, "content-title")
                    .test_id("staff-content-link"),
                Link::new("/staff/content/coverage", Icon::Language, "content-coverage-title"),
            ]/>
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
