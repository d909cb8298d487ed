//! The SQL of the staff content editor. Apart from `content/store.rs` (the reads and the revision
//! row both audiences share) because the editor's writes alone would take that file past a
//! readable size. Every write here is guarded by the version the editor saw (`WHERE version = ?`)
//! and goes in one batch with its revision row and the reload.

use wasm_bindgen::JsValue;
use wegwijs_shared::auth::ListScope;
use wegwijs_shared::content::{Cursor, ItemFields, TranslationText};
use worker::{D1Database, D1PreparedStatement};

use super::{code, opt_code, visible};
use crate::db::{num, opt_text, stmt, text};
use crate::error::ApiError;

/// The agency of a location, or (agency-wide items) the agency itself: Wegwijs serves one agency
/// per deployment. The location is bound as `?3`.
const AGENCY_OF: &str = "COALESCE((SELECT agency_id FROM locations WHERE id = ?3), \
                         (SELECT id FROM agencies ORDER BY id LIMIT 1))";

/// Binds `?2`..`?9` of the item writes.
fn field_args(f: &ItemFields) -> [JsValue; 8] {
    [
        text(&code(&f.kind)),
        opt_text(f.location_id.as_deref()),
        opt_code(f.category.as_ref()),
        opt_code(f.procedure_stage.as_ref()),
        opt_code(f.vacancy_kind.as_ref()),
        opt_text(f.contact.as_deref()),
        opt_text(f.link.as_deref()),
        text(&f.source_language),
    ]
}

/// One page of the items the caller may see, newest change first; one row more than `limit`
/// tells the caller there is a next page.
pub fn summaries(
    db: &D1Database,
    scope: &ListScope,
    kind: Option<&str>,
    location: Option<&str>,
    cursor: Option<&Cursor>,
    limit: usize,
) -> Result<D1PreparedStatement, ApiError> {
    let (filter, scope_arg) = visible(scope, 1, false);
    let sql = format!(
        "SELECT i.id, i.kind, i.location_id, i.category, i.published, i.source_language, \
           i.source_revision, i.version, i.updated_by, i.updated_at, \
           (SELECT t.title FROM content_translations t \
             WHERE t.item_id = i.id AND t.language = i.source_language) AS title, \
           (SELECT group_concat(t.language || ':' || t.status || ':' || t.source_revision, ',') \
             FROM content_translations t WHERE t.item_id = i.id) AS coverage \
         FROM content_items i \
         WHERE {filter} AND (?2 IS NULL OR i.kind = ?2) \
           AND (?3 IS NULL OR (?3 = 'agency' AND i.location_id IS NULL) OR i.location_id = ?3) \
           AND (?4 IS NULL OR i.updated_at < ?4 OR (i.updated_at = ?4 AND i.id > ?5)) \
         ORDER BY i.updated_at DESC, i.id ASC LIMIT {}",
        limit + 1
    );
    let (key, after) = match cursor {
        Some(c) => (num(c.key), text(&c.id)),
        None => (JsValue::NULL, JsValue::NULL),
    };
    stmt(
        db,
        &sql,
        &[scope_arg, opt_text(kind), opt_text(location), key, after],
    )
}

/// A new item, unpublished, at version 1 and source revision 1.
pub fn create_item(
    db: &D1Database,
    id: &str,
    fields: &ItemFields,
    by: &str,
    at: f64,
) -> Result<D1PreparedStatement, ApiError> {
    let mut args = vec![text(id)];
    args.extend(field_args(fields));
    args.extend([text(by), num(at)]);
    stmt(
        db,
        &format!(
            "INSERT INTO content_items (id, kind, location_id, category, procedure_stage, \
               vacancy_kind, contact, link, source_language, agency_id, source_revision, \
               published, version, created_by, created_at, updated_by, updated_at) \
             SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, {AGENCY_OF}, 1, 0, 1, ?10, ?11, ?10, ?11"
        ),
        &args,
    )
}

/// The source text of a new item, as a draft made from source revision 1.
pub fn create_source_text(
    db: &D1Database,
    item_id: &str,
    language: &str,
    source: &TranslationText,
    by: &str,
    at: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT INTO content_translations (item_id, language, title, summary, body, status, \
           source_revision, version, updated_by, updated_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, 'draft', 1, 1, ?6, ?7)",
        &[
            text(item_id),
            text(language),
            text(&source.title),
            text(&source.summary),
            text(&source.body),
            text(by),
            num(at),
        ],
    )
}

