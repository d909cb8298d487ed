//! `<html lang dir>` follows the language, so the browser, screen readers and the logical CSS
//! properties all mirror for Arabic, Persian, Pashto and Sorani.

use wegwijs_shared::languages::Language;

pub fn apply(lang: &Language) {
    let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = html.set_attribute("lang", lang.code);
    let _ = html.set_attribute("dir", if lang.rtl { "rtl" } else { "ltr" });
    // The installed app's name and description in this language (the build writes one manifest
    // per language; index.html names the English default).
    let manifest = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("link[rel=manifest]").ok().flatten());
    if let Some(link) = manifest {
        let _ = link.set_attribute("href", &format!("/manifest.{}.webmanifest", lang.code));
    }
}
