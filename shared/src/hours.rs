//! Opening hours: a weekly schedule, exceptions by local date (holidays), their validation, and
//! the status at a local date-time ("open until 17:00", "closed, opens Monday at 09:00", "closed
//! today: Christmas").
//!
//! Everything here works on the location's *wall clock*: a local date and minutes since local
//! midnight. Turning an instant into that wall clock is the caller's job (the browser asks `Intl`
//! with the location's time zone; native tests use jiff's tz database), so the resident's wasm
//! carries no tz database and this module never reads a clock. Because the status is computed on
//! the wall clock, DST changes need no special case: on the spring-forward Sunday the local times
//! 02:00–02:59 simply never occur, and in autumn 02:00–02:59 occurs twice with the same answer.
//!
//! A range never crosses midnight: a night shift is two ranges (…–24:00 and 00:00–…), and the
//! status joins ranges that touch (also across midnight), so such a service reads "open until
//! 06:00 tomorrow" rather than "until 24:00".

use serde::{Deserialize, Serialize};

use crate::calendar::{LocalDate, LocalDateTime, MINUTES_PER_DAY, Weekday, format_minute};
use crate::problem::FieldError;

/// How far ahead the status looks for the next opening or closing.
pub const LOOKAHEAD_DAYS: u32 = 14;
pub const MAX_RANGES_PER_DAY: usize = 6;
pub const MAX_EXCEPTIONS: usize = 60;
pub const MAX_REASON_CHARS: usize = 100;

/// Open from `opens` (inclusive) to `closes` (exclusive), in minutes since local midnight;
/// `closes` may be 1440 (24:00, the end of the day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TimeRange {
    pub opens: u16,
    pub closes: u16,
}

impl TimeRange {
    pub fn contains(self, minute: u16) -> bool {
        self.opens <= minute && minute < self.closes
    }
}

/// Per weekday the ranges the service is open (none: closed that day).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct WeeklyHours {
    #[serde(default)]
    pub monday: Vec<TimeRange>,
    #[serde(default)]
    pub tuesday: Vec<TimeRange>,
    #[serde(default)]
    pub wednesday: Vec<TimeRange>,
    #[serde(default)]
    pub thursday: Vec<TimeRange>,
    #[serde(default)]
    pub friday: Vec<TimeRange>,
    #[serde(default)]
    pub saturday: Vec<TimeRange>,
    #[serde(default)]
    pub sunday: Vec<TimeRange>,
}

impl WeeklyHours {
    pub fn day(&self, day: Weekday) -> &Vec<TimeRange> {
        match day {
            Weekday::Monday => &self.monday,
            Weekday::Tuesday => &self.tuesday,
            Weekday::Wednesday => &self.wednesday,
            Weekday::Thursday => &self.thursday,
            Weekday::Friday => &self.friday,
            Weekday::Saturday => &self.saturday,
            Weekday::Sunday => &self.sunday,
        }
    }

    pub fn day_mut(&mut self, day: Weekday) -> &mut Vec<TimeRange> {
        match day {
            Weekday::Monday => &mut self.monday,
            Weekday::Tuesday => &mut self.tuesday,
            Weekday::Wednesday => &mut self.wednesday,
            Weekday::Thursday => &mut self.thursday,
            Weekday::Friday => &mut self.friday,
            Weekday::Saturday => &mut self.saturday,
            Weekday::Sunday => &mut self.sunday,
        }
    }
}

/// Other hours on one local date: `ranges` empty means closed all day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HoursException {
    /// `YYYY-MM-DD` in the location's time zone.
    pub date: String,
    #[serde(default)]
    pub ranges: Vec<TimeRange>,
    /// Shown to residents, e.g. "Christmas Day".
    #[serde(default)]
    pub reason: String,
}

/// Minutes since midnight of `HH:MM` (`24:00` allowed, as a closing time).
pub fn parse_minute(text: &str) -> Option<u16> {
    let (h, m) = text.trim().split_once(':')?;
    if h.is_empty() || h.len() > 2 || m.len() != 2 {
        return None;
    }
    let (h, m) = (h.parse::<u16>().ok()?, m.parse::<u16>().ok()?);
    let minute = h.checked_mul(60)? + m;
    (m < 60 && minute <= MINUTES_PER_DAY).then_some(minute)
}

