//! `/trainer`: the ways into the trainer's work, then the DigComp 2.2 framework every module is
//! mapped to, in the interface language.

use leptos::prelude::*;
use leptos_router::components::A;
use wegwijs_shared::digcomp::AREAS;

use super::common::{area_name, competence_name};
use crate::components::icons::{Icon, IconSvg};
use crate::i18n::t;

#[component]
pub fn TrainerHomePage() -> impl IntoView {
    let links = [
        (
            "/trainer/modules",
            Icon::Book,
            "trainer-nav-modules",
            "trainer-modules-link",
        ),
        (
            "/trainer/groups",
            Icon::People,
            "trainer-nav-groups",
            "trainer-groups-link",
        ),
        (
            "/trainer/assignments",
            Icon::Calendar,
            "trainer-nav-assignments",
            "trainer-assignments-link",
        ),
        (
            "/trainer/dashboard",
            Icon::Log,
            "trainer-nav-dashboard",
            "trainer-dashboard-link",
        ),
    ];
    view! {
        <section class="page" aria-labelledby="trainer-title">
            <h1 id="trainer-title">{t("trainer-title")}</h1>
                            <ul class="plain trainer-links">
                    {links
                        .into_iter()
                        .map(|(href, icon, key, testid)| {
                            view! {
                                <li>
                                    <A href=href attr:class="button button-secondary" attr:data-testid=testid>
                                        <IconSvg icon/>" "{t(key)}
                                    </A>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            <h2>{t("trainer-digcomp-title")}</h2>
            <p class="lead">{t("trainer-lead")}</p>
            <ol class="card-list" data-testid="digcomp-areas">
                {AREAS
                    .iter()
                    .map(|area| {
                        view! {
                            <li class="card">
                                <h3>{area.number}". "<bdi>{area_name(area.number)}</bdi></h3>
                                <ul class="plain">
                                    {area
                                        .competences
                                        .iter()
                                        .map(|c| view! { <li><bdi dir="ltr">{c.code}</bdi>" "<bdi>{competence_name(c.code)}</bdi></li> })
                                        .collect_view()}
                                </ul>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </section>
    }
}
