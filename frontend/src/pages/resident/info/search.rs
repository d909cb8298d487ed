//! `/search`: searches everything a resident can see on the device (the saved copies offline),
//! insensitive to case and diacritics (`wegwijs_shared::search`): the content (titles, summaries,
//! texts), the activities of the coming two weeks and the centre's services, from the answers
//! their own pages ask for, so the service worker's saved copies answer here too. Results link to
//! the item (activities and services: to their card on their page).

use std::rc::Rc;

use leptos::prelude::*;
use wegwijs_shared::content::ResidentItem;
use wegwijs_shared::search::{Document, html_text, rank};

use super::common::{ItemLink, item_href, use_content};
use super::others::{OtherLink, use_others};
use crate::components::api_view::api_view;
use crate::components::icons::{Icon, IconSvg};
use crate::i18n::{Arg, t, t_args};

#[component]
pub fn SearchPage() -> impl IntoView {
    let content = use_content();
    let others = use_others();
    let query = RwSignal::new(String::new());
    view! {
        <section class="page" aria-labelledby="search-title">
            <h1 id="search-title">
                <IconSvg icon=Icon::Search/>
                " "
                {t("info-tile-search")}
            </h1>
            <form class="form search-form" role="search" on:submit=|ev| ev.prevent_default()>
                <div class="field">
                    <label for="search-query">{t("info-search-label")}</label>
                    <p class="hint" id="search-hint">{t("search-hint")}</p>
                    <input
                        id="search-query"
                        type="search"
                        aria-describedby="search-hint"
                        autocomplete="off"
                        prop:value=move || query.get()
                        on:input=move |ev| query.set(event_target_value(&ev))
                    />
                </div>
            </form>
            {api_view(
                content,
                "info-loading",
                move |walk| {
                    let items: Rc<Vec<(ResidentItem, Document)>> = Rc::new(
                        walk
                            .items
                            .into_iter()
                            .map(|item| {
                                let doc = Document::content(
                                    &item.id,
                                    &item.title,
                                    &item.summary,
                                    &html_text(&item.body_html),
                                    item_href(&item),
                                );
                                (item, doc)
                            })
                            .collect(),
                    );
                    view! { <Results items others query/> }
                },
            )}
        </section>
    }
}

#[component]
fn Results(
    items: Rc<Vec<(ResidentItem, Document)>>,
    others: Memo<Vec<Document>>,
    query: RwSignal<String>,
) -> impl IntoView {
    let items = send_wrapper::SendWrapper::new(items);
    let count = items.len();
    let index: Vec<Document> = items.iter().map(|(_, d)| d.clone()).collect();
    // Positions in the content followed by the others (activities, services).
    let hits = Memo::new(move |_| {
        others.with(|others| {
            let docs = index.iter().chain(others).map(|d| &d.doc);
            query.with(|q| rank(docs, q))
        })
    });
    view! {
        <p class="search-count" role="status" data-testid="search-count">
            {move || {
                if query.with(|q| q.trim().is_empty()) {
                    String::new()
                } else if hits.with(Vec::is_empty) {
                    t("info-search-none")()
                } else {
                    t_args("info-search-results", &[("count", Arg::from(hits.with(Vec::len)))])
                }
            }}
        </p>
        <ul class="card-list" data-testid="search-results">
            {move || {
                hits.get()
                    .into_iter()
                    .filter_map(|i| match items.get(i) {
                        Some((item, _)) => {
                            Some(view! { <ItemLink item=item.clone() show_kind=true/> }.into_any())
                        }
                        None => others
                            .with(|o| o.get(i - count).cloned())
                            .map(|doc| view! { <OtherLink doc/> }.into_any()),
                    })
                    .collect_view()
            }}
        </ul>
    }
}