/// Checks one day's ranges; fields are `{prefix}.{index}.opens|closes`.
pub fn validate_ranges(prefix: &str, ranges: &[TimeRange], errors: &mut Vec<FieldError>) {
    if ranges.len() > MAX_RANGES_PER_DAY {
        errors.push(FieldError::new(
            prefix,
            "too_many_ranges",
            format!("At most {MAX_RANGES_PER_DAY} time ranges a day."),
        ));
    }
    let mut valid: Vec<(usize, TimeRange)> = Vec::new();
    for (i, range) in ranges.iter().enumerate() {
        if range.opens >= MINUTES_PER_DAY {
            errors.push(FieldError::new(
                format!("{prefix}.{i}.opens"),
                "out_of_range",
                "Opening time must be between 00:00 and 23:59.",
            ));
        } else if range.closes > MINUTES_PER_DAY {
            errors.push(FieldError::new(
                format!("{prefix}.{i}.closes"),
                "out_of_range",
                "Closing time must be between 00:01 and 24:00.",
            ));
        } else if range.closes <= range.opens {
            errors.push(FieldError::new(
                format!("{prefix}.{i}.closes"),
                "closes_before_opens",
                "Closing time must be later than opening time (a range cannot cross midnight: \
                 split it into two days).",
            ));
        } else {
            valid.push((i, *range));
        }
    }
    valid.sort_by_key(|(_, r)| (r.opens, r.closes));
    for pair in valid.windows(2) {
        let ((_, earlier), (i, later)) = (pair[0], pair[1]);
        if later.opens < earlier.closes {
            errors.push(FieldError::new(
                format!("{prefix}.{i}.opens"),
                "overlapping_ranges",
                format!(
                    "This range overlaps another one on the same day ({}–{}).",
                    format_minute(earlier.opens),
                    format_minute(earlier.closes)
                ),
            ));
        }
    }
}

/// Checks a weekly schedule; fields are `{prefix}.{weekday}.{index}.opens|closes`.
pub fn validate_weekly(prefix: &str, hours: &WeeklyHours, errors: &mut Vec<FieldError>) {
    for day in Weekday::ALL {
        validate_ranges(&format!("{prefix}.{}", day.key()), hours.day(day), errors);
    }
}

/// Checks exceptions; fields are `{prefix}.{index}.date|reason|ranges.{i}.opens…`.
pub fn validate_exceptions(
    prefix: &str,
    exceptions: &[HoursException],
    errors: &mut Vec<FieldError>,
) {
    if exceptions.len() > MAX_EXCEPTIONS {
        errors.push(FieldError::new(
            prefix,
            "too_many_exceptions",
            format!("At most {MAX_EXCEPTIONS} exceptions; remove those in the past."),
        ));
    }
    let mut seen: Vec<LocalDate> = Vec::new();
    for (i, exception) in exceptions.iter().enumerate() {
        match LocalDate::parse(exception.date.trim()) {
            None => errors.push(FieldError::new(
                format!("{prefix}.{i}.date"),
                "invalid_date",
                "Write the date as year-month-day, for example 2026-12-25.",
            )),
            Some(date) if seen.contains(&date) => errors.push(FieldError::new(
                format!("{prefix}.{i}.date"),
                "duplicate_date",
                "This date already has an exception.",
            )),
            Some(date) => seen.push(date),
        }
        let reason = exception.reason.trim();
        if reason.chars().count() > MAX_REASON_CHARS || reason.chars().any(char::is_control) {
            errors.push(FieldError::new(
                format!("{prefix}.{i}.reason"),
                "too_long",
                format!("At most {MAX_REASON_CHARS} characters on one line."),
            ));
        }
        validate_ranges(&format!("{prefix}.{i}.ranges"), &exception.ranges, errors);
    }
}

