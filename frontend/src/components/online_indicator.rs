//! The connection indicator in the header. Residents are often offline; the app must say so plainly
//! rather than fail silently. Starts from `navigator.onLine` and follows the window's `online` and
//! `offline` events.

use leptos::ev;
use leptos::prelude::*;

use crate::components::icons::{Icon, IconSvg};
use crate::i18n::t;

/// A signal that is `true` while the browser reports a connection.
pub fn use_online() -> ReadSignal<bool> {
    let initial = web_sys::window()
        .map(|w| w.navigator().on_line())
        .unwrap_or(true);
    let (online, set_online) = signal(initial);
    let on = window_event_listener(ev::online, move |_| set_online.set(true));
    let off = window_event_listener(ev::offline, move |_| set_online.set(false));
    on_cleanup(move || {
        on.remove();
        off.remove();
    });
    online
}

#[component]
pub fn OnlineIndicator() -> impl IntoView {
    let online = use_online();
    view! {
        <p
            class="connection"
            class:connection-offline=move || !online.get()
            role="status"
            data-testid="connection"
        >
            {move || {
                if online.get() {
                    view! { <IconSvg icon=Icon::Online/> <span>{t("connection-online")}</span> }.into_any()
                } else {
                    view! {
                        <IconSvg icon=Icon::Offline/>
                        <span>{t("connection-offline")}</span>
                    }
                        .into_any()
                }
            }}
        </p>
    }
}
