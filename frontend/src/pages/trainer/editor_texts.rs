//! The editor's fields. Every text of a module is a map language → text; a field edits the text in
//! the "language being edited" and, when that is not the source language, shows the source text
//! beside it. Every field has an id made from its document path, so a validation error
//! (`lessons[0].items[2].content.prompt.en`) lands next to the right box and the summary can link
//! to it.

use leptos::prelude::*;
use wegwijs_shared::learning::{ItemContent, Module, Texts};
use wegwijs_shared::problem::FieldError;

use crate::components::icons::{Icon, IconSvg};
use crate::components::languages::{dir_of, language_name};
use crate::i18n::{field_error, t, t_args, tr};

/// The editor's shared state. `shape` changes whenever lessons, items or choices are added,
/// removed or moved (or the languages change): the outline is rebuilt from the document then, and
/// only then, so typing never rebuilds the inputs.
#[derive(Clone, Copy)]
pub struct Draft {
    pub doc: RwSignal<Module>,
    pub shape: RwSignal<u32>,
    pub edit_lang: RwSignal<String>,
    pub errors: RwSignal<Vec<FieldError>>,
    /// An element id to focus after the next rebuild (the button just pressed, at its new place).
    pub focus: RwSignal<Option<String>>,
}

impl Draft {
    /// A structural change: apply it, rebuild the outline, and re-check shown errors (their paths
    /// may have moved).
    pub fn change(self, apply: impl FnOnce(&mut Module)) {
        self.doc.update(apply);
        if !self.errors.with_untracked(Vec::is_empty) {
            let errors = self
                .doc
                .with_untracked(|m| wegwijs_shared::learning::validate::validate(m).err())
                .unwrap_or_default();
            self.errors.set(errors);
        }
        self.shape.update(|n| *n += 1);
    }

    pub fn source(self) -> String {
        self.doc.with_untracked(|m| m.source_language.clone())
    }
}

/// Where one `Texts` lives in the document (indices are valid until the next rebuild).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextAt {
    Title,
    Summary,
    LessonTitle(usize),
    /// The text of a text or "try it" step.
    StepText(usize, usize),
    Alt(usize, usize),
    Caption(usize, usize),
    Prompt(usize, usize),
    Explanation(usize, usize),
    ChoiceLabel(usize, usize, usize),
    ChoiceFeedback(usize, usize, usize),
}

pub fn lesson_path(l: usize) -> String {
    format!("lessons[{l}]")
}

pub fn item_path(l: usize, i: usize) -> String {
    format!("lessons[{l}].items[{i}]")
}

pub fn choice_path(l: usize, i: usize, c: usize) -> String {
    format!("lessons[{l}].items[{i}].content.choices[{c}]")
}

impl TextAt {
    /// The document path, as validation names it (without the language).
    pub fn path(self) -> String {
        let content = |l, i, field: &str| format!("{}.content.{field}", item_path(l, i));
        match self {
            TextAt::Title => "title".to_owned(),
            TextAt::Summary => "summary".to_owned(),
            TextAt::LessonTitle(l) => format!("{}.title", lesson_path(l)),
            TextAt::StepText(l, i) => content(l, i, "text"),
            TextAt::Alt(l, i) => content(l, i, "alt"),
            TextAt::Caption(l, i) => content(l, i, "caption"),
            TextAt::Prompt(l, i) => content(l, i, "prompt"),
            TextAt::Explanation(l, i) => content(l, i, "explanation"),
            TextAt::ChoiceLabel(l, i, c) => format!("{}.label", choice_path(l, i, c)),
            TextAt::ChoiceFeedback(l, i, c) => format!("{}.feedback", choice_path(l, i, c)),
        }
    }

