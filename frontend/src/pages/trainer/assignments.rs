//! `/trainer/assignments`: assign a published module to a group or to one resident, with an
//! optional due date; the location's assignments with a way to delete each.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use wegwijs_shared::learning::ModuleStatus;
use wegwijs_shared::learning::wire::{
    AssignTo, Assignment, AssignmentInput, Group, Learner, ModuleListItem,
};
use wegwijs_shared::problem::FieldError;

use super::common::{ModuleText, ui_language};
use crate::api::{self, ApiFailure};
use crate::components::api_view::api_view;
use crate::components::form::{FieldMessage, FormAlert, FormState, SelectField};
use crate::components::icons::{Icon, IconSvg};
use crate::components::location_switcher::{LocationSwitcher, use_work_location};
use crate::i18n::{t, tr};

type Choices = (
    Vec<ModuleListItem>,
    Vec<Group>,
    Vec<Learner>,
    Vec<Assignment>,
);

#[component]
pub fn AssignmentsPage() -> impl IntoView {
    let location = use_work_location();
    let language = ui_language();
    let resource = LocalResource::new(move || {
        let location = location.get();
        let language = language.clone();
        async move {
            if location.is_none() {
                return Ok(None);
            }
            let at = location.as_deref();
            let modules = api::authoring_modules(&language).await?;
            let groups = api::groups(at).await?;
            let learners = api::learners(at).await?;
            let assignments = api::assignments(at).await?;
            Ok::<_, ApiFailure>(Some((modules, groups, learners, assignments)))
        }
    });
    view! {
        <section class="page" aria-labelledby="trainer-assignments-title">
            <p><A href="/trainer">{t("trainer-back")}</A></p>
            <h1 id="trainer-assignments-title">{t("trainer-assignments-title")}</h1>
            <LocationSwitcher/>
            {api_view(resource, "trainer-loading", move |data: Option<Choices>| match data {
                None => view! { <p>{t("trainer-choose-location-first")}</p> }.into_any(),
                Some((modules, groups, learners, assignments)) => view! {
                    <AssignForm modules groups learners on_saved=move || resource.refetch()/>
                    <AssignmentList assignments on_deleted=move || resource.refetch()/>
                }
                .into_any(),
            })}
        </section>
    }
}

