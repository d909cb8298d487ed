//! Reusable pieces used by every audience's pages.

pub mod api_view;
pub mod error_display;
pub mod icons;
pub mod layout;
pub mod loading;
pub mod online_indicator;
