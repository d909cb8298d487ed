//! What the information pages share: the content in the resident's language (every page walks the
//! same addresses, so the service worker's saved answers serve them offline), the favourites with
//! this visit's changes on top, the star toggle, and the notes on an item's language.

use std::cell::RefCell;

use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use wegwijs_shared::content::{ContentKind, FavouriteKind, ResidentItem};

use crate::api::{self, ApiFailure, ContentWalk, Sent};
use crate::components::error_display::explain;
use crate::components::format;
use crate::components::icons::{Icon, IconSvg};
use crate::components::languages::{dir_of, language_name};
use crate::i18n::{Arg, t, t_args, tr, use_i18n};

pub type Content = LocalResource<Result<ContentWalk<ResidentItem>, ApiFailure>>;

/// Everything the resident may read, in the interface's language.
pub fn use_content() -> Content {
    let language = use_i18n().language().code;
    LocalResource::new(move || api::content_walk::<ResidentItem>(language))
}

pub fn favourite_kind(kind: ContentKind) -> FavouriteKind {
    match kind {
        ContentKind::Article => FavouriteKind::Article,
        ContentKind::News => FavouriteKind::News,
        ContentKind::Vacancy => FavouriteKind::Vacancy,
    }
}

/// Where an item is read: articles have their own page; news and vacancies are read in their list.
pub fn item_href(item: &ResidentItem) -> String {
    match item.kind {
        ContentKind::Article => format!("/library/{}", item.id),
        ContentKind::News => format!("/news#item-{}", item.id),
        ContentKind::Vacancy => format!("/vacancies#item-{}", item.id),
    }
}

pub fn kind_label(kind: ContentKind) -> &'static str {
    match kind {
        ContentKind::Article => "info-kind-article",
        ContentKind::News => "info-kind-news",
        ContentKind::Vacancy => "info-kind-vacancy",
    }
}

thread_local! {
    /// Stars changed in this visit, newest last: the saved list (possibly an offline copy from
    /// before) does not know them yet while they wait in the queue.
    static CHANGED: RefCell<Vec<(FavouriteKind, String, bool)>> = const { RefCell::new(Vec::new()) };
}

/// The resident's favourites: the API's list (or its saved copy) with this visit's changes on top.
#[derive(Clone, Copy)]
pub struct Favourites {
    saved: RwSignal<Vec<(FavouriteKind, String)>>,
    loaded: RwSignal<bool>,
}

impl Favourites {
    pub fn is_saved(&self, kind: FavouriteKind, id: &str) -> bool {
        self.saved
            .with(|list| list.iter().any(|(k, i)| *k == kind && i == id))
    }

    pub fn list(&self) -> Vec<(FavouriteKind, String)> {
        self.saved.get()
    }

    pub fn loaded(&self) -> bool {
        self.loaded.get()
    }

    fn apply(&self, kind: FavouriteKind, id: &str, saved: bool) {
        self.saved.update(|list| {
            list.retain(|(k, i)| !(*k == kind && i == id));
            if saved {
                list.push((kind, id.to_owned()));
            }
        });
    }
}

pub fn use_favourites() -> Favourites {
    let favourites = Favourites {
        saved: RwSignal::new(Vec::new()),
        loaded: RwSignal::new(false),
    };
    let list = LocalResource::new(api::my_favourites);
    Effect::new(move |_| {
        let Some(result) = list.get() else { return };
        // Without a list (offline and never saved) the stars start empty, with this visit's changes.
        let from_api = result
            .map(|l| l.favourites.into_iter().map(|f| (f.kind, f.id)).collect())
            .unwrap_or_default();
        favourites.saved.set(from_api);
        CHANGED.with(|changed| {
            for (kind, id, saved) in changed.borrow().iter() {
                favourites.apply(*kind, id, *saved);
            }
        });
        favourites.loaded.set(true);
    });
    favourites
}

/// The star: saves or removes a favourite at once on the screen, and through the offline queue.
#[component]
pub fn FavouriteStar(favourites: Favourites, kind: FavouriteKind, id: String) -> impl IntoView {
    let failure = RwSignal::new(None::<ApiFailure>);
    let id_for_state = id.clone();
    let saved = Memo::new(move |_| favourites.is_saved(kind, &id_for_state));
    let toggle = move |_| {
        let next = !saved.get_untracked();
        let id = id.clone();
        favourites.apply(kind, &id, next);
        CHANGED.with(|c| c.borrow_mut().push((kind, id.clone(), next)));
        failure.set(None);
        spawn_local(async move {
            match api::set_favourite(kind, &id, next).await {
                Ok(Sent::Done(_) | Sent::Queued) => {}
                Err(f) => {
                    favourites.apply(kind, &id, !next);
                    CHANGED.with(|c| c.borrow_mut().push((kind, id.clone(), !next)));
                    failure.try_set(Some(f));
                }
            }
        });
    };
    view! {
        <div class="favourite">
            <button
                type="button"
                class="button button-secondary button-star"
                data-testid="favourite-toggle"
                on:click=toggle
            >
                {move || {
                    if saved.get() {
                        view! { <IconSvg icon=Icon::Star/> <span>{t("info-favourite-remove")}</span> }
                            .into_any()
                    } else {
                        view! {
                            <IconSvg icon=Icon::StarOutline/>
                            <span>{t("info-favourite-add")}</span>
                        }
                            .into_any()
                    }
                }}
            </button>
            {move || {
                failure.get().map(|f| view! { <p class="form-alert" role="alert">{tr(explain(&f))}</p> })
            }}
        </div>
    }
}

/// The notes above an item's text: shown in another language than asked (named in its own
/// script), or translated from an older version of the original.
#[component]
pub fn LanguageNotes(item_language: String, fallback: bool, outdated: bool) -> impl IntoView {
    let name = language_name(&item_language);
    view! {
        {fallback.then(|| {
            let name = name.clone();
            view! {
                <p class="note" data-testid="fallback-note">
                    <IconSvg icon=Icon::Language/>
                    " "
                    {move || t_args("info-fallback", &[("language", Arg::from(name.clone()))])}
                </p>
            }
        })}
        {outdated.then(|| {
            view! {
                <p class="note" data-testid="outdated-note">
                    <IconSvg icon=Icon::Alert/>
                    " "
                    {t("info-outdated")}
                </p>
            }
        })}
    }
}

/// A short card linking to an item (the library's lists, search results, favourites).
#[component]
pub fn ItemLink(item: ResidentItem, #[prop(optional)] show_kind: bool) -> impl IntoView {
    let href = item_href(&item);
    let dir = dir_of(&item.language);
    let lang = item.language.clone();
    view! {
        <li class="card item-card" data-testid="item-card">
            {show_kind.then(|| view! { <p class="item-kind">{t(kind_label(item.kind))}</p> })}
            <h3>
                <A href=href>
                    <bdi lang=lang dir=dir>{item.title}</bdi>
                </A>
            </h3>
            {(!item.summary.is_empty())
                .then(|| view! { <p lang=item.language dir=dir>{item.summary}</p> })}
        </li>
    }
}

/// "Published 28/11/2026".
pub fn published(at: f64) -> String {
    t_args("info-published", &[("date", Arg::from(format::day(at)))])
}
