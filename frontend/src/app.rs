//! The router. Residents' start, activation and sign-in pages are in the main chunk; everything
//! else is a `Lazy` route, split by the build into wasm chunks fetched on first navigation, so a
//! resident's phone never downloads staff, admin or invitation code.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{Lazy, path};

use crate::components::layout::Layout;
use crate::components::session::provide_session;
use crate::pages::admin::accounts::AdminAccounts;
use crate::pages::admin::audit::AdminAudit;
use crate::pages::admin::locations::AdminLocations;
use crate::pages::employee::invite::AcceptInvite;
use crate::pages::employee::sign_in::StaffSignIn;
use crate::pages::not_found::NotFound;
use crate::pages::resident::activate::Activate;
use crate::pages::resident::home::ResidentHome;
use crate::pages::resident::sessions::MySessions;
use crate::pages::resident::sign_in::SignIn;
use crate::pages::staff::new_resident::NewResidentPage;
use crate::pages::staff::overview::StaffOverview;
use crate::pages::staff::resident_detail::ResidentDetail;
use crate::pages::staff::residents::ResidentList;
use crate::pages::trainer::home::TrainerHome;

#[component]
pub fn App() -> impl IntoView {
    provide_session();
    view! {
        <Router>
            <Layout>
                <Routes fallback=NotFound>
                    <Route path=path!("") view=ResidentHome/>
                    <Route path=path!("/activate") view=Activate/>
                    <Route path=path!("/sign-in") view=SignIn/>
                    <Route path=path!("/sessions") view={Lazy::<MySessions>::new()}/>
                    <Route path=path!("/invite") view={Lazy::<AcceptInvite>::new()}/>
                    <Route path=path!("/trainer") view={Lazy::<TrainerHome>::new()}/>
                    <Route path=path!("/staff") view={Lazy::<StaffOverview>::new()}/>
                    <Route path=path!("/staff/sign-in") view={Lazy::<StaffSignIn>::new()}/>
                    <Route path=path!("/staff/residents") view={Lazy::<ResidentList>::new()}/>
                    <Route
                        path=path!("/staff/residents/new")
                        view={Lazy::<NewResidentPage>::new()}
                    />
                    <Route
                        path=path!("/staff/residents/:id")
                        view={Lazy::<ResidentDetail>::new()}
                    />
                    <Route path=path!("/admin") view={Lazy::<AdminAccounts>::new()}/>
                    <Route path=path!("/admin/locations") view={Lazy::<AdminLocations>::new()}/>
                    <Route path=path!("/admin/audit") view={Lazy::<AdminAudit>::new()}/>
                </Routes>
            </Layout>
        </Router>
    }
}
