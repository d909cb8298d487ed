//! The form to plan or edit an activity: schedule, place, places, language and its texts (one per
//! language; the source language's is required). The same rules as the API are checked before
//! sending; the API's field errors appear next to their fields, and a 409 (someone else saved
//! first) keeps everything typed and offers to load their version instead.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use wegwijs_shared::activities::{
    ActivityInput, ActivityText, Recurrence, StaffActivity, UpdateActivity,
};
use wegwijs_shared::calendar::Weekday;
use wegwijs_shared::languages::LANGUAGES;
use wegwijs_shared::problem::FieldError;

use crate::api;
use crate::components::form::{
    ConflictAlert, FieldMessage, FormState, SelectField, SubmitButton, TextField, field_error_text,
};
use crate::components::format;
use crate::components::icons::{Icon, IconSvg};
use crate::components::local_time::weekday_name;
use crate::i18n::{field_error, t, t_args, tr};

#[derive(Clone, Copy)]
struct TextDraft {
    key: usize,
    language: RwSignal<String>,
    title: RwSignal<String>,
    description: RwSignal<String>,
}

impl TextDraft {
    fn new(key: usize, text: &ActivityText) -> Self {
        Self {
            key,
            language: RwSignal::new(text.language.clone()),
            title: RwSignal::new(text.title.clone()),
            description: RwSignal::new(text.description.clone()),
        }
    }
}

#[derive(Clone, Copy)]
struct Fields {
    recurrence: RwSignal<String>,
    start_date: RwSignal<String>,
    end_date: RwSignal<String>,
    weekday: RwSignal<String>,
    start_time: RwSignal<String>,
    duration: RwSignal<String>,
    place: RwSignal<String>,
    capacity: RwSignal<String>,
    language: RwSignal<String>,
    source_language: RwSignal<String>,
    texts: RwSignal<Vec<TextDraft>>,
    next_key: RwSignal<usize>,
    version: RwSignal<i64>,
}

impl Fields {
    fn new() -> Self {
        let s = || RwSignal::new(String::new());
        Self {
            recurrence: RwSignal::new("weekly".into()),
            start_date: RwSignal::new(format::today_iso()),
            end_date: s(),
            weekday: RwSignal::new("1".into()),
            start_time: RwSignal::new("14:00".into()),
            duration: RwSignal::new("90".into()),
            place: s(),
            capacity: RwSignal::new("10".into()),
            language: s(),
            source_language: RwSignal::new("en".into()),
            texts: RwSignal::new(Vec::new()),
            next_key: RwSignal::new(0),
            version: RwSignal::new(0),
        }
    }

    fn fill(self, a: &StaffActivity) {
        let x = &a.activity;
        self.recurrence.set(x.recurrence.as_str().into());
        self.start_date.set(x.start_date.clone());
        self.end_date.set(x.end_date.clone().unwrap_or_default());
        self.weekday.set(x.weekday.unwrap_or(1).to_string());
        self.start_time.set(x.start_time.clone());
        self.duration.set(x.duration_minutes.to_string());
        self.place.set(x.place.clone());
        self.capacity.set(x.capacity.to_string());
        self.language.set(x.language.clone().unwrap_or_default());
        self.source_language.set(x.source_language.clone());
        self.texts.set(
            x.texts
                .iter()
                .enumerate()
                .map(|(i, t)| TextDraft::new(i, t))
                .collect(),
        );
        self.next_key.set(x.texts.len());
        self.version.set(a.version);
    }

    fn add_text(self, language: &str) {
        let key = self.next_key.get_untracked();
        self.next_key.set(key + 1);
        let draft = TextDraft::new(
            key,
            &ActivityText {
                language: language.into(),
                title: String::new(),
                description: String::new(),
            },
        );
        self.texts.update(|t| t.push(draft));
    }

