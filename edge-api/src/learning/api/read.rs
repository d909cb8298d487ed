//! The residents' learning reads: `GET /api/learning` (my modules), a module in one language, my
//! progress in a module, and my learning passport. Everything is the signed-in resident's own
//! (the policy allows residents only, scope Own), so no object check beyond the session is needed.

use std::collections::BTreeMap;

use wegwijs_shared::http::weak_etag;
use wegwijs_shared::languages::language;
use wegwijs_shared::learning::localize::{localize, pick};
use wegwijs_shared::learning::passport::competences;
use wegwijs_shared::learning::progress::overdue;
use wegwijs_shared::learning::wire::{LearningOverview, ModuleSummary, Passport};
use wegwijs_shared::location_scope::implied_location;
use worker::{D1Database, D1PreparedStatement, D1Result, Response};

use crate::activities::local_time::local_now;
use crate::db::{batch, database, rows};
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::http::conditional::{self, encode};
use crate::http::response;
use crate::learning::store::{
    self, AnswerRow, AssignedRow, AttemptRow, CertificateRow, LanguageRow, ModuleRow, PlaceRow,
    ProgressRow,
};
use crate::learning::view::{self, Stored};

/// `?language=` when given (one of the app's languages, else 422). Without it the person's own
/// language applies (read with the module), else the module's source language.
pub(super) fn asked_language(ctx: &RequestCtx) -> Result<Option<String>, ApiError> {
    match ctx.query("language")? {
        Some(code) if language(&code).is_none() => Err(ApiError::field(
            "language",
            "unknown_language",
            "Choose one of the twelve languages.",
        )),
        asked => Ok(asked),
    }
}

fn me(ctx: &RequestCtx) -> Result<String, ApiError> {
    Ok(ctx.signed_in()?.principal.account_id.clone())
}

/// The resident's current location: assignments and local dates follow it. These routes are the
/// resident's own (no `location` parameter), so only the rule's default applies.
pub(super) fn my_location(ctx: &RequestCtx) -> Result<String, ApiError> {
    let me = &ctx.signed_in()?.principal;
    implied_location(me.role, &me.location_ids)
        .map(str::to_owned)
        .ok_or(ApiError::Forbidden)
}

pub(super) fn not_found() -> ApiError {
    ApiError::ResourceNotFound { what: "module" }
}

/// The four reads of one account's standing in one module (or in all, with `None`), in the order
/// [`stored_from`] takes them.
pub(super) fn stored_statements(
    db: &D1Database,
    account: &str,
    module: Option<&str>,
) -> Result<Vec<D1PreparedStatement>, ApiError> {
    Ok(vec![
        store::progress(db, account, module)?,
        store::answers(db, account, module)?,
        store::attempts(db, account, module)?,
        store::certificates(db, account, module)?,
    ])
}

/// Per module id, from the results of [`stored_statements`].
pub(super) fn stored_from(results: &[D1Result]) -> Result<BTreeMap<String, Stored>, ApiError> {
    let mut by_module: BTreeMap<String, Stored> = BTreeMap::new();
    for p in rows::<ProgressRow>(&results[0])? {
        by_module.entry(p.module_id.clone()).or_default().seen = p.seen()?;
    }
    for a in rows::<AnswerRow>(&results[1])? {
        by_module
            .entry(a.module_id.clone())
            .or_default()
            .answers
            .push(a);
    }
    for a in rows::<AttemptRow>(&results[2])? {
        by_module
            .entry(a.module_id.clone())
            .or_default()
            .attempts
            .push(a);
    }
    for c in rows::<CertificateRow>(&results[3])? {
        let module = c.module_id.clone();
        by_module.entry(module).or_default().certificate = Some(c);
    }
    Ok(by_module)
}

