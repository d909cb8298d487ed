//! `PUT /api/residents/{id}/procedure-stage`: staff at the resident's location (admins anywhere)
//! set where the resident is in the asylum procedure; audited like every staff change to a
//! resident's record.

use wegwijs_shared::audit::AuditEvent;
use wegwijs_shared::auth::Target;
use wegwijs_shared::procedure::{ProcedureView, SetProcedureStage};
use worker::Response;

use crate::audit::{self, Entry};
use crate::authz::authorize;
use crate::content::store::reader::{self, StageRow};
use crate::db::{batch, database, first, rows};
use crate::error::ApiError;
use crate::http::RequestCtx;
use crate::http::response;

pub async fn set(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    let db = database(&ctx)?;
    let row: StageRow = first(reader::stage(&db, &id)?)
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
            reader::set_stage(&db, &id, stage, ctx.now_ms, &me.account_id)?,
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
            reader::stage(&db, &id)?,
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
