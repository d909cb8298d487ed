//! Activities at a location (language café, football, sewing group, …): one-off or weekly, with a
//! place, a capacity and the language they are held in. Residents sign up for one occurrence (an
//! activity on one local date) or cancel; a full occurrence has a waiting list that moves up by
//! itself. The wire types of `/api/activities*`, the staff input rules, and the pure logic:
//! [`schedule`] (when) and [`roster`] (who).

pub mod roster;
pub mod schedule;

use serde::{Deserialize, Serialize};

use crate::calendar::{LocalDate, LocalDateTime, Weekday, parse_time};
use crate::languages::language;
use crate::problem::FieldError;
use crate::text::required_text;
pub use roster::{MyStatus, Roster, Standing};
pub use schedule::{Recurrence, Schedule};

pub const MAX_CAPACITY: u32 = 1000;
pub const MAX_DURATION_MINUTES: u32 = 12 * 60;
pub const MIN_DURATION_MINUTES: u32 = 5;
/// How far ahead (and how many days) one read may look.
pub const MAX_DAYS: u32 = 31;
pub const DEFAULT_DAYS: u32 = 14;

/// A title and description in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ActivityText {
    pub language: String,
    pub title: String,
    #[serde(default)]
    pub description: String,
}

/// `POST /api/activities` (and the `activity` of an update): what staff fill in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ActivityInput {
    pub location_id: String,
    pub recurrence: Recurrence,
    /// `YYYY-MM-DD`: the date of a one-off, the first possible date of a weekly one.
    pub start_date: String,
    /// Weekly only: the last possible date; `None` for ever.
    #[serde(default)]
    pub end_date: Option<String>,
    /// Weekly only: 1 = Monday … 7 = Sunday.
    #[serde(default)]
    pub weekday: Option<u8>,
    /// `HH:MM`, the location's local time.
    pub start_time: String,
    pub duration_minutes: u32,
    pub place: String,
    pub capacity: u32,
    /// The language it is held in (a `crate::languages` code); `None`: no spoken language needed.
    #[serde(default)]
    pub language: Option<String>,
    /// The language staff wrote it in first; residents whose language has no text read this one.
    pub source_language: String,
    /// One per language; the source language's is required.
    pub texts: Vec<ActivityText>,
}

fn error(field: impl Into<String>, code: &str, message: &str) -> FieldError {
    FieldError::new(field, code, message)
}

