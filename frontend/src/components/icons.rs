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
    SignIn,
    SignOut,
    Card,
    Key,
    Print,
    Copy,
    Plus,
    People,
    Shield,
    Devices,
    Check,
    Move,
    Edit,
    Log,
    Language,
    TextSize,
    Listen,
    Pause,
    Stop,
    Phone,
    Email,
    Clock,
    Trash,
    Calendar,
    Cancel,
    Book,
    News,
    Work,
    Search,
    Star,
    StarOutline,
    ArrowUp,
    ArrowDown,
    ArrowBack,
    ArrowNext,
    Download,
}

impl Icon {
    fn path(self) -> &'static str {
        match self {
            Icon::Language => {
                "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20m6.9 6h-2.9a15.7 15.7 0 0 0-1.4-3.6A8 8 0 0 1 18.9 8M12 4c.8 1.2 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.8 1.9-4M4.3 14a8.2 8.2 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4zm.8 2h2.9c.3 1.3.8 2.5 1.4 3.6A8 8 0 0 1 5.1 16M8 8H5.1a8 8 0 0 1 4.3-3.6C8.8 5.5 8.4 6.7 8 8m4 12c-.8-1.2-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.8-1.9 4m2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4m.3 5.6c.6-1.1 1.1-2.3 1.4-3.6h2.9a8 8 0 0 1-4.3 3.6m1.7-5.6a16.5 16.5 0 0 0 0-4h3.4a8.2 8.2 0 0 1 0 4z"
            }
            Icon::TextSize => "M9 4v3h5v12h3V7h5V4zm-6 8h3v7h3v-7h3V9H3z",
            Icon::Listen => {
                "M3 9v6h4l5 5V4L7 9zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4M14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6"
            }
            Icon::Pause => "M6 19h4V5H6zm8-14v14h4V5z",
            Icon::Stop => "M6 6h12v12H6z",
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
            Icon::SignIn => {
                "M10 17l1.4-1.4-2.6-2.6H20v-2H8.8l2.6-2.6L10 7l-5 5zM4 3h8v2H4v14h8v2H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"
            }
            Icon::SignOut => {
                "M16 17l5-5-5-5-1.4 1.4 2.6 2.6H6v2h11.2l-2.6 2.6zM4 3h8v2H4v14h8v2H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"
            }
            Icon::Card => {
                "M20 4H4a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 14H4v-6h16zm0-10H4V6h16z"
            }
            Icon::Key => {
                "M7 14a2 2 0 1 1 0-4 2 2 0 0 1 0 4zm5.6-4A6 6 0 1 0 12.6 14H16v4h4v-4h2v-4z"
            }
            Icon::Print => {
                "M19 8H5a3 3 0 0 0-3 3v6h4v4h12v-4h4v-6a3 3 0 0 0-3-3zm-3 11H8v-5h8zm3-7a1 1 0 1 1 0-2 1 1 0 0 1 0 2zM18 3H6v4h12z"
            }
            Icon::Copy => {
                "M16 1H4a2 2 0 0 0-2 2v14h2V3h12zm3 4H8a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h11a2 2 0 0 0 2-2V7a2 2 0 0 0-2-2zm0 16H8V7h11z"
            }
            Icon::Plus => "M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6z",
            Icon::People => {
                "M16 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm-8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm0 2c-2.3 0-7 1.2-7 3.5V19h14v-2.5C15 14.2 10.3 13 8 13zm8 0h-1a4.2 4.2 0 0 1 2 3.5V19h6v-2.5c0-2.3-4.7-3.5-7-3.5z"
            }
            Icon::Shield => "M12 1 3 5v6c0 5.6 3.8 10.7 9 12 5.2-1.3 9-6.4 9-12V5z",
            Icon::Devices => {
                "M17 1H7a2 2 0 0 0-2 2v18a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V3a2 2 0 0 0-2-2zm0 18H7V5h10z"
            }
            Icon::Check => "M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z",
            Icon::Move => "M16 13v-2H7V8l-4 4 4 4v-3zm1-5v3h4v2h-4v3l4-4z",
            Icon::Edit => {
                "M3 17.2V21h3.8L17.8 9.9l-3.7-3.7zM20.7 7a1 1 0 0 0 0-1.4l-2.3-2.3a1 1 0 0 0-1.4 0l-1.8 1.8 3.7 3.7z"
            }
            Icon::Log => "M3 5h2v2H3zm4 0h14v2H7zM3 11h2v2H3zm4 0h14v2H7zm-4 6h2v2H3zm4 0h14v2H7z",
            Icon::Phone => {
                "M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.24c1.1.37 2.3.57 3.6.57a1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z"
            }
            Icon::Email => {
                "M20 4H4a2 2 0 0 0-2 2v12a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 4-8 5-8-5V6l8 5 8-5z"
            }
            Icon::Clock => {
                "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 18a8 8 0 1 1 0-16 8 8 0 0 1 0 16zm.5-13H11v6l5.2 3.2.8-1.3-4.5-2.7z"
            }
            Icon::Trash => {
                "M6 19a2 2 0 0 0 2 2h8a2 2 0 0 0 2-2V7H6zM19 4h-3.5l-1-1h-5l-1 1H5v2h14z"
            }
            Icon::Calendar => {
                "M7 2v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2h-2V2h-2v2H9V2zM5 9h14v11H5zm2 2v2h2v-2zm4 0v2h2v-2zm4 0v2h2v-2z"
            }
            Icon::Cancel => {
                "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20m5 13.6L15.6 17 12 13.4 8.4 17 7 15.6 10.6 12 7 8.4 8.4 7l3.6 3.6L15.6 7 17 8.4 13.4 12z"
            }
            Icon::Book => {
                "M18 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V4a2 2 0 0 0-2-2zM6 4h5v8l-2.5-1.5L6 12z"
            }
            Icon::News => {
                "M20 3H4a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V5a2 2 0 0 0-2-2zM5 7h6v6H5zm0 8h14v2H5zm8-8h6v2h-6zm0 4h6v2h-6z"
            }
            Icon::Work => {
                "M10 3a2 2 0 0 0-2 2v2H4a2 2 0 0 0-2 2v10a2 2 0 0 0 2 2h16a2 2 0 0 0 2-2V9a2 2 0 0 0-2-2h-4V5a2 2 0 0 0-2-2zm0 2h4v2h-4z"
            }
            Icon::Search => {
                "M15.5 14h-.8l-.3-.3A6.5 6.5 0 1 0 14 15.5l.3.3v.8l5 5 1.5-1.5zm-6 0a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9z"
            }
            Icon::Star => {
                "M12 17.3 18.2 21l-1.6-7 5.4-4.7-7.2-.6L12 2 9.2 8.7 2 9.3 7.4 14l-1.6 7z"
            }
            Icon::ArrowUp => "M4 12l1.4 1.4L11 7.8V20h2V7.8l5.6 5.6L20 12l-8-8z",
            Icon::ArrowDown => "M20 12l-1.4-1.4L13 16.2V4h-2v12.2l-5.6-5.6L4 12l8 8z",
            Icon::ArrowBack => "M20 11H7.8l5.6-5.6L12 4l-8 8 8 8 1.4-1.4L7.8 13H20z",
            Icon::ArrowNext => "M12 4l-1.4 1.4 5.6 5.6H4v2h12.2l-5.6 5.6L12 20l8-8z",
            Icon::StarOutline => {
                "M22 9.2l-7.2-.6L12 2 9.2 8.6 2 9.2 7.5 14l-1.6 7 6.1-3.7 6.2 3.7-1.7-7zM12 15.4l-3.8 2.3 1-4.3-3.3-2.9 4.4-.4L12 6.1l1.7 4 4.4.4-3.3 2.9 1 4.3z"
            }
            Icon::Download => "M5 20h14v-2H5zM19 9h-4V3H9v6H5l7 7z",
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
