//! `GET /api/learning/dashboard` and `/dashboard.csv`: one module's progress at one location, per
//! learner and per question. Personal data: each read or export is one audit line naming the module
//! and the location, written in the same batch as the reads. The numbers come from
//! `wegwijs_shared::learning::dashboard::build`.

use serde::Deserialize;
use wegwijs_shared::audit::AuditEvent;
use wegwijs_shared::learning::csv::{dashboard_csv, file_name};
use wegwijs_shared::learning::dashboard::{
    AnswerIn, AttemptIn, CertificateIn, DashboardIn, LearnerIn, SeenIn, build,
};
use wegwijs_shared::learning::wire::Dashboard;
use worker::{D1Database, D1PreparedStatement, Response};

use crate::activities::api::read::{query, with_etag};
use crate::activities::local_time::local_now;
use crate::audit::{self, Entry};
use crate::db::{batch, database, rows, stmt, text};
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::training::store::{self, ModuleRow, Timezone};
use crate::training::{bad, location_of, parse_module};

/// Assignments of the module at the location, to residents directly or through a group.
const ASSIGNED: &str = "WITH asg AS ( \
       SELECT la.account_id AS account_id, la.due_on FROM learning_assignments la \
       WHERE la.module_id = ?1 AND la.location_id = ?2 AND la.account_id IS NOT NULL \
       UNION ALL \
       SELECT gm.account_id, la.due_on FROM learning_assignments la \
       JOIN learning_group_members gm ON gm.group_id = la.group_id \
       WHERE la.module_id = ?1 AND la.location_id = ?2)";

/// Rows of `table` for the module, of residents who live at the location now.
fn of_residents(
    db: &D1Database,
    columns: &str,
    table: &str,
    module: &str,
    location: &str,
) -> Result<D1PreparedStatement, ApiError> {
    stmt(
        db,
        &format!(
            "SELECT {columns} FROM {table} t JOIN residents r ON r.account_id = t.account_id \
             WHERE t.module_id = ?1 AND r.location_id = ?2"
        ),
        &[text(module), text(location)],
    )
}

#[derive(Deserialize)]
struct LearnerRow {
    account_id: String,
    display_name: String,
    assigned: u8,
    due_on: Option<String>,
}

#[derive(Deserialize)]
struct SeenRow {
    account_id: String,
    seen: String,
    updated_at: f64,
}

#[derive(Deserialize)]
struct AnswerRow {
    account_id: String,
    attempt: u32,
    question_id: String,
    correct: u8,
    received_at: f64,
}

#[derive(Deserialize)]
struct AttemptRow {
    account_id: String,
    attempt: u32,
    correct: u32,
    total: u32,
    passed: u8,
    completed_at: f64,
}

#[derive(Deserialize)]
struct CertificateRow {
    account_id: String,
    issued_on: String,
    issued_at: f64,
}

/// Reads everything in two batches (the module and the clock, then the rows and the audit line)
/// and builds the dashboard.
async fn load(ctx: &RequestCtx, event: AuditEvent) -> Result<(Dashboard, String), ApiError> {
    let location = location_of(ctx).await?;
    let module_id =
        query(ctx, "module")?.ok_or_else(|| bad("module", "required", "Name the module."))?;
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
    let language = query(ctx, "language")?.unwrap_or_else(|| module.source_language.clone());
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
            stmt(
                &db,
                &format!(
                    "{ASSIGNED} SELECT acc.id AS account_id, acc.display_name, \
                       EXISTS (SELECT 1 FROM asg WHERE asg.account_id = acc.id) AS assigned, \
                       (SELECT MIN(asg.due_on) FROM asg WHERE asg.account_id = acc.id) AS due_on \
                     FROM residents r JOIN accounts acc ON acc.id = r.account_id \
                     WHERE r.location_id = ?2 AND ( \
                       EXISTS (SELECT 1 FROM asg WHERE asg.account_id = acc.id) \
                       OR EXISTS (SELECT 1 FROM learning_progress p \
                                  WHERE p.account_id = acc.id AND p.module_id = ?1) \
                       OR EXISTS (SELECT 1 FROM learning_answers a \
                                  WHERE a.account_id = acc.id AND a.module_id = ?1) \
                       OR EXISTS (SELECT 1 FROM learning_attempts t \
                                  WHERE t.account_id = acc.id AND t.module_id = ?1) \
                       OR EXISTS (SELECT 1 FROM learning_certificates c \
                                  WHERE c.account_id = acc.id AND c.module_id = ?1)) \
                     ORDER BY acc.display_name COLLATE NOCASE, acc.id"
                ),
                &[text(m), text(l)],
            )?,
            of_residents(
                &db,
                "t.account_id, t.seen, t.updated_at",
                "learning_progress",
                m,
                l,
            )?,
            of_residents(
                &db,
                "t.account_id, t.attempt, t.question_id, t.correct, t.received_at",
                "learning_answers",
                m,
                l,
            )?,
            of_residents(
                &db,
                "t.account_id, t.attempt, t.correct, t.total, t.passed, t.completed_at",
                "learning_attempts",
                m,
                l,
            )?,
            of_residents(
                &db,
                "t.account_id, t.issued_on, t.issued_at",
                "learning_certificates",
                m,
                l,
            )?,
        ],
    )
    .await?;
    let learners: Vec<LearnerIn> = rows::<LearnerRow>(&results[1])?
        .into_iter()
        .map(|r| LearnerIn {
            account_id: r.account_id,
            display_name: r.display_name,
            assigned: r.assigned == 1,
            due_on: r.due_on,
        })
        .collect();
    let seen = rows::<SeenRow>(&results[2])?
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
    let answers: Vec<AnswerIn> = rows::<AnswerRow>(&results[3])?
        .into_iter()
        .map(|r| AnswerIn {
            account_id: r.account_id,
            attempt: r.attempt,
            question_id: r.question_id,
            correct: r.correct == 1,
            received_at_ms: r.received_at as i64,
        })
        .collect();
    let attempts: Vec<AttemptIn> = rows::<AttemptRow>(&results[4])?
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
    let certificates: Vec<CertificateIn> = rows::<CertificateRow>(&results[5])?
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
    with_etag(&ctx, &dashboard)
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
