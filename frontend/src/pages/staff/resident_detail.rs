//! `/staff/residents/{id}` (staff and admins): one resident's details and moves, their procedure
//! stage, a new activation card, and moving them to another location.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use wegwijs_shared::locations::LocationDirectory;
use wegwijs_shared::residents::{ActivationCard, MoveResidentRequest, Resident};

use super::procedure_stage::ProcedureStageForm;
use super::{my_locations, status_label};
use crate::api::{self, ApiFailure};
use crate::components::activation_card::ActivationCardView;
use crate::components::api_view::api_view;
use crate::components::error_display::ErrorDisplay;
use crate::components::form::{FormAlert, FormState, SelectField, SubmitButton};
use crate::components::format;
use crate::components::icons::{Icon, IconSvg};
use crate::components::labels::location_name;
use crate::components::languages::language_name;
use crate::components::session::use_session;
use crate::i18n::{t, tr};

/// One resident: their details and moves, a new activation card (after a confirmation, since it
/// ends the old code and every session), and moving them to another location.
#[component]
pub fn ResidentScreen(id: String) -> impl IntoView {
    let id = StoredValue::new(id);
    let record = LocalResource::new(move || {
        let id = id.get_value();
        async move { api::resident(&id).await }
    });
    let directory = LocalResource::new(api::locations);
    let both = LocalResource::new(move || async move {
        let resident = record.await?;
        let directory = directory.await?;
        Ok::<_, ApiFailure>((resident, directory))
    });
    view! {
        <section class="page" aria-labelledby="resident-title">
            <p class="no-print">
                <A href="/staff/residents">{t("all-residents")}</A>
            </p>
            {api_view(
                both,
                "loading-resident",
                move |(resident, directory)| {
                    view! { <ResidentView resident directory on_changed=move || record.refetch()/> }
                },
            )}
        </section>
    }
}