    pub fn texts(self, m: &Module) -> Option<&Texts> {
        let content = |l: usize, i: usize| {
            m.lessons
                .get(l)
                .and_then(|lesson| lesson.items.get(i))
                .map(|item| &item.content)
        };
        match self {
            TextAt::Title => Some(&m.title),
            TextAt::Summary => Some(&m.summary),
            TextAt::LessonTitle(l) => m.lessons.get(l).map(|x| &x.title),
            TextAt::StepText(l, i) => match content(l, i)? {
                ItemContent::Text { text } | ItemContent::TryIt { text } => Some(text),
                _ => None,
            },
            TextAt::Alt(l, i) | TextAt::Caption(l, i) => match content(l, i)? {
                ItemContent::Image { alt, caption, .. } => {
                    Some(if matches!(self, TextAt::Alt(..)) {
                        alt
                    } else {
                        caption
                    })
                }
                _ => None,
            },
            TextAt::Prompt(l, i) | TextAt::Explanation(l, i) => match content(l, i)? {
                ItemContent::Question(q) => Some(if matches!(self, TextAt::Prompt(..)) {
                    &q.prompt
                } else {
                    &q.explanation
                }),
                _ => None,
            },
            TextAt::ChoiceLabel(l, i, c) | TextAt::ChoiceFeedback(l, i, c) => {
                match content(l, i)? {
                    ItemContent::Question(q) => q.choices.get(c).map(|choice| {
                        if matches!(self, TextAt::ChoiceLabel(..)) {
                            &choice.label
                        } else {
                            &choice.feedback
                        }
                    }),
                    _ => None,
                }
            }
        }
    }

    pub fn texts_mut(self, m: &mut Module) -> Option<&mut Texts> {
        fn content(m: &mut Module, l: usize, i: usize) -> Option<&mut ItemContent> {
            m.lessons
                .get_mut(l)
                .and_then(|lesson| lesson.items.get_mut(i))
                .map(|item| &mut item.content)
        }
        match self {
            TextAt::Title => Some(&mut m.title),
            TextAt::Summary => Some(&mut m.summary),
            TextAt::LessonTitle(l) => m.lessons.get_mut(l).map(|x| &mut x.title),
            TextAt::StepText(l, i) => match content(m, l, i)? {
                ItemContent::Text { text } | ItemContent::TryIt { text } => Some(text),
                _ => None,
            },
            TextAt::Alt(l, i) | TextAt::Caption(l, i) => match content(m, l, i)? {
                ItemContent::Image { alt, caption, .. } => {
                    Some(if matches!(self, TextAt::Alt(..)) {
                        alt
                    } else {
                        caption
                    })
                }
                _ => None,
            },
            TextAt::Prompt(l, i) | TextAt::Explanation(l, i) => match content(m, l, i)? {
                ItemContent::Question(q) => Some(if matches!(self, TextAt::Prompt(..)) {
                    &mut q.prompt
                } else {
                    &mut q.explanation
                }),
                _ => None,
            },
            TextAt::ChoiceLabel(l, i, c) | TextAt::ChoiceFeedback(l, i, c) => {
                match content(m, l, i)? {
                    ItemContent::Question(q) => q.choices.get_mut(c).map(|choice| {
                        if matches!(self, TextAt::ChoiceLabel(..)) {
                            &mut choice.label
                        } else {
                            &mut choice.feedback
                        }
                    }),
                    _ => None,
                }
            }
        }
    }
}

/// An element id for a document path (`lessons[0].title` → `f-lessons-0-title`).
pub fn field_id(path: &str) -> String {
    let mut id = String::from("f-");
    let mut dash = false;
    for ch in path.chars() {
        if ch.is_ascii_alphanumeric() || ch == '_' {
            id.push(ch);
            dash = false;
        } else if !dash {
            id.push('-');
            dash = true;
        }
    }
    id.trim_end_matches('-').to_owned()
}

/// Whether an error at `field` belongs to the box for `path`: the path itself, or one of its
/// languages (`title.ar`), or (for lists) one of its entries (`competences[1]`).
pub fn belongs(field: &str, path: &str) -> bool {
    field == path
        || field
            .strip_prefix(path)
            .is_some_and(|rest| rest.starts_with('.') && !rest[1..].contains(['.', '[']))
        || field
            .strip_prefix(path)
            .is_some_and(|rest| rest.starts_with('[') && rest.ends_with(']') && !rest.contains('.'))
}

