//! The router. The residents' start page is in the main chunk; everything else is a `Lazy` route,
//! split by the build into wasm chunks fetched on first navigation, so a resident's phone never
//! downloads staff, admin or invitation code, and fetches the activation and sign-in pages only on
//! the rare days it needs them.

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{Lazy, path};

use crate::components::display_settings::DisplayPage;
use crate::components::language_picker::LanguagePage;
use crate::components::layout::Layout;
use crate::components::session::provide_session;
use crate::components::session_sync::follow_session;
use crate::i18n::provide_i18n;
use crate::pages::admin::AdminArea;
use crate::pages::employee::invite::AcceptInvite;
use crate::pages::employee::sign_in::StaffSignIn;
use crate::pages::not_found::NotFound;
use crate::pages::pending::PendingPage;
use crate::pages::resident::activate::ActivatePage;
use crate::pages::resident::activities::ActivitiesRoute;
use crate::pages::resident::centre::CentrePage;
use crate::pages::resident::home::ResidentHome;
use crate::pages::resident::info;
use crate::pages::resident::learning;
use crate::pages::resident::sessions::MySessions;
use crate::pages::resident::sign_in::SignInPage;
use crate::pages::staff::StaffArea;
use crate::pages::trainer::TrainerArea;

/// Routes are matched in order: `/staff/sign-in` before the staff area's `/staff/*rest`. The staff
/// and admin areas are one lazy route each (a wildcard also matches the bare `/staff`), because
/// every route adds router code to the resident's main chunk.
#[component]
pub fn App() -> impl IntoView {
    let session = provide_session();
    let i18n = provide_i18n();
    // The queue's owner and the account's language follow whoever signs in.
    follow_session(session, i18n);
    // Sends changes saved offline in an earlier visit, and from now on whenever the connection
    // returns.
    crate::offline::start();
    // The frame re-renders when the language changes (rare), so every text, including those handed
    // to components as plain strings, follows it. At start-up a remembered language's file is
    // awaited first (from the service worker's cache, normally), so no English flashes.
    let frame = move || {
        if !i18n.ready() {
            return ().into_any();
        }
        i18n.track();
        view! {
            <Layout>
                <Routes fallback=NotFound>
                    <Route path=path!("") view=ResidentHome/>
                    <Route path=path!("/language") view=LanguagePage/>
                    <Route path=path!("/display") view={Lazy::<DisplayPage>::new()}/>
                    <Route path=path!("/pending") view=PendingPage/>
                    <Route path=path!("/activate") view={Lazy::<ActivatePage>::new()}/>
                    <Route path=path!("/sign-in") view={Lazy::<SignInPage>::new()}/>
                    <Route path=path!("/sessions") view={Lazy::<MySessions>::new()}/>
                    <Route path=path!("/invite") view={Lazy::<AcceptInvite>::new()}/>
                    <Route path=path!("/trainer/*rest") view={Lazy::<TrainerArea>::new()}/>
                    <Route path=path!("/staff/sign-in") view={Lazy::<StaffSignIn>::new()}/>
                    <Route path=path!("/staff/*rest") view={Lazy::<StaffArea>::new()}/>
                    <Route path=path!("/admin/*rest") view={Lazy::<AdminArea>::new()}/>
                    <Route path=path!("/centre") view={Lazy::<CentrePage>::new()}/>
                    <Route path=path!("/activities") view={Lazy::<ActivitiesRoute>::new()}/>
                    // A route per information page (one catch-all route saved only 2.7 KB); the
                    // home fetches their chunks, so after one visit they open offline.
                    <Route path=path!("/library") view={Lazy::<info::Library>::new()}/>
                    <Route path=path!("/library/:id") view={Lazy::<info::Article>::new()}/>
                    <Route path=path!("/news") view={Lazy::<info::News>::new()}/>
                    <Route path=path!("/vacancies") view={Lazy::<info::Vacancies>::new()}/>
                    <Route path=path!("/search") view={Lazy::<info::Search>::new()}/>
                    <Route path=path!("/favourites") view={Lazy::<info::Favourites>::new()}/>
                    // Learning picks its own page; /verify is the public certificate check.
                    <Route path=path!("/learning/*rest") view={Lazy::<learning::LearningArea>::new()}/>
                    <Route path=path!("/verify/*rest") view={Lazy::<learning::VerifyRoute>::new()}/>
                </Routes>
            </Layout>
        }
        .into_any()
    };
    view! { <Router>{frame}</Router> }
}
