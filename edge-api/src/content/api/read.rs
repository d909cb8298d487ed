//! What residents (and every signed-in role) read: `GET /api/content`, and their own news marker,
//! favourites and procedure stage.

use serde::Deserialize;
use wegwijs_shared::auth::{Role, Target};
use wegwijs_shared::content::{
    ContentKind, Cursor, Favourite, FavouriteKind, FavouriteList, NewsSeen, ResidentContentPage,
    ResidentItem, SetFavourite, TranslationMeta, TranslationStatus, choose_translation, page_limit,
};
use wegwijs_shared::languages::language;
use wegwijs_shared::procedure::ProcedureView;
use wegwijs_shared::richtext;
use worker::Response;

use crate::authz::{authorize, rows_visible};
use crate::content::store::reader::{self, SeenRow, StageRow};
use crate::content::store::{code, decode, decode_opt};
use crate::db::{all, batch, database, first, rows};
use crate::error::ApiError;
use crate::http::response;
use crate::http::{RequestCtx, conditional};

/// `limit` and `cursor` of a paged list.
pub fn paging(ctx: &RequestCtx) -> Result<(usize, Option<Cursor>), ApiError> {
    let limit = page_limit(ctx.query("limit")?.as_deref()).ok_or_else(|| {
        ApiError::field(
            "limit",
            "invalid_limit",
            "The limit must be a number from 1 to 100.",
        )
    })?;
    let cursor = match ctx.query("cursor")? {
        None => None,
        Some(c) => Some(Cursor::decode(&c).ok_or_else(|| {
            ApiError::field(
                "cursor",
                "invalid_cursor",
                "This cursor did not come from this list; start again from the first page.",
            )
        })?),
    };
    Ok((limit, cursor))
}

#[derive(Deserialize)]
struct PageRow {
    id: String,
    kind: String,
    location_id: Option<String>,
    category: Option<String>,
    procedure_stage: Option<String>,
    vacancy_kind: Option<String>,
    contact: Option<String>,
    link: Option<String>,
    source_language: String,
    source_revision: i64,
    sort_key: f64,
    updated_at: f64,
    a_title: Option<String>,
    a_summary: Option<String>,
    a_body: Option<String>,
    a_rev: Option<i64>,
    s_title: Option<String>,
    s_summary: Option<String>,
    s_body: Option<String>,
    s_rev: Option<i64>,
}

pub async fn list(ctx: RequestCtx) -> Result<Response, ApiError> {
    let session = ctx.signed_in()?;
    let me = session.principal.account_id.clone();
    let asked = match ctx.query("language")? {
        Some(code) => code,
        None => session.language.clone().unwrap_or_else(|| "en".into()),
    };
    if language(&asked).is_none() {
        return Err(ApiError::field(
            "language",
            "unknown_language",
            "Choose one of the twelve languages.",
        ));
    }
    let (limit, cursor) = paging(&ctx)?;
    let scope = rows_visible(&ctx)?;
    let db = database(&ctx)?;
    let results = batch(
        &db,
        vec![
            reader::page(&db, &scope, &asked, cursor.as_ref(), limit)?,
            reader::news_seen(&db, &me)?,
        ],
    )
    .await?;
    let mut found: Vec<PageRow> = rows(&results[0])?;
    let news_seen_at = rows::<SeenRow>(&results[1])?.first().map(|r| r.seen_at);
    let next_cursor = if found.len() > limit {
        found.truncate(limit);
        found.last().map(|r| {
            Cursor {
                key: r.sort_key,
                id: r.id.clone(),
            }
            .encode()
        })
    } else {
        None
    };
    let items = found
        .into_iter()
        .filter_map(|r| resident_item(r, &asked).transpose())
        .collect::<Result<Vec<_>, ApiError>>()?;
    let page = ResidentContentPage {
        language: asked,
        items,
        next_cursor,
        news_seen_at,
    };
    conditional::json(&ctx, &page)
}

