//! The SQL of content items and their translations, and the mapping of rows to wire types.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;
use wegwijs_shared::auth::ListScope;
use wegwijs_shared::content::{ItemFields, StaffItem, TranslationText, TranslationView};
use worker::{D1Database, D1PreparedStatement, D1Result};

use crate::db::{num, opt_text, rows, stmt, text};
use crate::error::ApiError;

pub mod editor;
pub mod reader;

/// A stored code (`"health_care"`) as its enum, through the enum's own serde names.
pub fn decode<T: DeserializeOwned>(code: &str) -> Result<T, ApiError> {
    serde_json::from_value(serde_json::Value::String(code.to_owned()))
        .map_err(|_| ApiError::Internal(format!("unknown stored code {code:?}")))
}

pub fn decode_opt<T: DeserializeOwned>(code: Option<&str>) -> Result<Option<T>, ApiError> {
    code.map(decode).transpose()
}

/// An enum as the code stored for it.
pub fn code<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

pub fn opt_code<T: Serialize>(value: Option<&T>) -> JsValue {
    match value {
        Some(v) => text(&code(v)),
        None => JsValue::NULL,
    }
}

/// Location ids as one JSON array parameter (`json_each(?)`): D1 has no array parameters and
/// caps their number.
pub fn json_ids(ids: &[String]) -> JsValue {
    text(&serde_json::to_string(ids).unwrap_or_else(|_| "[]".into()))
}

/// The `WHERE` condition (alias `i`) limiting items to a list scope, with its one parameter at
/// `?n`. `agency_wide` adds the agency-wide items of the scope's locations' agency (readers see
/// them; editors other than admins do not).
pub fn visible(scope: &ListScope, n: usize, agency_wide: bool) -> (String, JsValue) {
    let arg = match scope {
        ListScope::Locations(ids) => json_ids(ids),
        ListScope::All | ListScope::Own(_) => JsValue::NULL,
    };
    (visible_sql(scope, n, agency_wide), arg)
}

/// The condition of [`visible`] alone (its parameter is a JavaScript value, which exists only in
/// the Worker).
pub(crate) fn visible_sql(scope: &ListScope, n: usize, agency_wide: bool) -> String {
    match scope {
        ListScope::All => format!("(?{n} IS NULL OR 1)"),
        ListScope::Locations(_) => {
            let located = format!("i.location_id IN (SELECT value FROM json_each(?{n}))");
            if agency_wide {
                format!(
                    "({located} OR (i.location_id IS NULL AND i.agency_id IN \
                     (SELECT agency_id FROM locations WHERE id IN (SELECT value FROM json_each(?{n})))))"
                )
            } else {
                located
            }
        }
        // No content action is granted with scope Own.
        ListScope::Own(_) => format!("(?{n} IS NULL AND 0)"),
    }
}

#[derive(Deserialize)]
pub struct ItemRow {
    pub id: String,
    pub kind: String,
    pub location_id: Option<String>,
    pub category: Option<String>,
    pub procedure_stage: Option<String>,
    pub vacancy_kind: Option<String>,
    pub contact: Option<String>,
    pub link: Option<String>,
    pub source_language: String,
    pub source_revision: i64,
    pub published: i64,
    pub published_at: Option<f64>,
    pub version: i64,
    pub created_by: String,
    pub created_at: f64,
    pub updated_by: String,
    pub updated_at: f64,
}

#[derive(Deserialize)]
pub struct TranslationRow {
    pub language: String,
    pub title: String,
    pub summary: String,
    pub body: String,
    pub status: String,
    pub source_revision: i64,
    pub version: i64,
    pub updated_by: String,
    pub updated_at: f64,
}

pub const ITEM_COLUMNS: &str = "i.id, i.kind, i.location_id, i.category, i.procedure_stage, \
     i.vacancy_kind, i.contact, i.link, i.source_language, i.source_revision, i.published, \
     i.published_at, i.version, i.created_by, i.created_at, i.updated_by, i.updated_at";

pub fn item(db: &D1Database, id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        &format!("SELECT {ITEM_COLUMNS} FROM content_items i WHERE i.id = ?1"),
        &[text(id)],
    )
}

