//! Reusable pieces used by every audience's pages.

pub mod activation_card;
pub mod address_fragment;
pub mod api_view;
pub mod digcomp;
pub mod display_settings;
pub mod error_display;
pub mod form;
pub mod format;
pub mod icons;
pub mod labels;
pub mod language_picker;
pub mod languages;
pub mod layout;
pub mod link_list;
pub mod listen;
pub mod loading;
pub mod local_time;
pub mod location_switcher;
pub mod more_pages;
pub mod online_indicator;
pub mod pending_indicator;
pub mod pwa;
pub mod session;
pub mod session_sync;
pub mod sign_out;
pub mod sub_router;