/// The messages for the box at `path`, each naming the language when it is about one.
pub fn messages_for(errors: &[FieldError], path: &str) -> Vec<String> {
    errors
        .iter()
        .filter(|e| belongs(&e.field, path))
        .map(|e| {
            let message = editor_error(&e.field, &e.code, &e.message);
            match e.field.strip_prefix(path).and_then(|r| r.strip_prefix('.')) {
                Some(lang) => format!("{} ({})", message, language_name(lang)),
                None => message,
            }
        })
        .collect()
}

/// A validation message in the interface language: the editor's own text for the code (for
/// `required`, which box it is), else the app's, else the API's English.
pub fn editor_error(field: &str, code: &str, message: &str) -> String {
    let key = match code {
        "required" if field.starts_with("competences") => {
            "trainer-error-required-competences".to_owned()
        }
        "required" if field.ends_with(".image") => "trainer-error-required-image".to_owned(),
        other => format!("trainer-error-{other}"),
    };
    crate::i18n::tr_or(&key, &field_error(code, message))
}

/// The error lines of one box (`{id}-error`), shown only when there are any.
#[component]
pub fn PathErrors(draft: Draft, path: String, id: String) -> impl IntoView {
    let error_id = format!("{id}-error");
    move || {
        let messages = draft.errors.with(|e| messages_for(e, &path));
        (!messages.is_empty()).then(|| {
            view! {
                <div class="field-error" id=error_id.clone()>
                    {messages
                        .into_iter()
                        .map(|m| view! { <p><IconSvg icon=Icon::Alert/>" "{m}</p> })
                        .collect_view()}
                </div>
            }
        })
    }
}

/// `aria-describedby` and `aria-invalid` for a box with errors at `path`.
pub fn invalid_attrs(
    draft: Draft,
    path: String,
    id: String,
) -> (Signal<Option<String>>, Signal<Option<&'static str>>) {
    let p = path.clone();
    let has = move || {
        draft
            .errors
            .with(|e| e.iter().any(|e| belongs(&e.field, &p)))
    };
    let has = Signal::derive(has);
    let described = Signal::derive(move || has.get().then(|| format!("{id}-error")));
    let invalid = Signal::derive(move || has.get().then_some("true"));
    let _ = path;
    (described, invalid)
}

/// One text of the module in the language being edited, with the source text beside it when
/// translating.
#[component]
pub fn TextsField(
    draft: Draft,
    at: TextAt,
    #[prop(into)] label: String,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let path = at.path();
    let id = field_id(&path);
    let lang = draft.edit_lang.get_untracked();
    let source = draft.source();
    let value = draft
        .doc
        .with_untracked(|m| at.texts(m).and_then(|t| t.get(&lang)).cloned())
        .unwrap_or_default();
    let original = (lang != source)
        .then(|| {
            draft
                .doc
                .with_untracked(|m| at.texts(m).and_then(|t| t.get(&source)).cloned())
        })
        .flatten()
        .filter(|s| !s.trim().is_empty());
    let translating = lang != source;
    let on_input = {
        let lang = lang.clone();
        move |ev: leptos::ev::Event| {
            let text = event_target_value(&ev);
            draft.doc.update(|m| {
                if let Some(texts) = at.texts_mut(m) {
                    if text.is_empty() {
                        texts.remove(&lang);
                    } else {
                        texts.insert(lang.clone(), text);
                    }
                }
            });
        }
    };
    let (described, invalid) = invalid_attrs(draft, path.clone(), id.clone());
    let dir = dir_of(&lang);
    let label_text = if translating {
        format!("{label} ({})", language_name(&lang))
    } else {
        label
    };
    let input = if multiline {
        view! {
            <textarea id=id.clone() rows="4" lang=lang.clone() dir=dir required=required
                aria-invalid=invalid aria-describedby=described
                prop:value=value on:input=on_input></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=id.clone() type="text" lang=lang.clone() dir=dir required=required
                aria-invalid=invalid aria-describedby=described
                prop:value=value on:input=on_input/>
        }
        .into_any()
    };
    view! {
        <div class="field" class:field-translating=translating>
            <label for=id.clone()>{label_text}</label>
            {translating.then(|| {
                let source_dir = dir_of(&source);
                view! {
                    <div class="source-text">
                        <p class="hint">{t_args("trainer-source-text", &[("language", language_name(&source).into())])}</p>
                        {match original {
                            Some(text) => view! { <p class="source-text-body" lang=source.clone() dir=source_dir>{text}</p> }.into_any(),
                            None => view! { <p class="source-text-body">{t("trainer-source-empty")}</p> }.into_any(),
                        }}
                    </div>
                }
            })}
            <PathErrors draft path id/>
            {input}
        </div>
    }
}

