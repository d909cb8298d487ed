//! `/search`: searches the content on the device (the saved copy offline), insensitive to case and
//! diacritics (`wegwijs_shared::search`), in titles, summaries and texts; results link to the items.

use std::rc::Rc;

use leptos::prelude::*;
use wegwijs_shared::content::ResidentItem;
use wegwijs_shared::search::{SearchDoc, html_text, search};

use super::common::{ItemLink, use_content};
use crate::components::api_view::api_view;
use crate::components::icons::{Icon, IconSvg};
use crate::i18n::{Arg, t, t_args};

#[component]
pub fn SearchPage() -> impl IntoView {
    let content = use_content();
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
                    <p class="hint" id="search-hint">{t("info-search-hint")}</p>
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
                    let docs: Rc<Vec<(ResidentItem, SearchDoc)>> = Rc::new(
                        walk
                            .items
                            .into_iter()
                            .map(|item| {
                                let doc = SearchDoc::new(
                                    &item.title,
                                    &item.summary,
                                    &html_text(&item.body_html),
                                );
                                (item, doc)
                            })
                            .collect(),
                    );
                    view! { <Results docs query/> }
                },
            )}
        </section>
    }
}

#[component]
fn Results(docs: Rc<Vec<(ResidentItem, SearchDoc)>>, query: RwSignal<String>) -> impl IntoView {
    let index: Vec<SearchDoc> = docs.iter().map(|(_, d)| d.clone()).collect();
    let hits = Memo::new(move |_| query.with(|q| search(&index, q)));
    let docs = send_wrapper::SendWrapper::new(docs);
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
                    .map(|i| view! { <ItemLink item=docs[i].0.clone() show_kind=true/> })
                    .collect_view()
            }}
        </ul>
    }
}
