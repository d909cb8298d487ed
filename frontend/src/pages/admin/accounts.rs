//! `/admin` (admins): the employee accounts with their roles and locations, inviting a new
//! employee, and changing or disabling an account.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wegwijs_shared::accounts::{
    AccountStatus, EmployeeAccount, Invite, InviteRequest, UpdateAccountRequest,
};
use wegwijs_shared::auth::Role;
use wegwijs_shared::locations::LocationDirectory;

use super::{AdminNav, EditButton, LocationChecks, role_label};
use crate::api;
use crate::components::api_view::api_view;
use crate::components::form::{FormAlert, FormState, SelectField, SubmitButton, TextField};
use crate::components::format;
use crate::components::icons::{Icon, IconSvg};
use crate::components::labels::location_name;
use crate::i18n::{t, t_args, tr};

/// Employee accounts: who has which role and locations, inviting someone new, and changing or
/// disabling an account.
#[component]
pub fn AccountsPage() -> impl IntoView {
    let directory = LocalResource::new(api::locations);
    view! {
        <section class="page" aria-labelledby="admin-title">
            <h1 id="admin-title">{t("admin-accounts")}</h1>
            <AdminNav/>
            {api_view(
                directory,
                "staff-loading-locations",
                move |directory| view! { <AccountsAndInvite directory/> },
            )}
        </section>
    }
}

/// The table reloads after a change; the invite form (and the link it shows once) stays put.
#[component]
fn AccountsAndInvite(directory: LocationDirectory) -> impl IntoView {
    let accounts = LocalResource::new(api::accounts);
    let changed = Callback::new(move |()| accounts.refetch());
    let for_table = directory.clone();
    view! {
        {api_view(
            accounts,
            "loading-accounts",
            move |list| view! { <AccountsTable list directory=for_table.clone() changed/> },
        )}
        <InviteForm directory changed/>
    }
}

fn status_text(status: AccountStatus) -> String {
    tr(match status {
        AccountStatus::Pending => "account-status-pending",
        AccountStatus::Active => "status-active",
        AccountStatus::Disabled => "status-disabled",
    })
}

