use leptos::prelude::*;
use leptos_router::{LazyRoute, lazy_route};
use wegwijs_shared::digcomp::AREAS;

/// The trainer area's start page: the DigComp 2.2 framework every module will be mapped to.
pub struct TrainerHome;

#[lazy_route]
impl LazyRoute for TrainerHome {
    fn data() -> Self {
        TrainerHome
    }

    fn view(_this: Self) -> AnyView {
        view! {
            <section class="page" aria-labelledby="trainer-title">
                <h1 id="trainer-title">"Trainer area"</h1>
                <p class="lead">
                    "Digital-skills modules are mapped to the EU framework DigComp 2.2. These are its five competence areas."
                </p>
                <ol class="card-list" data-testid="digcomp-areas">
                    {AREAS
                        .iter()
                        .map(|area| {
                            view! {
                                <li class="card">
                                    <h2>{area.number}". "{area.title}</h2>
                                    <ul class="plain">
                                        {area
                                            .competences
                                            .iter()
                                            .map(|c| view! { <li><bdi>{c.code}</bdi>" "{c.title}</li> })
                                            .collect_view()}
                                    </ul>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </section>
        }
        .into_any()
    }
}