impl ActivityInput {
    /// The input trimmed and checked, with its schedule; or every problem, each naming its field.
    pub fn validate(&self) -> Result<(ActivityInput, Schedule), Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut clean = self.clone();
        if self.location_id.trim().is_empty() {
            errors.push(error("location_id", "required", "Choose a location."));
        }
        clean.location_id = self.location_id.trim().to_owned();
        let start = LocalDate::parse(self.start_date.trim());
        if start.is_none() {
            errors.push(error(
                "start_date",
                "invalid_date",
                "Give a date as YYYY-MM-DD.",
            ));
        }
        let end = match self.end_date.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(text) => match LocalDate::parse(text) {
                Some(end) => Some(end),
                None => {
                    errors.push(error(
                        "end_date",
                        "invalid_date",
                        "Give a date as YYYY-MM-DD.",
                    ));
                    None
                }
            },
        };
        let weekday = match (self.recurrence, self.weekday) {
            (Recurrence::Weekly, None) => {
                errors.push(error(
                    "weekday",
                    "activities_weekday_required",
                    "A weekly activity needs a day of the week.",
                ));
                0
            }
            (Recurrence::Weekly, Some(day)) if Weekday::from_iso(day).is_none() => {
                errors.push(error(
                    "weekday",
                    "activities_weekday_invalid",
                    "The day of the week is 1 (Monday) to 7 (Sunday).",
                ));
                0
            }
            (Recurrence::Weekly, Some(day)) => day,
            (Recurrence::Once, _) => 0,
        };
        if self.recurrence == Recurrence::Once && end.is_some() {
            errors.push(error(
                "end_date",
                "activities_end_for_once",
                "A one-off activity has no end date; choose weekly, or leave the end date empty.",
            ));
        }
        if let (Some(start), Some(end)) = (start, end)
            && end < start
        {
            errors.push(error(
                "end_date",
                "activities_end_before_start",
                "The end date is before the start date.",
            ));
        }
        let start_minute = parse_time(self.start_time.trim());
        if start_minute.is_none() {
            errors.push(error(
                "start_time",
                "activities_invalid_time",
                "Give the time as HH:MM, for example 14:30.",
            ));
        }
        clean.start_time = self.start_time.trim().to_owned();
        if !(MIN_DURATION_MINUTES..=MAX_DURATION_MINUTES).contains(&self.duration_minutes) {
            errors.push(error(
                "duration_minutes",
                "activities_duration_range",
                "The duration is 5 minutes to 12 hours.",
            ));
        } else if let Some(minute) = start_minute
            && u32::from(minute) + self.duration_minutes > 24 * 60
        {
            errors.push(error(
                "duration_minutes",
                "activities_past_midnight",
                "An activity must end by midnight.",
            ));
        }
        if !(1..=MAX_CAPACITY).contains(&self.capacity) {
            errors.push(error(
                "capacity",
                "activities_capacity_range",
                "The number of places is 1 to 1000.",
            ));
        }
        match required_text("place", &self.place, 120) {
            Ok(place) => clean.place = place,
            Err(e) => errors.push(e),
        }
        clean.language = self
            .language
            .as_deref()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(str::to_owned);
        if let Some(held_in) = &clean.language
            && language(held_in).is_none()
        {
            errors.push(error(
                "language",
                "unknown_language",
                "Choose one of the twelve languages, or 'no spoken language needed'.",
            ));
        }
        if language(&self.source_language).is_none() {
            errors.push(error(
                "source_language",
                "unknown_language",
                "Choose one of the twelve languages.",
            ));
        }
        clean.texts = Vec::new();
        for (i, text) in self.texts.iter().enumerate() {
            let lang = text.language.trim();
            if language(lang).is_none() {
                errors.push(error(
                    format!("texts.{i}.language"),
                    "unknown_language",
                    "Choose one of the twelve languages.",
                ));
                continue;
            }
            if clean
                .texts
                .iter()
                .any(|t: &ActivityText| t.language == lang)
            {
                errors.push(error(
                    format!("texts.{i}.language"),
                    "activities_duplicate_language",
                    "This language has two texts.",
                ));
                continue;
            }
            let title = required_text(&format!("texts.{i}.title"), &text.title, 120);
            let description = crate::text::optional_text(
                &format!("texts.{i}.description"),
                &text.description,
                2000,
            );
            match (title, description) {
                (Ok(title), Ok(description)) => clean.texts.push(ActivityText {
                    language: lang.to_owned(),
                    title,
                    description: description.unwrap_or_default(),
                }),
                (title, description) => {
                    errors.extend(title.err());
                    errors.extend(description.err());
                }
            }
        }
        if !self
            .texts
            .iter()
            .any(|t| t.language.trim() == self.source_language)
        {
            errors.push(error(
                "texts",
                "activities_source_text_required",
                "Write the title in the source language.",
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let (Some(start), Some(start_minute)) = (start, start_minute) else {
            unreachable!("a missing start date or time is an error above");
        };
        clean.start_date = start.to_string();
        clean.end_date = end.map(|e| e.to_string());
        clean.weekday = (self.recurrence == Recurrence::Weekly).then_some(weekday);
        let schedule = Schedule {
            recurrence: self.recurrence,
            start,
            end,
            weekday,
            start_minute,
            duration_minutes: self.duration_minutes as u16,
        };
        Ok((clean, schedule))
    }
}

/// The text a reader of `wanted` gets: theirs, else the source language's, else the first one;
/// `true` when it is not in `wanted`.
pub fn pick_text<'a>(
    texts: &'a [ActivityText],
    wanted: &str,
    source: &str,
) -> Option<(&'a ActivityText, bool)> {
    let find = |l: &str| texts.iter().find(|t| t.language == l);
    find(wanted)
        .map(|t| (t, false))
        .or_else(|| find(source).or(texts.first()).map(|t| (t, true)))
}

/// Why a sign-up or cancellation is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The activity does not happen on that date.
    NoSuchOccurrence,
    /// It has started (or is over).
    Started,
    /// Staff cancelled the activity.
    Cancelled,
}

