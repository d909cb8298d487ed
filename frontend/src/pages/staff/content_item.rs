//! `/staff/content/new` and `/staff/content/{id}`: an item's fields and its source-language text
//! with a live preview, Save, Publish / Unpublish, who changed it when, and (for a saved item) the
//! translation view. Every write names the version the editor started from; when someone else saved
//! in between, the API answers 409 and the text typed here stays in the form.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use wegwijs_shared::auth::Role;
use wegwijs_shared::content::{
    ContentKind, ItemFields, NewItem, Publication, StaffItem, TranslationInput, TranslationStatus,
    TranslationView, UpdateItem,
};
use wegwijs_shared::languages::LANGUAGES;
use wegwijs_shared::locations::LocationDirectory;
use wegwijs_shared::problem::FieldError;
use wegwijs_shared::procedure::ProcedureStage;

use super::content_labels::*;
use super::content_text::{EditAlert, Preview, TextDraft, TextFields, TheirVersion, rename_fields};
use super::content_translation::TranslationPanel;
use super::my_locations;
use crate::api::{self, ApiFailure};
use crate::components::api_view::api_view;
use crate::components::form::{FormState, SelectField, TextField};
use crate::components::format;
use crate::components::icons::{Icon, IconSvg};
use crate::components::session::use_session;
use crate::i18n::{t, tr, use_i18n};

#[component]
pub fn ContentNewScreen() -> impl IntoView {
    let directory = LocalResource::new(api::locations);
    view! {
        <section class="page" aria-labelledby="content-item-title">
            <p><A href="/staff/content">{t("content-back")}</A></p>
            <h1 id="content-item-title">{t("content-new-title")}</h1>
            {api_view(directory, "staff-loading-locations", |directory| {
                view! { <ItemEditor directory base=None/> }
            })}
        </section>
    }
}

#[component]
pub fn ContentItemScreen(id: String) -> impl IntoView {
    let id = StoredValue::new(id);
    let both = LocalResource::new(move || {
        let id = id.get_value();
        async move {
            let item = api::staff_item(&id).await?;
            let directory = api::locations().await?;
            Ok::<_, ApiFailure>((item, directory))
        }
    });
    view! {
        <section class="page" aria-labelledby="content-item-title">
            <p><A href="/staff/content">{t("content-back")}</A></p>
            <h1 id="content-item-title">{t("content-edit-title")}</h1>
            {api_view(both, "content-loading-item", |(item, directory)| {
                let base = RwSignal::new(item);
                view! {
                    <ItemEditor directory base=Some(base)/>
                    <History base/>
                    <TranslationPanel base/>
                }
            })}
        </section>
    }
}

/// The item's fields as the selects and inputs hold them ("" = none).
#[derive(Clone, Copy)]
struct FieldsDraft {
    kind: RwSignal<String>,
    location: RwSignal<String>,
    category: RwSignal<String>,
    stage: RwSignal<String>,
    vacancy: RwSignal<String>,
    contact: RwSignal<String>,
    link: RwSignal<String>,
    language: RwSignal<String>,
}

impl FieldsDraft {
    fn new(fields: Option<&ItemFields>, location: String, language: String) -> Self {
        let s = |v: Option<String>| RwSignal::new(v.unwrap_or_default());
        match fields {
            Some(f) => Self {
                kind: RwSignal::new(kind_code(f.kind).to_owned()),
                location: s(f.location_id.clone()),
                category: s(f.category.map(|c| category_code(c).to_owned())),
                stage: s(f.procedure_stage.map(|p| p.code().to_owned())),
                vacancy: s(f.vacancy_kind.map(|v| vacancy_code(v).to_owned())),
                contact: s(f.contact.clone()),
                link: s(f.link.clone()),
                language: RwSignal::new(f.source_language.clone()),
            },
            None => Self {
                kind: RwSignal::new(kind_code(ContentKind::Article).to_owned()),
                location: RwSignal::new(location),
                category: s(None),
                stage: s(None),
                vacancy: s(None),
                contact: s(None),
                link: s(None),
                language: RwSignal::new(language),
            },
        }
    }

    /// The fields to send; those that do not belong to the kind are left out.
    fn get(self) -> ItemFields {
        let kind = kind_from(&self.kind.get_untracked()).unwrap_or(ContentKind::Article);
        let text = |v: RwSignal<String>| {
            Some(v.get_untracked().trim().to_owned()).filter(|v| !v.is_empty())
        };
        let article = kind == ContentKind::Article;
        let vacancy = kind == ContentKind::Vacancy;
        ItemFields {
            kind,
            location_id: text(self.location),
            category: article
                .then(|| category_from(&self.category.get_untracked()))
                .flatten(),
            procedure_stage: article
                .then(|| ProcedureStage::from_code(&self.stage.get_untracked()))
                .flatten(),
            vacancy_kind: vacancy
                .then(|| vacancy_from(&self.vacancy.get_untracked()))
                .flatten(),
            contact: text(self.contact),
            link: text(self.link),
            source_language: self.language.get_untracked(),
        }
    }
}

fn source_text(item: &StaffItem) -> Option<&TranslationView> {
    item.translations
        .iter()
        .find(|t| t.language == item.fields.source_language)
}

