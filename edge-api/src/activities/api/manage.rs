//! Handlers of `/api/activities*` other than the occurrence list ([`super::read`]). Each loads its
//! activity, asks `authz::authorize` about its location, then acts in one batch.

use wegwijs_shared::activities::{
    ActivityInput, CancelActivity, Participant, Participants, SignUp, SignUpResult, StaffActivity,
    StaffActivityList, UpdateActivity, may_change,
};
use wegwijs_shared::auth::Target;
use wegwijs_shared::calendar::LocalDate;
use worker::{D1Database, D1PreparedStatement, D1Result, Response};

use crate::activities::local_time::local_now;
use crate::activities::store::{self, ActivityRow, ParticipantRow, SignupRow, TextRow, Writer};
use crate::authz::{authorize, request_location};
use crate::db::{batch, database, first, num, rows, saved_at_version, text};
use crate::error::ApiError;
use crate::http::response;
use crate::http::{RequestCtx, conditional};
use crate::locations;
use crate::request_id::random_id;

/// Loads an activity, then checks the caller may act on its location.
async fn load_authorized(ctx: &RequestCtx, id: &str) -> Result<ActivityRow, ApiError> {
    let db = database(ctx)?;
    let row: ActivityRow = first(store::by_id(&db, id)?)
        .await?
        .ok_or(ApiError::ResourceNotFound { what: "activity" })?;
    authorize(ctx, Target::Location(&row.location_id)).await?;
    Ok(row)
}

fn date_param(ctx: &RequestCtx) -> Result<LocalDate, ApiError> {
    LocalDate::parse(ctx.param("date")?)
        .ok_or_else(|| ApiError::field("date", "invalid_date", "Give a date as YYYY-MM-DD."))
}

pub async fn sign_up(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    let activity = load_authorized(&ctx, &id).await?;
    let date = date_param(&ctx)?;
    let body: SignUp = ctx.json().await?;
    let now = local_now(&activity.timezone, ctx.now_ms)?;
    may_change(&activity.schedule()?, activity.cancelled == 1, date, now)
        .map_err(|r| ApiError::Validation(vec![r.field_error()]))?;
    let me = ctx.signed_in()?.principal.account_id.clone();
    let day = date.to_string();
    let db = database(&ctx)?;
    let mut statements = if body.signed_up {
        vec![store::sign_up(&db, &id, &day, &me, ctx.now_ms)?]
    } else {
        vec![
            store::cancel(&db, &id, &day, &me)?,
            store::promote(&db, &id, &day, true, ctx.now_ms)?,
        ]
    };
    statements.push(store::signups_of(&db, &id, &day)?);
    let results = batch(&db, statements).await?;
    let signups: Vec<SignupRow> = rows(&results[results.len() - 1])?;
    let roster = store::roster(activity.capacity, signups.iter())?;
    response::json(
        200,
        &SignUpResult {
            activity_id: id,
            date: day,
            mine: roster.status(&me),
            capacity: activity.capacity,
            confirmed: roster.confirmed(),
            waiting: roster.waiting(),
        },
    )
}

pub async fn participants(ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    let activity = load_authorized(&ctx, &id).await?;
    let day = date_param(&ctx)?.to_string();
    let me = ctx.signed_in()?.principal.clone();
    let db = database(&ctx)?;
    let results = batch(
        &db,
        vec![
            store::audit_participants(
                &db,
                [
                    num(ctx.now_ms),
                    text(&me.account_id),
                    text(me.role.as_str()),
                    text(&ctx.request_id),
                ],
                &id,
                &day,
            )?,
            store::participants(&db, &id, &day)?,
        ],
    )
    .await?;
    let (mut confirmed, mut waiting) = (Vec::new(), Vec::new());
    for row in rows::<ParticipantRow>(&results[1])? {
        let person = Participant {
            account_id: row.account_id,
            name: row.name,
            resident_number: row.resident_number.unwrap_or_default(),
            signed_up_at: row.signed_up_at,
        };
        if row.status == "confirmed" {
            confirmed.push(person);
        } else {
            waiting.push(person);
        }
    }
    response::json(
        200,
        &Participants {
            activity_id: id,
            date: day,
            capacity: activity.capacity,
            confirmed,
            waiting,
        },
    )
}

/// The activity as staff see it, for the edit form or after a create.
async fn staff_view(ctx: &RequestCtx, id: &str) -> Result<Response, ApiError> {
    let db = database(ctx)?;
    let results = batch(&db, reload(&db, id)?).await?;
    response::json(200, &reloaded(&results, id)?)
}

/// The reads of an activity as staff see it: last in a write's batch, they read it as written.
fn reload(db: &D1Database, id: &str) -> Result<Vec<D1PreparedStatement>, ApiError> {
    Ok(vec![store::by_id(db, id)?, store::texts_of(db, id)?])
}

