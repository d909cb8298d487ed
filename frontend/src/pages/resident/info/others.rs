//! Activities and centre services next to the content (search results, favourites): read from
//! the same answers the activities and My centre pages ask for, so the service worker's saved
//! copies answer offline.

use leptos::prelude::*;
use leptos_router::components::A;
use wegwijs_shared::search::{DocKind, Document};

use crate::api;
use crate::components::icons::{Icon, IconSvg};
use crate::i18n::{t, tr, use_i18n};

/// The days the activities page shows (and the home asks the service worker to keep).
const ACTIVITY_DAYS: u32 = 14;

/// The resident's activities and centre services as documents, from the answers the activities
/// and My centre pages ask for. They are extras: when neither the network nor a saved copy has
/// them, the rest still works (their own pages say why they are missing).
pub fn use_others() -> Memo<Vec<Document>> {
    let language = use_i18n().language().code;
    let activities = LocalResource::new(move || api::activities(None, ACTIVITY_DAYS, language));
    let centre = LocalResource::new(|| api::centre(None));
    Memo::new(move |_| {
        let mut docs = Vec::new();
        if let Some(Ok(page)) = activities.get() {
            docs.extend(Document::activities(&page));
        }
        if let Some(Ok(centre)) = centre.get() {
            docs.extend(Document::services(&centre, |kind| tr(&kind.label_key())));
        }
        docs
    })
}

/// A card for an activity or a centre service, leading to its card on its own page.
#[component]
pub fn OtherLink(doc: Document) -> impl IntoView {
    let (icon, label) = match doc.kind {
        DocKind::Activity => (Icon::Calendar, "search-kind-activity"),
        _ => (Icon::Place, "search-kind-service"),
    };
    view! {
        <li class="card item-card" data-testid="search-other" data-kind=label>
            <p class="item-kind">
                <IconSvg icon/>
                " "
                {t(label)}
            </p>
            <h3>
                <A href=doc.link>
                    <bdi>{doc.title}</bdi>
                </A>
            </h3>
        </li>
    }
}
