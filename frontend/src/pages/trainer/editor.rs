//! `/trainer/modules/new` and `/trainer/modules/{id}`: the module editor. The whole document is
//! edited in the browser and saved at once with the version it started from; when someone else
//! saved in between, the API answers 409 and everything typed here stays in the form, with a way to
//! look at their version. Validation runs here first with the same rules the API applies
//! (`wegwijs_shared::learning::validate`), and every error, from here or the API, is shown next to
//! its field and in a summary that links to it.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use wegwijs_shared::digcomp::AREAS;
use wegwijs_shared::languages::LANGUAGES;
use wegwijs_shared::learning::localize::complete_languages;
use wegwijs_shared::learning::validate::validate;
use wegwijs_shared::learning::wire::{ModuleDraft, ModuleUpdate};
use wegwijs_shared::learning::{Module, ModuleStatus, Texts};

use super::common::ui_language;
use super::editor_items::{Outline, new_lesson};
use super::editor_texts::{
    Draft, PathErrors, PlainField, TextAt, TextsField, describe, editor_error, field_id,
    invalid_attrs, target_id,
};
use super::modules::status_label;
use crate::api;
use crate::components::api_view::api_view;
use crate::components::digcomp::{area_name, competence_name};
use crate::components::form::{ConflictAlert, FormState, is_version_conflict};
use crate::components::icons::{Icon, IconSvg};
use crate::components::languages::language_name;
use crate::i18n::{t, t_args, tr};

#[component]
pub fn NewModuleScreen() -> impl IntoView {
    let language = ui_language();
    let mut module = Module {
        id: String::new(),
        status: ModuleStatus::Draft,
        competences: Vec::new(),
        level: 1,
        minutes: 10,
        pass_percent: 70,
        source_language: language,
        title: Texts::new(),
        summary: Texts::new(),
        lessons: Vec::new(),
    };
    let lesson = new_lesson(&module);
    module.lessons.push(lesson);
    view! {
        <section class="page" aria-labelledby="trainer-editor-title">
            <p><A href="/trainer/modules">{t("trainer-back-modules")}</A></p>
            <h1 id="trainer-editor-title">{t("trainer-new-module")}</h1>
            <ModuleEditor module version=None/>
        </section>
    }
}

#[component]
pub fn EditModuleScreen(id: String) -> impl IntoView {
    let id = StoredValue::new(id);
    let draft = LocalResource::new(move || {
        let id = id.get_value();
        async move { api::authoring_module(&id).await }
    });
    view! {
        <section class="page" aria-labelledby="trainer-editor-title">
            <p><A href="/trainer/modules">{t("trainer-back-modules")}</A></p>
            <h1 id="trainer-editor-title">{t("trainer-edit-module")}</h1>
            {api_view(draft, "trainer-loading", |draft: ModuleDraft| {
                view! { <ModuleEditor module=draft.module version=Some(draft.version)/> }
            })}
        </section>
    }
}

/// `/trainer/modules/{id}/preview`: the residents' player in preview mode, in the interface
/// language.
#[component]
pub fn PreviewRedirect(id: String) -> impl IntoView {
    let navigate = use_navigate();
    let href = preview_href(&id, &ui_language());
    Effect::new(move |_| navigate(&href, Default::default()));
    view! { <p>{t("trainer-loading")}</p> }
}

fn preview_href(id: &str, language: &str) -> String {
    format!(
        "/learning/{}?preview=1&language={}",
        api::encode(id),
        api::encode(language)
    )
}