/// Saves what differs from `base` (fields, then the source text), then publishes or unpublishes
/// when asked; `base` follows every answer, so a failure half-way leaves the right versions behind.
async fn save_existing(
    base: RwSignal<StaffItem>,
    fields: ItemFields,
    text: TranslationInput,
    publish: Option<bool>,
) -> Result<StaffItem, ApiFailure> {
    let mut current = base.get_untracked();
    if current.fields != fields {
        let update = UpdateItem {
            fields,
            version: current.version,
        };
        current = api::update_item(&current.id, &update).await?;
        base.try_set(current.clone());
    }
    let stored = source_text(&current);
    let changed = stored.is_none_or(|s| s.text != text.text || s.status != text.status);
    if changed {
        let input = TranslationInput {
            version: stored.map_or(0, |s| s.version),
            ..text
        };
        let language = current.fields.source_language.clone();
        current = api::put_translation(&current.id, &language, &input)
            .await
            .map_err(|f| rename_fields(f, "source"))?;
        base.try_set(current.clone());
    }
    if let Some(published) = publish.filter(|p| *p != current.published) {
        let publication = Publication {
            published,
            version: current.version,
        };
        current = api::set_publication(&current.id, &publication).await?;
        base.try_set(current.clone());
    }
    Ok(current)
}

