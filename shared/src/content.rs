//! Information for residents: articles (the library), news and vacancies. The wire types of the
//! resident read API and the staff editor (the contract between `edge-api/src/content/` and the
//! frontend pages), and their rules.
//!
//! An item belongs to the whole agency (`location_id: None`) or to one location, and has one
//! translation per language. A translation moves draft → review → published. The item's
//! `source_language` text is the original; when it changes the item's `source_revision` goes up and
//! every translation made from an older revision is *outdated* (still shown, marked). A resident
//! reads their language's published text, else the source language's, else nothing. Bodies are
//! `crate::richtext` markup; residents get it rendered to HTML by that same module.

use serde::{Deserialize, Serialize};

use crate::procedure::ProcedureStage;

mod reading;
mod validate;

pub use reading::{
    Chosen, Cursor, DEFAULT_LIMIT, MAX_LIMIT, TranslationMeta, choose_translation, coverage_cell,
    coverage_row, page_limit,
};
pub use validate::check_language;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ContentKind {
    Article,
    News,
    Vacancy,
}

/// The library's shelves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Category {
    AsylumProcedure,
    RightsObligations,
    HealthCare,
    Safety,
    DailyLife,
    LearningWork,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum VacancyKind {
    Paid,
    Volunteer,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum TranslationStatus {
    Draft,
    Review,
    Published,
}

// ---- Resident reading: `GET /api/content?language=xx&limit=n&cursor=c` ----------------------------

/// One published item as a resident reads it, in the best language available to them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ResidentItem {
    pub id: String,
    pub kind: ContentKind,
    /// `None`: agency-wide.
    pub location_id: Option<String>,
    pub category: Option<Category>,
    pub procedure_stage: Option<ProcedureStage>,
    pub vacancy_kind: Option<VacancyKind>,
    pub contact: Option<String>,
    pub link: Option<String>,
    /// The language `title`/`summary`/`body_html` are in (the asked one, or the source language).
    pub language: String,
    /// The asked language had no published text, so this is the source language's.
    pub fallback: bool,
    /// This translation was made from an older version of the source text.
    pub outdated: bool,
    pub title: String,
    pub summary: String,
    /// `crate::richtext` markup rendered to HTML (escaped, no attributes but `href`, no script).
    pub body_html: String,
    pub published_at: f64,
    pub updated_at: f64,
}

/// One page of everything a resident may read (their location's items and the agency-wide ones),
/// newest first within a stable order; `next_cursor` is `None` on the last page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ResidentContentPage {
    pub language: String,
    pub items: Vec<ResidentItem>,
    pub next_cursor: Option<String>,
    /// News published after this is unread (`None`: never looked at the news).
    pub news_seen_at: Option<f64>,
}

/// `PUT /api/me/news-seen`: the resident has seen the news up to this time.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NewsSeen {
    pub seen_at: f64,
}

/// What a favourite can point at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FavouriteKind {
    Article,
    News,
    Vacancy,
    Activity,
    Service,
}

/// `PUT /api/me/favourites/{kind}/{id}` with `{"saved": true|false}` (one route, so the offline
/// queue, which replays PUTs, can carry both).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SetFavourite {
    pub saved: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Favourite {
    pub kind: FavouriteKind,
    pub id: String,
    pub created_at: f64,
}

/// `GET /api/me/favourites`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct FavouriteList {
    pub favourites: Vec<Favourite>,
}

// ---- Staff editing: `/api/content/items…` ----------------------------------------------------------

/// The fields of an item other than its texts.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ItemFields {
    pub kind: ContentKind,
    pub location_id: Option<String>,
    /// Articles only (required for them).
    pub category: Option<Category>,
    /// Articles only.
    pub procedure_stage: Option<ProcedureStage>,
    /// Vacancies only (required for them).
    pub vacancy_kind: Option<VacancyKind>,
    pub contact: Option<String>,
    /// `https:` (or `mailto:`/`tel:`) only.
    pub link: Option<String>,
    pub source_language: String,
}

/// The texts of one translation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TranslationText {
    pub title: String,
    pub summary: String,
    /// `crate::richtext` markup.
    pub body: String,
}

/// `POST /api/content/items`: a new, unpublished item with its source-language text (a draft).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct NewItem {
    pub fields: ItemFields,
    pub source: TranslationText,
}

/// `PUT /api/content/items/{id}`: the item's fields, naming the version edited.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateItem {
    pub fields: ItemFields,
    pub version: i64,
}

/// `PUT /api/content/items/{id}/translations/{language}`: create (`version: 0`) or edit a translation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TranslationInput {
    pub text: TranslationText,
    pub status: TranslationStatus,
    pub version: i64,
}

/// `PUT /api/content/items/{id}/publication`: publish or unpublish the item.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Publication {
    pub published: bool,
    pub version: i64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TranslationView {
    pub language: String,
    pub text: TranslationText,
    pub status: TranslationStatus,
    pub source_revision: i64,
    pub outdated: bool,
    pub version: i64,
    pub updated_by: String,
    pub updated_at: f64,
}

/// `GET /api/content/items/{id}` (and the answer to every write on it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StaffItem {
    pub id: String,
    pub fields: ItemFields,
    pub version: i64,
    pub source_revision: i64,
    pub published: bool,
    pub published_at: Option<f64>,
    pub created_by: String,
    pub created_at: f64,
    pub updated_by: String,
    pub updated_at: f64,
    pub translations: Vec<TranslationView>,
}

/// One cell of the coverage table (items × languages).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Coverage {
    Missing,
    Draft,
    Review,
    Published,
    /// Published or not, made from an older source text.
    Outdated,
}

/// A row of the editor's list and of the coverage table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StaffItemSummary {
    pub id: String,
    pub kind: ContentKind,
    pub location_id: Option<String>,
    pub category: Option<Category>,
    pub published: bool,
    /// In the source language.
    pub title: String,
    pub source_language: String,
    pub version: i64,
    pub updated_by: String,
    pub updated_at: f64,
    /// One entry per supported language, in `crate::languages` order.
    pub coverage: Vec<(String, Coverage)>,
}

/// `GET /api/content/items?kind=&location=&limit=&cursor=`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StaffItemPage {
    pub items: Vec<StaffItemSummary>,
    pub next_cursor: Option<String>,
}