#[component]
fn ModuleEditor(module: Module, version: Option<u32>) -> impl IntoView {
    let creating = version.is_none();
    let source = module.source_language.clone();
    let draft = Draft {
        doc: RwSignal::new(module),
        shape: RwSignal::new(0),
        edit_lang: RwSignal::new(source),
        errors: RwSignal::new(Vec::new()),
        focus: RwSignal::new(None),
    };
    let version = RwSignal::new(version);
    let form = FormState::new();
    // The editor shows its own error list; the form's errors mirror the draft's.
    Effect::new(move |_| {
        let errors = form.errors.get();
        draft.errors.set(errors);
    });
    let saved = RwSignal::new(false);
    let theirs = RwSignal::new(None::<ModuleDraft>);
    let complete = Memo::new(move |_| draft.doc.with(complete_languages));
    let navigate = use_navigate();

    // After a move, focus the pressed button at the entry's new place (or its twin when the entry
    // reached the end of the list and that button is now disabled).
    Effect::new(move |_| {
        draft.shape.track();
        if let Some(id) = draft.focus.get_untracked() {
            draft.focus.set(None);
            request_animation_frame(move || focus_button(&id));
        }
    });

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        saved.set(false);
        let module = draft.doc.get_untracked();
        if let Err(errors) = validate(&module) {
            form.reject(errors);
            focus_summary();
            return;
        }
        match version.get_untracked() {
            None => {
                let navigate = navigate.clone();
                form.submit(async move { api::create_module(&module).await }, move |d| {
                    navigate(
                        &format!("/trainer/modules/{}", d.module.id),
                        Default::default(),
                    )
                });
            }
            Some(v) => {
                let id = module.id.clone();
                let update = ModuleUpdate { version: v, module };
                form.submit(
                    async move { api::update_module(&id, &update).await },
                    move |d| {
                        version.set(Some(d.version));
                        theirs.set(None);
                        saved.set(true);
                    },
                );
            }
        }
    };
    // Failures the API found are focused like local ones.
    Effect::new(move |_| {
        if form.failure.with(|f| f.is_some()) && !form.errors.with(Vec::is_empty) {
            focus_summary();
        }
    });
    let load_theirs = Callback::new(move |()| {
        let id = draft.doc.with_untracked(|m| m.id.clone());
        spawn_local(async move {
            match api::authoring_module(&id).await {
                Ok(d) => {
                    // From now on a save knowingly replaces their version.
                    version.try_set(Some(d.version));
                    theirs.try_set(Some(d));
                    form.failure.try_set(None);
                }
                Err(f) => {
                    form.failure.try_set(Some(f));
                }
            }
        });
    });
    let conflict = move || {
        !creating
            && form
                .failure
                .with(|f| f.as_ref().is_some_and(is_version_conflict))
    };
    let module_id = move || draft.doc.with(|m| m.id.clone());

    view! {
        <form class="form module-editor" id="module-editor" on:submit=on_submit novalidate>
            <ErrorSummary draft/>
            <ConflictAlert
                form
                conflict
                message="trainer-conflict"
                action="trainer-load-theirs"
                on_action=load_theirs
                test_id="trainer-conflict"
                action_test_id="trainer-load-theirs"
            />
            {move || saved.get().then(|| view! {
                <p role="status" class="success" data-testid="trainer-saved"><IconSvg icon=Icon::Check/>" "{t("trainer-saved")}</p>
            })}
            {move || theirs.get().map(|d| view! { <TheirVersion draft theirs=d on_done=move || theirs.set(None)/> })}
            <LanguageBar draft complete/>
            {move || {
                draft.shape.get();
                view! { <ModuleFields draft creating/> }
            }}
            <Outline draft/>
            <div class="actions editor-actions">
                <button type="submit" class="button" data-testid="trainer-save" disabled=move || form.pending.get()>
                    <IconSvg icon=Icon::Check/>" "{t("trainer-save")}
                </button>
                {move || (!creating).then(|| {
                    let href = preview_href(&module_id(), &draft.edit_lang.get());
                    view! {
                        <a href=href class="button button-secondary" data-testid="trainer-preview">
                            <IconSvg icon=Icon::Learn/>" "{t("trainer-preview")}
                        </a>
                    }
                })}
            </div>
            {(!creating).then(|| view! { <p class="hint">{t("trainer-preview-hint")}</p> })}
        </form>
    }
}

fn focus_button(id: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let twin = if let Some(rest) = id.strip_prefix("up-") {
        format!("down-{rest}")
    } else {
        format!("up-{}", id.trim_start_matches("down-"))
    };
    for candidate in [id.to_owned(), twin] {
        if let Some(element) = document.get_element_by_id(&candidate) {
            if element.has_attribute("disabled") {
                continue;
            }
            if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
                let _ = element.focus();
                return;
            }
        }
    }
}

fn focus_summary() {
    request_animation_frame(|| {
        if let Some(element) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("editor-errors"))
            .and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok())
        {
            let _ = element.focus();
        }
    });
}

