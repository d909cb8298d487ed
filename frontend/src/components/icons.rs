//! Inline SVG icons (no icon font, no extra request). Decorative: every icon sits next to a text
//! label, so it is hidden from assistive technology.

use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Icon {
    Home,
    Learn,
    Staff,
    Online,
    Offline,
    Retry,
    Send,
    Alert,
    Place,
}

impl Icon {
    fn path(self) -> &'static str {
        match self {
            Icon::Home => "M3 11.5 12 4l9 7.5V20a1 1 0 0 1-1 1h-5v-6H9v6H4a1 1 0 0 1-1-1z",
            Icon::Learn => {
                "M12 4 2 9l10 5 8-4v6h2V9zM6 13.2V17c0 1.7 2.7 3 6 3s6-1.3 6-3v-3.8l-6 3z"
            }
            Icon::Staff => {
                "M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8zm-7 8c0-3.3 3.1-6 7-6s7 2.7 7 6v1H5z"
            }
            Icon::Online => {
                "M12 18.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zM5 12.6l1.4 1.4a8 8 0 0 1 11.2 0l1.4-1.4a10 10 0 0 0-14 0zm-3-3 1.4 1.4a12 12 0 0 1 17.2 0L22 9.6a14 14 0 0 0-20 0zm6 6 1.4 1.4a4 4 0 0 1 5.2 0l1.4-1.4a6 6 0 0 0-8 0z"
            }
            Icon::Offline => {
                "M3.3 2 2 3.3l3.1 3.1A14 14 0 0 0 2 9.6L3.4 11a12 12 0 0 1 3.2-3.1l2 2A10 10 0 0 0 5 12.6L6.4 14a8 8 0 0 1 3.8-2.2l2.3 2.3a6 6 0 0 0-4.5 1.5L9.4 17a4 4 0 0 1 4.3-.8l6.9 6.9 1.3-1.3zM12 18.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3z"
            }
            Icon::Retry => "M12 5V2L7 6l5 4V7a6 6 0 1 1-6 6H4a8 8 0 1 0 8-8z",
            Icon::Send => "M2 21 23 12 2 3v7l15 2-15 2z",
            Icon::Alert => "M1 21h22L12 2zm12-3h-2v-2h2zm0-4h-2v-4h2z",
            Icon::Place => {
                "M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5z"
            }
        }
    }
}

#[component]
pub fn IconSvg(icon: Icon) -> impl IntoView {
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=icon.path() fill="currentColor"></path>
        </svg>
    }
}
