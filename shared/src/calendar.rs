//! The one calendar of the project: local dates, weekdays and wall-clock times, without a time
//! zone. Opening hours, activities, due dates and birth dates all use these types, so a date is
//! parsed, written and counted the same way everywhere.
//!
//! No date crate: the smallest one costs the resident's wasm ~53 KB gzip, and what is needed here
//! is a few dozen lines of Howard Hinnant's civil-calendar algorithms. Turning an instant into a
//! location's wall clock needs a time zone database; the Worker and the browser ask their engine's
//! `Intl` for the parts ([`WALL_CLOCK_LOCALE`], [`WALL_CLOCK_OPTIONS`]) and read them back with
//! [`LocalDateTime::from_intl_parts`], so this crate carries no tz data and never reads a clock.
//!
//! On the wire a date is always its [`Display`](std::fmt::Display) text, `YYYY-MM-DD`; the types
//! themselves are not serialised, except [`Weekday`] as its lower-case English name.

use serde::{Deserialize, Serialize};

pub const MINUTES_PER_DAY: u16 = 24 * 60;
pub const MS_PER_DAY: f64 = 86_400_000.0;

/// The epoch day of 0000-03-01, the start of Hinnant's 400-year eras.
const EPOCH_SHIFT: i64 = 719_468;
const DAYS_PER_ERA: i64 = 146_097;

/// A calendar date (proleptic Gregorian), stored as days since 1970-01-01 so that comparing and
/// counting days is integer arithmetic.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDate(i32);

impl LocalDate {
    /// The date `days` days after 1970-01-01 (before it when negative).
    pub const fn from_epoch_days(days: i32) -> LocalDate {
        LocalDate(days)
    }

    /// Days since 1970-01-01.
    pub const fn epoch_days(self) -> i32 {
        self.0
    }

    /// The date of a year, month (1–12) and day of the month, if it exists.
    pub fn new(year: i32, month: u8, day: u8) -> Option<LocalDate> {
        if day < 1 || day > days_in_month(year, month) {
            return None;
        }
        let y = i64::from(year) - i64::from(month <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let mp = (i64::from(month) + 9) % 12;
        let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        i32::try_from(era * DAYS_PER_ERA + doe - EPOCH_SHIFT)
            .ok()
            .map(LocalDate)
    }

    /// Year, month (1–12) and day of the month.
    pub fn ymd(self) -> (i32, u8, u8) {
        let z = i64::from(self.0) + EPOCH_SHIFT;
        let era = z.div_euclid(DAYS_PER_ERA);
        let doe = z.rem_euclid(DAYS_PER_ERA);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        // |self.0| < 2³¹ days keeps the year well inside i32.
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        (year, month, day)
    }

    /// `YYYY-MM-DD` and nothing else: four-digit years 1000–9999, two-digit month and day, a date
    /// that exists. No signs, spaces or other shapes, so a stored or sent date has one spelling.
    pub fn parse(text: &str) -> Option<LocalDate> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let number = |range: std::ops::Range<usize>| -> Option<u16> {
            b[range.clone()]
                .iter()
                .all(u8::is_ascii_digit)
                .then(|| text[range].parse().ok())
                .flatten()
        };
        let year = number(0..4)?;
        if year < 1000 {
            return None;
        }
        let month = u8::try_from(number(5..7)?).ok()?;
        let day = u8::try_from(number(8..10)?).ok()?;
        LocalDate::new(i32::from(year), month, day)
    }

    /// The date `days` days later (earlier when negative); saturates instead of overflowing.
    pub fn add_days(self, days: i64) -> LocalDate {
        let sum = i64::from(self.0).saturating_add(days);
        LocalDate(sum.clamp(i32::MIN.into(), i32::MAX.into()) as i32)
    }

    /// How many days `later` comes after `self` (negative when it comes before).
    pub fn days_until(self, later: LocalDate) -> i64 {
        i64::from(later.0) - i64::from(self.0)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        Weekday::ALL[(self.0 + 3).rem_euclid(7) as usize]
    }

    /// The UTC date of an instant in ms since the epoch.
    pub fn from_utc_ms(ms: f64) -> LocalDate {
        LocalDate((ms / MS_PER_DAY).floor() as i32)
    }

    /// 00:00 UTC of this date, in ms since the epoch: what `Intl` formats (with `timeZone: "UTC"`)
    /// to write this date, whatever the device's own time zone.
    pub fn utc_midnight_ms(self) -> f64 {
        f64::from(self.0) * MS_PER_DAY
    }
}

impl std::fmt::Display for LocalDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in `month` (1–12) of `year`; 0 for a month that does not exist.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

    /// The English lower-case name, as field names on the wire use it (`hours.monday.0.opens`).
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

    /// 0 = Monday … 6 = Sunday (ISO 8601 minus one), for indexing.
    pub fn index(self) -> usize {
        self as usize
    }

    /// ISO 8601: 1 = Monday … 7 = Sunday, the number activities store and send.
    pub fn iso(self) -> u8 {
        self as u8 + 1
    }

    pub fn from_iso(number: u8) -> Option<Weekday> {
        Weekday::ALL
            .get(usize::from(number).checked_sub(1)?)
            .copied()
    }
}

/// A wall-clock reading at a location.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDateTime {
    pub date: LocalDate,
    /// Minutes since local midnight, 0..1440.
    pub minute: u16,
}

/// The locale to ask `Intl.DateTimeFormat` for wall-clock parts in: Latin digits, so the parts
/// parse as numbers.
pub const WALL_CLOCK_LOCALE: &str = "en-US-u-nu-latn";

/// The `Intl.DateTimeFormat` options (besides `timeZone`) whose `formatToParts` output
/// [`LocalDateTime::from_intl_parts`] reads.
pub const WALL_CLOCK_OPTIONS: [(&str, &str); 6] = [
    ("year", "numeric"),
    ("month", "numeric"),
    ("day", "numeric"),
    ("hour", "numeric"),
    ("minute", "numeric"),
    ("hourCycle", "h23"),
];

impl LocalDateTime {
    /// Reads `(type, value)` pairs of `Intl.DateTimeFormat(…).formatToParts()`; other part types
    /// (literals, eras) are skipped. `None` when a part is missing or not a number.
    pub fn from_intl_parts<'a>(
        parts: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Option<LocalDateTime> {
        let mut found = [None::<u32>; 5];
        for (kind, value) in parts {
            let slot = match kind {
                "year" => 0,
                "month" => 1,
                "day" => 2,
                "hour" => 3,
                "minute" => 4,
                _ => continue,
            };
            found[slot] = Some(value.parse().ok()?);
        }
        let [Some(y), Some(m), Some(d), Some(hour), Some(minute)] = found else {
            return None;
        };
        if minute >= 60 {
            return None;
        }
        Some(LocalDateTime {
            date: LocalDate::new(
                i32::try_from(y).ok()?,
                u8::try_from(m).ok()?,
                u8::try_from(d).ok()?,
            )?,
            // Some engines write midnight as hour 24 even with h23.
            minute: u16::try_from((hour % 24) * 60 + minute).ok()?,
        })
    }
}

/// `HH:MM` of minutes since midnight (1440 is `24:00`, the end of a day).
pub fn format_minute(minute: u16) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// Minutes since midnight of a strict `HH:MM` time of day, 00:00–23:59 (two digits each).
pub fn parse_time(text: &str) -> Option<u16> {
    let (h, m) = text.split_once(':')?;
    if h.len() != 2 || m.len() != 2 || !(h.bytes().chain(m.bytes())).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

#[cfg(test)]
#[path = "calendar_tests.rs"]
mod tests;
