use leptos::prelude::*;

/// What a page shows while its data is on the way. A live region, so screen readers hear it.
#[component]
pub fn Loading(#[prop(into)] label: String) -> impl IntoView {
    view! { <p class="loading" role="status">{label}</p> }
}
