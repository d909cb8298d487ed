//! `/trainer/groups`: the groups of residents at the trainer's location. A group is created or
//! renamed with its members picked from the location's learners (check boxes, with a filter box
//! for long lists); a save names the version it edits.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos_router::components::A;
use wegwijs_shared::learning::wire::{Group, GroupInput, GroupUpdate, Learner};
use wegwijs_shared::problem::FieldError;

use crate::api::{self, ApiFailure};
use crate::components::api_view::api_view;
use crate::components::form::{FormAlert, FormState, TextField};
use crate::components::icons::{Icon, IconSvg};
use crate::components::location_switcher::{LocationSwitcher, use_work_location};
use crate::i18n::{t, t_args, tr};

#[component]
pub fn GroupsPage() -> impl IntoView {
    let location = use_work_location();
    let resource = LocalResource::new(move || {
        let location = location.get();
        async move {
            if location.is_none() {
                return Ok(None);
            }
            let groups = api::groups(location.as_deref()).await?;
            let learners = api::learners(location.as_deref()).await?;
            Ok::<_, ApiFailure>(Some((groups, learners)))
        }
    });
    // The group being edited (`None`: a new one).
    let editing = RwSignal::new(None::<Group>);
    view! {
        <section class="page" aria-labelledby="trainer-groups-title">
            <p><A href="/trainer">{t("trainer-back")}</A></p>
            <h1 id="trainer-groups-title">{t("trainer-groups-title")}</h1>
            <LocationSwitcher/>
            {api_view(resource, "trainer-loading", move |data| match data {
                None => view! { <p>{t("trainer-choose-location-first")}</p> }.into_any(),
                Some((groups, learners)) => view! {
                    <GroupList groups editing/>
                    {move || {
                        let learners = learners.clone();
                        let group = editing.get();
                        view! { <GroupForm group learners location=location.get_untracked() on_saved=move || { editing.set(None); resource.refetch(); }/> }
                    }}
                }
                .into_any(),
            })}
        </section>
    }
}

#[component]
fn GroupList(groups: Vec<Group>, editing: RwSignal<Option<Group>>) -> impl IntoView {
    if groups.is_empty() {
        return view! { <p data-testid="trainer-no-groups">{t("trainer-no-groups")}</p> }
            .into_any();
    }
    view! {
        <ul class="card-list" data-testid="trainer-group-list">
            {groups.into_iter().map(|g| {
                let names = g.members.iter().map(|m| m.display_name.clone()).collect::<Vec<_>>().join(", ");
                let count = g.members.len();
                let name = g.name.clone();
                let edit_label = format!("{} — {}", tr("trainer-edit-group"), name);
                let group = StoredValue::new(g.clone());
                view! {
                    <li class="card" data-testid="trainer-group">
                        <h2><bdi>{g.name.clone()}</bdi></h2>
                        <p>{t_args("trainer-members-count", &[("count", count.into())])}": "<bdi>{names}</bdi></p>
                        <button type="button" class="button button-secondary" aria-label=edit_label
                            on:click=move |_| {
                                editing.set(Some(group.get_value()));
                                focus("group-name");
                            }>
                            <IconSvg icon=Icon::Edit/>" "{t("trainer-edit-group")}
                        </button>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

fn focus(id: &'static str) {
    request_animation_frame(move || {
        if let Some(element) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = element.focus();
        }
    });
}

#[component]
fn GroupForm(
    group: Option<Group>,
    learners: Vec<Learner>,
    location: Option<String>,
    on_saved: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let name = RwSignal::new(group.as_ref().map(|g| g.name.clone()).unwrap_or_default());
    let members = RwSignal::new(
        group
            .as_ref()
            .map(|g| {
                g.members
                    .iter()
                    .map(|m| m.account_id.clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default(),
    );
    let filter = RwSignal::new(String::new());
    let form = FormState::new();
    let existing = group.as_ref().map(|g| (g.id.clone(), g.version));
    let heading = if existing.is_some() {
        "trainer-edit-group"
    } else {
        "trainer-new-group"
    };
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let name = name.get_untracked().trim().to_owned();
        if name.is_empty() {
            form.reject(vec![FieldError::new(
                "name",
                "required",
                tr("trainer-name-required"),
            )]);
            return;
        }
        let member_ids = members.get_untracked();
        match existing.clone() {
            Some((id, version)) => {
                let update = GroupUpdate {
                    version,
                    name,
                    member_ids,
                };
                form.submit(
                    async move { api::update_group(&id, &update).await },
                    move |_| on_saved(),
                );
            }
            None => {
                let Some(location_id) = location.clone() else {
                    form.reject(vec![FieldError::new(
                        "name",
                        "required",
                        tr("trainer-choose-location-first"),
                    )]);
                    return;
                };
                let input = GroupInput {
                    location_id,
                    name,
                    member_ids,
                };
                form.submit(async move { api::create_group(&input).await }, move |_| {
                    on_saved()
                });
            }
        }
    };
    let learners = StoredValue::new(learners);
    view! {
        <form class="form panel" on:submit=on_submit novalidate aria-labelledby="group-form-title" data-testid="trainer-group-form">
            <h2 id="group-form-title">{t(heading)}</h2>
            <FormAlert form/>
            <TextField id="group-name" field="name" label=tr("trainer-group-name") value=name form required=true/>
            <fieldset class="members">
                <legend>{t("trainer-members")}</legend>
                <div class="field">
                    <label for="member-filter">{t("trainer-filter")}</label>
                    <input id="member-filter" type="search" bind:value=filter/>
                </div>
                <ul class="plain member-list">
                    {move || {
                        let needle = filter.get().to_lowercase();
                        learners.with_value(|all| all.iter()
                            .filter(|l| needle.is_empty() || l.display_name.to_lowercase().contains(&needle))
                            .map(|l| {
                                let id = l.account_id.clone();
                                let box_id = format!("member-{id}");
                                let checked = members.with_untracked(|m| m.contains(&id));
                                view! {
                                    <li class="check">
                                        <input type="checkbox" id=box_id.clone() checked=checked
                                            on:change=move |ev| {
                                                let on = event_target_checked(&ev);
                                                members.update(|m| {
                                                    m.retain(|x| x != &id);
                                                    if on { m.push(id.clone()); }
                                                });
                                            }/>
                                        <label for=box_id><bdi>{l.display_name.clone()}</bdi></label>
                                    </li>
                                }
                            })
                            .collect_view())
                    }}
                </ul>
            </fieldset>
            <button type="submit" class="button" data-testid="trainer-save-group" disabled=move || form.pending.get()>
                <IconSvg icon=Icon::Check/>" "{t("trainer-save-group")}
            </button>
        </form>
    }
}
