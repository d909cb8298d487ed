//! The resident's home, information part: "My procedure", the tiles to information and centre life
//! (News with its unread count), and when the information was last updated. In the main chunk, so
//! it stays small: it reads only a few fields of each item.
//!
//! Opening the home online is also what makes everything available offline: it walks all the
//! content in the resident's language, asks for My centre, activities and the procedure (the
//! service worker keeps each answer), and fetches the code of the information pages once.

use std::cell::Cell;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::LazyRoute;
use leptos_router::components::A;
use serde::Deserialize;
use wegwijs_shared::api_paths;
use wegwijs_shared::content::ContentKind;
use wegwijs_shared::procedure::{ProcedureStage, ProcedureView};

use crate::api::{self, ApiFailure, ContentWalk};
use crate::components::format;
use crate::components::icons::{Icon, IconSvg};
use crate::components::listen::Listen;
use crate::components::online_indicator::use_online;
use crate::components::pwa;
use crate::i18n::{Arg, t, t_args, tr, use_i18n};
use crate::pages::resident::info;

/// The few fields of an item the home needs.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Glance {
    id: String,
    kind: ContentKind,
    title: String,
    language: String,
    procedure_stage: Option<ProcedureStage>,
    published_at: f64,
}

thread_local! {
    /// The information pages' code is fetched once per visit.
    static PAGES_FETCHED: Cell<bool> = const { Cell::new(false) };
}

/// The code of the information pages, so they open offline later (the service worker keeps it).
fn fetch_pages_once() {
    let online = web_sys::window().is_some_and(|w| w.navigator().on_line());
    if !online || PAGES_FETCHED.with(|f| f.replace(true)) {
        return;
    }
    spawn_local(async {
        info::Library::preload().await;
        info::Article::preload().await;
        info::News::preload().await;
        info::Vacancies::preload().await;
        info::Search::preload().await;
        info::Favourites::preload().await;
    });
}

pub fn stage_name(stage: ProcedureStage) -> String {
    tr(&format!("info-stage-{}", stage.code()))
}

#[component]
pub fn HomeInfo() -> impl IntoView {
    let i18n = use_i18n();
    let language = i18n.language().code;
    let walk = LocalResource::new(move || api::content_walk::<Glance>(language));
    let procedure = LocalResource::new(api::my_procedure);
    // Kept by the service worker for offline use, at the addresses the My centre and activities
    // pages ask for (`api::centre(None)`, `api::activities(None, 14, language)` on their branches).
    let activities = api::activities_path(None, 14, language);
    Effect::new(move |_| {
        pwa::warm(&[api_paths::CENTRE, &activities]);
        fetch_pages_once();
    });
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let procedure = procedure.await;
                let walk = walk.await;
                view! { <Procedure procedure walk/> }
            })}
        </Suspense>
        <nav class="tiles-nav" aria-label=t("info-tiles-title")>
            <ul class="tiles" data-testid="info-tiles">
                <Tile href="/library" icon=Icon::Book label="info-tile-library"/>
                <li>
                    <A href="/news" attr:class="tile">
                        <IconSvg icon=Icon::News/>
                        <span>{t("info-tile-news")}</span>
                        <Suspense fallback=|| ()>
                            {move || Suspend::new(async move { unread_badge(walk.await.ok()) })}
                        </Suspense>
                    </A>
                </li>
                <Tile href="/centre" icon=Icon::Place label="info-tile-centre"/>
                <Tile href="/activities" icon=Icon::Calendar label="info-tile-activities"/>
                <Tile href="/vacancies" icon=Icon::Work label="info-tile-vacancies"/>
                <Tile href="/search" icon=Icon::Search label="info-tile-search"/>
                <Tile href="/favourites" icon=Icon::Star label="info-tile-favourites"/>
                <Tile href="/learning" icon=Icon::Learn label="learning-tile"/>
            </ul>
        </nav>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move { view! { <Freshness walk=walk.await.ok()/> } })}
        </Suspense>
    }
}

