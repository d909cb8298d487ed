//! Fetching one language's file at run time. A file that does not parse (a corrupt cached copy) is
//! fetched once more past every cache; a file that cannot be had at all leaves English showing.

use fluent_bundle::FluentResource;
use gloo_net::http::Request;
use wegwijs_shared::languages::Language;

pub fn url(lang: &Language) -> String {
    format!("/locales/{}/main.ftl", lang.code)
}

async fn get(lang: &Language, past_caches: bool) -> Option<String> {
    let mut request = Request::get(&url(lang));
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

pub async fn load(lang: &Language) -> Option<String> {
    match get(lang, false).await {
        Some(source) if parses(&source) => Some(source),
        first => {
            web_sys::console::warn_1(
                &format!("locale {} missing or corrupt; fetching again", lang.code).into(),
            );
            get(lang, true).await.or(first)
        }
    }
}
