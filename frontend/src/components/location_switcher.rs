//! The location the staff and trainer pages work for, and the switcher that changes it.
//!
//! It follows the API's rule (`wegwijs_shared::location_scope`): someone with exactly one location
//! works there and sees no switcher; staff or trainers at several locations, and admins, choose one
//! in a labelled `<select>`. The choice is remembered on this device per account (localStorage), so
//! it survives moving between pages and areas and a reload, and every location-scoped request of
//! those pages sends it as `location`, so the API never has to guess.

use leptos::prelude::*;
use wegwijs_shared::auth::Role;
use wegwijs_shared::location_scope::{implied_location, must_choose};
use wegwijs_shared::locations::LocationDirectory;

use crate::api;
use crate::components::session::use_session;
use crate::i18n::t;

/// The chosen location of the area; `None` until there is one (an admin before the directory
/// arrives, or someone without locations).
#[derive(Clone, Copy)]
pub struct WorkLocation {
    chosen: RwSignal<Option<String>>,
    /// The storage key of the signed-in account, if any.
    key: StoredValue<Option<String>>,
}

impl WorkLocation {
    pub fn get(self) -> Option<String> {
        self.chosen.get()
    }

    pub fn get_untracked(self) -> Option<String> {
        self.chosen.get_untracked()
    }

    /// Switches to `location` and remembers it on this device.
    pub fn choose(self, location: String) {
        if self.chosen.get_untracked().as_deref() == Some(location.as_str()) {
            return;
        }
        if let Some(key) = self.key.get_value() {
            remember(&key, &location);
        }
        self.chosen.set(Some(location));
    }
}

fn store() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Storage blocked or full: the choice then lasts until the page closes, which is fine.
fn remember(key: &str, location: &str) {
    if let Some(store) = store() {
        let _ = store.set_item(key, location);
    }
}

fn remembered(key: &str) -> Option<String> {
    store()?.get_item(key).ok().flatten()
}

/// Where a page starts: the location the rule implies; else the remembered choice if it is still
/// one of theirs (any, for an admin: the directory check follows when it loads); else their first.
fn starting_location(role: Role, mine: &[String], remembered: Option<String>) -> Option<String> {
    if let Some(only) = implied_location(role, mine) {
        return Some(only.to_owned());
    }
    remembered
        .filter(|r| role == Role::Admin || mine.contains(r))
        .or_else(|| mine.first().cloned())
}

/// The work location of the area, provided once when it opens (inside its role guard, so the
/// session is known), so every page of the area shares it.
pub fn provide_work_location() -> WorkLocation {
    let me = use_session().get_untracked();
    let me = me.view();
    let key = me.map(|v| format!("wegwijs.location.{}", v.account_id));
    let chosen = me.and_then(|v| {
        starting_location(v.role, &v.location_ids, key.as_deref().and_then(remembered))
    });
    let location = WorkLocation {
        chosen: RwSignal::new(chosen),
        key: StoredValue::new(key),
    };
    provide_context(location);
    location
}

/// The area's work location (provided on first use when the area did not).
pub fn use_work_location() -> WorkLocation {
    use_context::<WorkLocation>().unwrap_or_else(provide_work_location)
}

/// The locations offered: all for an admin, else theirs, in the directory's order.
fn offered(directory: &LocationDirectory, role: Role, mine: &[String]) -> Vec<(String, String)> {
    directory
        .locations
        .iter()
        .filter(|l| role == Role::Admin || mine.contains(&l.id))
        .map(|l| (l.id.clone(), l.name.clone()))
        .collect()
}

