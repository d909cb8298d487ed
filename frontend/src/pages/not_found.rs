use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="page">
            <h1>"This page does not exist"</h1>
            <p>"The address may be old or mistyped."</p>
            <p><A href="/">"Go to the home page"</A></p>
        </section>
    }
}
