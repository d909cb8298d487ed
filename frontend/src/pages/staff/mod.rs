//! Pages for staff (admins may open them too). One lazy route for the whole area (`/staff/*`),
//! compiled into its own wasm chunk: every extra lazy route costs the resident's main chunk some
//! router code, so the area picks its page itself.

pub mod activities;
pub mod activity_form;
pub mod centre;
pub mod centre_service;
pub mod content_coverage;
pub mod content_item;
pub mod content_labels;
pub mod content_list;
pub mod content_text;
pub mod content_translation;
pub mod new_resident;
pub mod overview;
pub mod procedure_stage;
pub mod resident_detail;
pub mod residents;

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use leptos_router::{LazyRoute, lazy_route};
use wegwijs_shared::accounts::{AccountStatus, SessionView};
use wegwijs_shared::auth::Role;
use wegwijs_shared::locations::{Location, LocationDirectory};

use crate::components::session::RequireRole;
use crate::components::sub_router;
use crate::i18n::{WithCatalog, tr};
use crate::pages::not_found::NotFound;
use activities::StaffActivitiesPage;
use centre::CentreEditPage;
use content_coverage::CoveragePage;
use content_item::{ContentItemScreen, ContentNewScreen};
use content_list::ContentListPage;
use new_resident::NewResidentScreen;
use overview::StaffOverviewPage;
use resident_detail::ResidentScreen;
use residents::ResidentsPage;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StaffPage {
    Overview,
    Residents,
    NewResident,
    Resident(String),
    Activities,
    Content,
    NewContent,
    ContentCoverage,
    ContentItem(String),
    Unknown,
    Centre,
}

impl StaffPage {
    /// `/staff`, `/staff/residents`, `/staff/residents/new`, `/staff/residents/{id}`,
    /// `/staff/content`, `/staff/content/new`, `/staff/content/coverage`, `/staff/content/{id}`.
    pub fn from_path(path: &str) -> Self {
        match sub_router::segments(path, "/staff").as_slice() {
            [] => StaffPage::Overview,
            ["residents"] => StaffPage::Residents,
            ["residents", "new"] => StaffPage::NewResident,
            ["residents", id] if !id.is_empty() => StaffPage::Resident((*id).to_owned()),
            ["centre"] => StaffPage::Centre,
            ["activities"] => StaffPage::Activities,
            ["content"] => StaffPage::Content,
            ["content", "new"] => StaffPage::NewContent,
            ["content", "coverage"] => StaffPage::ContentCoverage,
            ["content", id] if !id.is_empty() => StaffPage::ContentItem((*id).to_owned()),
            _ => StaffPage::Unknown,
        }
    }
}

pub struct StaffArea;

#[lazy_route]
impl LazyRoute for StaffArea {
    fn data() -> Self {
        StaffArea
    }

    fn view(_this: Self) -> AnyView {
        let location = use_location();
        let page = Memo::new(move |_| StaffPage::from_path(&location.pathname.get()));
        view! {
            <RequireRole roles=STAFF_ROLES>
                <WithCatalog file="staff">
                    {move || match page.get() {
                        StaffPage::Overview => view! { <StaffOverviewPage/> }.into_any(),
                        StaffPage::Residents => view! { <ResidentsPage/> }.into_any(),
                        StaffPage::NewResident => view! { <NewResidentScreen/> }.into_any(),
                        StaffPage::Resident(id) => view! { <ResidentScreen id/> }.into_any(),
                        StaffPage::Activities => view! { <StaffActivitiesPage/> }.into_any(),
                        StaffPage::Content => view! { <ContentListPage/> }.into_any(),
                        StaffPage::NewContent => view! { <ContentNewScreen/> }.into_any(),
                        StaffPage::ContentCoverage => view! { <CoveragePage/> }.into_any(),
                        StaffPage::ContentItem(id) => view! { <ContentItemScreen id/> }.into_any(),
                        StaffPage::Unknown => view! { <NotFound/> }.into_any(),
                        StaffPage::Centre => view! { <CentreEditPage/> }.into_any(),
                    }}
                </WithCatalog>
            </RequireRole>
        }
        .into_any()
    }
}

/// Who may use the staff pages.
pub const STAFF_ROLES: &[Role] = &[Role::Staff, Role::Admin];

/// The locations this person works for: an admin all of them, staff their assigned ones.
pub fn my_locations(me: &SessionView, directory: &LocationDirectory) -> Vec<Location> {
    directory
        .locations
        .iter()
        .filter(|l| me.role == Role::Admin || me.location_ids.contains(&l.id))
        .cloned()
        .collect()
}

pub fn status_label(status: AccountStatus) -> String {
    tr(match status {
        AccountStatus::Pending => "status-card-pending",
        AccountStatus::Active => "status-active",
        AccountStatus::Disabled => "status-disabled",
    })
}
