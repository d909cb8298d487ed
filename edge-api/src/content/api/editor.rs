//! The staff content editor: `/api/content/items…`. Staff edit their locations' items, admins
//! every item (agency-wide ones only admins), judged by `decide()` on the item's location.
//!
//! Every write names the version it edited. It runs as one batch: the change guarded by
//! `WHERE version = ?` (so of two racing writers exactly one wins), its revision row (inserted only
//! if the change was), and the reload of the item. No rows changed → 409 with the current version,
//! and nothing was stored.

use serde::Deserialize;
use wegwijs_shared::auth::Target;
use wegwijs_shared::content::{
    ContentKind, ItemFields, NewItem, Publication, StaffItemPage, StaffItemSummary,
    TranslationInput, UpdateItem, coverage_row,
};
use wegwijs_shared::problem::FieldError;
use worker::{D1Database, D1PreparedStatement, D1Result, Response};

use super::read::{invalid, paging, query};
use crate::authz::{authorize, rows_visible};
use crate::content::etag;
use crate::content::store::{self, Loaded, Revision, code, decode, decode_opt, opt_code, visible};
use crate::db::{batch, changes, database, first, num, opt_text, stmt, text};
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::http::body::MAX_CONTENT_BODY_BYTES;
use crate::http::response;
use crate::request_id::random_id;

fn item_target(location_id: Option<&str>) -> Target<'_> {
    match location_id {
        Some(id) => Target::Location(id),
        None => Target::AgencyWide,
    }
}

fn trimmed(location_id: Option<&str>) -> Option<&str> {
    location_id.map(str::trim).filter(|l| !l.is_empty())
}

async fn load(db: &D1Database, id: &str) -> Result<Loaded, ApiError> {
    let results = batch(db, vec![store::item(db, id)?, store::translations(db, id)?]).await?;
    Loaded::from_results(&results[0], &results[1])?.ok_or(ApiError::ResourceNotFound {
        what: "content item",
    })
}

/// Loads the item of the path and checks the caller may edit it.
async fn load_authorized(ctx: &RequestCtx) -> Result<(D1Database, Loaded), ApiError> {
    let db = database(ctx)?;
    let loaded = load(&db, ctx.param("id")?).await?;
    authorize(ctx, item_target(loaded.row.location_id.as_deref())).await?;
    Ok((db, loaded))
}

/// The reload statements that end every write batch.
fn reload(db: &D1Database, id: &str) -> Result<[D1PreparedStatement; 2], ApiError> {
    Ok([store::item(db, id)?, store::translations(db, id)?])
}

fn reloaded(results: &[D1Result]) -> Result<Loaded, ApiError> {
    let n = results.len();
    Loaded::from_results(&results[n - 2], &results[n - 1])?.ok_or(ApiError::ResourceNotFound {
        what: "content item",
    })
}

fn snapshot<T: serde::Serialize>(value: &T) -> Result<String, ApiError> {
    serde_json::to_string(value).map_err(|e| ApiError::Internal(format!("snapshot: {e}")))
}

#[derive(Deserialize)]
struct Exists {
    found: Option<i64>,
}

/// A location named by an item must exist (else 422 on `fields.location_id`).
async fn check_location(db: &D1Database, location_id: Option<&str>) -> Result<(), ApiError> {
    let Some(id) = location_id else {
        return Ok(());
    };
    let row: Option<Exists> = first(stmt(
        db,
        "SELECT 1 AS found FROM locations WHERE id = ?1",
        &[text(id)],
    )?)
    .await?;
    if row.and_then(|r| r.found).is_none() {
        return Err(ApiError::Validation(vec![FieldError::new(
            "fields.location_id",
            "unknown_location",
            "This location does not exist.",
        )]));
    }
    Ok(())
}

/// The agency of a location, or (agency-wide items) the agency itself: Wegwijs serves one agency
/// per deployment.
const AGENCY_OF: &str = "COALESCE((SELECT agency_id FROM locations WHERE id = ?2), \
                         (SELECT id FROM agencies ORDER BY id LIMIT 1))";