/// The hours that apply on one date, sorted, and the exception that set them (if any).
pub fn hours_on<'a>(
    weekly: &'a WeeklyHours,
    exceptions: &'a [HoursException],
    date: LocalDate,
) -> (Vec<TimeRange>, Option<&'a HoursException>) {
    let exception = exceptions
        .iter()
        .find(|e| LocalDate::parse(e.date.trim()) == Some(date));
    let mut ranges = match exception {
        Some(e) => e.ranges.clone(),
        None => weekly.day(date.weekday()).clone(),
    };
    ranges.sort_by_key(|r| (r.opens, r.closes));
    (ranges, exception)
}

/// Exceptions from `today` up to `days` days ahead, by date.
pub fn upcoming_exceptions(
    exceptions: &[HoursException],
    today: LocalDate,
    days: u32,
) -> Vec<(LocalDate, &HoursException)> {
    let last = today.add_days(i64::from(days));
    let mut out: Vec<(LocalDate, &HoursException)> = exceptions
        .iter()
        .filter_map(|e| LocalDate::parse(e.date.trim()).map(|d| (d, e)))
        .filter(|(d, _)| *d >= today && *d <= last)
        .collect();
    out.sort_by_key(|(d, _)| *d);
    out
}

/// When the status next changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub date: LocalDate,
    pub minute: u16,
    /// 0 today, 1 tomorrow, …
    pub days_ahead: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenStatus {
    /// Open; `until` is `None` when it stays open for the whole look-ahead.
    Open { until: Option<Change> },
    Closed {
        /// The reason of today's exception, when today's hours are an exception.
        exception: Option<String>,
        /// Closed the whole day (no ranges today at all).
        all_day: bool,
        /// `None`: no opening within [`LOOKAHEAD_DAYS`].
        opens: Option<Change>,
    },
}

/// The status at `now`, taking exceptions into account.
pub fn status_at(
    weekly: &WeeklyHours,
    exceptions: &[HoursException],
    now: LocalDateTime,
) -> OpenStatus {
    let (today, exception) = hours_on(weekly, exceptions, now.date);
    if let Some(current) = today.iter().find(|r| r.contains(now.minute)) {
        return OpenStatus::Open {
            until: closing_after(weekly, exceptions, now.date, current.closes),
        };
    }
    let change = |days_ahead: u32, minute: u16| Change {
        date: now.date.add_days(i64::from(days_ahead)),
        minute,
        days_ahead,
    };
    let opens = today
        .iter()
        .find(|r| r.opens > now.minute)
        .map(|r| change(0, r.opens))
        .or_else(|| {
            (1..=LOOKAHEAD_DAYS).find_map(|ahead| {
                let (ranges, _) = hours_on(weekly, exceptions, now.date.add_days(ahead.into()));
                ranges.first().map(|r| change(ahead, r.opens))
            })
        });
    OpenStatus::Closed {
        exception: exception
            .map(|e| e.reason.trim().to_owned())
            .filter(|r| !r.is_empty()),
        all_day: today.is_empty(),
        opens,
    }
}

/// Where a stretch of open time that reaches `end` on `date` really ends: ranges that touch (within
/// the day, or 24:00 → 00:00 across midnight) are one stretch.
fn closing_after(
    weekly: &WeeklyHours,
    exceptions: &[HoursException],
    date: LocalDate,
    mut end: u16,
) -> Option<Change> {
    let mut ahead = 0u32;
    let mut ranges = hours_on(weekly, exceptions, date).0;
    loop {
        if let Some(next) = ranges.iter().find(|r| r.opens == end) {
            end = next.closes;
            continue;
        }
        if end < MINUTES_PER_DAY {
            return Some(Change {
                date: date.add_days(ahead.into()),
                minute: end,
                days_ahead: ahead,
            });
        }
        ahead += 1;
        if ahead > LOOKAHEAD_DAYS {
            return None;
        }
        ranges = hours_on(weekly, exceptions, date.add_days(ahead.into())).0;
        end = 0;
        if !ranges.iter().any(|r| r.opens == 0) {
            // Closed at midnight: the stretch ends at 24:00 the day before.
            let ahead = ahead - 1;
            return Some(Change {
                date: date.add_days(ahead.into()),
                minute: MINUTES_PER_DAY,
                days_ahead: ahead,
            });
        }
    }
}

#[cfg(test)]
#[path = "hours_tests.rs"]
mod tests;
