//! `GET /api/activities`: the coming occurrences at one location with their counts and the caller's
//! own standing, in the caller's language where there is a text in it. Answers carry an `ETag` and a
//! matching `If-None-Match` gets 304, so the app's regular refresh costs a few bytes.

use serde::Deserialize;
use sha2::{Digest, Sha256};
use wegwijs_shared::activities::{
    ActivitiesPage, DEFAULT_DAYS, LocalDate, MAX_DAYS, MyStatus, Occurrence, format_time, pick_text,
};
use wegwijs_shared::auth::{Role, Target};
use wegwijs_shared::problem::FieldError;
use worker::Response;

use crate::activities::local_time::local_now;
use crate::activities::store::{self, SignupRow, TextRow};
use crate::authz::authorize;
use crate::db::{batch, database, first, rows, stmt, text};
use crate::error::ApiError;
use crate::http::RequestCtx;

const DEFAULT_LIMIT: usize = 200;
const MAX_LIMIT: usize = 500;

fn bad(field: &str, code: &str, message: &str) -> ApiError {
    ApiError::Validation(vec![FieldError::new(field, code, message)])
}

pub fn query(ctx: &RequestCtx, name: &str) -> Result<Option<String>, ApiError> {
    Ok(ctx
        .req
        .url()?
        .query_pairs()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim().to_owned())
        .filter(|v| !v.is_empty()))
}

/// The location a read is about: a resident's own (another one named is a 403 from `authorize`),
/// staff's only one when they have one, else the `location` parameter.
pub async fn location_of(ctx: &RequestCtx) -> Result<String, ApiError> {
    let me = &ctx.signed_in()?.principal;
    let location = match query(ctx, "location")? {
        Some(l) => l,
        None if me.role == Role::Resident || me.location_ids.len() == 1 => me
            .location_ids
            .first()
            .cloned()
            .ok_or(ApiError::Forbidden)?,
        None => return Err(bad("location", "required", "Name the location.")),
    };
    authorize(ctx, Target::Location(&location)).await?;
    Ok(location)
}

#[derive(Deserialize)]
struct Context {
    timezone: String,
    language: Option<String>,
}

pub async fn list(ctx: RequestCtx) -> Result<Response, ApiError> {
    let location = location_of(&ctx).await?;
    let me = ctx.signed_in()?.principal.account_id.clone();
    let db = database(&ctx)?;
    let found: Context = first(stmt(
        &db,
        "SELECT l.timezone, (SELECT COALESCE(a.language, r.language) FROM accounts a \
           LEFT JOIN residents r ON r.account_id = a.id WHERE a.id = ?2) AS language \
         FROM locations l WHERE l.id = ?1",
        &[text(&location), text(&me)],
    )?)
    .await?
    .ok_or(ApiError::ResourceNotFound { what: "location" })?;
    let now = local_now(&found.timezone, ctx.now_ms)?;
    let from = match query(&ctx, "from")? {
        None => now.date,
        Some(f) => LocalDate::parse(&f)
            .ok_or_else(|| bad("from", "invalid_date", "Give a date as YYYY-MM-DD."))?,
    };
    let days = match query(&ctx, "days")? {
        None => DEFAULT_DAYS,
        Some(d) => d
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=MAX_DAYS).contains(d))
            .ok_or_else(|| bad("days", "activities_days_range", "Ask for 1 to 31 days."))?,
    };
    let limit = match query(&ctx, "limit")? {
        None => DEFAULT_LIMIT,
        Some(l) => l
            .parse::<usize>()
            .ok()
            .filter(|l| (1..=MAX_LIMIT).contains(l))
            .ok_or_else(|| bad("limit", "invalid_limit", "The limit is 1 to 500."))?,
    };
    let offset = match query(&ctx, "cursor")? {
        None => 0,
        Some(c) => c.parse::<usize>().map_err(|_| {
            bad(
                "cursor",
                "invalid_cursor",
                "This cursor is not one we gave.",
            )
        })?,
    };
    let language = query(&ctx, "language")?.or(found.language);
    let to = from.plus_days(days as i32 - 1);
    let (from_s, to_s) = (from.to_string(), to.to_string());
    let results = batch(
        &db,
        vec![
            store::in_window(&db, &location, &from_s, &to_s)?,
            store::texts_at_location(&db, &location)?,
            store::signups_in_window(&db, &location, &from_s, &to_s)?,
        ],
    )
    .await?;
    let activities = store::activity_rows(&results[0])?;
    let texts: Vec<TextRow> = rows(&results[1])?;
    let signups: Vec<SignupRow> = rows(&results[2])?;
    let mut occurrences = Vec::new();
    for a in &activities {
        let schedule = a.schedule()?;
        let own = store::texts_for(&texts, &a.id);
        let wanted = language.as_deref().unwrap_or(&a.source_language);
        let Some((shown, _)) = pick_text(&own, wanted, &a.source_language) else {
            continue;
        };
        for date in schedule.occurrences(from, days) {
            let day = date.to_string();
            let roster = store::roster(
                a.capacity,
                signups
                    .iter()
                    .filter(|s| s.activity_id == a.id && s.occurrence_date == day),
            )?;
            occurrences.push(Occurrence {
                activity_id: a.id.clone(),
                weekday: date.weekday(),
                date: day,
                start_time: format_time(schedule.start_minute),
                end_time: format_time(schedule.end_minute()),
                recurrence: schedule.recurrence,
                title: shown.title.clone(),
                description: shown.description.clone(),
                text_language: shown.language.clone(),
                place: a.place.clone(),
                language: a.language.clone(),
                capacity: a.capacity,
                confirmed: roster.confirmed(),
                waiting: roster.waiting(),
                mine: if ctx.signed_in()?.principal.role == Role::Resident {
                    roster.status(&me)
                } else {
                    MyStatus::None
                },
                started: schedule.has_started(date, now),
                cancelled: a.cancelled == 1,
            });
        }
    }
    occurrences.sort_by(|a, b| {
        (&a.date, &a.start_time, &a.title).cmp(&(&b.date, &b.start_time, &b.title))
    });
    let total = occurrences.len();
    let page: Vec<Occurrence> = occurrences.into_iter().skip(offset).take(limit).collect();
    let next_cursor = (offset + limit < total).then(|| (offset + limit).to_string());
    let body = ActivitiesPage {
        location_id: location,
        timezone: found.timezone,
        today: now.date.to_string(),
        from: from_s,
        days,
        occurrences: page,
        next_cursor,
    };
    with_etag(&ctx, &body)
}

/// A 200 with the body and its `ETag`, or a bodiless 304 when the client already has it.
pub fn with_etag<T: serde::Serialize>(ctx: &RequestCtx, body: &T) -> Result<Response, ApiError> {
    let bytes = serde_json::to_vec(body).map_err(|e| ApiError::Internal(e.to_string()))?;
    let digest = Sha256::digest(&bytes);
    let tag: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    let etag = format!("\"{tag}\"");
    let matches = ctx.req.headers().get("if-none-match")?.is_some_and(|v| {
        v.split(',')
            .any(|t| t.trim().trim_start_matches("W/") == etag)
    });
    let mut response = if matches {
        Response::empty()?.with_status(304)
    } else {
        Response::from_bytes(bytes)?.with_status(200)
    };
    let headers = response.headers_mut();
    headers.set("etag", &etag)?;
    // Personal (the caller's own standing): the browser may keep it, shared caches may not, and
    // it is revalidated on every use.
    headers.set("cache-control", "private, no-cache")?;
    if !matches {
        headers.set("content-type", "application/json")?;
    }
    Ok(response)
}