impl Refusal {
    pub fn field_error(self) -> FieldError {
        match self {
            Refusal::NoSuchOccurrence => error(
                "date",
                "activities_no_occurrence",
                "The activity does not take place on this date.",
            ),
            Refusal::Started => error(
                "date",
                "activities_started",
                "This activity has already started, so signing up or cancelling is no longer possible.",
            ),
            Refusal::Cancelled => error(
                "date",
                "activities_cancelled",
                "This activity has been cancelled.",
            ),
        }
    }
}

/// Whether a resident may still sign up for (or cancel) the occurrence on `date`.
pub fn may_change(
    schedule: &Schedule,
    cancelled: bool,
    date: LocalDate,
    now: LocalDateTime,
) -> Result<(), Refusal> {
    if !schedule.occurs_on(date) {
        Err(Refusal::NoSuchOccurrence)
    } else if cancelled {
        Err(Refusal::Cancelled)
    } else if schedule.has_started(date, now) {
        Err(Refusal::Started)
    } else {
        Ok(())
    }
}

// ---- Wire types of the reads and writes ----------------------------------------------------------

/// One occurrence as `GET /api/activities` lists it, in the reader's language where possible.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Occurrence {
    pub activity_id: String,
    /// The local date, `YYYY-MM-DD`; with `activity_id` it names the occurrence.
    pub date: String,
    /// ISO weekday of `date`.
    pub weekday: u8,
    /// `HH:MM` local.
    pub start_time: String,
    pub end_time: String,
    pub recurrence: Recurrence,
    pub title: String,
    pub description: String,
    /// The language `title` and `description` are in.
    pub text_language: String,
    pub place: String,
    /// Held in this language; `None`: no spoken language needed.
    pub language: Option<String>,
    pub capacity: u32,
    pub confirmed: u32,
    pub waiting: u32,
    /// The caller's standing (always `none` for staff).
    pub mine: MyStatus,
    pub started: bool,
    pub cancelled: bool,
}

/// `GET /api/activities?from=YYYY-MM-DD&days=N&location=&language=&limit=&cursor=`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ActivitiesPage {
    pub location_id: String,
    /// The location's IANA time zone: every date and time here is local to it.
    pub timezone: String,
    /// The location's local date when this was answered. (No clock time: the answer, and so its
    /// ETag, stays the same until an occurrence starts or something changes.)
    pub today: String,
    pub from: String,
    pub days: u32,
    /// By date, then start time.
    pub occurrences: Vec<Occurrence>,
    pub next_cursor: Option<String>,
}

/// `PUT /api/activities/{id}/occurrences/{date}/signup`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SignUp {
    pub signed_up: bool,
}

/// The answer to a sign-up or cancellation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct SignUpResult {
    pub activity_id: String,
    pub date: String,
    pub mine: MyStatus,
    pub capacity: u32,
    pub confirmed: u32,
    pub waiting: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Participant {
    pub account_id: String,
    pub name: String,
    pub resident_number: String,
    pub signed_up_at: f64,
}

/// `GET /api/activities/{id}/occurrences/{date}/participants` (staff; audited).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Participants {
    pub activity_id: String,
    pub date: String,
    pub capacity: u32,
    /// In the order they got their place.
    pub confirmed: Vec<Participant>,
    /// In line order: the first is promoted next.
    pub waiting: Vec<Participant>,
}

/// An activity as staff edit it (`GET /api/activities/{id}`, and the answer to every write).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StaffActivity {
    pub id: String,
    pub activity: ActivityInput,
    pub cancelled: bool,
    /// Optimistic concurrency: a write names the version it edited.
    pub version: i64,
    pub created_by: String,
    pub created_at: f64,
    pub updated_by: String,
    pub updated_at: f64,
}

/// `GET /api/activities/definitions?location=`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct StaffActivityList {
    pub activities: Vec<StaffActivity>,
}

/// `PUT /api/activities/{id}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct UpdateActivity {
    pub activity: ActivityInput,
    pub version: i64,
}

/// `PUT /api/activities/{id}/cancelled`: cancel (or restore) the whole activity. Sign-ups stay, so
/// restoring brings everyone's place back.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CancelActivity {
    pub cancelled: bool,
    pub version: i64,
}

#[cfg(test)]
mod tests;