#[component]
fn Tile(href: &'static str, icon: Icon, label: &'static str) -> impl IntoView {
    view! {
        <li>
            <A href=href attr:class="tile">
                <IconSvg icon/>
                <span>{t(label)}</span>
            </A>
        </li>
    }
}

fn unread_badge(walk: Option<ContentWalk<Glance>>) -> impl IntoView {
    let walk = walk?;
    let seen = api::news_seen(walk.news_seen_at);
    let unread = walk
        .items
        .iter()
        .filter(|i| i.kind == ContentKind::News && i.published_at > seen)
        .count();
    (unread > 0).then(|| {
        let count = unread as f64;
        view! {
            <span class="badge" aria-hidden="true" data-testid="news-unread">{unread}</span>
            <span class="visually-hidden">
                {move || t_args("info-news-unread", &[("count", Arg::from(count))])}
            </span>
        }
    })
}

/// When the information on this phone was last brought up to date, and that it is a saved copy.
#[component]
fn Freshness(walk: Option<ContentWalk<Glance>>) -> impl IntoView {
    let online = use_online();
    let walk = walk?;
    let saved = walk.saved_at;
    let time = format::date_time(saved.unwrap_or(walk.fetched_at));
    Some(view! {
        <p class="content-status" role="status" data-testid="content-status">
            {move || {
                let time = Arg::from(time.clone());
                if saved.is_some() || !online.get() {
                    t_args("info-offline-saved", &[("time", time)])
                } else {
                    t_args("info-updated", &[("time", time)])
                }
            }}
        </p>
    })
}

#[component]
fn Procedure(
    procedure: Result<ProcedureView, ApiFailure>,
    walk: Result<ContentWalk<Glance>, ApiFailure>,
) -> impl IntoView {
    // Without the stage (not a resident's route, an old saved copy missing) the card says nothing
    // wrong: it is left out, the tiles still lead everywhere.
    let procedure = procedure.ok()?;
    let articles: Vec<Glance> = match (procedure.stage, walk) {
        (Some(stage), Ok(walk)) => walk
            .items
            .into_iter()
            .filter(|i| i.kind == ContentKind::Article && i.procedure_stage == Some(stage))
            .collect(),
        _ => Vec::new(),
    };
    let now = procedure.stage.map(|stage| {
        view! {
            <p class="procedure-now">
                <span>{t("info-procedure-now")}</span>
                " "
                <strong data-testid="procedure-stage">{stage_name(stage)}</strong>
            </p>
            <p>{tr(&format!("info-stage-{}-about", stage.code()))}</p>
        }
    });
    let next = procedure.stage.map(|_| {
        if procedure.next.is_empty() {
            view! { <p>{t("info-procedure-no-next")}</p> }.into_any()
        } else {
            view! {
                <h3>{t("info-procedure-next")}</h3>
                <ul class="plain">
                    {procedure
                        .next
                        .iter()
                        .map(|s| view! { <li>{stage_name(*s)}</li> })
                        .collect_view()}
                </ul>
            }
            .into_any()
        }
    });
    let read = (!articles.is_empty()).then(|| {
        view! {
            <h3>{t("info-procedure-read")}</h3>
            <ul class="link-list">
                {articles
                    .into_iter()
                    .map(|a| {
                        view! {
                            <li>
                                <A href=format!("/library/{}", a.id)>
                                    <IconSvg icon=Icon::Book/>
                                    " "
                                    <span lang=a.language>{a.title}</span>
                                </A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    });
    Some(view! {
        <section class="card procedure" aria-labelledby="procedure-title" data-testid="procedure">
            <h2 id="procedure-title">{t("info-procedure-title")}</h2>
            {match now {
                Some(now) => now.into_any(),
                None => view! { <p>{t("info-procedure-unknown")}</p> }.into_any(),
            }}
            {next}
            {read}
            <Listen/>
        </section>
    })
}
