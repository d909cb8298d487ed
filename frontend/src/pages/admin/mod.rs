//! Pages for admins: accounts and invitations, locations, the audit log. One lazy route for the
//! area (`/admin/*`), compiled into its own wasm chunk, downloaded only by admins.

pub mod accounts;
pub mod audit;
pub mod locations;

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;
use leptos_router::{LazyRoute, lazy_route};
use wegwijs_shared::auth::Role;
use wegwijs_shared::locations::Location;

use crate::components::form::{FormState, field_error_text};
use crate::components::icons::{Icon, IconSvg};
use crate::components::session::RequireRole;
use crate::components::sub_router;
use crate::i18n::{WithCatalog, t, tr};
use crate::pages::not_found::NotFound;
use accounts::AccountsPage;
use audit::AuditScreen;
use locations::LocationsPage;

pub const ADMIN_ONLY: &[Role] = &[Role::Admin];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AdminPage {
    Accounts,
    Locations,
    Audit,
    Unknown,
}

impl AdminPage {
    /// `/admin`, `/admin/locations`, `/admin/audit`.
    pub fn from_path(path: &str) -> Self {
        match sub_router::segments(path, "/admin").as_slice() {
            [] => AdminPage::Accounts,
            ["locations"] => AdminPage::Locations,
            ["audit"] => AdminPage::Audit,
            _ => AdminPage::Unknown,
        }
    }
}

pub struct AdminArea;

#[lazy_route]
impl LazyRoute for AdminArea {
    fn data() -> Self {
        AdminArea
    }

    fn view(_this: Self) -> AnyView {
        let location = use_location();
        let page = Memo::new(move |_| AdminPage::from_path(&location.pathname.get()));
        view! {
            <RequireRole roles=ADMIN_ONLY>
                <WithCatalog file="staff">
                    {move || match page.get() {
                        AdminPage::Accounts => view! { <AccountsPage/> }.into_any(),
                        AdminPage::Locations => view! { <LocationsPage/> }.into_any(),
                        AdminPage::Audit => view! { <AuditScreen/> }.into_any(),
                        AdminPage::Unknown => view! { <NotFound/> }.into_any(),
                    }}
                </WithCatalog>
            </RequireRole>
        }
        .into_any()
    }
}

/// The admin area's own navigation, on each of its pages.
#[component]
pub fn AdminNav() -> impl IntoView {
    view! {
        <nav aria-label=t("nav-admin") class="sub-nav">
            <ul class="nav-list">
                <li>
                    <A href="/admin" exact=true>
                        <IconSvg icon=Icon::People/>
                        <span>{t("admin-accounts")}</span>
                    </A>
                </li>
                <li>
                    <A href="/admin/locations">
                        <IconSvg icon=Icon::Place/>
                        <span>{t("admin-locations")}</span>
                    </A>
                </li>
                <li>
                    <A href="/admin/audit">
                        <IconSvg icon=Icon::Log/>
                        <span>{t("admin-audit")}</span>
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
    /// Shows the API's `location_ids` error.
    form: FormState,
) -> impl IntoView {
    let error_id = format!("{prefix}-locations-error");
    view! {
        <fieldset
            class="field checks"
            aria-describedby=move || form.message("location_ids").map(|_| error_id.clone())
        >
            <legend>{legend}</legend>
            {move || {
                field_error_text(format!("{prefix}-locations-error"), form.message("location_ids"))
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
                            <label for=id><bdi>{l.name}</bdi></label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// A table row's "Edit" button; the row's name is read out with it, so a screen reader's list of
/// buttons says which row each one edits.
#[component]
pub fn EditButton(name: String, on_click: Callback<()>) -> impl IntoView {
    view! {
        <button type="button" class="button button-secondary" on:click=move |_| on_click.run(())>
            <IconSvg icon=Icon::Edit/>
            " "
            {t("edit")}
            " "
            <span class="visually-hidden"><bdi>{name}</bdi></span>
        </button>
    }
}

pub fn role_label(role: Role) -> String {
    tr(match role {
        Role::Resident => "role-resident",
        Role::Trainer => "role-trainer",
        Role::Staff => "role-staff",
        Role::Admin => "role-admin",
    })
}