#[component]
fn ItemEditor(directory: LocationDirectory, base: Option<RwSignal<StaffItem>>) -> impl IntoView {
    let me = use_session().get_untracked();
    let admin = me.role() == Some(Role::Admin);
    let mine = me
        .view()
        .map(|me| my_locations(me, &directory))
        .unwrap_or_default();
    let start = base.map(|b| b.get_untracked());
    let only = if mine.len() == 1 && !admin {
        mine[0].id.clone()
    } else {
        String::new()
    };
    let ui_language = use_i18n().language().code.to_owned();
    let fields = FieldsDraft::new(start.as_ref().map(|i| &i.fields), only, ui_language);
    let source = start.as_ref().and_then(source_text);
    // A saved item's original can move only to a language it already has a text in (the API
    // refuses anything else), so only those are offered.
    let source_choices: Vec<_> = LANGUAGES
        .iter()
        .filter(|l| {
            start
                .as_ref()
                .is_none_or(|i| i.translations.iter().any(|t| t.language == l.code))
        })
        .collect();
    let text = TextDraft::new(source.map(|s| &s.text));
    let status = RwSignal::new(
        status_code(source.map_or(TranslationStatus::Draft, |s| s.status)).to_owned(),
    );
    let form = FormState::new();
    let saved = RwSignal::new(None::<&'static str>);
    let theirs = RwSignal::new(None::<StaffItem>);
    let navigate = use_navigate();

    let run = move |publish: Option<bool>| {
        saved.set(None);
        let mut input = TranslationInput {
            text: text.get(),
            status: status_from(&status.get_untracked()).unwrap_or(TranslationStatus::Draft),
            version: 0,
        };
        if publish == Some(true) {
            // Residents read the source text only when it is published.
            input.status = TranslationStatus::Published;
        }
        let message = match publish {
            Some(true) => "content-published-done",
            Some(false) => "content-unpublished-done",
            None => "content-saved",
        };
        let item_fields = fields.get();
        // Only an admin may write for all locations; say so next to the field, not as a refusal.
        if !admin && item_fields.location_id.is_none() {
            form.reject(vec![FieldError::new(
                "fields.location_id",
                "required",
                tr("choose-location"),
            )]);
            return;
        }
        match base {
            Some(base) => form.submit(
                save_existing(base, item_fields, input, publish),
                move |item| {
                    if let Some(s) = source_text(&item) {
                        status.set(status_code(s.status).to_owned());
                    }
                    theirs.set(None);
                    saved.set(Some(message));
                },
            ),
            None => {
                let navigate = navigate.clone();
                let new = NewItem {
                    fields: item_fields,
                    source: input.text,
                };
                form.submit(
                    async move {
                        api::create_item(&new)
                            .await
                            .map_err(|f| rename_fields(f, "source"))
                    },
                    move |item| {
                        navigate(&format!("/staff/content/{}", item.id), Default::default())
                    },
                )
            }
        }
    };
    let run = StoredValue::new(run);
    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        run.with_value(|run| run(None));
    };
    let load_theirs = Callback::new(move |()| {
        let Some(base) = base else { return };
        let id = base.get_untracked().id;
        spawn_local(async move {
            match api::staff_item(&id).await {
                Ok(item) => {
                    // From now on a save knowingly replaces their version.
                    base.try_set(item.clone());
                    theirs.try_set(Some(item));
                    form.failure.try_set(None);
                }
                Err(f) => {
                    form.failure.try_set(Some(f));
                }
            }
        });
    });
    let lang = Signal::derive(move || fields.language.get());
    let kind = move || kind_from(&fields.kind.get());
    let published = move || base.is_some_and(|b| b.get().published);

    view! {
        <form class="form content-form" on:submit=on_submit novalidate>
            <EditAlert form on_load_theirs=load_theirs/>
            {move || saved.get().map(|m| view! { <p role="status" class="success" data-testid="content-saved"><IconSvg icon=Icon::Check/>" "{t(m)}</p> })}
            <SelectField id="fields.kind" label=tr("content-field-kind") value=fields.kind form required=true>
                {KINDS.into_iter().map(|k| view! { <option value=kind_code(k)>{kind_label(k)}</option> }).collect_view()}
            </SelectField>
            <SelectField id="fields.location_id" label=tr("field-location") value=fields.location form required=true>
                {admin.then(|| view! { <option value="">{t("content-all-locations")}</option> })}
                {(!admin && mine.len() > 1).then(|| view! { <option value="">{t("choose-location")}</option> })}
                {mine.into_iter().map(|l| view! { <option value=l.id>{l.name}</option> }).collect_view()}
            </SelectField>
            <Show when=move || kind() == Some(ContentKind::Article)>
                <SelectField id="fields.category" label=tr("content-field-category") value=fields.category form required=true>
                    <option value="">{t("content-choose")}</option>
                    {CATEGORIES.into_iter().map(|c| view! { <option value=category_code(c)>{category_label(c)}</option> }).collect_view()}
                </SelectField>
                <SelectField id="fields.procedure_stage" label=tr("content-field-stage") value=fields.stage form>
                    <option value="">{t("content-no-stage")}</option>
                    {ProcedureStage::ALL.into_iter().map(|s| view! { <option value=s.code()>{stage_label(s)}</option> }).collect_view()}
                </SelectField>
            </Show>
            <Show when=move || kind() == Some(ContentKind::Vacancy)>
                <SelectField id="fields.vacancy_kind" label=tr("content-field-vacancy-kind") value=fields.vacancy form required=true>
                    <option value="">{t("content-choose")}</option>
                    {VACANCY_KINDS.into_iter().map(|v| view! { <option value=vacancy_code(v)>{vacancy_label(v)}</option> }).collect_view()}
                </SelectField>
                <TextField id="fields.contact" label=tr("content-field-contact") value=fields.contact form/>
                <TextField id="fields.link" label=tr("content-field-link") value=fields.link form input_type="url" hint=tr("content-link-hint")/>
            </Show>
            <SelectField id="fields.source_language" label=tr("content-field-source-language") value=fields.language form required=true>
                {source_choices.into_iter().map(|l| view! { <option value=l.code lang=l.code>{l.native_name}</option> }).collect_view()}
            </SelectField>
            <TextFields draft=text form prefix="source" lang/>
            {base.is_some().then(|| view! {
                <SelectField id="source.status" label=tr("content-field-status") value=status form>
                    {STATUSES.into_iter().map(|s| view! { <option value=status_code(s)>{status_label(s)}</option> }).collect_view()}
                </SelectField>
            })}
            <div class="actions">
                <button type="submit" class="button" data-testid="content-save" disabled=move || form.pending.get()>
                    <IconSvg icon=Icon::Check/>" "{t("content-save")}
                </button>
                {base.is_some().then(|| view! {
                    <Show
                        when=published
                        fallback=move || view! {
                            <button type="button" class="button" data-testid="content-publish"
                                disabled=move || form.pending.get()
                                on:click=move |_| run.with_value(|run| run(Some(true)))>
                                <IconSvg icon=Icon::Send/>" "{t("content-publish")}
                            </button>
                        }
                    >
                        <button type="button" class="button button-secondary" data-testid="content-unpublish"
                            disabled=move || form.pending.get()
                            on:click=move |_| run.with_value(|run| run(Some(false)))>
                            <IconSvg icon=Icon::Stop/>" "{t("content-unpublish")}
                        </button>
                    </Show>
                })}
            </div>
        </form>
        {move || theirs.get().and_then(|item| source_text(&item).map(|s| s.text.clone())).map(|text_theirs| view! { <TheirVersion text=text_theirs draft=text/> })}
        <Preview draft=text id="content-preview" lang/>
    }
}

/// Who made the item and who changed it last, and whether residents can read it.
#[component]
fn History(base: RwSignal<StaffItem>) -> impl IntoView {
    view! {
        <section class="panel" aria-labelledby="content-history-title">
            <h2 id="content-history-title">{t("content-history")}</h2>
            {move || {
                let item = base.get();
                let published = match item.published_at.filter(|_| item.published) {
                    Some(at) => format!("{} ({})", tr("content-yes"), format::date_time(at)),
                    None => tr("content-no"),
                };
                view! {
                    <dl class="facts" data-testid="content-history">
                        <dt>{t("content-created")}</dt>
                        <dd><bdi>{item.created_by}</bdi>", "{format::date_time(item.created_at)}</dd>
                        <dt>{t("content-last-changed")}</dt>
                        <dd><bdi>{item.updated_by}</bdi>", "{format::date_time(item.updated_at)}</dd>
                        <dt>{t("content-published")}</dt>
                        <dd data-testid="content-published-state">{published}</dd>
                        <dt>{t("content-version")}</dt>
                        <dd>{item.version}</dd>
                    </dl>
                }
            }}
        </section>
    }
}
