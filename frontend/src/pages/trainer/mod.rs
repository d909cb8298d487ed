//! Pages for trainers (admins may open them too). One lazy route for the whole area
//! (`/trainer/*`), compiled into its own wasm chunk that residents never download; like the staff
//! area it picks its page itself, because every lazy route adds router code to the main chunk.

pub mod assignments;
pub mod common;
pub mod dashboard;
pub mod editor;
pub mod editor_items;
pub mod editor_texts;
pub mod groups;
pub mod home;
pub mod modules;

use leptos::prelude::*;
use leptos_router::hooks::use_location;
use leptos_router::{LazyRoute, lazy_route};
use wegwijs_shared::auth::Role;

use crate::components::location_switcher;
use crate::components::session::RequireRole;
use crate::components::sub_router;
use crate::i18n::WithCatalog;
use crate::pages::not_found::NotFound;
use assignments::AssignmentsPage;
use dashboard::DashboardPage;
use editor::{EditModuleScreen, NewModuleScreen, PreviewRedirect};
use groups::GroupsPage;
use home::TrainerHomePage;
use modules::ModulesPage;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TrainerPage {
    Home,
    Modules,
    NewModule,
    Module(String),
    Preview(String),
    Groups,
    Assignments,
    Dashboard,
    Unknown,
}

impl TrainerPage {
    /// `/trainer`, `/trainer/modules`, `/trainer/modules/new`, `/trainer/modules/{id}`,
    /// `/trainer/modules/{id}/preview`, `/trainer/groups`, `/trainer/assignments`,
    /// `/trainer/dashboard`.
    pub fn from_path(path: &str) -> Self {
        match sub_router::segments(path, "/trainer").as_slice() {
            [] => TrainerPage::Home,
            ["modules"] => TrainerPage::Modules,
            ["modules", "new"] => TrainerPage::NewModule,
            ["modules", id] if !id.is_empty() => TrainerPage::Module((*id).to_owned()),
            ["modules", id, "preview"] if !id.is_empty() => TrainerPage::Preview((*id).to_owned()),
            ["groups"] => TrainerPage::Groups,
            ["assignments"] => TrainerPage::Assignments,
            ["dashboard"] => TrainerPage::Dashboard,
            _ => TrainerPage::Unknown,
        }
    }
}

pub struct TrainerArea;

#[lazy_route]
impl LazyRoute for TrainerArea {
    fn data() -> Self {
        TrainerArea
    }

    fn view(_this: Self) -> AnyView {
        let location = use_location();
        let page = Memo::new(move |_| TrainerPage::from_path(&location.pathname.get()));
        view! {
            <RequireRole roles=TRAINER_ROLES>
                <WithCatalog file="staff">
                    <TrainerPages page/>
                </WithCatalog>
            </RequireRole>
        }
        .into_any()
    }
}

#[component]
fn TrainerPages(page: Memo<TrainerPage>) -> impl IntoView {
    location_switcher::provide_work_location();
    move || match page.get() {
        TrainerPage::Home => view! { <TrainerHomePage/> }.into_any(),
        TrainerPage::Modules => view! { <ModulesPage/> }.into_any(),
        TrainerPage::NewModule => view! { <NewModuleScreen/> }.into_any(),
        TrainerPage::Module(id) => view! { <EditModuleScreen id/> }.into_any(),
        TrainerPage::Preview(id) => view! { <PreviewRedirect id/> }.into_any(),
        TrainerPage::Groups => view! { <GroupsPage/> }.into_any(),
        TrainerPage::Assignments => view! { <AssignmentsPage/> }.into_any(),
        TrainerPage::Dashboard => view! { <DashboardPage/> }.into_any(),
        TrainerPage::Unknown => view! { <NotFound/> }.into_any(),
    }
}

/// Who may use the trainer pages.
pub const TRAINER_ROLES: &[Role] = &[Role::Trainer, Role::Admin];
