//! `/trainer`: the ways into the trainer's work, then the DigComp 2.2 framework every module is
//! mapped to, in the interface language.

use leptos::prelude::*;
use wegwijs_shared::digcomp::AREAS;

use crate::components::digcomp::{area_name, competence_name};
use crate::components::icons::Icon;
use crate::components::link_list::{Link, LinkList};
use crate::i18n::t;

#[component]
pub fn TrainerHomePage() -> impl IntoView {
    let button = "button button-secondary";
    let links = vec![
        Link::new("/trainer/modules", Icon::Book, "trainer-nav-modules")
            .class(button)
            .test_id("trainer-modules-link"),
        Link::new("/trainer/groups", Icon::People, "trainer-nav-groups")
            .class(button)
            .test_id("trainer-groups-link"),
        Link::new(
            "/trainer/assignments",
            Icon::Calendar,
            "trainer-nav-assignments",
        )
        .class(button)
        .test_id("trainer-assignments-link"),
        Link::new("/trainer/dashboard", Icon::Log, "trainer-nav-dashboard")
            .class(button)
            .test_id("trainer-dashboard-link"),
    ];
    view! {
        <section class="page" aria-labelledby="trainer-title">
            <h1 id="trainer-title">{t("trainer-title")}</h1>
            <LinkList links class="plain trainer-links"/>
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
