//! `PUT /api/residents/{id}/procedure-stage`: staff at the resident's location (admins anywhere)
//! set where the resident is in the asylum procedure; audited like every staff change to a
//! resident's record.

use wegwijs_shared::audit::AuditEvent;
use wegwijs_shared::auth::Target;
use wegwijs_shared::procedure::{ProcedureView, SetProcedureStage};
use worker::Response;

use super::read::{STAGE_SQL, StageRow};
use crate::audit::{self, Entry};
use crate::authz::authorize;
use crate::db::{batch, database, first, num, rows, stmt, text};
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::http::response;

pub async fn set(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    let db = database(&ctx)?;
    let row: StageRow = first(stmt(&db, STAGE_SQL, &[text(&id)])?)
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
    let body: SetProcedureStage = ctx.json().await?;
    let me = ctx.signed_in()?.principal.clone();
    let stage = body.stage.code();
    let results = batch(
        &db,
        vec![
            stmt(
                &db,
                "UPDATE residents SET procedure_stage = ?2, procedure_stage_set_at = ?3, \
                 procedure_stage_set_by = ?4 WHERE account_id = ?1",
                &[
                    text(&id),
                    text(stage),
                    num(ctx.now_ms),
                    text(&me.account_id),
                ],
            )?,
            audit::statement(
                &db,
                &ctx,
                &Entry::new(AuditEvent::ProcedureStageSet)
                    .by(&me)
                    .resident(&id)
                    .detail(format!(
                        "from={} to={stage}",
                        row.procedure_stage.as_deref().unwrap_or("none")
                    )),
            )?,
            stmt(&db, STAGE_SQL, &[text(&id)])?,
        ],
    )
    .await?;
    let now: StageRow = rows::<StageRow>(&results[2])?
        .into_iter()
        .next()
        .ok_or_else(|| ApiError::Internal("resident vanished while setting the stage".into()))?;
    response::json(
        200,
        &ProcedureView::of(now.procedure_stage.as_deref(), now.procedure_stage_set_at),
    )
}