/// `GET /api/learning`: every published module with the resident's standing; assigned ones
/// (at the current location) first, earliest due date first, then the rest by level and title.
pub async fn overview(ctx: RequestCtx) -> Result<Response, ApiError> {
    let me = me(&ctx)?;
    let location = my_location(&ctx)?;
    let wanted = asked_language(&ctx)?;
    let db = database(&ctx)?;
    let mut statements = vec![
        store::all_published(&db)?,
        store::place(&db, &location, &me)?,
        store::assigned(&db, &me, &location)?,
    ];
    statements.extend(stored_statements(&db, &me, None)?);
    let results = batch(&db, statements).await?;
    let place = rows::<PlaceRow>(&results[1])?
        .into_iter()
        .next()
        .ok_or(ApiError::ResourceNotFound { what: "location" })?;
    let asked = wanted.or(place.person_language);
    let today = local_now(&place.timezone, ctx.now_ms)?.date.to_string();
    let assigned: BTreeMap<String, Option<String>> = rows::<AssignedRow>(&results[2])?
        .into_iter()
        .map(|a| (a.module_id, a.due_on))
        .collect();
    let mut stored = stored_from(&results[3..])?;
    let mut modules = Vec::new();
    for row in rows::<ModuleRow>(&results[0])? {
        let module = row.module()?;
        let mine = stored.remove(&row.id).unwrap_or_default();
        let now = view::standing(&module, &mine);
        let src = module.source_language.as_str();
        let lang = asked.as_deref().unwrap_or(src);
        let due = assigned.get(&row.id);
        let due_on = due.cloned().flatten();
        modules.push(ModuleSummary {
            id: row.id.clone(),
            version: row.version,
            title: pick(&module.title, lang, src),
            summary: pick(&module.summary, lang, src),
            competences: module.competences.clone(),
            level: module.level,
            minutes: module.minutes,
            assigned: due.is_some(),
            overdue: due.is_some() && overdue(due_on.as_deref(), &today, now.state),
            due_on,
            state: now.state,
            answered: now.score.answered,
            questions: now.score.total,
            certificate_code: mine.certificate.map(|c| c.code),
        });
    }
    modules.sort_by(|a, b| {
        // Assigned first; among them dated before open-ended, earliest first.
        let key = |m: &ModuleSummary| {
            (
                !m.assigned,
                m.due_on.is_none(),
                m.due_on.clone(),
                m.level,
                m.title.text.to_lowercase(),
                m.id.clone(),
            )
        };
        key(a).cmp(&key(b))
    });
    conditional::json(&ctx, &LearningOverview { modules })
}

/// `GET /api/learning/modules/{id}`: the module in one language. Its tag depends only on the
/// module's version and the language, so a revalidation costs no localizing or encoding.
pub async fn module(ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    let wanted = asked_language(&ctx)?;
    let db = database(&ctx)?;
    let row: ModuleRow = crate::db::first(store::published(&db, &id, &me(&ctx)?)?)
        .await?
        .ok_or_else(not_found)?;
    let asked = wanted.or_else(|| row.person_language.clone());
    let tag = weak_etag(
        format!(
            "{}\n{}\n{}\n{}",
            row.id,
            row.version,
            row.updated_at,
            asked.as_deref().unwrap_or("")
        )
        .as_bytes(),
    );
    conditional::tagged(&ctx, &tag, || {
        let module = row.module()?;
        let lang = asked.as_deref().unwrap_or(&module.source_language);
        encode(&localize(&module, row.version, lang))
    })
}

/// `GET /api/learning/modules/{id}/progress`. Never cached: the app keeps its own offline copy
/// (through the service worker) and must see fresh progress whenever it is online.
pub async fn progress(ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    let me = me(&ctx)?;
    let wanted = asked_language(&ctx)?;
    let db = database(&ctx)?;
    let mut statements = vec![store::published(&db, &id, &me)?];
    statements.extend(stored_statements(&db, &me, Some(&id))?);
    let results = batch(&db, statements).await?;
    let row = rows::<ModuleRow>(&results[0])?
        .into_iter()
        .next()
        .ok_or_else(not_found)?;
    let module = row.module()?;
    let asked = wanted.or(row.person_language);
    let stored = stored_from(&results[1..])?.remove(&id).unwrap_or_default();
    response::json(
        200,
        &view::module_progress(&module, &stored, asked.as_deref())?,
    )
}

/// `GET /api/learning/passport`: every certificate of the account (newest first) and the
/// competences they add up to. It follows the account, not the location.
pub async fn passport(ctx: RequestCtx) -> Result<Response, ApiError> {
    let me = me(&ctx)?;
    let wanted = asked_language(&ctx)?;
    let db = database(&ctx)?;
    let results = batch(
        &db,
        vec![
            store::person_language(&db, &me)?,
            store::certificates(&db, &me, None)?,
        ],
    )
    .await?;
    let asked = match wanted {
        Some(language) => Some(language),
        None => rows::<LanguageRow>(&results[0])?
            .into_iter()
            .next()
            .and_then(|r| r.person_language),
    };
    let certificates = rows::<CertificateRow>(&results[1])?
        .iter()
        .map(|c| view::certificate(c, asked.as_deref()))
        .collect::<Result<Vec<_>, _>>()?;
    let competences = competences(&certificates);
    conditional::json(
        &ctx,
        &Passport {
            certificates,
            competences,
        },
    )
}
