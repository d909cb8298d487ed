//! The page for an address the app does not know (anyone, signed in or not), with the way home.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::listen::Listen;
use crate::i18n::t;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="page">
            <h1>{t("not-found-title")}</h1>
            <p>{t("not-found-text")}</p>
            <p><A href="/">{t("go-home")}</A></p>
            <Listen/>
        </section>
    }
}
