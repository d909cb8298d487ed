//! `/api/learning/authoring/modules*`: the agency-wide curriculum as trainers and admins edit it.
//! A module is one JSON document; an edit replaces it whole (reordering included) if the version
//! the trainer edited is still the stored one, else 409 and nothing is stored.

use wegwijs_shared::learning::Module;
use wegwijs_shared::learning::localize::{complete_languages, pick};
use wegwijs_shared::learning::validate::validate;
use wegwijs_shared::learning::wire::{ModuleDraft, ModuleListItem, ModuleUpdate};
use wegwijs_shared::problem::FieldError;
use worker::Response;

use crate::db::{batch, changes, database, first, rows, saved_at_version};
use crate::error::ApiError;
use crate::http::response;
use crate::http::{RequestCtx, conditional};
use crate::training::parse_module;
use crate::training::store::{self, ModuleRow};

/// A module of 20 lessons × 40 items in 12 languages is large; D1 keeps rows up to 2 MB, and the
/// idempotency store keeps the (same-sized) answer sealed next to it.
pub const MAX_MODULE_BODY_BYTES: usize = 768 * 1024;

pub async fn list(ctx: RequestCtx) -> Result<Response, ApiError> {
    let language = ctx.query("language")?;
    let db = database(&ctx)?;
    let results = batch(&db, vec![store::modules(&db)?]).await?;
    let mut items = Vec::new();
    for row in rows::<ModuleRow>(&results[0])? {
        let module = parse_module(&row.id, &row.doc)?;
        let src = module.source_language.as_str();
        items.push(ModuleListItem {
            title: pick(&module.title, language.as_deref().unwrap_or(src), src),
            status: module.status,
            competences: module.competences.clone(),
            level: module.level,
            minutes: module.minutes,
            version: row.version,
            complete_languages: complete_languages(&module),
            updated_at_ms: row.updated_at as i64,
            id: row.id,
        });
    }
    items.sort_by(|a, b| {
        (a.title.text.to_lowercase(), &a.id).cmp(&(b.title.text.to_lowercase(), &b.id))
    });
    conditional::json(&ctx, &items)
}

fn draft(version: u32, module: Module) -> ModuleDraft {
    ModuleDraft {
        version,
        complete_languages: complete_languages(&module),
        module,
    }
}

async fn load(ctx: &RequestCtx, id: &str) -> Result<ModuleRow, ApiError> {
    first(store::module(&database(ctx)?, id)?)
        .await?
        .ok_or(ApiError::ResourceNotFound { what: "module" })
}

pub async fn get(ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    let row = load(&ctx, &id).await?;
    let module = parse_module(&row.id, &row.doc)?;
    conditional::json(&ctx, &draft(row.version, module))
}

pub async fn create(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let body: Module = ctx.json_up_to(MAX_MODULE_BODY_BYTES).await?;
    let module = validate(&body).map_err(ApiError::Validation)?;
    let me = ctx.signed_in()?.principal.account_id.clone();
    let db = database(&ctx)?;
    let results = batch(
        &db,
        vec![store::insert_module(
            &db,
            &module,
            &me,
            ctx.now_ms,
            &ctx.request_id,
        )?],
    )
    .await?;
    if changes(&results[0])? == 0 {
        return Err(ApiError::Conflict(vec![FieldError::new(
            "id",
            "taken",
            "A module with this id exists already. Choose another id, or open that module.",
        )]));
    }
    response::json(201, &draft(1, module))
}

pub async fn update(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    let current = load(&ctx, &id).await?;
    let body: ModuleUpdate = ctx.json_up_to(MAX_MODULE_BODY_BYTES).await?;
    if body.module.id != id {
        // Residents' progress and certificates point at the id: it never changes.
        return Err(ApiError::field(
            "id",
            "id_fixed",
            "A module keeps its id. To use another id, create a new module.",
        ));
    }
    let module = validate(&body.module).map_err(ApiError::Validation)?;
    if body.version != current.version {
        return Err(ApiError::stale("module", i64::from(current.version)));
    }
    let me = ctx.signed_in()?.principal.account_id.clone();
    let db = database(&ctx)?;
    let results = batch(
        &db,
        vec![
            store::update_module(&db, &module, body.version, &me, ctx.now_ms, &ctx.request_id)?,
            store::module(&db, &id)?,
        ],
    )
    .await?;
    let stored = rows::<ModuleRow>(&results[1])?
        .into_iter()
        .next()
        .ok_or(ApiError::ResourceNotFound { what: "module" })?;
    // Someone may have saved between our read and our write.
    saved_at_version(&results[0], "module", i64::from(stored.version))?;
    response::json(200, &draft(stored.version, module))
}
