//! Information for residents: the content they may read, their procedure stage, favourites and the
//! "news seen" marker.
//!
//! Offline: every page asks for the content with exactly the same addresses
//! (`/api/content?language=xx&limit=100`, then `&cursor=…` from the answer), walking all pages. The
//! service worker keeps the last good answer of every GET per person (network first), so after one
//! online walk the same walk works offline, answer by answer, and a saved answer says when it was
//! saved (`x-wegwijs-saved-at`). No second store (IndexedDB) to keep in step with the first.

use gloo_net::http::Request;
use serde::Deserialize;
use serde::de::{DeserializeOwned, IgnoredAny};
use wegwijs_shared::api_paths as paths;
use wegwijs_shared::content::{FavouriteKind, FavouriteList, NewsSeen, SetFavourite};
use wegwijs_shared::procedure::ProcedureView;

use super::{ApiFailure, Sent, abort_on_cleanup, encode, get_json, put_queued, read_body};

/// The API's maximum: fewest answers to keep and to walk.
const PAGE_LIMIT: u32 = 100;
/// A walk stops here even if the API keeps giving cursors (a bug must not loop forever).
const MAX_PAGES: usize = 50;
const SAVED_AT: &str = "x-wegwijs-saved-at";

/// One page of content, with items of any shape (the home page reads only a few fields).
#[derive(Deserialize)]
struct Page<T> {
    items: Vec<T>,
    next_cursor: Option<String>,
    news_seen_at: Option<f64>,
}

/// Everything the resident may read in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct ContentWalk<T> {
    pub items: Vec<T>,
    pub news_seen_at: Option<f64>,
    /// When the oldest saved answer used was saved (ms), if any came from the device; else `None`
    /// (everything fresh from the network, just now).
    pub saved_at: Option<f64>,
    /// When the walk finished (ms): the "last updated" time of a fresh walk.
    pub fetched_at: f64,
}

fn content_path(language: &str, cursor: Option<&str>) -> String {
    let mut path = format!(
        "{}?language={}&limit={PAGE_LIMIT}",
        paths::CONTENT,
        encode(language)
    );
    if let Some(cursor) = cursor {
        path.push_str("&cursor=");
        path.push_str(&encode(cursor));
    }
    path
}

/// A read that also tells when the service worker saved the answer (`None`: from the network).
async fn get_text_saved(path: &str) -> Result<(u16, String, Option<f64>), ApiFailure> {
    let signal = abort_on_cleanup();
    let response = Request::get(path)
        .header("accept", "application/json")
        .abort_signal(signal.as_ref())
        .send()
        .await
        .map_err(|e| ApiFailure::Network(e.to_string()))?;
    let saved_at = response
        .headers()
        .get(SAVED_AT)
        .map(|iso| js_sys::Date::parse(&iso))
        .filter(|ms| !ms.is_nan());
    let (status, body) = read_body(response).await?;
    Ok((status, body, saved_at))
}

/// Walks every page of `GET /api/content` in `language`.
pub async fn content_walk<T: DeserializeOwned>(
    language: &str,
) -> Result<ContentWalk<T>, ApiFailure> {
    let mut walk = ContentWalk {
        items: Vec::new(),
        news_seen_at: None,
        saved_at: None,
        fetched_at: 0.0,
    };
    let mut cursor: Option<String> = None;
    for _ in 0..MAX_PAGES {
        let (status, body, saved_at) =
            get_text_saved(&content_path(language, cursor.as_deref())).await?;
        let page: Page<T> = super::parse(status, &body)?;
        if let Some(at) = saved_at {
            walk.saved_at = Some(walk.saved_at.map_or(at, |w: f64| w.min(at)));
        }
        if walk.items.is_empty() {
            walk.news_seen_at = page.news_seen_at;
        }
        walk.items.extend(page.items);
        match page.next_cursor {
            Some(next) if Some(&next) != cursor.as_ref() => cursor = Some(next),
            _ => break,
        }
    }
    walk.fetched_at = js_sys::Date::now();
    Ok(walk)
}

/// "My procedure": the stage staff set, and what can come next.
pub async fn my_procedure() -> Result<ProcedureView, ApiFailure> {
    get_json(paths::ME_PROCEDURE).await
}

pub async fn my_favourites() -> Result<FavouriteList, ApiFailure> {
    get_json(paths::ME_FAVOURITES).await
}

fn kind_code(kind: FavouriteKind) -> &'static str {
    match kind {
        FavouriteKind::Article => "article",
        FavouriteKind::News => "news",
        FavouriteKind::Vacancy => "vacancy",
        FavouriteKind::Activity => "activity",
        FavouriteKind::Service => "service",
    }
}

/// Saves or removes a favourite, through the offline queue.
pub async fn set_favourite(
    kind: FavouriteKind,
    id: &str,
    saved: bool,
) -> Result<Sent<IgnoredAny>, ApiFailure> {
    let path = paths::me_favourite(kind_code(kind), id);
    put_queued(&path, &SetFavourite { saved }, "info-pending-favourite").await
}

/// The resident has seen the news up to `seen_at` (the newest news item's publication time, the
/// server's clock, so a phone with a wrong clock cannot hide news), through the offline queue.
pub async fn mark_news_seen(seen_at: f64) -> Result<Sent<IgnoredAny>, ApiFailure> {
    put_queued(
        paths::ME_NEWS_SEEN,
        &NewsSeen { seen_at },
        "info-pending-news-seen",
    )
    .await
}

thread_local! {
    /// News seen on this device in this visit (ms), while the queued marker may still be on its way.
    static NEWS_SEEN_HERE: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

pub fn note_news_seen_here(seen_at: f64) {
    NEWS_SEEN_HERE.with(|c| c.set(c.get().max(seen_at)));
}

/// The later of the API's marker and what was seen here.
pub fn news_seen(api: Option<f64>) -> f64 {
    NEWS_SEEN_HERE.with(|c| c.get()).max(api.unwrap_or(0.0))
}
