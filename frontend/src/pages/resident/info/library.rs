//! `/library`: the six subjects and their articles; `/library/{id}`: one article.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use wegwijs_shared::content::{Category, ContentKind, ResidentItem};

use super::common::{
    FavouriteStar, ItemLink, LanguageNotes, favourite_kind, published, use_content, use_favourites,
};
use crate::components::api_view::api_view;
use crate::components::icons::{Icon, IconSvg};
use crate::components::languages::dir_of;
use crate::components::listen::Listen;
use crate::i18n::t;

const CATEGORIES: [(Category, &str); 6] = [
    (Category::AsylumProcedure, "info-category-asylum-procedure"),
    (
        Category::RightsObligations,
        "info-category-rights-obligations",
    ),
    (Category::HealthCare, "info-category-health-care"),
    (Category::Safety, "info-category-safety"),
    (Category::DailyLife, "info-category-daily-life"),
    (Category::LearningWork, "info-category-learning-work"),
];

#[component]
pub fn LibraryPage() -> impl IntoView {
    let content = use_content();
    view! {
        <section class="page" aria-labelledby="library-title">
            <h1 id="library-title">
                <IconSvg icon=Icon::Book/>
                " "
                {t("info-tile-library")}
            </h1>
            <p class="lead">{t("info-library-lead")}</p>
            {api_view(
                content,
                "info-loading",
                |walk| {
                    let articles: Vec<ResidentItem> = walk
                        .items
                        .into_iter()
                        .filter(|i| i.kind == ContentKind::Article)
                        .collect();
                    view! { <Shelves articles/> }
                },
            )}
        </section>
    }
}

#[component]
fn Shelves(articles: Vec<ResidentItem>) -> impl IntoView {
    CATEGORIES
        .iter()
        .map(|(category, key)| {
            let items: Vec<ResidentItem> = articles
                .iter()
                .filter(|a| a.category == Some(*category))
                .cloned()
                .collect();
            let heading = format!("shelf-{key}");
            let labelled_by = heading.clone();
            view! {
                <section class="shelf" aria-labelledby=labelled_by data-testid="shelf">
                    <h2 id=heading>{t(key)}</h2>
                    {if items.is_empty() {
                        view! { <p class="hint">{t("info-library-empty")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="card-list">
                                {items.into_iter().map(|item| view! { <ItemLink item/> }).collect_view()}
                            </ul>
                        }
                            .into_any()
                    }}
                </section>
            }
        })
        .collect_view()
}

#[component]
pub fn ArticlePage() -> impl IntoView {
    let params = use_params_map();
    let content = use_content();
    let favourites = use_favourites();
    view! {
        <section class="page article" aria-labelledby="item-title">
            <p class="small-link">
                <A href="/library">
                    <IconSvg icon=Icon::Book/>
                    " "
                    {t("info-back-library")}
                </A>
            </p>
            {api_view(
                content,
                "info-loading",
                move |walk| {
                    let id = params.with_untracked(|p| p.get("id").unwrap_or_default());
                    match walk.items.into_iter().find(|i| i.id == id) {
                        Some(item) => view! { <ItemText item favourites heading_level=1/> }.into_any(),
                        None => {
                            view! {
                                <h1 id="item-title">{t("info-not-found-title")}</h1>
                                <p>{t("info-not-found")}</p>
                            }
                                .into_any()
                        }
                    }
                },
            )}
        </section>
    }
}

/// One item's full text: title (h1 on its own page, h2 in a list), notes, summary, the rendered
/// rich text (escaped by `wegwijs_shared::richtext` on the server), Listen and the star.
#[component]
pub fn ItemText(
    item: ResidentItem,
    favourites: super::common::Favourites,
    heading_level: u8,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView {
    let dir = dir_of(&item.language);
    let lang = item.language.clone();
    let title_id = if heading_level == 1 {
        "item-title".to_owned()
    } else {
        format!("title-{}", item.id)
    };
    let title = item.title.clone();
    let heading = if heading_level == 1 {
        view! { <h1 id=title_id lang=lang.clone() dir=dir>{title}</h1> }.into_any()
    } else {
        view! { <h2 id=title_id lang=lang.clone() dir=dir>{title}</h2> }.into_any()
    };
    let kind = favourite_kind(item.kind);
    view! {
        <div class="listen-block item-text" data-testid="item-text">
            {heading}
            <LanguageNotes item_language=item.language.clone() fallback=item.fallback outdated=item.outdated/>
            <p class="item-date">{published(item.published_at)}</p>
            {(!item.summary.is_empty())
                .then(|| view! { <p class="item-summary" lang=lang.clone() dir=dir>{item.summary.clone()}</p> })}
            <div class="rich-text" lang=lang dir=dir inner_html=item.body_html.clone()></div>
            {children.map(|c| c())}
            <div class="actions">
                <Listen/>
                <FavouriteStar favourites kind id=item.id.clone()/>
            </div>
        </div>
    }
}