pub fn translations(db: &D1Database, id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "SELECT language, title, summary, body, status, source_revision, version, updated_by, \
         updated_at FROM content_translations WHERE item_id = ?1 ORDER BY language",
        &[text(id)],
    )
}

/// An item with all its translations, as loaded by [`item`] and [`translations`].
pub struct Loaded {
    pub row: ItemRow,
    pub translations: Vec<TranslationRow>,
}

impl Loaded {
    pub fn from_results(
        item: &D1Result,
        translations: &D1Result,
    ) -> Result<Option<Self>, ApiError> {
        let Some(row) = rows::<ItemRow>(item)?.into_iter().next() else {
            return Ok(None);
        };
        Ok(Some(Loaded {
            row,
            translations: rows(translations)?,
        }))
    }

    pub fn translation(&self, language: &str) -> Option<&TranslationRow> {
        self.translations.iter().find(|t| t.language == language)
    }

    pub fn fields(&self) -> Result<ItemFields, ApiError> {
        let r = &self.row;
        Ok(ItemFields {
            kind: decode(&r.kind)?,
            location_id: r.location_id.clone(),
            category: decode_opt(r.category.as_deref())?,
            procedure_stage: decode_opt(r.procedure_stage.as_deref())?,
            vacancy_kind: decode_opt(r.vacancy_kind.as_deref())?,
            contact: r.contact.clone(),
            link: r.link.clone(),
            source_language: r.source_language.clone(),
        })
    }

    pub fn staff_item(&self) -> Result<StaffItem, ApiError> {
        let r = &self.row;
        let translations = self
            .translations
            .iter()
            .map(|t| {
                Ok(TranslationView {
                    language: t.language.clone(),
                    text: TranslationText {
                        title: t.title.clone(),
                        summary: t.summary.clone(),
                        body: t.body.clone(),
                    },
                    status: decode(&t.status)?,
                    source_revision: t.source_revision,
                    outdated: t.source_revision < r.source_revision,
                    version: t.version,
                    updated_by: t.updated_by.clone(),
                    updated_at: t.updated_at,
                })
            })
            .collect::<Result<Vec<_>, ApiError>>()?;
        Ok(StaffItem {
            id: r.id.clone(),
            fields: self.fields()?,
            version: r.version,
            source_revision: r.source_revision,
            published: r.published == 1,
            published_at: r.published_at,
            created_by: r.created_by.clone(),
            created_at: r.created_at,
            updated_by: r.updated_by.clone(),
            updated_at: r.updated_at,
            translations,
        })
    }
}

/// Inserts the revision row of a write that just ran, only if it did: the change must have left
/// `table`'s row at `new_version`, stamped with this writer and time (`changes() = 1` ties it to
/// the statement right before it in the batch). So a write that lost a race stores nothing.
pub struct Revision<'a> {
    pub item_id: &'a str,
    pub language: Option<&'a str>,
    pub new_version: i64,
    pub change: &'a str,
    pub snapshot: String,
    pub by: &'a str,
    pub at: f64,
}

pub fn revision(db: &D1Database, r: &Revision<'_>) -> Result<D1PreparedStatement, ApiError> {
    let row_check = match r.language {
        None => "SELECT 1 FROM content_items WHERE id = ?1 AND version = ?3",
        Some(_) => {
            "SELECT 1 FROM content_translations WHERE item_id = ?1 AND language = ?2 \
             AND version = ?3"
        }
    };
    stmt(
        db,
        &format!(
            "INSERT INTO content_revisions (item_id, language, version, change, snapshot, \
             changed_by, changed_at) SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 \
             WHERE changes() = 1 AND EXISTS ({row_check} AND updated_by = ?6 AND updated_at = ?7)"
        ),
        &[
            text(r.item_id),
            opt_text(r.language),
            num(r.new_version as f64),
            text(r.change),
            text(&r.snapshot),
            text(r.by),
            num(r.at),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use wegwijs_shared::content::Category;

    #[test]
    fn codes_round_trip_through_serde_names() {
        assert_eq!(code(&Category::HealthCare), "health_care");
        assert_eq!(
            decode::<Category>("rights_obligations").ok(),
            Some(Category::RightsObligations)
        );
        assert!(decode::<Category>("nonsense").is_err());
    }
}
