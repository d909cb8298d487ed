//! One service in the staff centre editor: its facts, weekly hours (rows of ranges per weekday, add
//! and remove) and special days. The draft lives in signals, so a refused save (422, 409) keeps
//! everything typed; errors sit next to the field the API names (`hours.monday.1.closes`).

use std::sync::atomic::{AtomicU32, Ordering};

use leptos::prelude::*;
use wegwijs_shared::calendar::{MINUTES_PER_DAY, Weekday, format_minute};
use wegwijs_shared::centre::{Service, ServiceInput, ServiceKind};
use wegwijs_shared::hours::{HoursException, TimeRange, WeeklyHours, parse_minute};
use wegwijs_shared::problem::FieldError;

use super::centre::{SaveAlert, TextArea, localise_errors};
use crate::api;
use crate::components::form::{FormState, SubmitButton, field_error_text};
use crate::components::icons::{Icon, IconSvg};
use crate::components::labels::service_name;
use crate::components::local_time::weekday_name;
use crate::i18n::{I18n, t, t_args, tr, use_i18n};

/// Keys that tell rows apart while they are added and removed (indices shift, keys do not).
fn next_key() -> u32 {
    static NEXT: AtomicU32 = AtomicU32::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

#[derive(Clone, Copy)]
struct RangeDraft {
    key: u32,
    opens: RwSignal<String>,
    closes: RwSignal<String>,
}

impl RangeDraft {
    fn new(range: Option<TimeRange>) -> Self {
        // A time input cannot hold 24:00: midnight as a closing time is written 00:00.
        let text = |m: u16| format_minute(if m >= MINUTES_PER_DAY { 0 } else { m });
        RangeDraft {
            key: next_key(),
            opens: RwSignal::new(range.map(|r| text(r.opens)).unwrap_or_default()),
            closes: RwSignal::new(range.map(|r| text(r.closes)).unwrap_or_default()),
        }
    }
}

#[derive(Clone, Copy)]
struct ExceptionDraft {
    key: u32,
    date: RwSignal<String>,
    reason: RwSignal<String>,
    ranges: RwSignal<Vec<RangeDraft>>,
}

fn drafts(ranges: &[TimeRange]) -> Vec<RangeDraft> {
    ranges.iter().map(|r| RangeDraft::new(Some(*r))).collect()
}

/// The ranges typed, or the fields that are not times (named like the API would name them).
fn read_ranges(
    i18n: I18n,
    prefix: &str,
    rows: &[RangeDraft],
    errors: &mut Vec<FieldError>,
) -> Vec<TimeRange> {
    let mut out = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let opens = parse_minute(&row.opens.get_untracked()).filter(|m| *m < MINUTES_PER_DAY);
        let closes = parse_minute(&row.closes.get_untracked())
            .map(|m| if m == 0 { MINUTES_PER_DAY } else { m });
        let missing = |part: &str| {
            FieldError::new(
                format!("{prefix}.{i}.{part}"),
                "centre:invalid_time",
                i18n.tr("centre-error-invalid_time"),
            )
        };
        match (opens, closes) {
            (Some(opens), Some(closes)) => out.push(TimeRange { opens, closes }),
            (None, _) => errors.push(missing("opens")),
            (_, None) => errors.push(missing("closes")),
        }
    }
    out
}

