//! `/staff/content/coverage`: every item against the twelve languages, so staff see at a glance
//! which translations are missing, waiting or outdated. Each cell says its status in words with an
//! icon (never colour alone) and links to that translation.

use leptos::prelude::*;
use leptos_router::components::A;
use wegwijs_shared::content::StaffItemSummary;
use wegwijs_shared::languages::LANGUAGES;

use super::content_labels::{coverage_class, coverage_label, kind_label};
use crate::api::{self, ApiFailure};
use crate::components::api_view::api_view;
use crate::components::icons::IconSvg;
use crate::components::languages::language_name;
use crate::i18n::t;

/// Pages fetched at most (100 items each): the table is for an overview, not an archive.
const MAX_PAGES: usize = 10;

async fn all_items() -> Result<(Vec<StaffItemSummary>, bool), ApiFailure> {
    let mut items = Vec::new();
    let mut cursor = None;
    for _ in 0..MAX_PAGES {
        let page = api::staff_items(None, cursor, 100).await?;
        items.extend(page.items);
        cursor = page.next_cursor;
        if cursor.is_none() {
            return Ok((items, false));
        }
    }
    Ok((items, true))
}

#[component]
pub fn CoveragePage() -> impl IntoView {
    let items = LocalResource::new(all_items);
    view! {
        <section class="page page-wide" aria-labelledby="coverage-title">
            <p><A href="/staff/content">{t("content-back")}</A></p>
            <h1 id="coverage-title">{t("content-coverage-title")}</h1>
            <p class="lead">{t("content-coverage-lead")}</p>
            {api_view(items, "content-loading", |(items, more)| view! { <CoverageTable items more/> })}
        </section>
    }
}

#[component]
fn CoverageTable(items: Vec<StaffItemSummary>, more: bool) -> impl IntoView {
    if items.is_empty() {
        return view! { <p>{t("content-empty")}</p> }.into_any();
    }
    view! {
        <div class="table-scroll" role="region" aria-labelledby="coverage-caption" tabindex="0">
            <table class="data-table coverage-table" data-testid="coverage-table">
                <caption id="coverage-caption">{t("content-coverage-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("content-field-title")}</th>
                        {LANGUAGES
                            .iter()
                            .map(|l| view! { <th scope="col"><abbr title=l.native_name><code>{l.code}</code></abbr></th> })
                            .collect_view()}
                    </tr>
                </thead>
                <tbody>
                    {items.into_iter().map(|item| view! { <CoverageRow item/> }).collect_view()}
                </tbody>
            </table>
        </div>
        {more.then(|| view! { <p>{t("content-coverage-more")}</p> })}
    }
    .into_any()
}

#[component]
fn CoverageRow(item: StaffItemSummary) -> impl IntoView {
    let id = item.id.clone();
    let source = item.source_language.clone();
    view! {
        <tr data-testid="coverage-row">
            <th scope="row">
                <A href=format!("/staff/content/{id}")><bdi>{item.title}</bdi></A>
                <span class="hint">" · "{kind_label(item.kind)}</span>
            </th>
            {item
                .coverage
                .into_iter()
                .map(|(lang, coverage)| {
                    let (label, icon) = coverage_label(coverage);
                    let name = language_name(&lang);
                    let href = if lang == source {
                        format!("/staff/content/{id}")
                    } else {
                        format!("/staff/content/{id}?language={lang}#translation")
                    };
                    let aria = format!("{name}: {label}");
                    view! {
                        <td class=coverage_class(coverage) data-language=lang.clone()>
                            <A href=href attr:aria-label=aria>
                                <IconSvg icon/>" "{label}
                            </A>
                        </td>
                    }
                })
                .collect_view()}
        </tr>
    }
}
