//! The router. Residents' pages are in the main chunk; trainer and staff pages are `Lazy` routes, so
//! their code is split into separate wasm chunks fetched on first navigation.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{Lazy, StaticSegment};

use crate::components::layout::Layout;
use crate::pages::not_found::NotFound;
use crate::pages::resident::home::ResidentHome;
use crate::pages::staff::overview::StaffOverview;
use crate::pages::trainer::home::TrainerHome;

#[component]
pub fn App() -> impl IntoView {
    view! {
        <Router>
            <Layout>
                <Routes fallback=NotFound>
                    <Route path=StaticSegment("") view=ResidentHome/>
                    <Route path=StaticSegment("trainer") view={Lazy::<TrainerHome>::new()}/>
                    <Route path=StaticSegment("staff") view={Lazy::<StaffOverview>::new()}/>
                </Routes>
            </Layout>
        </Router>
    }
}
