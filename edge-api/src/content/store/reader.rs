//! The SQL of what residents read and keep: the content page in their language, the news marker,
//! favourites, and their procedure stage (set by staff). Apart from `content/store.rs`, which holds
//! the item rows both audiences share, so that neither file outgrows a quick read.

use serde::Deserialize;
use wasm_bindgen::JsValue;
use wegwijs_shared::auth::ListScope;
use wegwijs_shared::content::Cursor;
use worker::{D1Database, D1PreparedStatement};

use super::visible;
use crate::db::{num, stmt, text};
use crate::error::ApiError;

/// One page of published items the caller may see, newest first, with the asked language's and
/// the source language's published texts (the pure rule picks one). Items with neither are
/// skipped here, before paging, so pages are never short; one row more than `limit` tells the
/// caller there is a next page.
pub fn page(
    db: &D1Database,
    scope: &ListScope,
    asked: &str,
    cursor: Option<&Cursor>,
    limit: usize,
) -> Result<D1PreparedStatement, ApiError> {
    let (filter, scope_arg) = visible(scope, 2, true);
    let (key, after) = match cursor {
        Some(c) => (num(c.key), text(&c.id)),
        None => (JsValue::NULL, JsValue::NULL),
    };
    stmt(
        db,
        &page_sql(&filter, limit),
        &[text(asked), scope_arg, key, after],
    )
}

/// The page read for the items `filter` (from `visible` at ?2) lets through.
pub(crate) fn page_sql(filter: &str, limit: usize) -> String {
    format!(
        "SELECT i.id, i.kind, i.location_id, i.category, i.procedure_stage, i.vacancy_kind, \
           i.contact, i.link, i.source_language, i.source_revision, \
           COALESCE(i.published_at, 0) AS sort_key, i.updated_at, \
           a.title AS a_title, a.summary AS a_summary, a.body AS a_body, a.source_revision AS a_rev, \
           s.title AS s_title, s.summary AS s_summary, s.body AS s_body, s.source_revision AS s_rev \
         FROM content_items i \
         LEFT JOIN content_translations a \
           ON a.item_id = i.id AND a.language = ?1 AND a.status = 'published' \
         LEFT JOIN content_translations s \
           ON s.item_id = i.id AND s.language = i.source_language AND s.status = 'published' \
         WHERE i.published = 1 AND (a.item_id IS NOT NULL OR s.item_id IS NOT NULL) AND {filter} \
           AND (?3 IS NULL OR COALESCE(i.published_at, 0) < ?3 \
                OR (COALESCE(i.published_at, 0) = ?3 AND i.id > ?4)) \
         ORDER BY sort_key DESC, i.id ASC LIMIT {}",
        limit + 1
    )
}

#[derive(Deserialize)]
pub struct SeenRow {
    pub seen_at: f64,
}

pub(crate) const NEWS_SEEN_SQL: &str = "SELECT seen_at FROM news_seen WHERE account_id = ?1";

/// The account's news marker; no row before the first one is set.
pub fn news_seen(db: &D1Database, account_id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(db, NEWS_SEEN_SQL, &[text(account_id)])
}

/// Moves the marker forward only (a late replay of an older one changes nothing); returns the
/// stored marker.
pub fn mark_news_seen(
    db: &D1Database,
    account_id: &str,
    seen_at: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT INTO news_seen (account_id, seen_at) VALUES (?1, ?2) \
         ON CONFLICT (account_id) DO UPDATE SET seen_at = max(seen_at, excluded.seen_at) \
         RETURNING seen_at",
        &[text(account_id), num(seen_at)],
    )
}

pub fn favourites(db: &D1Database, account_id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "SELECT item_kind, item_id, created_at FROM favourites WHERE account_id = ?1 \
         ORDER BY created_at DESC, item_kind, item_id LIMIT 1000",
        &[text(account_id)],
    )
}

/// Saving what is already saved changes nothing.
pub fn save_favourite(
    db: &D1Database,
    account_id: &str,
    kind: &str,
    id: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "INSERT INTO favourites (account_id, item_kind, item_id, created_at) \
         VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
        &[text(account_id), text(kind), text(id), num(now_ms)],
    )
}

pub fn remove_favourite(
    db: &D1Database,
    account_id: &str,
    kind: &str,
    id: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "DELETE FROM favourites WHERE account_id = ?1 AND item_kind = ?2 AND item_id = ?3",
        &[text(account_id), text(kind), text(id)],
    )
}

#[derive(Deserialize)]
pub struct StageRow {
    pub id: String,
    pub location_id: String,
    pub procedure_stage: Option<String>,
    pub procedure_stage_set_at: Option<f64>,
}

pub(crate) const STAGE_SQL: &str = "SELECT account_id AS id, location_id, procedure_stage, \
     procedure_stage_set_at FROM residents WHERE account_id = ?1";

/// The resident's procedure stage, with their location for the authorization check.
pub fn stage(db: &D1Database, resident_id: &str) -> Result<D1PreparedStatement, ApiError> {
    stmt(db, STAGE_SQL, &[text(resident_id)])
}

pub fn set_stage(
    db: &D1Database,
    resident_id: &str,
    stage: &str,
    now_ms: f64,
    set_by: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        "UPDATE residents SET procedure_stage = ?2, procedure_stage_set_at = ?3, \
         procedure_stage_set_by = ?4 WHERE account_id = ?1",
        &[text(resident_id), text(stage), num(now_ms), text(set_by)],
    )
}
