//! `/api/learning/assignments*`: a published module assigned to a group or a resident at a
//! location, with an optional due date. The location is the group's, or where the resident lives
//! now; assigning the same module to the same group or resident there again moves the due date.

use std::collections::BTreeMap;

use wegwijs_shared::auth::Target;
use wegwijs_shared::calendar::LocalDate;
use wegwijs_shared::learning::localize::pick;
use wegwijs_shared::learning::wire::{AssignTo, Assignment, AssignmentInput};
use worker::{D1Database, Response};

use crate::activities::local_time::local_now;
use crate::authz::{authorize, request_location};
use crate::db::{batch, changes, database, first, rows};
use crate::error::ApiError;
use crate::http::response;
use crate::http::{RequestCtx, conditional};
use crate::training::assignment_store::{
    self as store, Assignee, AssignmentRow, AssignmentWriter, ResidentPlace,
};
use crate::training::new_id;
use crate::training::store::{GroupRow, group};

fn view(row: AssignmentRow, language: Option<&str>) -> Result<Assignment, ApiError> {
    let titles: BTreeMap<String, String> = serde_json::from_str(&row.title)
        .map_err(|e| ApiError::Internal(format!("module {} title: {e}", row.module_id)))?;
    let to = match (row.group_id, row.account_id) {
        (Some(group_id), _) => AssignTo::Group { group_id },
        (None, Some(account_id)) => AssignTo::Resident { account_id },
        (None, None) => {
            return Err(ApiError::Internal(format!(
                "assignment {} names nobody",
                row.id
            )));
        }
    };
    Ok(Assignment {
        module_title: pick(
            &titles,
            language.unwrap_or(&row.source_language),
            &row.source_language,
        ),
        id: row.id,
        module_id: row.module_id,
        location_id: row.location_id,
        to,
        to_name: row.to_name.unwrap_or_default(),
        due_on: row.due_on,
        assigned_at_ms: row.assigned_at as i64,
    })
}

pub async fn list(ctx: RequestCtx) -> Result<Response, ApiError> {
    let location = request_location(&ctx).await?;
    let language = ctx.query("language")?;
    let db = database(&ctx)?;
    let results = batch(&db, vec![store::assignments_at(&db, &location)?]).await?;
    let list = rows::<AssignmentRow>(&results[0])?
        .into_iter()
        .map(|r| view(r, language.as_deref()))
        .collect::<Result<Vec<_>, _>>()?;
    conditional::json(&ctx, &list)
}

/// The location the assignment belongs to: the group's, or where the resident lives now.
async fn location_for(db: &D1Database, to: &AssignTo) -> Result<String, ApiError> {
    match to {
        AssignTo::Group { group_id } => first::<GroupRow>(group(db, group_id)?)
            .await?
            .map(|g| g.location_id)
            .ok_or_else(|| {
                ApiError::field("to.group_id", "unknown_group", "This group does not exist.")
            }),
        AssignTo::Resident { account_id } => {
            first::<ResidentPlace>(store::resident_place(db, account_id)?)
                .await?
                .map(|r| r.location_id)
                .ok_or_else(|| {
                    ApiError::field(
                        "to.account_id",
                        "not_a_learner",
                        "This is not an active resident's account.",
                    )
                })
        }
    }
}

pub async fn create(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let body: AssignmentInput = ctx.json().await?;
    let db = database(&ctx)?;
    let location = location_for(&db, &body.to).await?;
    authorize(&ctx, Target::Location(&location)).await?;
    let checks: store::Checks = first(store::checks(&db, &body.module_id, &location)?)
        .await?
        .ok_or_else(|| ApiError::Internal("check query returned no row".into()))?;
    match checks.status.as_deref() {
        Some("published") => {}
        Some(_) => {
            return Err(ApiError::field(
                "module_id",
                "not_published",
                "This module is a draft. Publish it before assigning it.",
            ));
        }
        None => {
            return Err(ApiError::field(
                "module_id",
                "unknown_module",
                "This module does not exist.",
            ));
        }
    }
    let timezone = checks
        .timezone
        .ok_or_else(|| ApiError::Internal(format!("location {location} has no time zone")))?;
    let due_on = match body
        .due_on
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        None => None,
        Some(due) => {
            let date = LocalDate::parse(due).ok_or_else(|| {
                ApiError::field("due_on", "invalid_date", "Give a date as YYYY-MM-DD.")
            })?;
            if date < local_now(&timezone, ctx.now_ms)?.date {
                return Err(ApiError::field(
                    "due_on",
                    "in_the_past",
                    "The due date has passed already. Choose today or a later day.",
                ));
            }
            Some(date.to_string())
        }
    };
    let to = match &body.to {
        AssignTo::Group { group_id } => Assignee::Group(group_id),
        AssignTo::Resident { account_id } => Assignee::Resident(account_id),
    };
    let writer = AssignmentWriter {
        db: &db,
        module_id: &body.module_id,
        location: &location,
        to,
    };
    let me = ctx.signed_in()?.principal.account_id.clone();
    let id = new_id("asg")?;
    let results = batch(
        &db,
        vec![
            writer.insert(&id, due_on.as_deref(), &me, ctx.now_ms)?,
            writer.set_due(due_on.as_deref())?,
            writer.read()?,
        ],
    )
    .await?;
    let created = changes(&results[0])? > 0;
    let row = rows::<AssignmentRow>(&results[2])?
        .into_iter()
        .next()
        .ok_or_else(|| ApiError::Internal("assignment not found after writing it".into()))?;
    let language = ctx.query("language")?;
    response::json(
        if created { 201 } else { 200 },
        &view(row, language.as_deref())?,
    )
}

pub async fn delete(ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    let db = database(&ctx)?;
    let row: AssignmentRow = first(store::assignment(&db, &id)?)
        .await?
        .ok_or(ApiError::ResourceNotFound { what: "assignment" })?;
    authorize(&ctx, Target::Location(&row.location_id)).await?;
    batch(&db, vec![store::delete_assignment(&db, &id)?]).await?;
    Ok(Response::empty()?.with_status(204))
}
