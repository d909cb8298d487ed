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

use crate::problem::FieldError;

pub const MINUTES_PER_DAY: u16 = 24 * 60;
/// How far ahead the status looks for the next opening or closing.
pub const LOOKAHEAD_DAYS: u32 = 14;
pub const MAX_RANGES_PER_DAY: usize = 6;
pub const MAX_EXCEPTIONS: usize = 60;
pub const MAX_REASON_CHARS: usize = 100;

/// Open from `opens` (inclusive) to `closes` (exclusive), in minutes since local midnight;
/// `closes` may be 1440 (24:00, the end of the day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeRange {
    pub opens: u16,
    pub closes: u16,
}

impl TimeRange {
    pub fn contains(self, minute: u16) -> bool {
        self.opens <= minute && minute < self.closes
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    /// The field name on the wire (`hours.monday.0.opens`).
    pub fn key(self) -> &'static str {
        match self {
            Weekday::Monday => "monday",
            Weekday::Tuesday => "tuesday",
            Weekday::Wednesday => "wednesday",
            Weekday::Thursday => "thursday",
            Weekday::Friday => "friday",
            Weekday::Saturday => "saturday",
            Weekday::Sunday => "sunday",
        }
    }

    /// 0 = Monday … 6 = Sunday (ISO 8601 minus one).
    pub fn index(self) -> usize {
        self as usize
    }
}

/// Per weekday the ranges the service is open (none: closed that day).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
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

/// A calendar date (proleptic Gregorian).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl LocalDate {
    pub fn new(year: i32, month: u8, day: u8) -> Option<LocalDate> {
        let date = LocalDate { year, month, day };
        ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day))
            .then_some(date)
    }

    /// Parses `YYYY-MM-DD` (exactly that shape).
    pub fn parse(text: &str) -> Option<LocalDate> {
        let bytes = text.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return None;
        }
        let number = |s: &str| {
            s.bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| s.parse::<i32>().ok())
                .flatten()
        };
        let year = number(&text[0..4])?;
        let month = u8::try_from(number(&text[5..7])?).ok()?;
        let day = u8::try_from(number(&text[8..10])?).ok()?;
        LocalDate::new(year, month, day)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil).
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days_since_epoch(days: i64) -> LocalDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        LocalDate { year, month, day }
    }

    pub fn add_days(self, days: i64) -> LocalDate {
        LocalDate::from_days_since_epoch(self.days_since_epoch() + days)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        Weekday::ALL[(self.days_since_epoch() + 3).rem_euclid(7) as usize]
    }
}

impl std::fmt::Display for LocalDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    }
}

/// A wall-clock reading at the location.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalDateTime {
    pub date: LocalDate,
    /// Minutes since local midnight, 0..1440.
    pub minute: u16,
}

/// `HH:MM` of minutes since midnight (1440 is `24:00`).
pub fn format_minute(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
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
