//! Fetching one language's file at run time. A file that does not parse (a corrupt cached copy) is
//! fetched once more past every cache; a file that cannot be had at all leaves English showing.

use fluent_bundle::FluentResource;
use gloo_net::http::Request;
use wegwijs_shared::languages::Language;

/// `file`: `main`, or a lazy area's file such as `staff`.
pub fn url(lang: &Language, file: &str) -> String {
    format!("/locales/{}/{file}.ftl", lang.code)
}

async fn get(lang: &Language, file: &str, past_caches: bool) -> Option<String> {
    let mut request = Request::get(&url(lang, file));
    if past_caches {
        request = request.cache(web_sys::RequestCache::Reload);
    }
    let response = request.send().await.ok()?;
    if !response.ok() {
        return None;
    }
    response.text().await.ok()
}

fn parses(source: &str) -> bool {
    FluentResource::try_new(source.to_owned()).is_ok()
}

pub async fn load(lang: &Language, file: &str) -> Option<String> {
    match get(lang, file, false).await {
        Some(source) if parses(&source) => Some(source),
        first => {
            web_sys::console::warn_1(
                &format!(
                    "locale {}/{file} missing or corrupt; fetching again",
                    lang.code
                )
                .into(),
            );
            get(lang, file, true).await.or(first)
        }
    }
}