/// The switcher: shown only to whom the rule gives a choice, and only with something to choose.
#[component]
pub fn LocationSwitcher() -> impl IntoView {
    let location = use_work_location();
    let me = use_session().get_untracked();
    let Some((role, mine)) = me.view().map(|v| (v.role, v.location_ids.clone())) else {
        return ().into_any();
    };
    if !must_choose(role, &mine) || (role != Role::Admin && mine.is_empty()) {
        return ().into_any();
    }
    let directory = LocalResource::new(api::locations);
    let options = Memo::new(move |_| {
        directory.get().map(|found| match found {
            Ok(d) => offered(&d, role, &mine),
            // Without names, the ids still let them switch.
            Err(_) => mine.iter().map(|id| (id.clone(), id.clone())).collect(),
        })
    });
    // A remembered choice the directory no longer has (or none yet, for an admin): the first.
    Effect::new(move |_| {
        let Some(options) = options.get() else {
            return;
        };
        let current = location.get_untracked();
        if !options.iter().any(|(id, _)| Some(id) == current.as_ref())
            && let Some((first, _)) = options.first()
        {
            location.choose(first.clone());
        }
    });
    view! {
        <div class="field location-switcher">
            <label for="location-switcher">{t("location-switcher-label")}</label>
            <select
                id="location-switcher"
                data-testid="location-switcher"
                prop:value=move || location.get().unwrap_or_default()
                on:change:target=move |ev| location.choose(ev.target().value())
            >
                {move || {
                    options
                        .get()
                        .unwrap_or_default()
                        .into_iter()
                        .map(|(id, name)| {
                            let selected = location.get_untracked().as_deref() == Some(id.as_str());
                            view! { <option value=id selected=selected>{name}</option> }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
    .into_any()
}

/// A location-scoped page body: the switcher, then `body` for the chosen location (built once; it
/// follows later choices through the memo it gets), or [`NoWorkLocation`] while there is none.
#[component]
pub fn WithWorkLocation<F, V>(body: F) -> impl IntoView
where
    F: Fn(Memo<String>) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    let work = use_work_location();
    let chosen = Memo::new(move |_| work.get().is_some());
    let location = Memo::new(move |_| work.get().unwrap_or_default());
    view! {
        <LocationSwitcher/>
        {move || {
            if chosen.get() {
                body(location).into_any()
            } else {
                view! { <NoWorkLocation/> }.into_any()
            }
        }}
    }
}

/// What a page shows while it has no location: a choice still to make in the switcher (an admin
/// before the directory arrives), or none to make (someone not assigned to any location).
#[component]
pub fn NoWorkLocation() -> impl IntoView {
    let me = use_session().get_untracked();
    let can_choose = me
        .view()
        .is_some_and(|v| v.role == Role::Admin || !v.location_ids.is_empty());
    let key = if can_choose {
        "choose-location"
    } else {
        "centre-edit-no-location"
    };
    view! { <p>{t(key)}</p> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

    wasm_bindgen_test_configure!(run_in_browser);

    fn ids(locations: &[&str]) -> Vec<String> {
        locations.iter().map(|l| l.to_string()).collect()
    }

    #[wasm_bindgen_test]
    fn one_location_is_where_they_work_whatever_was_remembered() {
        let one = ids(&["loc-a"]);
        let start = starting_location(Role::Staff, &one, Some("loc-b".into()));
        assert_eq!(start.as_deref(), Some("loc-a"));
    }

    #[wasm_bindgen_test]
    fn several_locations_start_at_the_remembered_one_if_still_theirs() {
        let several = ids(&["loc-a", "loc-b"]);
        let start = |r: Option<&str>| starting_location(Role::Staff, &several, r.map(Into::into));
        assert_eq!(start(Some("loc-b")).as_deref(), Some("loc-b"));
        assert_eq!(start(Some("loc-gone")).as_deref(), Some("loc-a"));
        assert_eq!(start(None).as_deref(), Some("loc-a"));
    }

    #[wasm_bindgen_test]
    fn an_admin_starts_at_the_remembered_location_or_none() {
        let start = starting_location(Role::Admin, &[], Some("loc-z".into()));
        assert_eq!(start.as_deref(), Some("loc-z"));
        assert_eq!(starting_location(Role::Admin, &[], None), None);
    }
}