fn resident_item(r: PageRow, asked: &str) -> Result<Option<ResidentItem>, ApiError> {
    let published = TranslationStatus::Published;
    let mut metas = Vec::new();
    if let Some(rev) = r.a_rev {
        metas.push(TranslationMeta {
            language: asked,
            status: published,
            source_revision: rev,
        });
    }
    if let Some(rev) = r.s_rev {
        metas.push(TranslationMeta {
            language: &r.source_language,
            status: published,
            source_revision: rev,
        });
    }
    let Some(chosen) = choose_translation(asked, &r.source_language, r.source_revision, &metas)
    else {
        return Ok(None);
    };
    let language = metas[chosen.index].language.to_owned();
    let (title, summary, body) = if chosen.fallback {
        (r.s_title, r.s_summary, r.s_body)
    } else {
        (r.a_title, r.a_summary, r.a_body)
    };
    Ok(Some(ResidentItem {
        kind: decode::<ContentKind>(&r.kind)?,
        category: decode_opt(r.category.as_deref())?,
        procedure_stage: decode_opt(r.procedure_stage.as_deref())?,
        vacancy_kind: decode_opt(r.vacancy_kind.as_deref())?,
        id: r.id,
        location_id: r.location_id,
        contact: r.contact,
        link: r.link,
        language,
        fallback: chosen.fallback,
        outdated: chosen.outdated,
        title: title.unwrap_or_default(),
        summary: summary.unwrap_or_default(),
        body_html: richtext::render_or_escape(&body.unwrap_or_default()),
        published_at: r.sort_key,
        updated_at: r.updated_at,
    }))
}

/// `PUT /api/me/news-seen`. Only ever moves forward (the offline queue may deliver an older marker
/// after a newer one), and never past now.
pub async fn news_seen(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let me = ctx.signed_in()?.principal.account_id.clone();
    authorize(&ctx, Target::Account(&me)).await?;
    let body: NewsSeen = ctx.json().await?;
    if !body.seen_at.is_finite() || body.seen_at < 0.0 {
        return Err(ApiError::field(
            "seen_at",
            "invalid_time",
            "Send the time as milliseconds since 1970.",
        ));
    }
    let seen_at = body.seen_at.min(ctx.now_ms).floor();
    let db = database(&ctx)?;
    let row: Option<SeenRow> = first(reader::mark_news_seen(&db, &me, seen_at)?).await?;
    let seen_at = row.map(|r| r.seen_at).unwrap_or(seen_at);
    response::json(200, &NewsSeen { seen_at })
}

#[derive(Deserialize)]
struct FavouriteRow {
    item_kind: String,
    item_id: String,
    created_at: f64,
}

fn favourite_list(found: Vec<FavouriteRow>) -> Result<FavouriteList, ApiError> {
    let favourites = found
        .into_iter()
        .map(|r| {
            Ok(Favourite {
                kind: decode(&r.item_kind)?,
                id: r.item_id,
                created_at: r.created_at,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    Ok(FavouriteList { favourites })
}

pub async fn favourites(ctx: RequestCtx) -> Result<Response, ApiError> {
    let me = ctx.signed_in()?.principal.account_id.clone();
    authorize(&ctx, Target::Account(&me)).await?;
    let db = database(&ctx)?;
    let found: Vec<FavouriteRow> = all(reader::favourites(&db, &me)?).await?;
    response::json(200, &favourite_list(found)?)
}

/// `PUT /api/me/favourites/{kind}/{id}` with `{"saved": bool}`: saving twice or removing what is
/// not saved are both fine (the offline queue may replay either). Answers the whole list.
pub async fn set_favourite(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let me = ctx.signed_in()?.principal.account_id.clone();
    authorize(&ctx, Target::Account(&me)).await?;
    let kind: FavouriteKind = decode(ctx.param("kind")?).map_err(|_| {
        ApiError::field(
            "kind",
            "unknown_kind",
            "A favourite is an article, news, vacancy, activity or service.",
        )
    })?;
    let id = ctx.param("id")?.trim().to_owned();
    if id.is_empty() || id.chars().count() > 100 {
        return Err(ApiError::field(
            "id",
            "invalid_id",
            "This is not the id of something that can be saved.",
        ));
    }
    let body: SetFavourite = ctx.json().await?;
    let db = database(&ctx)?;
    let change = if body.saved {
        reader::save_favourite(&db, &me, &code(&kind), &id, ctx.now_ms)?
    } else {
        reader::remove_favourite(&db, &me, &code(&kind), &id)?
    };
    let results = batch(&db, vec![change, reader::favourites(&db, &me)?]).await?;
    response::json(200, &favourite_list(rows(&results[1])?)?)
}

/// `GET /api/me/procedure`.
pub async fn my_procedure(ctx: RequestCtx) -> Result<Response, ApiError> {
    let me = &ctx.signed_in()?.principal;
    if me.role != Role::Resident {
        return Err(ApiError::Forbidden);
    }
    let db = database(&ctx)?;
    let row: StageRow = first(reader::stage(&db, &me.account_id)?)
        .await?
        .ok_or(ApiError::ResourceNotFound { what: "resident" })?;
    authorize(
        &ctx,
        Target::Resident {
            account_id: &row.id,
            location_id: &row.location_id,
        },
    )
    .await?;
    response::json(
        200,
        &ProcedureView::of(row.procedure_stage.as_deref(), row.procedure_stage_set_at),
    )
}