    /// The input, or the errors found in what cannot even be read (a number that is not one).
    fn input(self, location_id: &str) -> Result<ActivityInput, Vec<FieldError>> {
        let mut errors = Vec::new();
        let capacity = self
            .capacity
            .get_untracked()
            .trim()
            .parse::<u32>()
            .map_err(|_| {
                errors.push(FieldError::new(
                    "capacity",
                    "not_a_number",
                    "Write the number in digits.",
                ))
            });
        let duration = self
            .duration
            .get_untracked()
            .trim()
            .parse::<u32>()
            .map_err(|_| {
                errors.push(FieldError::new(
                    "duration_minutes",
                    "activities_duration_not_number",
                    "Write the duration in minutes, in digits.",
                ))
            });
        let (Ok(capacity), Ok(duration_minutes)) = (capacity, duration) else {
            return Err(errors);
        };
        let weekly = self.recurrence.get_untracked() == "weekly";
        Ok(ActivityInput {
            location_id: location_id.to_owned(),
            recurrence: if weekly {
                Recurrence::Weekly
            } else {
                Recurrence::Once
            },
            start_date: self.start_date.get_untracked(),
            end_date: Some(self.end_date.get_untracked())
                .filter(|d| weekly && !d.trim().is_empty()),
            weekday: if weekly {
                self.weekday.get_untracked().parse().ok()
            } else {
                None
            },
            start_time: self.start_time.get_untracked(),
            duration_minutes,
            place: self.place.get_untracked(),
            capacity,
            language: Some(self.language.get_untracked()).filter(|l| !l.is_empty()),
            source_language: self.source_language.get_untracked(),
            texts: self
                .texts
                .get_untracked()
                .iter()
                .map(|d| ActivityText {
                    language: d.language.get_untracked(),
                    title: d.title.get_untracked(),
                    description: d.description.get_untracked(),
                })
                .collect(),
        })
    }
}

fn language_options() -> impl IntoView {
    LANGUAGES
        .iter()
        .map(|l| view! { <option value=l.code lang=l.code>{l.native_name}</option> })
        .collect_view()
}

#[component]
pub fn ActivityForm(
    location_id: String,
    existing: Option<StaffActivity>,
    saved: Callback<()>,
    cancel: Callback<()>,
) -> impl IntoView {
    let fields = Fields::new();
    let id = existing.as_ref().map(|a| a.id.clone());
    match &existing {
        Some(a) => fields.fill(a),
        None => fields.add_text("en"),
    }
    let form = FormState::new();
    let conflict = move || form.failure.get().is_some_and(|f| f.status() == Some(409));
    let location = location_id.clone();
    let editing = id.clone();
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let input = match fields.input(&location) {
            Ok(input) => input,
            Err(errors) => return form.reject(errors),
        };
        // The API's own rules, checked here first so the answer comes at once.
        if let Err(errors) = input.validate() {
            return form.reject(errors);
        }
        match editing.clone() {
            None => form.submit(
                async move { api::create_activity(&input).await },
                move |_| saved.run(()),
            ),
            Some(id) => {
                let update = UpdateActivity {
                    activity: input,
                    version: fields.version.get_untracked(),
                };
                form.submit(
                    async move { api::update_activity(&id, &update).await },
                    move |_| saved.run(()),
                )
            }
        }
    };
    let reload = Callback::new(move |()| {
        let Some(id) = id.clone() else { return };
        let location = location_id.clone();
        spawn_local(async move {
            if let Ok(list) = api::activity_definitions(&location).await
                && let Some(latest) = list.activities.iter().find(|a| a.id == id)
            {
                fields.fill(latest);
                form.clear();
            }
        });
    });
    let weekly = move || fields.recurrence.get() == "weekly";
    view! {
        <form class="form activity-form" on:submit=on_submit novalidate data-testid="activity-form">
            <h2>{if existing.is_some() { t("activities-edit-title") } else { t("activities-new-title") }}</h2>
            <ConflictAlert
                form
                conflict
                message="activities-conflict"
                action="activities-load-theirs"
                on_action=reload
                test_id="activity-conflict"
            />
            <fieldset class="checks">
                <legend>{t("activities-recurrence")}</legend>
                <div class="check">
                    <input type="radio" id="recurrence-weekly" name="recurrence" value="weekly"
                        prop:checked=weekly on:change=move |_| fields.recurrence.set("weekly".into())/>
                    <label for="recurrence-weekly">{t("activities-weekly")}</label>
                </div>
                <div class="check">
                    <input type="radio" id="recurrence-once" name="recurrence" value="once"
                        prop:checked=move || !weekly() on:change=move |_| fields.recurrence.set("once".into())/>
                    <label for="recurrence-once">{t("activities-once")}</label>
                </div>
            </fieldset>
            <TextField id="start_date" label=tr("activities-start-date") value=fields.start_date form input_type="date" required=true/>
            <Show when=weekly>
                <SelectField id="weekday" label=tr("activities-weekday") value=fields.weekday form required=true>
                    {Weekday::ALL.map(|d| view! { <option value=d.iso().to_string()>{weekday_name(d)}</option> }).collect_view()}
                </SelectField>
                <TextField id="end_date" label=tr("activities-end-date") value=fields.end_date form input_type="date" hint=tr("activities-end-date-hint")/>
            </Show>
            <TextField id="start_time" label=tr("activities-start-time") value=fields.start_time form input_type="time" required=true/>
            <TextField id="duration_minutes" label=tr("activities-duration") value=fields.duration form inputmode="numeric" required=true/>
            <TextField id="place" label=tr("activities-place") value=fields.place form required=true/>
            <TextField id="capacity" label=tr("activities-capacity") value=fields.capacity form inputmode="numeric" required=true/>
            <SelectField id="language" label=tr("activities-language") value=fields.language form>
                <option value="">{t("activities-no-language-needed")}</option>
                {language_options()}
            </SelectField>
            <SelectField id="source_language" label=tr("activities-source-language") value=fields.source_language form required=true>
                {language_options()}
            </SelectField>
            <FieldMessage id="texts" form/>
            {move || fields.texts.get().into_iter().enumerate().map(|(i, d)| view! { <TextBlock i d fields form/> }).collect_view()}
            <div class="actions">
                <button type="button" class="button button-secondary" on:click=move |_| fields.add_text("")>
                    <IconSvg icon=Icon::Plus/>
                    " "{t("activities-add-translation")}
                </button>
            </div>
            <FieldMessage id="version" form/>
            <div class="actions">
                <SubmitButton form icon=Icon::Check label=tr("activities-save") busy_label=tr("activities-saving")/>
                <button type="button" class="button button-secondary" on:click=move |_| cancel.run(())>
                    <IconSvg icon=Icon::Cancel/>
                    " "{t("activities-back")}
                </button>
            </div>
        </form>
    }
}

