use leptos::prelude::*;
use wegwijs_shared::locations::{LocationDirectory, LocationKind};

use crate::api;
use crate::components::api_view::api_view;
use crate::components::icons::{Icon, IconSvg};

pub fn kind_label(kind: LocationKind) -> &'static str {
    match kind {
        LocationKind::Col => "Central reception",
        LocationKind::Pol => "Process reception",
        LocationKind::Azc => "Asylum seekers' centre",
    }
}

#[component]
pub fn ResidentHome() -> impl IntoView {
    let directory = LocalResource::new(api::locations);
    view! {
        <section class="page" aria-labelledby="home-title">
            <h1 id="home-title">"Welcome to Wegwijs"</h1>
            <p class="lead">
                "Information about your procedure and life at your centre, your own affairs, and lessons to learn digital skills."
            </p>
            {api_view(
                directory,
                "Loading the reception locations…",
                |directory| view! { <Directory directory/> },
            )}
        </section>
    }
}

#[component]
fn Directory(directory: LocationDirectory) -> impl IntoView {
    view! {
        <h2>{directory.agency.name}</h2>
        <ul class="card-list" data-testid="locations">
            {directory
                .locations
                .into_iter()
                .map(|location| {
                    view! {
                        <li class="card">
                            <h3><IconSvg icon=Icon::Place/>" "{location.name}</h3>
                            <p>{kind_label(location.kind)}" · "{location.municipality}</p>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
