//! `GET /api/learning/dashboard` and `/dashboard.csv`: one module's progress at one location, per
//! learner and per question. Personal data: each read or export is one audit line naming the module
//! and the location, written in the same batch as the reads. The numbers come from
//! `wegwijs_shared::learning::dashboard::build`.

use wegwijs_shared::audit::AuditEvent;
use wegwijs_shared::learning::csv::{dashboard_csv, file_name};
use wegwijs_shared::learning::dashboard::{
    AnswerIn, AttemptIn, CertificateIn, DashboardIn, LearnerIn, SeenIn, build,
};
use wegwijs_shared::learning::wire::Dashboard;
use worker::Response;

use crate::activities::local_time::local_now;
use crate::audit::{self, Entry};
use crate::authz::request_location;
use crate::db::{batch, database, rows};
use crate::error::ApiError;
use crate::http::{RequestCtx, conditional};
use crate::training::dashboard_store;
use crate::training::parse_module;
use crate::training::store::{self, ModuleRow, Timezone};

/// Reads everything in two batches (the module and the clock, then the rows and the audit line)
/// and builds the dashboard.
async fn load(ctx: &RequestCtx, event: AuditEvent) -> Result<(Dashboard, String), ApiError> {
    let location = request_location(ctx).await?;
    let module_id = ctx
        .query("module")?
        .ok_or_else(|| ApiError::field("module", "required", "Name the module."))?;
    let db = database(ctx)?;
    let results = batch(
        &db,
        vec![
            store::module(&db, &module_id)?,
            store::timezone(&db, &location)?,
        ],
    )
    .await?;
    let row = rows::<ModuleRow>(&results[0])?
        .into_iter()
        .next()
        .ok_or(ApiError::ResourceNotFound { what: "module" })?;
    let zone = rows::<Timezone>(&results[1])?
        .into_iter()
        .next()
        .ok_or(ApiError::ResourceNotFound { what: "location" })?;
    let module = parse_module(&row.id, &row.doc)?;
    let today = local_now(&zone.timezone, ctx.now_ms)?.date.to_string();
    let language = ctx
        .query("language")?
        .unwrap_or_else(|| module.source_language.clone());
    let me = ctx.signed_in()?.principal.clone();
    let (m, l) = (module_id.as_str(), location.as_str());
    let results = batch(
        &db,
        vec![
            audit::statement(
                &db,
                ctx,
                &Entry::new(event)
                    .by(&me)
                    .subject(m)
                    .detail(format!("module={m} location={l}")),
            )?,
            dashboard_store::learners(&db, m, l)?,
            dashboard_store::seen(&db, m, l)?,
            dashboard_store::answers(&db, m, l)?,
            dashboard_store::attempts(&db, m, l)?,
            dashboard_store::certificates(&db, m, l)?,
        ],
    )
    .await?;
    let learners: Vec<LearnerIn> = rows::<dashboard_store::LearnerRow>(&results[1])?
        .into_iter()
        .map(|r| LearnerIn {
            account_id: r.account_id,
            display_name: r.display_name,
            assigned: r.assigned == 1,
            due_on: r.due_on,
        })
        .collect();
    let seen = rows::<dashboard_store::SeenRow>(&results[2])?
        .into_iter()
        .map(|r| {
            Ok(SeenIn {
                seen: serde_json::from_str(&r.seen).map_err(|e| {
                    ApiError::Internal(format!("seen of {} does not parse: {e}", r.account_id))
                })?,
                account_id: r.account_id,
                updated_at_ms: r.updated_at as i64,
            })
        })
        .collect::<Result<Vec<_>, ApiError>>()?;
    let answers: Vec<AnswerIn> = rows::<dashboard_store::AnswerRow>(&results[3])?
        .into_iter()
        .map(|r| AnswerIn {
            account_id: r.account_id,
            attempt: r.attempt,
            question_id: r.question_id,
            correct: r.correct == 1,
            received_at_ms: r.received_at as i64,
        })
        .collect();
    let attempts: Vec<AttemptIn> = rows::<dashboard_store::AttemptRow>(&results[4])?
        .into_iter()
        .map(|r| AttemptIn {
            account_id: r.account_id,
            attempt: r.attempt,
            correct: r.correct,
            total: r.total,
            passed: r.passed == 1,
            completed_at_ms: r.completed_at as i64,
        })
        .collect();
    let certificates: Vec<CertificateIn> = rows::<dashboard_store::CertificateRow>(&results[5])?
        .into_iter()
        .map(|r| CertificateIn {
            account_id: r.account_id,
            issued_on: r.issued_on,
            issued_at_ms: r.issued_at as i64,
        })
        .collect();
    let dashboard = build(&DashboardIn {
        module: &module,
        location_id: &location,
        language: &language,
        today: &today,
        learners: &learners,
        seen: &seen,
        answers: &answers,
        attempts: &attempts,
        certificates: &certificates,
    });
    Ok((dashboard, today))
}

pub async fn get(ctx: RequestCtx) -> Result<Response, ApiError> {
    let (dashboard, _) = load(&ctx, AuditEvent::LearnerProgressRead).await?;
    conditional::json(&ctx, &dashboard)
}

pub async fn csv(ctx: RequestCtx) -> Result<Response, ApiError> {
    let (dashboard, today) = load(&ctx, AuditEvent::LearnerProgressExported).await?;
    let name = file_name(&dashboard.module_id, &dashboard.location_id, &today);
    let mut response = Response::from_bytes(dashboard_csv(&dashboard).into_bytes())?;
    let headers = response.headers_mut();
    headers.set("content-type", "text/csv; charset=utf-8")?;
    headers.set(
        "content-disposition",
        &format!("attachment; filename=\"{name}\""),
    )?;
    Ok(response)
}
