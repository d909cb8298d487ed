//! The page frame every route shares: skip link, header with the main navigation and the connection
//! indicator, the main landmark, and a footer.

use leptos::prelude::*;
use leptos_router::components::A;
use wasm_bindgen::JsCast;

use crate::components::icons::{Icon, IconSvg};
use crate::components::online_indicator::OnlineIndicator;

/// The router would treat `#main` as a navigation; move focus to the main landmark directly so the
/// next Tab continues inside the content.
fn skip_to_main(event: leptos::ev::MouseEvent) {
    event.prevent_default();
    let main = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("main"));
    if let Some(main) = main.and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = main.focus();
        main.scroll_into_view();
    }
}

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main" on:click=skip_to_main>"Skip to content"</a>
        <header class="site-header">
            <div class="brand">
                <img src="/icons/icon.svg" alt="" width="32" height="32"/>
                <span class="brand-name">"Wegwijs"</span>
            </div>
            <nav aria-label="Main">
                <ul class="nav-list">
                    <li>
                        <A href="/" exact=true>
                            <IconSvg icon=Icon::Home/>
                            <span>"Home"</span>
                        </A>
                    </li>
                    <li>
                        <A href="/trainer">
                            <IconSvg icon=Icon::Learn/>
                            <span>"Trainers"</span>
                        </A>
                    </li>
                    <li>
                        <A href="/staff">
                            <IconSvg icon=Icon::Staff/>
                            <span>"Staff"</span>
                        </A>
                    </li>
                </ul>
            </nav>
            <OnlineIndicator/>
        </header>
        <main id="main" tabindex="-1">
            {children()}
        </main>
        <footer class="site-footer">
            <p>"Wegwijs: finding your way. Your information stays with your reception agency."</p>
        </footer>
    }
}