#[component]
fn AccountsTable(
    list: Vec<EmployeeAccount>,
    directory: LocationDirectory,
    changed: Callback<()>,
) -> impl IntoView {
    let editing = RwSignal::new(None::<EmployeeAccount>);
    let directory = StoredValue::new(directory);
    let rows = list
        .into_iter()
        .map(|account| {
            let names = directory.with_value(|d| {
                account
                    .location_ids
                    .iter()
                    .map(|id| location_name(d, id))
                    .collect::<Vec<_>>()
                    .join(", ")
            });
            let edit = account.clone();
            view! {
                <tr>
                    <td>{role_label(account.role)}</td>
                    <th scope="row"><bdi>{account.display_name.clone()}</bdi></th>
                    <td><bdi dir="ltr">{account.email.clone()}</bdi></td>
                    <td><bdi>{names}</bdi></td>
                    <td>{status_text(account.status)}</td>
                    <td>
                        <EditButton
                            name=account.display_name
                            on_click=Callback::new(move |()| editing.set(Some(edit.clone())))
                        />
                    </td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="data-table" data-testid="accounts-table">
            <caption>{t("accounts-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("field-role")}</th>
                    <th scope="col">{t("field-name")}</th>
                    <th scope="col">{t("field-email-short")}</th>
                    <th scope="col">{t("admin-locations")}</th>
                    <th scope="col">{t("field-status")}</th>
                    <th scope="col">{t("field-change")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
        {move || {
            editing
                .get()
                .map(|account| {
                    view! {
                        <EditAccount
                            account
                            directory=directory.get_value()
                            done=Callback::new(move |saved: bool| {
                                editing.set(None);
                                if saved {
                                    changed.run(());
                                }
                            })
                        />
                    }
                })
        }}
    }
}

#[component]
fn EditAccount(
    account: EmployeeAccount,
    directory: LocationDirectory,
    done: Callback<bool>,
) -> impl IntoView {
    let selected = RwSignal::new(account.location_ids.clone());
    let disabled = RwSignal::new(account.status == AccountStatus::Disabled);
    let form = FormState::new();
    let id = StoredValue::new(account.id.clone());
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = UpdateAccountRequest {
            location_ids: selected.get_untracked(),
            disabled: disabled.get_untracked(),
        };
        let id = id.get_value();
        form.submit(
            async move { api::update_account(&id, &request).await },
            move |_| done.run(true),
        );
    };
    view! {
        <section class="panel" aria-labelledby="edit-account-title">
            <h2 id="edit-account-title">
                {t_args("account-edit-title", &[("name", account.display_name.into())])}
            </h2>
            <form class="form" on:submit=on_submit novalidate>
                <FormAlert form/>
                <LocationChecks
                    prefix="edit"
                    legend=tr("admin-locations")
                    locations=directory.locations
                    selected
                    form
                />
                <div class="check">
                    <input type="checkbox" id="edit-disabled" bind:checked=disabled/>
                    <label for="edit-disabled">
                        {t("account-disabled")}
                    </label>
                </div>
                <div class="actions">
                    <SubmitButton form icon=Icon::Check label=tr("save") busy_label=tr("saving")/>
                    <button
                        type="button"
                        class="button button-secondary"
                        on:click=move |_| done.run(false)
                    >
                        {t("cancel")}
                    </button>
                </div>
            </form>
        </section>
    }
}

#[component]
fn InviteForm(directory: LocationDirectory, changed: Callback<()>) -> impl IntoView {
    let email = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let role = RwSignal::new(Role::Staff.as_str().to_owned());
    let selected = RwSignal::new(Vec::<String>::new());
    let form = FormState::new();
    let invite = RwSignal::new(None::<Invite>);

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = InviteRequest {
            email: email.get_untracked(),
            display_name: name.get_untracked(),
            role: Role::parse(&role.get_untracked()).unwrap_or(Role::Staff),
            location_ids: selected.get_untracked(),
        };
        match request.validate() {
            Err(errors) => form.reject(errors),
            Ok(valid) => form.submit(async move { api::invite(&valid).await }, move |made| {
                invite.try_set(Some(made));
                email.try_set(String::new());
                name.try_set(String::new());
                selected.try_set(Vec::new());
                changed.run(());
            }),
        }
    };

    view! {
        <section class="panel" aria-labelledby="invite-title">
            <h2 id="invite-title">{t("invite-someone")}</h2>
            {move || invite.get().map(|made| view! { <InviteLink invite=made/> })}
            <form class="form" on:submit=on_submit novalidate>
                <FormAlert form/>
                <TextField
                    id="email"
                    label=tr("field-email")
                    value=email
                    form
                    input_type="email"
                    autocomplete="off"
                    required=true
                />
                <TextField
                    id="display_name"
                    label=tr("field-name")
                    value=name
                    form
                    autocomplete="off"
                    required=true
                />
                <SelectField id="role" label=tr("field-role") value=role form>
                        {[Role::Staff, Role::Trainer, Role::Admin]
                            .into_iter()
                            .map(|r| view! { <option value=r.as_str()>{role_label(r)}</option> })
                            .collect_view()}
                </SelectField>
                <LocationChecks
                    prefix="invite"
                    legend=tr("invite-locations")
                    locations=directory.locations
                    selected
                    form
                />
                <SubmitButton form icon=Icon::Send label=tr("invite-create") busy_label=tr("invite-creating")/>
            </form>
        </section>
    }
}

/// The link is shown once (only its hash is stored): a copy button, and the text itself for
/// copying by hand.
#[component]
fn InviteLink(invite: Invite) -> impl IntoView {
    let copied = RwSignal::new(None::<bool>);
    let url = invite.invite_url.clone();
    let copy = move |_| {
        let url = url.clone();
        spawn_local(async move {
            let ok = match web_sys::window() {
                Some(w) => {
                    wasm_bindgen_futures::JsFuture::from(w.navigator().clipboard().write_text(&url))
                        .await
                        .is_ok()
                }
                None => false,
            };
            copied.try_set(Some(ok));
        });
    };
    view! {
        <div class="invite-result" data-testid="invite-result">
            <p role="status">
                <IconSvg icon=Icon::Check/>
                " "
                {t_args(
                    "invite-created",
                    &[
                        ("name", invite.account.display_name.into()),
                        ("until", format::date_time(invite.expires_at_ms).into()),
                    ],
                )}
            </p>
            <label for="invite-url">{t("invite-link")}</label>
            <input
                id="invite-url"
                class="link-output"
                type="text"
                readonly
                dir="ltr"
                value=invite.invite_url
                data-testid="invite-url"
            />
            <div class="actions">
                <button type="button" class="button" on:click=copy>
                    <IconSvg icon=Icon::Copy/>
                    " "{t("invite-copy")}
                </button>
            </div>
            <p role="status">
                {move || match copied.get() {
                    Some(true) => tr("invite-copied"),
                    Some(false) => tr("invite-copy-failed"),
                    None => String::new(),
                }}
            </p>
        </div>
    }
}
