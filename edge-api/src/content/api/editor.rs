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
    ContentKind, NewItem, Publication, StaffItemPage, StaffItemSummary, TranslationInput,
    UpdateItem, coverage_row,
};
use worker::{D1Database, D1PreparedStatement, D1Result, Response};

use super::read::paging;
use crate::authz::{authorize, rows_visible};
use crate::content::store::editor::{self, TranslationWrite};
use crate::content::store::{self, Loaded, Revision, code, decode, decode_opt};
use crate::db::{batch, changes, database, saved_at_version};
use crate::error::ApiError;
use crate::http::body::MAX_CONTENT_BODY_BYTES;
use crate::http::response;
use crate::http::{RequestCtx, conditional};
use crate::locations;
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

/// A location named by an item must exist (else 422 on `fields.location_id`).
async fn check_location(db: &D1Database, location_id: Option<&str>) -> Result<(), ApiError> {
    let Some(id) = location_id else {
        return Ok(());
    };
    if !locations::store::exists(db, id).await? {
        return Err(ApiError::field(
            "fields.location_id",
            "unknown_location",
            "This location does not exist.",
        ));
    }
    Ok(())
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
    let kind = match ctx.query("kind")? {
        None => None,
        Some(k) => Some(code(&decode::<ContentKind>(&k).map_err(|_| {
            ApiError::field(
                "kind",
                "unknown_kind",
                "The kind is article, news or vacancy.",
            )
        })?)),
    };
    let location = ctx.query("location")?;
    let (limit, cursor) = paging(&ctx)?;
    let db = database(&ctx)?;
    let mut found: Vec<SummaryRow> = crate::db::all(editor::summaries(
        &db,
        &scope,
        kind.as_deref(),
        location.as_deref(),
        cursor.as_ref(),
        limit,
    )?)
    .await?;
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
    conditional::json(&ctx, &StaffItemPage { items, next_cursor })
}

pub async fn get(ctx: RequestCtx) -> Result<Response, ApiError> {
    let (_, loaded) = load_authorized(&ctx).await?;
    conditional::json(&ctx, &loaded.staff_item()?)
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
    let id = format!("item-{}", random_id().map_err(ApiError::csprng)?);
    let now = ctx.now_ms;
    let [item, translations] = reload(&db, &id)?;
    let statements = vec![
        editor::create_item(&db, &id, &new.fields, &me, now)?,
        editor::create_source_text(&db, &id, &new.fields.source_language, &new.source, &me, now)?,
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

/// Another source language must already have a text (a published one if the item is published),
/// or residents without a text in their own language would suddenly see nothing.
fn check_new_source(loaded: &Loaded, language: &str) -> Result<(), ApiError> {
    if language == loaded.row.source_language {
        return Ok(());
    }
    match loaded.translation(language) {
        None => Err(ApiError::field(
            "fields.source_language",
            "no_text_in_language",
            "Write the text in this language before making it the source language.",
        )),
        Some(t) if loaded.row.published == 1 && t.status != "published" => Err(ApiError::field(
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
        return Err(ApiError::stale("item", loaded.row.version));
    }
    check_location(&db, update.fields.location_id.as_deref()).await?;
    check_new_source(&loaded, &update.fields.source_language)?;
    let me = ctx.signed_in()?.principal.account_id.clone();
    let id = loaded.row.id.clone();
    let now = ctx.now_ms;
    let [item, translations] = reload(&db, &id)?;
    let statements = vec![
        editor::update_item(&db, &id, &update.fields, &me, now, update.version)?,
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
    saved_at_version(&results[0], "item", after.row.version)?;
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
        return Err(ApiError::stale("translation", current));
    }
    let text_changed = existing.is_none_or(|t| {
        t.title != input.text.title || t.summary != input.text.summary || t.body != input.text.body
    });
    let bump = i64::from(language == loaded.row.source_language && text_changed);
    let me = ctx.signed_in()?.principal.account_id.clone();
    let id = loaded.row.id.clone();
    let now = ctx.now_ms;
    let write = TranslationWrite {
        item_id: &id,
        language: &language,
        text: &input.text,
        status: code(&input.status),
        bump,
        by: &me,
        at: now,
        version: input.version,
    };
    let [item, translations] = reload(&db, &id)?;
    let statements = vec![
        editor::save_translation(&db, &write)?,
        // Runs only if the write did (`changes()` is the statement before's).
        editor::bump_source_revision(&db, &id, bump, &me, now)?,
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
    let current = after.translation(&language).map_or(0, |t| t.version);
    saved_at_version(&results[0], "translation", current)?;
    response::json(200, &after.staff_item()?)
}

fn source_not_published(loaded: &Loaded) -> ApiError {
    ApiError::field(
        "published",
        "source_not_published",
        format!(
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
        return Err(ApiError::stale("item", loaded.row.version));
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
        editor::set_published(&db, &id, body.published, &me, now, body.version)?,
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
            ApiError::stale("item", after.row.version)
        } else {
            source_not_published(&after)
        });
    }
    response::json(200, &after.staff_item()?)
}
