//! The page frame every route shares: skip link, header with the main navigation and the connection
//! indicator, the main landmark, and a footer.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::icons::{Icon, IconSvg};
use crate::components::online_indicator::OnlineIndicator;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    view! {
        <a class="skip-link" href="#main">"Skip to content"</a>
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