#[component]
fn AssignForm(
    modules: Vec<ModuleListItem>,
    groups: Vec<Group>,
    learners: Vec<Learner>,
    on_saved: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let module = RwSignal::new(String::new());
    let target = RwSignal::new("group".to_owned());
    let group = RwSignal::new(String::new());
    let resident = RwSignal::new(String::new());
    let due = RwSignal::new(String::new());
    let form = FormState::new();
    let published: Vec<ModuleListItem> = modules
        .into_iter()
        .filter(|m| m.status == ModuleStatus::Published)
        .collect();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let mut errors = Vec::new();
        let module_id = module.get_untracked();
        if module_id.is_empty() {
            errors.push(FieldError::new(
                "module_id",
                "required",
                tr("trainer-pick-module"),
            ));
        }
        let to = if target.get_untracked() == "group" {
            let id = group.get_untracked();
            if id.is_empty() {
                errors.push(FieldError::new("to", "required", tr("trainer-pick-group")));
            }
            AssignTo::Group { group_id: id }
        } else {
            let id = resident.get_untracked();
            if id.is_empty() {
                errors.push(FieldError::new(
                    "to",
                    "required",
                    tr("trainer-pick-resident"),
                ));
            }
            AssignTo::Resident { account_id: id }
        };
        if !errors.is_empty() {
            form.reject(errors);
            return;
        }
        let due_on = Some(due.get_untracked()).filter(|d| !d.trim().is_empty());
        let input = AssignmentInput {
            module_id,
            to,
            due_on,
        };
        form.submit(
            async move { api::create_assignment(&input).await },
            move |_| on_saved(),
        );
    };
    view! {
        <form class="form panel" on:submit=on_submit novalidate aria-labelledby="assign-title" data-testid="trainer-assign-form">
            <h2 id="assign-title">{t("trainer-assign-title")}</h2>
            <FormAlert form/>
            <SelectField id="assign-module" field="module_id" label=tr("trainer-module") value=module form required=true>
                <option value="">{t("trainer-pick-module")}</option>
                {published.into_iter().map(|m| view! { <option value=m.id.clone() lang=m.title.lang.clone()>{m.title.text.clone()}</option> }).collect_view()}
            </SelectField>
            <fieldset>
                <legend>{t("trainer-assign-to")}</legend>
                <FieldMessage id="assign-to" form field="to"/>
                <div class="check">
                    <input type="radio" id="assign-to-group" name="assign-to" value="group" checked=true
                        on:change=move |_| target.set("group".into())/>
                    <label for="assign-to-group">{t("trainer-assign-group")}</label>
                </div>
                <div class="check">
                    <input type="radio" id="assign-to-resident" name="assign-to" value="resident"
                        on:change=move |_| target.set("resident".into())/>
                    <label for="assign-to-resident">{t("trainer-assign-resident")}</label>
                </div>
            </fieldset>
            <Show when=move || target.get() == "group">
                <div class="field">
                    <label for="assign-group">{t("trainer-group")}</label>
                    <select id="assign-group" bind:value=group>
                        <option value="">{t("trainer-pick-group")}</option>
                        {groups.iter().map(|g| view! { <option value=g.id.clone()>{g.name.clone()}</option> }).collect_view()}
                    </select>
                </div>
            </Show>
            <Show when=move || target.get() == "resident">
                <div class="field">
                    <label for="assign-resident">{t("trainer-resident")}</label>
                    <select id="assign-resident" bind:value=resident>
                        <option value="">{t("trainer-pick-resident")}</option>
                        {learners.iter().map(|l| view! { <option value=l.account_id.clone()>{l.display_name.clone()}</option> }).collect_view()}
                    </select>
                </div>
            </Show>
            <div class="field">
                <label for="assign-due">{t("trainer-due-optional")}</label>
                <FieldMessage id="assign-due" form field="due_on"/>
                <input id="assign-due" type="date" bind:value=due/>
            </div>
            <button type="submit" class="button" data-testid="trainer-assign" disabled=move || form.pending.get()>
                <IconSvg icon=Icon::Send/>" "{t("trainer-assign")}
            </button>
        </form>
    }
}

#[component]
fn AssignmentList(
    assignments: Vec<Assignment>,
    on_deleted: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let failure = RwSignal::new(None::<ApiFailure>);
    let form = FormState {
        failure,
        ..FormState::new()
    };
    if assignments.is_empty() {
        return view! { <p data-testid="trainer-no-assignments">{t("trainer-no-assignments")}</p> }
            .into_any();
    }
    view! {
        <section aria-labelledby="assignment-list-title">
            <h2 id="assignment-list-title">{t("trainer-assignment-list")}</h2>
            <FormAlert form/>
            <div class="table-scroll">
                <table class="data-table" data-testid="trainer-assignment-table">
                    <thead>
                        <tr>
                            <th scope="col">{t("trainer-module")}</th>
                            <th scope="col">{t("trainer-assigned-to")}</th>
                            <th scope="col">{t("trainer-due")}</th>
                            <th scope="col">{t("trainer-actions")}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {assignments.into_iter().map(|a| {
                            let kind = match a.to { AssignTo::Group { .. } => tr("trainer-group"), AssignTo::Resident { .. } => tr("trainer-resident") };
                            let id = a.id.clone();
                            let label = format!("{} — {}", tr("trainer-delete"), a.to_name);
                            view! {
                                <tr data-testid="trainer-assignment">
                                    <th scope="row"><ModuleText text=a.module_title/></th>
                                    <td>{kind}": "<bdi>{a.to_name.clone()}</bdi></td>
                                    <td>{a.due_on.clone().unwrap_or_else(|| tr("trainer-no-due"))}</td>
                                    <td>
                                        <button type="button" class="button button-small button-secondary" aria-label=label
                                            on:click=move |_| {
                                                let id = id.clone();
                                                spawn_local(async move {
                                                    match api::delete_assignment(&id).await {
                                                        Ok(()) => on_deleted(),
                                                        Err(f) => { failure.try_set(Some(f)); }
                                                    }
                                                });
                                            }>
                                            <IconSvg icon=Icon::Trash/>" "{t("trainer-delete")}
                                        </button>
                                    </td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
    .into_any()
}
