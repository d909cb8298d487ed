//! Pieces every trainer page uses: learner states in words with an icon, a text in its own
//! language. (DigComp names are `components::digcomp`'s, shared with the residents' pages.) (The location the pages work for is
//! `components::location_switcher`'s.)

use leptos::prelude::*;
use wegwijs_shared::learning::localize::Text;
use wegwijs_shared::learning::wire::LearnerState;

use crate::components::icons::Icon;
use crate::components::languages::dir_of;
use crate::i18n::{tr, use_i18n};

/// "Level 2" in the interface language.
pub fn level_label(level: u8) -> String {
    crate::i18n::t_args("trainer-level", &[("level", u32::from(level).into())])
}

pub fn state_label(state: LearnerState) -> String {
    tr(match state {
        LearnerState::NotStarted => "trainer-state-not-started",
        LearnerState::InProgress => "trainer-state-in-progress",
        LearnerState::Completed => "trainer-state-completed",
        LearnerState::NeedsHelp => "trainer-state-needs-help",
    })
}

pub fn state_icon(state: LearnerState) -> Icon {
    match state {
        LearnerState::NotStarted => Icon::Clock,
        LearnerState::InProgress => Icon::Learn,
        LearnerState::Completed => Icon::Check,
        LearnerState::NeedsHelp => Icon::Alert,
    }
}

/// A text from a module, marked with the language it is really in (a fallback may differ from the
/// page's language).
#[component]
pub fn ModuleText(text: Text) -> impl IntoView {
    let dir = dir_of(&text.lang);
    view! { <bdi lang=text.lang dir=dir>{text.text}</bdi> }
}

/// The interface language's code, untracked (the app frame re-renders on a language change).
pub fn ui_language() -> String {
    use_i18n().language().code.to_owned()
}