#[component]
pub fn ServiceEditor(
    location: String,
    existing: Option<Service>,
    reload: Callback<()>,
) -> impl IntoView {
    let is_new = existing.is_none();
    let id = existing.as_ref().map(|s| s.id.clone());
    let title = existing
        .as_ref()
        .map(service_name)
        .unwrap_or_else(|| tr("centre-edit-new-service"));
    let s = existing.unwrap_or_else(|| Service {
        id: String::new(),
        kind: ServiceKind::ReceptionDesk,
        name: String::new(),
        note: String::new(),
        phone: String::new(),
        place: String::new(),
        hours: WeeklyHours::default(),
        exceptions: Vec::new(),
        version: 0,
    });
    let kind = RwSignal::new(s.kind.code().to_owned());
    let name = RwSignal::new(s.name.clone());
    let note = RwSignal::new(s.note.clone());
    let phone = RwSignal::new(s.phone.clone());
    let place = RwSignal::new(s.place.clone());
    let days: [RwSignal<Vec<RangeDraft>>; 7] =
        Weekday::ALL.map(|d| RwSignal::new(drafts(s.hours.day(d))));
    let exceptions = RwSignal::new(
        s.exceptions
            .iter()
            .map(|e| ExceptionDraft {
                key: next_key(),
                date: RwSignal::new(e.date.clone()),
                reason: RwSignal::new(e.reason.clone()),
                ranges: RwSignal::new(drafts(&e.ranges)),
            })
            .collect::<Vec<_>>(),
    );
    let version = RwSignal::new(s.version);
    let saved = RwSignal::new(false);
    let form = FormState::new();
    let removing = FormState::new();
    let i18n = use_i18n();
    let slug = StoredValue::new(id.clone().unwrap_or_else(|| "new".into()));

    let read = move || -> Result<ServiceInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut hours = WeeklyHours::default();
        for (day, rows) in Weekday::ALL.into_iter().zip(days) {
            *hours.day_mut(day) = rows.with_untracked(|rows| {
                read_ranges(i18n, &format!("hours.{}", day.key()), rows, &mut errors)
            });
        }
        let exceptions = exceptions.with_untracked(|list| {
            list.iter()
                .enumerate()
                .map(|(i, e)| HoursException {
                    date: e.date.get_untracked(),
                    reason: e.reason.get_untracked(),
                    ranges: e.ranges.with_untracked(|rows| {
                        read_ranges(i18n, &format!("exceptions.{i}.ranges"), rows, &mut errors)
                    }),
                })
                .collect()
        });
        let input = ServiceInput {
            kind: ServiceKind::from_code(&kind.get_untracked()).unwrap_or(ServiceKind::Other),
            name: name.get_untracked(),
            note: note.get_untracked(),
            phone: phone.get_untracked(),
            place: place.get_untracked(),
            hours,
            exceptions,
            version: version.get_untracked(),
        };
        if errors.is_empty() {
            Ok(input)
        } else {
            Err(errors)
        }
    };
    let submit = {
        let id = id.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            saved.set(false);
            let input = match read() {
                Ok(input) => input,
                Err(errors) => return form.reject(errors),
            };
            let (id, location) = (id.clone(), location.clone());
            form.submit(
                async move {
                    match id {
                        Some(id) => api::update_centre_service(&id, &input).await,
                        None => api::create_centre_service(&location, &input).await,
                    }
                    .map_err(|f| localise_errors(i18n, f))
                },
                move |service| {
                    if is_new {
                        reload.run(());
                    } else {
                        version.set(service.version);
                        saved.set(true);
                    }
                },
            );
        }
    };
    let remove = move |_| {
        if let Some(id) = id.clone() {
            removing.submit(
                async move { api::remove_centre_service(&id, version.get_untracked()).await },
                move |_| reload.run(()),
            );
        }
    };
    let field_id = move |part: &str| format!("svc-{}-{part}", slug.get_value());
    view! {
        <details class="card service-editor" open=is_new data-testid="service-editor">
            <summary><IconSvg icon=Icon::Edit/>" "<span>{title}</span></summary>
            <form on:submit=submit novalidate>
                <SaveAlert form reload/>
                <div class="field">
                    <label for=field_id("kind")>{t("centre-edit-kind")}</label>
                    <select id=field_id("kind") bind:value=kind>
                        {ServiceKind::ALL
                            .into_iter()
                            .map(|k| view! { <option value=k.code()>{tr(&k.label_key())}</option> })
                            .collect_view()}
                    </select>
                </div>
                <LabelledInput id=field_id("name") field=Signal::stored("name".into()) label=tr("centre-edit-name") value=name form input_type="text"/>
                <LabelledInput id=field_id("place") field=Signal::stored("place".into()) label=tr("centre-place") value=place form input_type="text"/>
                <LabelledInput id=field_id("phone") field=Signal::stored("phone".into()) label=tr("centre-phone") value=phone form input_type="tel"/>
                <TextArea id=field_id("note") field="note" label=tr("centre-edit-note") value=note form/>
                <h3>{t("centre-edit-hours")}</h3>
                <p class="hint">{t("centre-edit-hours-hint")}</p>
                {Weekday::ALL
                    .into_iter()
                    .zip(days)
                    .map(|(day, rows)| {
                        let legend = weekday_name(day);
                        view! {
                            <RangeRows
                                legend
                                prefix=Signal::stored(format!("hours.{}", day.key()))
                                rows
                                form
                                id_prefix=field_id(day.key())
                            />
                        }
                    })
                    .collect_view()}
                <h3>{t("centre-edit-exceptions")}</h3>
                <p class="hint">{t("centre-edit-exceptions-hint")}</p>
                <For each=move || exceptions.get() key=|e| e.key let:e>
                    <ExceptionRow e exceptions form id_prefix=field_id(&format!("exc-{}", e.key))/>
                </For>
                <p>
                    <button
                        type="button"
                        class="button button-secondary"
                        on:click=move |_| {
                            exceptions
                                .update(|list| {
                                    list.push(ExceptionDraft {
                                        key: next_key(),
                                        date: RwSignal::new(String::new()),
                                        reason: RwSignal::new(String::new()),
                                        ranges: RwSignal::new(Vec::new()),
                                    })
                                })
                        }
                    >
                        <IconSvg icon=Icon::Plus/>
                        " "
                        {t("centre-edit-add-exception")}
                    </button>
                </p>
                <div class="actions">
                    <SubmitButton form icon=Icon::Check label=tr("centre-edit-save") busy_label=tr("centre-edit-saving")/>
                    {(!is_new)
                        .then(|| {
                            view! {
                                <button type="button" class="button button-danger" on:click=remove disabled=move || removing.pending.get()>
                                    <IconSvg icon=Icon::Trash/>
                                    " "
                                    {t("centre-edit-remove-service")}
                                </button>
                            }
                        })}
                </div>
                <SaveAlert form=removing reload/>
                <p role="status" class="saved-note">{move || saved.get().then(|| tr("centre-edit-saved"))}</p>
            </form>
        </details>
    }
}

