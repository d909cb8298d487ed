//! One language's view of a module. Each text is taken in the wanted language when written, else
//! in the module's source language, and says which language it is in, so the app can set `lang`
//! and `dir` on a fallback text (an English sentence inside an Arabic page reads left to right).
//!
//! The resident's API answers with this view; the trainer's "preview as a resident" builds the same
//! view in the browser from the draft, so both show exactly the same thing.

use serde::{Deserialize, Serialize};

use super::model::{ItemContent, Module, QuestionKind, Texts};
use crate::languages::LANGUAGES;

/// A text and the language it is actually in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Text {
    pub text: String,
    pub lang: String,
}

/// `texts` in `language`, else in `source`, else empty (in `source`).
pub fn pick(texts: &Texts, language: &str, source: &str) -> Text {
    for lang in [language, source] {
        if let Some(text) = texts.get(lang).filter(|t| !t.trim().is_empty()) {
            return Text {
                text: text.clone(),
                lang: lang.to_owned(),
            };
        }
    }
    Text {
        text: String::new(),
        lang: source.to_owned(),
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ModuleView {
    pub id: String,
    pub version: u32,
    /// The language asked for (texts not written in it are in the source language).
    pub language: String,
    pub competences: Vec<String>,
    pub level: u8,
    pub minutes: u32,
    pub pass_percent: u8,
    pub title: Text,
    pub summary: Text,
    pub lessons: Vec<LessonView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LessonView {
    pub id: String,
    pub title: Text,
    pub items: Vec<ItemView>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ItemView {
    pub id: String,
    /// The recording in the served language, else the source language's, else none.
    pub audio: Option<String>,
    pub content: ItemViewContent,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ItemViewContent {
    Text {
        text: Text,
    },
    Image {
        src: String,
        alt: Text,
        caption: Option<Text>,
    },
    TryIt {
        text: Text,
    },
    /// Correct answers and feedback are included: residents answer offline and get feedback at
    /// once, so the phone has to know. The server grades again on arrival and keeps its own result.
    Question {
        kind: QuestionKind,
        prompt: Text,
        choices: Vec<ChoiceView>,
        explanation: Option<Text>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ChoiceView {
    pub id: String,
    pub label: Text,
    pub image: Option<String>,
    pub correct: bool,
    pub feedback: Option<Text>,
}

fn optional(texts: &Texts, language: &str, source: &str) -> Option<Text> {
    Some(pick(texts, language, source)).filter(|t| !t.text.is_empty())
}

pub fn localize(module: &Module, version: u32, language: &str) -> ModuleView {
    let src = module.source_language.as_str();
    let one = |texts: &Texts| pick(texts, language, src);
    ModuleView {
        id: module.id.clone(),
        version,
        language: language.to_owned(),
        competences: module.competences.clone(),
        level: module.level,
        minutes: module.minutes,
        pass_percent: module.pass_percent,
        title: one(&module.title),
        summary: one(&module.summary),
        lessons: module
            .lessons
            .iter()
            .map(|lesson| LessonView {
                id: lesson.id.clone(),
                title: one(&lesson.title),
                items: lesson
                    .items
                    .iter()
                    .map(|item| ItemView {
                        id: item.id.clone(),
                        audio: optional(&item.audio, language, src).map(|t| t.text),
                        content: match &item.content {
                            ItemContent::Text { text } => ItemViewContent::Text { text: one(text) },
                            ItemContent::TryIt { text } => {
                                ItemViewContent::TryIt { text: one(text) }
                            }
                            ItemContent::Image {
                                src: path,
                                alt,
                                caption,
                            } => ItemViewContent::Image {
                                src: path.clone(),
                                alt: one(alt),
                                caption: optional(caption, language, src),
                            },
                            ItemContent::Question(q) => ItemViewContent::Question {
                                kind: q.kind,
                                prompt: one(&q.prompt),
                                choices: q
                                    .choices
                                    .iter()
                                    .map(|c| ChoiceView {
                                        id: c.id.clone(),
                                        label: one(&c.label),
                                        image: c.image.clone(),
                                        correct: c.correct,
                                        feedback: optional(&c.feedback, language, src),
                                    })
                                    .collect(),
                                explanation: optional(&q.explanation, language, src),
                            },
                        },
                    })
                    .collect(),
            })
            .collect(),
    }
}

/// Every `Texts` of the module with its path in the document and whether the source language
/// must have it (summary, captions, explanations, feedback and true/false labels may stay empty).
fn texts_of(module: &Module) -> Vec<(String, &Texts, bool)> {
    let mut all = vec![
        ("title".to_owned(), &module.title, true),
        ("summary".to_owned(), &module.summary, false),
    ];
    for (li, lesson) in module.lessons.iter().enumerate() {
        let lat = format!("lessons[{li}]");
        all.push((format!("{lat}.title"), &lesson.title, true));
        for (ii, item) in lesson.items.iter().enumerate() {
            let at = format!("{lat}.items[{ii}].content");
            match &item.content {
                ItemContent::Text { text } | ItemContent::TryIt { text } => {
                    all.push((format!("{at}.text"), text, true))
                }
                ItemContent::Image { alt, caption, .. } => {
                    all.push((format!("{at}.alt"), alt, true));
                    all.push((format!("{at}.caption"), caption, false));
                }
                ItemContent::Question(q) => {
                    all.push((format!("{at}.prompt"), &q.prompt, true));
                    all.push((format!("{at}.explanation"), &q.explanation, false));
                    for (ci, c) in q.choices.iter().enumerate() {
                        let required = q.kind != QuestionKind::TrueFalse;
                        all.push((format!("{at}.choices[{ci}].label"), &c.label, required));
                        all.push((format!("{at}.choices[{ci}].feedback"), &c.feedback, false));
                    }
                }
            }
        }
    }
    all
}

/// Languages (in [`LANGUAGES`] order) in which every text written in the source language is also
/// written: what "complete in Arabic" means on the trainer's list and in the seed evidence.
pub fn complete_languages(module: &Module) -> Vec<String> {
    let src = module.source_language.as_str();
    let has = |t: &Texts, lang: &str| t.get(lang).is_some_and(|s| !s.trim().is_empty());
    let texts = texts_of(module);
    LANGUAGES
        .iter()
        .map(|l| l.code)
        .filter(|lang| texts.iter().all(|(_, t, _)| !has(t, src) || has(t, lang)))
        .map(str::to_owned)
        .collect()
}

/// Paths of the texts that must be written in the source language but are empty (validation).
pub(super) fn missing_source_texts(module: &Module) -> Vec<String> {
    let src = module.source_language.as_str();
    texts_of(module)
        .into_iter()
        .filter(|(_, t, required)| *required && t.get(src).is_none_or(|s| s.trim().is_empty()))
        .map(|(path, _, _)| format!("{path}.{src}"))
        .collect()
}