/// The activity as staff see it, from a batch that ends with [`reload`].
fn reloaded(results: &[D1Result], id: &str) -> Result<StaffActivity, ApiError> {
    let [.., activity, texts] = results else {
        return Err(ApiError::Internal("batch without the reload".into()));
    };
    let row = store::activity_rows(activity)?
        .into_iter()
        .next()
        .ok_or(ApiError::ResourceNotFound { what: "activity" })?;
    let texts: Vec<TextRow> = rows(texts)?;
    row.staff_view(store::texts_for(&texts, id))
}

pub async fn get(ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    load_authorized(&ctx, &id).await?;
    staff_view(&ctx, &id).await
}

pub async fn definitions(ctx: RequestCtx) -> Result<Response, ApiError> {
    let location = request_location(&ctx).await?;
    let db = database(&ctx)?;
    let results = batch(
        &db,
        vec![
            store::at_location(&db, &location)?,
            store::texts_at_location(&db, &location)?,
        ],
    )
    .await?;
    let texts: Vec<TextRow> = rows(&results[1])?;
    let activities = store::activity_rows(&results[0])?
        .iter()
        .map(|a| a.staff_view(store::texts_for(&texts, &a.id)))
        .collect::<Result<Vec<_>, _>>()?;
    conditional::json(&ctx, &StaffActivityList { activities })
}

async fn location_exists(ctx: &RequestCtx, location: &str) -> Result<(), ApiError> {
    if locations::store::exists(&database(ctx)?, location).await? {
        Ok(())
    } else {
        Err(ApiError::field(
            "location_id",
            "unknown_location",
            "This location does not exist.",
        ))
    }
}

pub async fn create(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let body: ActivityInput = ctx.json().await?;
    // Where before what: someone who may not plan at this location learns nothing from the checks.
    authorize(&ctx, Target::Location(body.location_id.trim())).await?;
    let (input, schedule) = body.validate().map_err(ApiError::Validation)?;
    location_exists(&ctx, &input.location_id).await?;
    let id = format!("act-{}", random_id().map_err(ApiError::csprng)?);
    let me = ctx.signed_in()?.principal.account_id.clone();
    let db = database(&ctx)?;
    let writer = Writer {
        db: &db,
        id: &id,
        by: &me,
        now_ms: ctx.now_ms,
        request_id: &ctx.request_id,
    };
    let mut statements = vec![writer.insert(&input, &schedule)?];
    statements.extend(writer.texts(&input.texts)?);
    batch(&db, statements).await?;
    Ok(staff_view(&ctx, &id).await?.with_status(201))
}

pub async fn update(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    let current = load_authorized(&ctx, &id).await?;
    let body: UpdateActivity = ctx.json().await?;
    let (input, schedule) = body.activity.validate().map_err(ApiError::Validation)?;
    if input.location_id != current.location_id {
        // Sign-ups belong to residents of this location: an activity never moves.
        return Err(ApiError::field(
            "location_id",
            "activities_location_fixed",
            "An activity stays at its location; create a new one at the other location.",
        ));
    }
    if body.version != current.version {
        return Err(ApiError::stale("activity", current.version));
    }
    let me = ctx.signed_in()?.principal.account_id.clone();
    let db = database(&ctx)?;
    let today = local_now(&current.timezone, ctx.now_ms)?.date.to_string();
    let writer = Writer {
        db: &db,
        id: &id,
        by: &me,
        now_ms: ctx.now_ms,
        request_id: &ctx.request_id,
    };
    let mut statements = vec![writer.update(&input, &schedule, body.version)?];
    statements.extend(writer.texts(&input.texts)?);
    // More places: the longest-waiting get them at once, in every coming occurrence.
    statements.push(store::promote(&db, &id, &today, false, ctx.now_ms)?);
    statements.extend(reload(&db, &id)?);
    let results = batch(&db, statements).await?;
    let after = reloaded(&results, &id)?;
    saved_at_version(&results[0], "activity", after.version)?;
    response::json(200, &after)
}

pub async fn set_cancelled(mut ctx: RequestCtx) -> Result<Response, ApiError> {
    let id = ctx.param("id")?.to_owned();
    load_authorized(&ctx, &id).await?;
    let body: CancelActivity = ctx.json().await?;
    let me = ctx.signed_in()?.principal.account_id.clone();
    let db = database(&ctx)?;
    let writer = Writer {
        db: &db,
        id: &id,
        by: &me,
        now_ms: ctx.now_ms,
        request_id: &ctx.request_id,
    };
    let mut statements = vec![writer.set_cancelled(body.cancelled, body.version)?];
    statements.extend(reload(&db, &id)?);
    let results = batch(&db, statements).await?;
    let after = reloaded(&results, &id)?;
    saved_at_version(&results[0], "activity", after.version)?;
    response::json(200, &after)
}
