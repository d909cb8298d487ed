//! A resident's stage in the asylum procedure, as staff see and set it on the resident's page; the
//! resident's home shows "where you are, what happens next" from it.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use wegwijs_shared::problem::FieldError;
use wegwijs_shared::procedure::{ProcedureStage, ProcedureView, SetProcedureStage};

use super::content_labels::stage_label;
use crate::api;
use crate::components::form::{FormAlert, FormState, SelectField, SubmitButton};
use crate::components::format;
use crate::components::icons::Icon;
use crate::i18n::{t, tr};

#[component]
pub fn ProcedureStageForm(resident_id: String, procedure: ProcedureView) -> impl IntoView {
    let view_now = RwSignal::new(procedure);
    let chosen = RwSignal::new(
        view_now
            .with_untracked(|v| v.stage.map(|s| s.code().to_owned()))
            .unwrap_or_default(),
    );
    let form = FormState::new();
    let saved = RwSignal::new(false);
    let id = StoredValue::new(resident_id);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let Some(stage) = ProcedureStage::from_code(&chosen.get_untracked()) else {
            form.reject(vec![FieldError::new(
                "stage",
                "required",
                tr("content-procedure-choose"),
            )]);
            return;
        };
        let id = id.get_value();
        form.submit(
            async move { api::set_procedure_stage(&id, &SetProcedureStage { stage }).await },
            move |answer| {
                view_now.set(answer);
                saved.set(true);
            },
        );
    };
    view! {
        <section class="panel no-print" aria-labelledby="procedure-title" data-testid="procedure-stage">
            <h2 id="procedure-title">{t("content-procedure-title")}</h2>
            {move || {
                let current = view_now.get();
                let stage = current.stage.map(stage_label).unwrap_or_else(|| tr("content-procedure-unset"));
                let next = current.next.iter().map(|s| stage_label(*s)).collect::<Vec<_>>().join(", ");
                view! {
                    <dl class="facts">
                        <dt>{t("content-procedure-current")}</dt>
                        <dd data-testid="procedure-current">{stage}</dd>
                        {(!next.is_empty()).then(|| view! {
                            <dt>{t("content-procedure-next")}</dt>
                            <dd>{next}</dd>
                        })}
                        {current.set_at.map(|at| view! {
                            <dt>{t("content-procedure-set-at")}</dt>
                            <dd>{format::date_time(at)}</dd>
                        })}
                    </dl>
                }
            }}
            {move || saved.get().then(|| view! { <p role="status" class="success">{t("content-procedure-saved")}</p> })}
            <form class="form" on:submit=on_submit novalidate>
                <FormAlert form/>
                <SelectField id="stage" label=tr("content-procedure-field") value=chosen form required=true>
                    <option value="">{t("content-choose")}</option>
                    {ProcedureStage::ALL
                        .into_iter()
                        .map(|s| view! { <option value=s.code()>{stage_label(s)}</option> })
                        .collect_view()}
                </SelectField>
                <SubmitButton form icon=Icon::Check label=tr("content-procedure-submit") busy_label=tr("content-saving")/>
            </form>
        </section>
    }
}