fn field_args(f: &ItemFields) -> [wasm_bindgen::JsValue; 8] {
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

#[derive(Deserialize)]
struct SummaryRow {
    id: String,
    kind: String,
    location_id: Option<String>,
    category: Option<String>,
    published: i64,
    source_language: String,
    source_revision: i64,
    version: i64,
    updated_by: String,
    updated_at: f64,
    title: Option<String>,
    /// `language:status:source_revision,…`
    coverage: Option<String>,
}

fn summary(r: SummaryRow) -> Result<StaffItemSummary, ApiError> {
    let mut found = Vec::new();
    for cell in r.coverage.as_deref().unwrap_or("").split(',') {
        let mut parts = cell.split(':');
        if let (Some(language), Some(status), Some(rev)) =
            (parts.next(), parts.next(), parts.next())
        {
            found.push((language, decode(status)?, rev.parse::<i64>().unwrap_or(0)));
        }
    }
    let metas: Vec<_> = found
        .iter()
        .map(
            |(language, status, rev)| wegwijs_shared::content::TranslationMeta {
                language,
                status: *status,
                source_revision: *rev,
            },
        )
        .collect();
    Ok(StaffItemSummary {
        kind: decode(&r.kind)?,
        category: decode_opt(r.category.as_deref())?,
        coverage: coverage_row(r.source_revision, &metas),
        id: r.id,
        location_id: r.location_id,
        published: r.published == 1,
        title: r.title.unwrap_or_default(),
        source_language: r.source_language,
        version: r.version,
        updated_by: r.updated_by,
        updated_at: r.updated_at,
    })
}

/// `GET /api/content/items?kind=&location=&limit=&cursor=`: newest change first. `location=agency`
/// lists the agency-wide items.
pub async fn list(ctx: RequestCtx) -> Result<Response, ApiError> {
    let scope = rows_visible(&ctx)?;
    let kind = match query(&ctx, "kind")? {
        None => None,
        Some(k) => Some(code(&decode::<ContentKind>(&k).map_err(|_| {
            invalid(
                "kind",
                "unknown_kind",
                "The kind is article, news or vacancy.",
            )
        })?)),
    };
    let location = query(&ctx, "location")?;
    let (limit, cursor) = paging(&ctx)?;
    let (filter, scope_arg) = visible(&scope, 1, false);
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
    let (key, after) = match &cursor {
        Some(c) => (num(c.key), text(&c.id)),
        None => (wasm_bindgen::JsValue::NULL, wasm_bindgen::JsValue::NULL),
    };
    let db = database(&ctx)?;
    let args = [
        scope_arg,
        opt_text(kind.as_deref()),
        opt_text(location.as_deref()),
        key,
        after,
    ];
    let mut found: Vec<SummaryRow> = crate::db::all(stmt(&db, &sql, &args)?).await?;
    let next_cursor = if found.len() > limit {
        found.truncate(limit);
        found.last().map(|r| {
            wegwijs_shared::content::Cursor {
                key: r.updated_at,
                id: r.id.clone(),
            }
            .encode()
        })
    } else {
        None
    };
    let items = found
        .into_iter()
        .map(summary)
        .collect::<Result<Vec<_>, ApiError>>()?;
    etag::json_with_etag(&ctx, &StaffItemPage { items, next_cursor })
}

pub async fn get(ctx: RequestCtx) -> Result<Response, ApiError> {
    let (_, loaded) = load_authorized(&ctx).await?;
    etag::json_with_etag(&ctx, &loaded.staff_item()?)
}

/// `POST /api/content/items`: the item, unpublished, with its source text as a draft.
pub async fn create(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let body: NewItem = ctx.json_up_to(MAX_CONTENT_BODY_BYTES).await?;
    authorize(
        &ctx,
        item_target(trimmed(body.fields.location_id.as_deref())),
    )
    .await?;
    let new = body.validate().map_err(ApiError::Validation)?;
    let db = database(&ctx)?;
    check_location(&db, new.fields.location_id.as_deref()).await?;
    let me = ctx.signed_in()?.principal.account_id.clone();
    let id = format!(
        "item-{}",
        random_id().map_err(|e| ApiError::Internal(format!("CSPRNG failed: {e}")))?
    );
    let now = ctx.now_ms;
    let mut item_args = vec![text(&id)];
    item_args.extend(field_args(&new.fields));
    item_args.extend([text(&me), num(now)]);
    let [item, translations] = reload(&db, &id)?;
    let statements = vec![
        stmt(
            &db,
            &format!(
                "INSERT INTO content_items (id, kind, location_id, category, procedure_stage, \
                   vacancy_kind, contact, link, source_language, agency_id, source_revision, \
                   published, version, created_by, created_at, updated_by, updated_at) \
                 SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, {}, 1, 0, 1, ?10, ?11, ?10, ?11",
                AGENCY_OF.replace("?2", "?3")
            ),
            &item_args,
        )?,
        stmt(
            &db,
            "INSERT INTO content_translations (item_id, language, title, summary, body, status, \
               source_revision, version, updated_by, updated_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, 'draft', 1, 1, ?6, ?7)",
            &[
                text(&id),
                text(&new.fields.source_language),
                text(&new.source.title),
                text(&new.source.summary),
                text(&new.source.body),
                text(&me),
                num(now),
            ],
        )?,
        store::revision(
            &db,
            &Revision {
                item_id: &id,
                language: None,
                new_version: 1,
                change: "created",
                snapshot: snapshot(&new)?,
                by: &me,
                at: now,
            },
        )?,
        item,
        translations,
    ];
    let results = batch(&db, statements).await?;
    response::json(201, &reloaded(&results)?.staff_item()?)
}

fn stale(what: &'static str, current: i64) -> ApiError {
    ApiError::StaleVersion { what, current }
}

/// Another source language must already have a text (a published one if the item is published),
/// or residents without a text in their own language would suddenly see nothing.
fn check_new_source(loaded: &Loaded, language: &str) -> Result<(), ApiError> {
    if language == loaded.row.source_language {
        return Ok(());
    }
    match loaded.translation(language) {
        None => Err(invalid(
            "fields.source_language",
            "no_text_in_language",
            "Write the text in this language before making it the source language.",
        )),
        Some(t) if loaded.row.published == 1 && t.status != "published" => Err(invalid(
            "fields.source_language",
            "source_not_published",
            "Publish the text in this language first: this item is published, and residents \
             without a text in their own language read the source language.",
        )),
        Some(_) => Ok(()),
    }
}

/// `PUT /api/content/items/{id}`: the item's fields (moving it needs the right to the new place).
pub async fn update(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let (db, loaded) = load_authorized(&ctx).await?;
    let body: UpdateItem = ctx.json().await?;
    let target = trimmed(body.fields.location_id.as_deref()).map(str::to_owned);
    if target != loaded.row.location_id {
        authorize(&ctx, item_target(target.as_deref())).await?;
    }
    let update = body.validate().map_err(ApiError::Validation)?;
    if update.version != loaded.row.version {
        return Err(stale("item", loaded.row.version));
    }
    check_location(&db, update.fields.location_id.as_deref()).await?;
    check_new_source(&loaded, &update.fields.source_language)?;
    let me = ctx.signed_in()?.principal.account_id.clone();
    let id = loaded.row.id.clone();
    let now = ctx.now_ms;
    let mut args = vec![text(&id)];
    args.extend(field_args(&update.fields));
    args.extend([text(&me), num(now), num(update.version as f64)]);
    let [item, translations] = reload(&db, &id)?;
    let statements = vec![
        stmt(
            &db,
            &format!(
                "UPDATE content_items SET kind = ?2, location_id = ?3, category = ?4, \
                   procedure_stage = ?5, vacancy_kind = ?6, contact = ?7, link = ?8, \
                   source_language = ?9, agency_id = {}, version = version + 1, \
                   updated_by = ?10, updated_at = ?11 \
                 WHERE id = ?1 AND version = ?12",
                AGENCY_OF.replace("?2", "?3")
            ),
            &args,
        )?,
        store::revision(
            &db,
            &Revision {
                item_id: &id,
                language: None,
                new_version: update.version + 1,
                change: "fields",
                snapshot: snapshot(&update.fields)?,
                by: &me,
                at: now,
            },
        )?,
        item,
        translations,
    ];
    let results = batch(&db, statements).await?;
    let after = reloaded(&results)?;
    if changes(&results[0])? != 1 {
        return Err(stale("item", after.row.version));
    }
    response::json(200, &after.staff_item()?)
}

/// `PUT /api/content/items/{id}/translations/{language}`: `version` 0 creates it. Writing the
/// source language with another title, summary or body makes every other translation outdated.
/// A saved translation counts as made from the current source text.
pub async fn put_translation(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let (db, loaded) = load_authorized(&ctx).await?;
    let language = ctx.param("language")?.to_owned();
    let body: TranslationInput = ctx.json_up_to(MAX_CONTENT_BODY_BYTES).await?;
    let input = body.validate(&language).map_err(ApiError::Validation)?;
    let existing = loaded.translation(&language);
    let current = existing.map_or(0, |t| t.version);
    if input.version != current {
        return Err(stale("translation", current));
    }
    let text_changed = existing.is_none_or(|t| {
        t.title != input.text.title || t.summary != input.text.summary || t.body != input.text.body
    });
    let bump = i64::from(language == loaded.row.source_language && text_changed);
    let me = ctx.signed_in()?.principal.account_id.clone();
    let id = loaded.row.id.clone();
    let now = ctx.now_ms;
    let args = [
        text(&id),
        text(&language),
        text(&input.text.title),
        text(&input.text.summary),
        text(&input.text.body),
        text(&code(&input.status)),
        num(bump as f64),
        text(&me),
        num(now),
        num(input.version as f64),
    ];
    let write = if input.version == 0 {
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
    let [item, translations] = reload(&db, &id)?;
    let statements = vec![
        stmt(&db, write, &args)?,
        // Runs only if the write did (`changes()` is the statement before's).
        stmt(
            &db,
            "UPDATE content_items SET source_revision = source_revision + ?2, updated_by = ?3, \
               updated_at = ?4 WHERE id = ?1 AND changes() = 1",
            &[text(&id), num(bump as f64), text(&me), num(now)],
        )?,
        store::revision(
            &db,
            &Revision {
                item_id: &id,
                language: Some(&language),
                new_version: input.version + 1,
                change: "translation",
                snapshot: snapshot(&input)?,
                by: &me,
                at: now,
            },
        )?,
        item,
        translations,
    ];
    let results = batch(&db, statements).await?;
    let after = reloaded(&results)?;
    if changes(&results[0])? != 1 {
        let current = after.translation(&language).map_or(0, |t| t.version);
        return Err(stale("translation", current));
    }
    response::json(200, &after.staff_item()?)
}

fn source_not_published(loaded: &Loaded) -> ApiError {
    invalid(
        "published",
        "source_not_published",
        &format!(
            "Publish the text in the source language ({}) first: residents whose language has \
             no published text read that one.",
            loaded.row.source_language
        ),
    )
}

/// `PUT /api/content/items/{id}/publication`.
pub async fn set_publication(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let (db, loaded) = load_authorized(&ctx).await?;
    let body: Publication = ctx.json().await?;
    if body.version != loaded.row.version {
        return Err(stale("item", loaded.row.version));
    }
    let source_published = loaded
        .translation(&loaded.row.source_language)
        .is_some_and(|t| t.status == "published");
    if body.published && !source_published {
        return Err(source_not_published(&loaded));
    }
    let me = ctx.signed_in()?.principal.account_id.clone();
    let id = loaded.row.id.clone();
    let now = ctx.now_ms;
    let [item, translations] = reload(&db, &id)?;
    let statements = vec![
        stmt(
            &db,
            "UPDATE content_items SET published = ?2, \
               published_at = CASE WHEN ?2 = 1 AND published = 0 THEN ?4 ELSE published_at END, \
               version = version + 1, updated_by = ?3, updated_at = ?4 \
             WHERE id = ?1 AND version = ?5 AND (?2 = 0 OR EXISTS (SELECT 1 \
               FROM content_translations t WHERE t.item_id = ?1 \
               AND t.language = content_items.source_language AND t.status = 'published'))",
            &[
                text(&id),
                num(f64::from(u8::from(body.published))),
                text(&me),
                num(now),
                num(body.version as f64),
            ],
        )?,
        store::revision(
            &db,
            &Revision {
                item_id: &id,
                language: None,
                new_version: body.version + 1,
                change: if body.published {
                    "published"
                } else {
                    "unpublished"
                },
                snapshot: snapshot(&body)?,
                by: &me,
                at: now,
            },
        )?,
        item,
        translations,
    ];
    let results = batch(&db, statements).await?;
    let after = reloaded(&results)?;
    if changes(&results[0])? != 1 {
        // Lost a race: to another write of the item, or the source text was unpublished meanwhile.
        return Err(if after.row.version != body.version {
            stale("item", after.row.version)
        } else {
            source_not_published(&after)
        });
    }
    response::json(200, &after.staff_item()?)
}
