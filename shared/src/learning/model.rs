//! The module document. Everything a resident works through lives in one tree with stable ids;
//! progress and answers refer to those ids, never to positions, so a trainer may reorder lessons,
//! steps and questions at any time without moving anyone's results.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// One text in every language it has been written in: language code → text. A language that is
/// missing falls back to the module's source language (see [`super::localize`]).
pub type Texts = BTreeMap<String, String>;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ModuleStatus {
    /// Only trainers and admins see it.
    Draft,
    /// Every resident of the agency sees it (assigned or optional).
    Published,
}

impl ModuleStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            ModuleStatus::Draft => "draft",
            ModuleStatus::Published => "published",
        }
    }

    pub fn parse(value: &str) -> Option<Self> {
        match value {
            "draft" => Some(ModuleStatus::Draft),
            "published" => Some(ModuleStatus::Published),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Module {
    /// Lowercase letters, digits and `-` (e.g. `mod-safe-phone`); fixed once created.
    pub id: String,
    pub status: ModuleStatus,
    /// DigComp 2.2 competence codes (`"4.2"`), at least one, from [`crate::digcomp`].
    pub competences: Vec<String>,
    /// DigComp proficiency level 1–4 (foundation 1–2, intermediate 3–4).
    pub level: u8,
    /// Estimated minutes to complete.
    pub minutes: u32,
    /// The share of questions (in %) that must be answered correctly in one attempt to pass.
    pub pass_percent: u8,
    /// The language the trainer wrote it in; every text must exist in it.
    pub source_language: String,
    pub title: Texts,
    #[serde(default)]
    pub summary: Texts,
    pub lessons: Vec<Lesson>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    pub id: String,
    pub title: Texts,
    pub items: Vec<Item>,
}

/// One card in a lesson: a step to read or do, or a question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    /// Optional recording per language: a same-origin path (`/learning/audio/…`) or an `https:`
    /// URL. Residents who read little can listen instead.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub audio: Texts,
    pub content: ItemContent,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum ItemContent {
    /// A short explanation. Plain text; blank lines separate paragraphs.
    Text {
        text: Texts,
    },
    /// A picture with its description (for screen readers and when it does not load).
    Image {
        /// Same-origin path under `/learning/` (served from `public/learning/`).
        src: String,
        alt: Texts,
        #[serde(default)]
        caption: Texts,
    },
    /// "Try it": something to do on one's own phone now.
    TryIt {
        text: Texts,
    },
    Question(Question),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Exactly one choice is correct.
    Single,
    /// One or more choices are correct; the answer must pick exactly those.
    Multiple,
    /// Two choices with ids `"true"` and `"false"` (labels may be empty: the app says True and
    /// False in the user's language); one is correct.
    TrueFalse,
    /// The choices are listed in the correct order; residents see them shuffled and put them in
    /// order. `correct` is not used.
    Order,
    /// Like `Single`, but every choice is a picture (`image`), its label the picture's description.
    Picture,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub kind: QuestionKind,
    pub prompt: Texts,
    pub choices: Vec<Choice>,
    /// Shown after any answer: why the right answer is right.
    #[serde(default)]
    pub explanation: Texts,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    #[serde(default)]
    pub label: Texts,
    /// `Picture` questions: same-origin path under `/learning/`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    #[serde(default)]
    pub correct: bool,
    /// Shown when this choice is picked (for `Order`: unused).
    #[serde(default)]
    pub feedback: Texts,
}

impl Module {
    /// Every question with the lesson it is in, in document order.
    pub fn questions(&self) -> impl Iterator<Item = (&Lesson, &Item, &Question)> {
        self.lessons.iter().flat_map(|lesson| {
            lesson
                .items
                .iter()
                .filter_map(move |item| match &item.content {
                    ItemContent::Question(q) => Some((lesson, item, q)),
                    _ => None,
                })
        })
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions()
            .find(|(_, item, _)| item.id == id)
            .map(|(_, _, q)| q)
    }

    pub fn question_count(&self) -> u32 {
        self.questions().count() as u32
    }

    pub fn item_ids(&self) -> impl Iterator<Item = &str> {
        self.lessons
            .iter()
            .flat_map(|l| l.items.iter().map(|i| i.id.as_str()))
    }
}