/// A field that is the same in every language (an id, a picture's path), bound to the document
/// through `get`/`set`.
#[component]
pub fn PlainField(
    draft: Draft,
    path: String,
    #[prop(into)] label: String,
    value: String,
    set: impl Fn(&mut Module, String) + 'static,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(default = "text")] input_type: &'static str,
) -> impl IntoView {
    let id = field_id(&path);
    let (described, invalid) = invalid_attrs(draft, path.clone(), id.clone());
    let hint_id = format!("{id}-hint");
    let has_hint = hint.is_some();
    let described = Signal::derive(move || {
        let hint = has_hint.then(|| hint_id.clone());
        match (hint, described.get()) {
            (Some(h), Some(e)) => Some(format!("{h} {e}")),
            (h, e) => h.or(e),
        }
    });
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=format!("{id}-hint")>{h}</p> })}
            <PathErrors draft path id=id.clone()/>
            <input id=id type=input_type dir="ltr" aria-invalid=invalid aria-describedby=described
                prop:value=value
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    draft.doc.update(|m| set(m, v));
                }/>
        </div>
    }
}

/// "Lesson 2 › Step 3 › Choice 1 › Label (العربية)": where an error is, for the summary list.
pub fn describe(path: &str) -> String {
    let mut parts = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        let (segment, tail) = match rest.find('.') {
            Some(dot) => (&rest[..dot], &rest[dot + 1..]),
            None => (rest, ""),
        };
        rest = tail;
        let (name, index) = match segment.find('[') {
            Some(open) => (
                &segment[..open],
                segment[open + 1..segment.len() - 1].parse::<usize>().ok(),
            ),
            None => (segment, None),
        };
        let key = match name {
            "lessons" if index.is_some() => "trainer-path-lesson",
            "items" if index.is_some() => "trainer-path-item",
            "choices" if index.is_some() => "trainer-path-choice",
            "competences" => "trainer-field-competences",
            "content" => continue,
            "id" => "trainer-field-id",
            "title" => "trainer-field-title",
            "summary" => "trainer-field-summary",
            "text" => "trainer-field-text",
            "alt" => "trainer-field-alt",
            "caption" => "trainer-field-caption",
            "src" | "image" => "trainer-field-image",
            "prompt" => "trainer-field-prompt",
            "explanation" => "trainer-field-explanation",
            "label" => "trainer-field-label",
            "feedback" => "trainer-field-feedback",
            "level" => "trainer-field-level",
            "minutes" => "trainer-field-minutes",
            "pass_percent" => "trainer-field-pass",
            "source_language" => "trainer-field-source-language",
            "lessons" => "trainer-lessons",
            "items" => "trainer-items",
            "choices" => "trainer-choices",
            "audio" => "trainer-field-audio",
            other => {
                parts.push(language_name(other));
                continue;
            }
        };
        match index {
            Some(n) if name != "competences" => parts.push(t_args(key, &[("n", (n + 1).into())])),
            _ => parts.push(tr(key)),
        }
    }
    parts.join(" › ")
}

/// The nearest box on the page for an error's path: the path itself, else its parents.
pub fn target_id(path: &str) -> String {
    let document = web_sys::window().and_then(|w| w.document());
    let mut current = path.to_owned();
    loop {
        let id = field_id(&current);
        if document
            .as_ref()
            .is_some_and(|d| d.get_element_by_id(&id).is_some())
        {
            return id;
        }
        match current.rfind(['.', '[']) {
            Some(cut) => current.truncate(cut),
            None => return "module-editor".to_owned(),
        }
    }
}
