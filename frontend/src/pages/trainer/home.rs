use leptos::prelude::*;
use leptos_router::{LazyRoute, lazy_route};
use wegwijs_shared::digcomp::AREAS;

use crate::i18n::{WithCatalog, t};

/// The trainer area's start page: the DigComp 2.2 framework every module will be mapped to.
pub struct TrainerHome;

#[lazy_route]
impl LazyRoute for TrainerHome {
    fn data() -> Self {
        TrainerHome
    }

    fn view(_this: Self) -> AnyView {
        view! {
            <WithCatalog file="staff">
            <section class="page" aria-labelledby="trainer-title">
                <h1 id="trainer-title">{t("trainer-title")}</h1>
                <p class="lead">
                    {t("trainer-lead")}
                </p>
                <ol class="card-list" data-testid="digcomp-areas">
                    {AREAS
                        .iter()
                        .map(|area| {
                            view! {
                                <li class="card">
                                    <h2>{area.number}". "<bdi lang="en">{area.title}</bdi></h2>
                                    <ul class="plain">
                                        {area
                                            .competences
                                            .iter()
                                            .map(|c| view! { <li><bdi>{c.code}</bdi>" "<bdi lang="en">{c.title}</bdi></li> })
                                            .collect_view()}
                                    </ul>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </section>
            </WithCatalog>
        }
        .into_any()
    }
}