/// One language's title and description. Their errors are named `texts.<i>.<field>`.
#[component]
fn TextBlock(i: usize, d: TextDraft, fields: Fields, form: FormState) -> impl IntoView {
    let id = |name: &str| format!("text-{}-{name}", d.key);
    let error = move |name: &'static str| {
        let field = format!("texts.{i}.{name}");
        let error_id = format!("text-{}-{name}-error", d.key);
        move || {
            let message = form.errors.with(|all| {
                all.iter()
                    .find(|e| e.field == field)
                    .map(|e| field_error(&e.code, &e.message))
            });
            field_error_text(error_id.clone(), message)
        }
    };
    let invalid = move |name: &'static str| {
        let field = format!("texts.{i}.{name}");
        move || {
            form.errors
                .with(|all| all.iter().any(|e| e.field == field))
                .then_some("true")
        }
    };
    let described = move |name: &'static str| {
        let field = format!("texts.{i}.{name}");
        let error_id = format!("text-{}-{name}-error", d.key);
        move || {
            form.errors
                .with(|all| all.iter().any(|e| e.field == field))
                .then(|| error_id.clone())
        }
    };
    view! {
        <fieldset class="field text-block" data-testid="activity-text">
            <legend>{t_args("activities-text-number", &[("number", (i + 1).into())])}</legend>
            <label for=id("language")>{t("activities-text-language")}</label>
            {error("language")}
            <select id=id("language") bind:value=d.language aria-invalid=invalid("language") aria-describedby=described("language")>
                <option value="">{t("choose-language")}</option>
                {language_options()}
            </select>
            <label for=id("title")>{t("activities-title-field")}</label>
            {error("title")}
            <input type="text" id=id("title") bind:value=d.title aria-invalid=invalid("title") aria-describedby=described("title")/>
            <label for=id("description")>{t("activities-description")}</label>
            {error("description")}
            <textarea id=id("description") rows="3" bind:value=d.description aria-invalid=invalid("description") aria-describedby=described("description")></textarea>
            {(i > 0).then(|| view! {
                <button type="button" class="button button-secondary" on:click=move |_| fields.texts.update(|t| { t.retain(|x| x.key != d.key); })>
                    <IconSvg icon=Icon::Cancel/>
                    " "{t("activities-remove-translation")}
                </button>
            })}
        </fieldset>
    }
}