#[component]
fn ResidentView(
    resident: Resident,
    directory: LocationDirectory,
    on_changed: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let language = language_name(&resident.language);
    let moves = resident
        .moves
        .iter()
        .map(|m| {
            let until = m
                .until_ms
                .map(format::day)
                .unwrap_or_else(|| tr("moves-now"));
            view! {
                <tr>
                    <th scope="row"><bdi>{location_name(&directory, &m.location_id)}</bdi></th>
                    <td>{format::day(m.from_ms)}</td>
                    <td>{until}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <h1 id="resident-title"><bdi>{resident.preferred_name.clone()}</bdi></h1>
        <dl class="facts no-print" data-testid="resident-details">
            <dt>{t("field-resident-number")}</dt>
            <dd><bdi dir="ltr">{resident.resident_number.clone()}</bdi></dd>
            <dt>{t("field-location")}</dt>
            <dd><bdi>{location_name(&directory, &resident.location_id)}</bdi></dd>
            <dt>{t("field-language")}</dt>
            <dd><bdi>{language}</bdi></dd>
            <dt>{t("field-date-of-birth")}</dt>
            <dd>{resident.date_of_birth.clone().unwrap_or_else(|| tr("not-recorded"))}</dd>
            <dt>{t("field-status")}</dt>
            <dd>{status_label(resident.status)}</dd>
        </dl>
        <table class="data-table no-print" data-testid="moves">
            <caption>{t("moves-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{t("field-location")}</th>
                    <th scope="col">{t("date-from")}</th>
                    <th scope="col">{t("date-until")}</th>
                </tr>
            </thead>
            <tbody>{moves}</tbody>
        </table>
        <ProcedureStageForm resident_id=resident.id.clone() procedure=resident.procedure.clone()/>
        <NewCard id=resident.id.clone()/>
        <MoveForm resident directory on_changed/>
    }
}

#[derive(Clone, Debug, PartialEq)]
enum CardStep {
    Idle,
    Confirming,
    Issuing,
    Issued(ActivationCard),
    Failed(ApiFailure),
}

#[component]
fn NewCard(id: String) -> impl IntoView {
    let step = RwSignal::new(CardStep::Idle);
    let id = StoredValue::new(id);
    let issue = move |_| {
        step.set(CardStep::Issuing);
        let id = id.get_value();
        // A write: spawned, never aborted, so a card the server made is never lost half-way.
        spawn_local(async move {
            let outcome = api::issue_activation_card(&id).await;
            step.try_set(match outcome {
                Ok(card) => CardStep::Issued(card),
                Err(f) => CardStep::Failed(f),
            });
        });
    };
    view! {
        <section class="panel" aria-labelledby="card-section-title">
            <h2 id="card-section-title" class="no-print">{t("card-title")}</h2>
            {move || match step.get() {
                CardStep::Idle => view! {
                    <button
                        type="button"
                        class="button"
                        data-testid="issue-card"
                        on:click=move |_| step.set(CardStep::Confirming)
                    >
                        <IconSvg icon=Icon::Card/>
                        " "{t("card-issue")}
                    </button>
                }
                    .into_any(),
                CardStep::Confirming | CardStep::Issuing => view! {
                    <div class="confirm" role="group" aria-labelledby="confirm-card-text">
                        <p id="confirm-card-text">
                            {t("card-confirm-text")}
                        </p>
                        <div class="actions">
                            <button
                                type="button"
                                class="button"
                                data-testid="confirm-issue-card"
                                disabled=move || step.get() == CardStep::Issuing
                                on:click=issue
                            >
                                <IconSvg icon=Icon::Check/>
                                " "{t("card-confirm")}
                            </button>
                            <button
                                type="button"
                                class="button button-secondary"
                                on:click=move |_| step.set(CardStep::Idle)
                            >
                                {t("cancel")}
                            </button>
                        </div>
                    </div>
                }
                    .into_any(),
                CardStep::Issued(card) => view! { <ActivationCardView card/> }.into_any(),
                CardStep::Failed(failure) => view! {
                    <ErrorDisplay failure on_retry=Callback::new(move |()| step.set(CardStep::Confirming))/>
                }
                    .into_any(),
            }}
        </section>
    }
}

#[component]
fn MoveForm(
    resident: Resident,
    directory: LocationDirectory,
    on_changed: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let me = use_session().get_untracked();
    let current = resident.location_id.clone();
    let choices: Vec<_> = me
        .view()
        .map(|me| my_locations(me, &directory))
        .unwrap_or_default()
        .into_iter()
        .filter(|l| l.id != current)
        .collect();
    if choices.is_empty() {
        return ().into_any();
    }
    let target = RwSignal::new(String::new());
    let form = FormState::new();
    let id = StoredValue::new(resident.id);
    let moved = RwSignal::new(false);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let request = MoveResidentRequest {
            location_id: target.get_untracked(),
        };
        let id = id.get_value();
        form.submit(
            async move { api::move_resident(&id, &request).await },
            move |_| {
                moved.try_set(true);
                on_changed();
            },
        );
    };
    view! {
        <section class="panel no-print" aria-labelledby="move-title">
            <h2 id="move-title">{t("move-title")}</h2>
            {move || {
                moved
                    .get()
                    .then(|| view! { <p role="status" class="success">{t("move-done")}</p> })
            }}
            <form class="form" on:submit=on_submit novalidate>
                <FormAlert form/>
                <SelectField id="move-location" label=tr("move-new-location") value=target form field="location_id" required=true>
                        <option value="">{t("choose-location")}</option>
                        {choices
                            .into_iter()
                            .map(|l| view! { <option value=l.id>{l.name}</option> })
                            .collect_view()}
                </SelectField>
                <SubmitButton form icon=Icon::Move label=tr("move-submit") busy_label=tr("move-busy")/>
            </form>
        </section>
    }
    .into_any()
}