#[component]
fn ExceptionRow(
    e: ExceptionDraft,
    exceptions: RwSignal<Vec<ExceptionDraft>>,
    form: FormState,
    id_prefix: String,
) -> impl IntoView {
    let index = move || exceptions.with(|l| l.iter().position(|x| x.key == e.key).unwrap_or(0));
    let prefix = Signal::derive(move || format!("exceptions.{}", index()));
    let ranges_prefix = Signal::derive(move || format!("exceptions.{}.ranges", index()));
    let date_id = format!("{id_prefix}-date");
    let reason_id = format!("{id_prefix}-reason");
    view! {
        <fieldset class="exception-row">
            <legend>
                {move || {
                    let date = e.date.get();
                    if date.is_empty() { tr("centre-edit-date") } else { date }
                }}
            </legend>
            <LabelledInput id=date_id label=tr("centre-edit-date") input_type="date" value=e.date form field=Signal::derive(move || format!("{}.date", prefix.get()))/>
            <LabelledInput id=reason_id label=tr("centre-edit-reason") input_type="text" value=e.reason form field=Signal::derive(move || format!("{}.reason", prefix.get()))/>
            <RangeRows legend=tr("centre-edit-special-hours") prefix=ranges_prefix rows=e.ranges form id_prefix=id_prefix.clone()/>
            <button type="button" class="button button-secondary" on:click=move |_| exceptions.update(|l| l.retain(|x| x.key != e.key))>
                <IconSvg icon=Icon::Trash/>
                " "
                {t("centre-edit-remove-exception")}
            </button>
        </fieldset>
    }
}

/// A label, the field's error (if any) and the input, for fields whose API name is computed.
#[component]
fn LabelledInput(
    id: String,
    #[prop(into)] label: String,
    input_type: &'static str,
    value: RwSignal<String>,
    form: FormState,
    field: Signal<String>,
) -> impl IntoView {
    let message = move || form.message(&field.get());
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    view! {
        <div class="field" class:field-invalid=move || message().is_some()>
            <label for=id.clone()>{label}</label>
            {move || field_error_text(error_id.clone(), message())}
            <input
                id=id
                type=input_type
                aria-invalid=move || message().map(|_| "true")
                aria-describedby=move || message().map(|_| described.clone())
                bind:value=value
            />
        </div>
    }
}

#[component]
fn RangeRows(
    #[prop(into)] legend: String,
    prefix: Signal<String>,
    rows: RwSignal<Vec<RangeDraft>>,
    form: FormState,
    id_prefix: String,
) -> impl IntoView {
    let add_label = t_args("centre-edit-add-range", &[("day", legend.clone().into())]);
    let id_prefix = StoredValue::new(id_prefix);
    view! {
        <fieldset class="range-rows" data-testid="range-rows">
            <legend>{legend}</legend>
            {move || rows.with(Vec::is_empty).then(|| view! { <p class="range-closed">{t("centre-closed")}</p> })}
            <For each=move || rows.get() key=|r| r.key let:row>
                {
                    let index = move || rows.with(|l| l.iter().position(|x| x.key == row.key).unwrap_or(0));
                    let field = move |part: &'static str| Signal::derive(move || format!("{}.{}.{part}", prefix.get(), index()));
                    let base = format!("{}-{}", id_prefix.get_value(), row.key);
                    view! {
                        <div class="range-row">
                            <LabelledInput id=format!("{base}-opens") label=tr("centre-edit-opens") input_type="time" value=row.opens form field=field("opens")/>
                            <LabelledInput id=format!("{base}-closes") label=tr("centre-edit-closes") input_type="time" value=row.closes form field=field("closes")/>
                            <button type="button" class="button button-secondary" on:click=move |_| rows.update(|l| l.retain(|x| x.key != row.key))>
                                <IconSvg icon=Icon::Trash/>
                                " "
                                {t("centre-edit-remove-range")}
                            </button>
                        </div>
                    }
                }
            </For>
            <button type="button" class="button button-secondary" on:click=move |_| rows.update(|l| l.push(RangeDraft::new(None)))>
                <IconSvg icon=Icon::Plus/>
                " "
                {add_label}
            </button>
        </fieldset>
    }
}
