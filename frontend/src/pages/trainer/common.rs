//! Pieces every trainer page uses: DigComp names in the interface language, learner states in
//! words with an icon, a text in its own language, and the location the pages work for.

use leptos::prelude::*;
use wegwijs_shared::auth::Role;
use wegwijs_shared::digcomp::{AREAS, competence};
use wegwijs_shared::languages::language;
use wegwijs_shared::learning::localize::Text;
use wegwijs_shared::learning::wire::LearnerState;

use crate::api;
use crate::components::icons::Icon;
use crate::components::session::use_session;
use crate::i18n::{t, tr, tr_or, use_i18n};

/// A DigComp competence's name in the interface language (the seed curriculum's `digcomp-N-M`
/// keys), else the framework's English title.
pub fn competence_name(code: &str) -> String {
    let english = competence(code).map_or(code, |c| c.title);
    tr_or(&format!("digcomp-{}", code.replace('.', "-")), english)
}

/// An area's name (`digcomp-area-N`), else its English title.
pub fn area_name(number: u8) -> String {
    let english = AREAS
        .iter()
        .find(|a| a.number == number)
        .map_or("", |a| a.title);
    tr_or(&format!("digcomp-area-{number}"), english)
}

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

/// A language's own name (`العربية`), or the code when unknown.
pub fn language_name(code: &str) -> String {
    language(code).map_or_else(|| code.to_owned(), |l| l.native_name.to_owned())
}

/// `rtl` or `ltr` for text written in `code`.
pub fn dir_of(code: &str) -> &'static str {
    if language(code).is_some_and(|l| l.rtl) {
        "rtl"
    } else {
        "ltr"
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

/// The location the groups, assignments and dashboard pages work for: `None` lets the API take the
/// trainer's first location; an admin (who has none) picks one.
#[derive(Clone, Copy)]
pub struct WorkLocation(pub RwSignal<Option<String>>);

impl WorkLocation {
    pub fn get(self) -> Option<String> {
        self.0.get()
    }

    pub fn get_untracked(self) -> Option<String> {
        self.0.get_untracked()
    }
}

/// The work location of the whole trainer area (so moving between its pages keeps it).
pub fn use_work_location() -> WorkLocation {
    match use_context::<WorkLocation>() {
        Some(found) => found,
        None => provide_work_location(),
    }
}

/// Called once when the area opens, inside the role guard (the session is known there).
pub fn provide_work_location() -> WorkLocation {
    let me = use_session().get_untracked();
    let first = me.view().and_then(|v| v.location_ids.first().cloned());
    let location = WorkLocation(RwSignal::new(first));
    provide_context(location);
    location
}

/// For admins and trainers at more than one location: which location the page shows.
#[component]
pub fn LocationPicker(location: WorkLocation) -> impl IntoView {
    let me = use_session().get_untracked();
    let admin = me.role() == Some(Role::Admin);
    let mine: Vec<String> = me
        .view()
        .map(|v| v.location_ids.clone())
        .unwrap_or_default();
    if !admin && mine.len() < 2 {
        return ().into_any();
    }
    let directory = LocalResource::new(api::locations);
    let selected = RwSignal::new(location.0.get_untracked().unwrap_or_default());
    Effect::new(move |_| {
        let value = selected.get();
        let value = (!value.is_empty()).then_some(value);
        if location.0.get_untracked() != value {
            location.0.set(value);
        }
    });
    view! {
        <div class="field trainer-location">
            <label for="trainer-location">{t("trainer-location")}</label>
            <select id="trainer-location" bind:value=selected>
                <option value="">{t("trainer-choose-location")}</option>
                {move || {
                    let mine = mine.clone();
                    directory.get().and_then(Result::ok).map(|d| {
                        d.locations
                            .into_iter()
                            .filter(|l| admin || mine.contains(&l.id))
                            .map(|l| view! { <option value=l.id.clone() selected=selected.get_untracked() == l.id>{l.name}</option> })
                            .collect_view()
                    })
                }}
            </select>
        </div>
    }
    .into_any()
}

/// Whether the page can ask the API yet: an admin must have picked a location first.
pub fn location_ready(location: Option<&str>) -> bool {
    location.is_some()
        || use_session()
            .get_untracked()
            .role()
            .is_some_and(|r| r != Role::Admin)
}