/// The item's fields, if it is still at `version`.
pub fn update_item(
    db: &D1Database,
    id: &str,
    fields: &ItemFields,
    by: &str,
    at: f64,
    version: i64,
) -> Result<D1PreparedStatement, ApiError> {
    let mut args = vec![text(id)];
    args.extend(field_args(fields));
    args.extend([text(by), num(at), num(version as f64)]);
    stmt(
        db,
        &format!(
            "UPDATE content_items SET kind = ?2, location_id = ?3, category = ?4, \
               procedure_stage = ?5, vacancy_kind = ?6, contact = ?7, link = ?8, \
               source_language = ?9, agency_id = {AGENCY_OF}, version = version + 1, \
               updated_by = ?10, updated_at = ?11 \
             WHERE id = ?1 AND version = ?12"
        ),
        &args,
    )
}

/// One translation as the editor saved it; `version` 0 creates it.
pub struct TranslationWrite<'a> {
    pub item_id: &'a str,
    pub language: &'a str,
    pub text: &'a TranslationText,
    pub status: String,
    /// 1 when this write changes the source text (every other translation becomes outdated).
    pub bump: i64,
    pub by: &'a str,
    pub at: f64,
    pub version: i64,
}

/// Creates or updates the translation, counted as made from the current source text; follow it
/// with [`bump_source_revision`].
pub fn save_translation(
    db: &D1Database,
    w: &TranslationWrite<'_>,
) -> Result<D1PreparedStatement, ApiError> {
    let sql = if w.version == 0 {
        "INSERT INTO content_translations (item_id, language, title, summary, body, status, \
           source_revision, version, updated_by, updated_at) \
         SELECT ?1, ?2, ?3, ?4, ?5, ?6, source_revision + ?7, 1, ?8, ?9 \
         FROM content_items WHERE id = ?1 AND ?10 = 0 \
         ON CONFLICT (item_id, language) DO NOTHING"
    } else {
        "UPDATE content_translations SET title = ?3, summary = ?4, body = ?5, status = ?6, \
           source_revision = (SELECT source_revision + ?7 FROM content_items WHERE id = ?1), \
           version = version + 1, updated_by = ?8, updated_at = ?9 \
         WHERE item_id = ?1 AND language = ?2 AND version = ?10"
    };
    stmt(
        db,
        sql,
        &[
            text(w.item_id),
            text(w.language),
            text(&w.text.title),
            text(&w.text.summary),
            text(&w.text.body),
            text(&w.status),
            num(w.bump as f64),
            text(w.by),
            num(w.at),
            num(w.version as f64),
        ],
    )
}

/// Runs only if the statement right before it in the batch changed a row (`changes()` is that
/// statement's).
pub fn bump_source_revision(
    db: &D1Database,
    id: &str,
    bump: i64,
    by: &str,
    at: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE content_items SET source_revision = source_revision + ?2, updated_by = ?3, \
           updated_at = ?4 WHERE id = ?1 AND changes() = 1",
        &[text(id), num(bump as f64), text(by), num(at)],
    )
}

/// Publishes or withdraws the item if it is still at `version`; publishing also needs the source
/// text published at that moment, so a racing unpublish of the text cannot slip through.
pub fn set_published(
    db: &D1Database,
    id: &str,
    published: bool,
    by: &str,
    at: f64,
    version: i64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE content_items SET published = ?2, \
           published_at = CASE WHEN ?2 = 1 AND published = 0 THEN ?4 ELSE published_at END, \
           version = version + 1, updated_by = ?3, updated_at = ?4 \
         WHERE id = ?1 AND version = ?5 AND (?2 = 0 OR EXISTS (SELECT 1 \
           FROM content_translations t WHERE t.item_id = ?1 \
           AND t.language = content_items.source_language AND t.status = 'published'))",
        &[
            text(id),
            num(f64::from(u8::from(published))),
            text(by),
            num(at),
            num(version as f64),
        ],
    )
}