/// Every error of the last save, each linking to its field.
#[component]
fn ErrorSummary(draft: Draft) -> impl IntoView {
    move || {
        let errors = draft.errors.get();
        (!errors.is_empty()).then(|| {
            view! {
                <div class="form-alert error-summary" id="editor-errors" tabindex="-1" role="alert" data-testid="trainer-error-summary">
                    <h2>{t_args("trainer-errors-title", &[("count", errors.len().into())])}</h2>
                    <ul>
                        {errors.into_iter().map(|e| {
                            let href = format!("#{}", target_id(&e.field));
                            view! {
                                <li><a href=href>{describe(&e.field)}": "{editor_error(&e.field, &e.code, &e.message)}</a></li>
                            }
                        }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}

/// The language being edited, and in which languages the module is complete.
#[component]
fn LanguageBar(draft: Draft, complete: Memo<Vec<String>>) -> impl IntoView {
    let selected = RwSignal::new(draft.edit_lang.get_untracked());
    Effect::new(move |_| {
        let lang = selected.get();
        if draft.edit_lang.get_untracked() != lang {
            draft.edit_lang.set(lang);
            draft.shape.update(|n| *n += 1);
        }
    });
    view! {
        <section class="panel language-bar" aria-labelledby="trainer-languages-title">
            <h2 id="trainer-languages-title">{t("trainer-languages-title")}</h2>
            <div class="field">
                <label for="trainer-edit-language">{t("trainer-edit-language")}</label>
                <p class="hint" id="trainer-edit-language-hint">{t("trainer-edit-language-hint")}</p>
                <select id="trainer-edit-language" aria-describedby="trainer-edit-language-hint" bind:value=selected data-testid="trainer-edit-language">
                    {LANGUAGES.iter().map(|l| view! { <option value=l.code lang=l.code>{l.native_name}</option> }).collect_view()}
                </select>
            </div>
            <p data-testid="trainer-complete-languages">
                {move || {
                    let list = complete.get();
                    let names = list.iter().map(|c| language_name(c)).collect::<Vec<_>>().join(", ");
                    view! { {t_args("trainer-languages-count", &[("count", list.len().into())])}": "<bdi>{names}</bdi> }
                }}
            </p>
        </section>
    }
}

/// The module's own fields: id (when new), title, summary, competences, level, minutes, pass mark,
/// status and source language.
#[component]
fn ModuleFields(draft: Draft, creating: bool) -> impl IntoView {
    let m = draft.doc.get_untracked();
    let number = |path: &'static str,
                  label: &'static str,
                  value: u32,
                  set: fn(&mut Module, u32)| {
        view! {
            <PlainField draft path=path.to_owned() label=tr(label) value=value.to_string() input_type="number"
                set=move |m, v| set(m, v.trim().parse().unwrap_or(0))/>
        }
    };
    let level = RwSignal::new(m.level.to_string());
    let status = RwSignal::new(m.status.as_str().to_owned());
    let source = RwSignal::new(m.source_language.clone());
    Effect::new(move |_| {
        let (l, s) = (level.get(), status.get());
        draft.doc.update(|m| {
            m.level = l.parse().unwrap_or(0);
            m.status = ModuleStatus::parse(&s).unwrap_or(ModuleStatus::Draft);
        });
    });
    let on_source = move |ev: leptos::ev::Event| {
        let lang = event_target_value(&ev);
        source.set(lang.clone());
        draft.change(|m| m.source_language = lang);
    };
    let (level_described, level_invalid) = invalid_attrs(draft, "level".into(), "f-level".into());
    view! {
        <section class="panel" aria-labelledby="trainer-module-fields">
            <h2 id="trainer-module-fields">{t("trainer-module-fields")}</h2>
            {creating.then(|| view! {
                <PlainField draft path="id".to_owned() label=tr("trainer-field-id") value=m.id.clone()
                    hint=tr("trainer-id-hint") set=|m, v| m.id = v.trim().to_owned()/>
            })}
            <TextsField draft at=TextAt::Title label=tr("trainer-field-title") required=true/>
            <TextsField draft at=TextAt::Summary label=tr("trainer-field-summary") multiline=true/>
            <Competences draft selected=m.competences.clone()/>
            <div class="field">
                <label for="f-level">{t("trainer-field-level")}</label>
                <PathErrors draft path="level".to_owned() id="f-level".to_owned()/>
                <select id="f-level" bind:value=level aria-invalid=level_invalid aria-describedby=level_described>
                    {(1..=4u8).map(|n| view! { <option value=n.to_string()>{super::common::level_label(n)}</option> }).collect_view()}
                </select>
            </div>
            {number("minutes", "trainer-field-minutes", m.minutes, |m, v| m.minutes = v)}
            {number("pass_percent", "trainer-field-pass", u32::from(m.pass_percent), |m, v| m.pass_percent = v.min(255) as u8)}
            <div class="field">
                <label for="f-status">{t("trainer-field-status")}</label>
                <p class="hint" id="f-status-hint">{t("trainer-status-hint")}</p>
                <select id="f-status" bind:value=status aria-describedby="f-status-hint" data-testid="trainer-status">
                    {[ModuleStatus::Draft, ModuleStatus::Published].into_iter().map(|s| view! { <option value=s.as_str()>{status_label(s)}</option> }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="f-source_language">{t("trainer-field-source-language")}</label>
                <PathErrors draft path="source_language".to_owned() id="f-source_language".to_owned()/>
                <select id="f-source_language" on:change=on_source prop:value=move || source.get()>
                    {LANGUAGES.iter().map(|l| view! { <option value=l.code lang=l.code selected=l.code == m.source_language>{l.native_name}</option> }).collect_view()}
                </select>
            </div>
        </section>
    }
}

/// The DigComp competences as check boxes, one group per area.
#[component]
fn Competences(draft: Draft, selected: Vec<String>) -> impl IntoView {
    let toggle = move |code: &'static str, on: bool| {
        draft.doc.update(|m| {
            m.competences.retain(|c| c != code);
            if on {
                m.competences.push(code.to_owned());
            }
            // Framework order, so the list reads the same wherever it is shown.
            let order = |c: &String| {
                AREAS
                    .iter()
                    .flat_map(|a| a.competences.iter())
                    .position(|x| x.code == c)
                    .unwrap_or(usize::MAX)
            };
            m.competences.sort_by_key(order);
        });
    };
    view! {
        <fieldset class="competences" id=field_id("competences")>
            <legend>{t("trainer-field-competences")}</legend>
            <PathErrors draft path="competences".to_owned() id=field_id("competences")/>
            {AREAS.iter().map(|area| view! {
                <details open=area.competences.iter().any(|c| selected.iter().any(|s| s == c.code))>
                    <summary>{area.number}". "<bdi>{area_name(area.number)}</bdi></summary>
                    <ul class="plain">
                        {area.competences.iter().map(|c| {
                            let id = format!("competence-{}", c.code.replace('.', "-"));
                            let code = c.code;
                            view! {
                                <li class="check">
                                    <input type="checkbox" id=id.clone() checked=selected.iter().any(|s| s == code)
                                        on:change=move |ev| toggle(code, event_target_checked(&ev))/>
                                    <label for=id><bdi dir="ltr">{code}</bdi>" "<bdi>{competence_name(code)}</bdi></label>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                </details>
            }).collect_view()}
        </fieldset>
    }
}

/// After a conflict: the other person's version, to compare; "use theirs" replaces the form's
/// content (only on request: until then everything typed here stays).
#[component]
fn TheirVersion(
    draft: Draft,
    theirs: ModuleDraft,
    on_done: impl Fn() + Copy + 'static,
) -> impl IntoView {
    let lang = draft.edit_lang.get_untracked();
    let m = theirs.module.clone();
    let pick = |texts: &Texts| {
        texts
            .get(&lang)
            .or_else(|| texts.get(&m.source_language))
            .cloned()
            .unwrap_or_default()
    };
    let title = pick(&m.title);
    let lessons = m
        .lessons
        .iter()
        .map(|l| (pick(&l.title), l.items.len()))
        .collect::<Vec<_>>();
    let copy = StoredValue::new(theirs.module);
    view! {
        <section class="panel their-version" aria-labelledby="trainer-theirs-title" data-testid="trainer-theirs">
            <h2 id="trainer-theirs-title">{t_args("trainer-their-version", &[("version", theirs.version.into())])}</h2>
            <p>{t("trainer-their-version-help")}</p>
            <p class="preview-title"><bdi>{title}</bdi></p>
            <ol>
                {lessons.into_iter().map(|(title, n)| view! {
                    <li><bdi>{title}</bdi>" — "{t_args("trainer-items-count", &[("count", n.into())])}</li>
                }).collect_view()}
            </ol>
            <button type="button" class="button button-secondary" data-testid="trainer-use-theirs"
                on:click=move |_| {
                    draft.doc.set(copy.get_value());
                    draft.shape.update(|n| *n += 1);
                    on_done();
                }>
                <IconSvg icon=Icon::Copy/>" "{t("trainer-use-theirs")}
            </button>
        </section>
    }
}
