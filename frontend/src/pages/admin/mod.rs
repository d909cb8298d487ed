//! Pages for admins: accounts and invitations, locations, the audit log. Lazy routes: compiled
//! into their own wasm chunks, downloaded only by admins.

pub mod accounts;
pub mod audit;
pub mod locations;

use leptos::prelude::*;
use leptos_router::components::A;
use wegwijs_shared::auth::Role;
use wegwijs_shared::locations::Location;

use crate::components::icons::{Icon, IconSvg};

pub const ADMIN_ONLY: &[Role] = &[Role::Admin];

/// The admin area's own navigation, on each of its pages.
#[component]
pub fn AdminNav() -> impl IntoView {
    view! {
        <nav aria-label="Admin" class="sub-nav">
            <ul class="nav-list">
                <li>
                    <A href="/admin" exact=true>
                        <IconSvg icon=Icon::People/>
                        <span>"Accounts"</span>
                    </A>
                </li>
                <li>
                    <A href="/admin/locations">
                        <IconSvg icon=Icon::Place/>
                        <span>"Locations"</span>
                    </A>
                </li>
                <li>
                    <A href="/admin/audit">
                        <IconSvg icon=Icon::Log/>
                        <span>"Audit log"</span>
                    </A>
                </li>
            </ul>
        </nav>
    }
}

/// One check box per location, as a group with a legend. `prefix` keeps ids unique when two
/// groups are on one page.
#[component]
pub fn LocationChecks(
    prefix: &'static str,
    #[prop(into)] legend: String,
    locations: Vec<Location>,
    selected: RwSignal<Vec<String>>,
    #[prop(optional)] error: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let error_id = format!("{prefix}-locations-error");
    let has_error = move || error.is_some_and(|e| e.with(Option::is_some));
    view! {
        <fieldset
            class="field checks"
            aria-describedby=move || has_error().then(|| error_id.clone())
        >
            <legend>{legend}</legend>
            {move || {
                error
                    .and_then(|e| e.get())
                    .map(|m| {
                        view! {
                            <p class="field-error" id=format!("{prefix}-locations-error")>
                                <IconSvg icon=Icon::Alert/>
                                " "
                                {m}
                            </p>
                        }
                    })
            }}
            {locations
                .into_iter()
                .map(|l| {
                    let id = format!("{prefix}-loc-{}", l.id);
                    let value = l.id.clone();
                    let checked = l.id.clone();
                    view! {
                        <div class="check">
                            <input
                                type="checkbox"
                                id=id.clone()
                                prop:checked=move || selected.with(|s| s.contains(&checked))
                                on:change=move |_| {
                                    selected
                                        .update(|s| {
                                            if let Some(i) = s.iter().position(|x| *x == value) {
                                                s.remove(i);
                                            } else {
                                                s.push(value.clone());
                                            }
                                        })
                                }
                            />
                            <label for=id>{l.name}</label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

pub fn role_label(role: Role) -> &'static str {
    match role {
        Role::Resident => "Resident",
        Role::Trainer => "Trainer",
        Role::Staff => "Staff",
        Role::Admin => "Admin",
    }
}
