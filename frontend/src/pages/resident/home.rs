//! `/` (everyone): the start page in the residents' first load. Signed out: the ways in and the
//! agency's locations; a resident: their home with information, details and links; an employee:
//! the way to their area.

use leptos::prelude::*;
use leptos_router::components::A;
use wegwijs_shared::accounts::SessionView;
use wegwijs_shared::auth::Role;
use wegwijs_shared::locations::LocationDirectory;
use wegwijs_shared::residents::Resident;

use crate::api;
use crate::components::api_view::api_view;
use crate::components::icons::{Icon, IconSvg};
use crate::components::labels::kind_label;
use crate::components::languages::language_name;
use crate::components::listen::Listen;
use crate::components::loading::Loading;
use crate::components::session::{SessionState, home_of, use_session};
use crate::i18n::{t, tr};
use crate::pages::resident::home_info::HomeInfo;

/// The start page. Signed out: the two ways in (a new card, or signing in) and the agency's
/// locations. A resident: their own details. Staff, trainers and admins: the way to their area.
#[component]
pub fn ResidentHome() -> impl IntoView {
    let session = use_session();
    // Rebuild only when who is signed in changes, not on every refresh of the same session.
    let who = Memo::new(move |_| session.get());
    move || match who.get() {
        SessionState::Unknown => view! { <Loading label=tr("loading")/> }.into_any(),
        SessionState::SignedOut => view! { <Welcome/> }.into_any(),
        SessionState::SignedIn(me) if me.role == Role::Resident => {
            view! { <MyHome me/> }.into_any()
        }
        SessionState::SignedIn(me) => view! { <EmployeeHome me/> }.into_any(),
    }
}

#[component]
fn Welcome() -> impl IntoView {
    let directory = LocalResource::new(api::locations);
    view! {
        <section class="page" aria-labelledby="home-title">
            <div class="listen-block">
                <h1 id="home-title">{t("home-welcome")}</h1>
                <p class="lead">
                    {t("home-lead")}
                </p>
                <Listen/>
            </div>
            <ul class="big-choices">
                <li>
                    <A href="/activate" attr:class="button button-big">
                        <IconSvg icon=Icon::Card/>
                        <span>{t("home-new-card")}</span>
                    </A>
                </li>
                <li>
                    <A href="/sign-in" attr:class="button button-big button-secondary">
                        <IconSvg icon=Icon::SignIn/>
                        <span>{t("nav-sign-in")}</span>
                    </A>
                </li>
            </ul>
            <p class="small-link">
                <A href="/staff/sign-in">{t("home-staff-link")}</A>
            </p>
            {api_view(
                directory,
                "loading-locations",
                |directory| view! { <Directory directory/> },
            )}
        </section>
    }
}

#[component]
fn MyHome(me: SessionView) -> impl IntoView {
    let id = me.account_id.clone();
    // Both start at once; `mine` waits for both. The directory only names the location, so its
    // failure leaves the location id shown instead of hiding the resident's own details.
    let record = LocalResource::new(move || {
        let id = id.clone();
        async move { api::resident(&id).await }
    });
    let directory = LocalResource::new(api::locations);
    let mine = LocalResource::new(move || async move {
        let resident = record.await?;
        Ok::<_, api::ApiFailure>((resident, directory.await.ok()))
    });
    view! {
        <section class="page" aria-labelledby="home-title">
            <h1 id="home-title">{t("hello")} " " <bdi>{me.display_name}</bdi></h1>
            <HomeInfo/>
            {api_view(
                mine,
                "loading-my-details",
                |(resident, directory)| view! { <MyData resident directory/> },
            )}
            <HomeLinks href="/centre" icon=Icon::Place key="centre-title" test_id="link-centre"/>
        </section>
    }
}

#[component]
fn MyData(resident: Resident, directory: Option<LocationDirectory>) -> impl IntoView {
    let location = directory
        .and_then(|d| {
            d.locations
                .into_iter()
                .find(|l| l.id == resident.location_id)
        })
        .map(|l| l.name)
        .unwrap_or_else(|| resident.location_id.clone());
    let language = language_name(&resident.language);
    view! {
        <section class="card my-data" aria-labelledby="my-data-title" data-testid="my-data">
            <h2 id="my-data-title">{t("my-details")}</h2>
            <dl class="facts">
                <dt>{t("field-name")}</dt>
                <dd><bdi>{resident.preferred_name}</bdi></dd>
                <dt>{t("field-resident-number")}</dt>
                <dd><bdi dir="ltr">{resident.resident_number}</bdi></dd>
                <dt>{t("field-location")}</dt>
                <dd><bdi>{location}</bdi></dd>
                <dt>{t("field-language")}</dt>
                <dd><bdi>{language}</bdi></dd>
            </dl>
            <Listen/>
        </section>
    }
}

#[component]
fn EmployeeHome(me: SessionView) -> impl IntoView {
    let (href, key) = match me.role {
        Role::Admin => (home_of(Role::Admin), "go-admin-area"),
        Role::Trainer => (home_of(Role::Trainer), "go-trainer-area"),
        _ => (home_of(Role::Staff), "go-staff-area"),
    };
    view! {
        <section class="page" aria-labelledby="home-title">
            <h1 id="home-title">{t("hello")} " " <bdi>{me.display_name}</bdi></h1>
            <HomeLinks href icon=Icon::Staff key/>
        </section>
    }
}

/// A home's two ways on: `href` (the resident's centre, or an employee's area) and My sessions.
/// One list for both homes, written out rather than a shared link list: a list built at run time
/// costs the resident's first load more than these two links.
#[component]
fn HomeLinks(
    href: &'static str,
    icon: Icon,
    key: &'static str,
    #[prop(optional)] test_id: Option<&'static str>,
) -> impl IntoView {
    view! {
        <ul class="link-list">
            <li>
                <A href=href attr:data-testid=test_id>
                    <IconSvg icon/>
                    " "
                    {t(key)}
                </A>
            </li>
            <li>
                <A href="/sessions">
                    <IconSvg icon=Icon::Devices/>
                    " "
                    {t("my-sessions")}
                </A>
            </li>
        </ul>
    }
}

#[component]
fn Directory(directory: LocationDirectory) -> impl IntoView {
    view! {
        <div class="listen-block">
        <h2><bdi>{directory.agency.name}</bdi></h2>
        <ul class="card-list" data-testid="locations">
            {directory
                .locations
                .into_iter()
                .map(|location| {
                    view! {
                        <li class="card">
                            <h3><IconSvg icon=Icon::Place/>" "<bdi>{location.name}</bdi></h3>
                            <p>{kind_label(location.kind)}" · "<bdi>{location.municipality}</bdi></p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <Listen/>
        </div>
    }
}
