//! `GET /api/activities`: the coming occurrences at one location with their counts and the caller's
//! own standing, in the caller's language where there is a text in it. Answers carry an `ETag` and a
//! matching `If-None-Match` gets 304, so the app's regular refresh costs a few bytes.

use wegwijs_shared::activities::{
    ActivitiesPage, DEFAULT_DAYS, MAX_DAYS, MyStatus, Occurrence, pick_text,
};
use wegwijs_shared::auth::Role;
use wegwijs_shared::calendar::{LocalDate, format_minute};
use worker::Response;

use crate::activities::local_time::local_now;
use crate::activities::store::{self, SignupRow, TextRow};
use crate::authz::request_location;
use crate::db::{batch, database, first, rows};
use crate::error::ApiError;
use crate::http::{RequestCtx, conditional};

const DEFAULT_LIMIT: usize = 200;
const MAX_LIMIT: usize = 500;

pub async fn list(ctx: RequestCtx) -> Result<Response, ApiError> {
    let location = request_location(&ctx).await?;
    let me = ctx.signed_in()?.principal.account_id.clone();
    let db = database(&ctx)?;
    let found: store::ReaderContext = first(store::reader_context(&db, &location, &me)?)
        .await?
        .ok_or(ApiError::ResourceNotFound { what: "location" })?;
    let now = local_now(&found.timezone, ctx.now_ms)?;
    let from = match ctx.query("from")? {
        None => now.date,
        Some(f) => LocalDate::parse(&f)
            .ok_or_else(|| ApiError::field("from", "invalid_date", "Give a date as YYYY-MM-DD."))?,
    };
    let days = match ctx.query("days")? {
        None => DEFAULT_DAYS,
        Some(d) => d
            .parse::<u32>()
            .ok()
            .filter(|d| (1..=MAX_DAYS).contains(d))
            .ok_or_else(|| {
                ApiError::field("days", "activities_days_range", "Ask for 1 to 31 days.")
            })?,
    };
    let limit = match ctx.query("limit")? {
        None => DEFAULT_LIMIT,
        Some(l) => l
            .parse::<usize>()
            .ok()
            .filter(|l| (1..=MAX_LIMIT).contains(l))
            .ok_or_else(|| ApiError::field("limit", "invalid_limit", "The limit is 1 to 500."))?,
    };
    let offset = ctx.query_parsed::<usize>("cursor")?.unwrap_or(0);
    let language = ctx.query("language")?.or(found.language);
    let to = from.add_days(i64::from(days) - 1);
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
                weekday: date.weekday().iso(),
                date: day,
                start_time: format_minute(schedule.start_minute),
                end_time: format_minute(schedule.end_minute()),
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
    conditional::json(&ctx, &body)
}
