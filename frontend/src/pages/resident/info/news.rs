//! `/news` (newest first; opening it marks the news as seen) and `/vacancies` (paid work and
//! volunteer work, with their conditions in the text, a contact and a link).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wegwijs_shared::content::{ContentKind, ResidentItem, VacancyKind};

use super::common::{Favourites, use_content, use_favourites};
use super::library::ItemText;
use crate::api::{self, ContentWalk};
use crate::components::api_view::api_view;
use crate::components::icons::{Icon, IconSvg};
use crate::i18n::t;

fn newest_first(walk: ContentWalk<ResidentItem>, kind: ContentKind) -> Vec<ResidentItem> {
    let mut items: Vec<ResidentItem> = walk.items.into_iter().filter(|i| i.kind == kind).collect();
    items.sort_by(|a, b| b.published_at.total_cmp(&a.published_at));
    items
}

#[component]
pub fn NewsPage() -> impl IntoView {
    let content = use_content();
    let favourites = use_favourites();
    view! {
        <section class="page" aria-labelledby="news-title">
            <h1 id="news-title">
                <IconSvg icon=Icon::News/>
                " "
                {t("info-tile-news")}
            </h1>
            <p class="lead">{t("info-news-lead")}</p>
            {api_view(
                content,
                "info-loading",
                move |walk| {
                    let seen = api::news_seen(walk.news_seen_at);
                    let news = newest_first(walk, ContentKind::News);
                    mark_seen(&news, seen);
                    view! { <NewsList news seen favourites/> }
                },
            )}
        </section>
    }
}

/// Marks everything shown as seen, once, through the offline queue (the header shows it waiting).
fn mark_seen(news: &[ResidentItem], seen: f64) {
    let Some(newest) = news.first().map(|n| n.published_at) else {
        return;
    };
    if newest <= seen {
        return;
    }
    api::note_news_seen_here(newest);
    spawn_local(async move {
        if let Err(failure) = api::mark_news_seen(newest).await {
            web_sys::console::warn_1(&format!("news not marked as seen: {failure:?}").into());
        }
    });
}

#[component]
fn NewsList(news: Vec<ResidentItem>, seen: f64, favourites: Favourites) -> impl IntoView {
    if news.is_empty() {
        return view! { <p>{t("info-news-empty")}</p> }.into_any();
    }
    view! {
        <ul class="item-list" data-testid="news-list">
            {news
                .into_iter()
                .map(|item| {
                    let unread = item.published_at > seen;
                    let anchor = format!("item-{}", item.id);
                    view! {
                        <li class="card" id=anchor data-testid="news-item">
                            {unread.then(|| view! { <span class="badge badge-new">{t("info-news-new")}</span> })}
                            <ItemText item favourites heading_level=2/>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

#[component]
pub fn VacanciesPage() -> impl IntoView {
    let content = use_content();
    let favourites = use_favourites();
    view! {
        <section class="page" aria-labelledby="vacancies-title">
            <h1 id="vacancies-title">
                <IconSvg icon=Icon::Work/>
                " "
                {t("info-tile-vacancies")}
            </h1>
            <p class="lead">{t("info-vacancies-lead")}</p>
            {api_view(
                content,
                "info-loading",
                move |walk| {
                    let vacancies = newest_first(walk, ContentKind::Vacancy);
                    view! { <VacancyList vacancies favourites/> }
                },
            )}
        </section>
    }
}

#[component]
fn VacancyList(vacancies: Vec<ResidentItem>, favourites: Favourites) -> impl IntoView {
    if vacancies.is_empty() {
        return view! { <p>{t("info-vacancies-empty")}</p> }.into_any();
    }
    view! {
        <ul class="item-list" data-testid="vacancy-list">
            {vacancies
                .into_iter()
                .map(|item| {
                    let id = format!("item-{}", item.id);
                    let kind = match item.vacancy_kind {
                        Some(VacancyKind::Paid) => Some("info-vacancy-paid"),
                        Some(VacancyKind::Volunteer) => Some("info-vacancy-volunteer"),
                        None => None,
                    };
                    let contact = item.contact.clone().filter(|c| !c.trim().is_empty());
                    let link = item.link.clone().filter(|l| is_safe_link(l));
                    let details = view! {
                        <dl class="facts">
                            {contact.map(|c| view! {
                                <dt>{t("info-vacancy-contact")}</dt>
                                <dd><bdi>{c}</bdi></dd>
                            })}
                            {link.map(|l| view! {
                                <dt>{t("info-vacancy-link")}</dt>
                                <dd><a href=l.clone() rel="noopener noreferrer" dir="ltr">{l.clone()}</a></dd>
                            })}
                        </dl>
                    };
                    view! {
                        <li class="card" id=id data-testid="vacancy-item">
                            {kind.map(|k| view! { <span class="badge">{t(k)}</span> })}
                            <ItemText item favourites heading_level=2>{details}</ItemText>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

/// The API checks links when they are saved; the page still shows only these schemes as links.
fn is_safe_link(link: &str) -> bool {
    ["https://", "mailto:", "tel:"]
        .iter()
        .any(|s| link.starts_with(s))
}
