//! When an activity happens: one-off or weekly, in the location's local dates and wall-clock
//! times. Everything here is local: the Worker converts "now" to the location's wall clock once
//! (with the time zone database of the JavaScript engine) and the rules compare local values, so
//! no time zone data lives in this crate and DST cannot shift an occurrence to another day.

use serde::{Deserialize, Serialize};

/// A calendar date without a time zone, as days since 1970-01-01 (so arithmetic is plain integer
/// arithmetic). Howard Hinnant's civil-calendar algorithms convert to and from year/month/day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDate(pub i32);

impl LocalDate {
    pub fn from_ymd(y: i32, m: u32, d: u32) -> Option<LocalDate> {
        if !(1..=12).contains(&m) || d < 1 || d > days_in_month(y, m) {
            return None;
        }
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe as u32 * 365 + yoe as u32 / 4 - yoe as u32 / 100 + doy;
        Some(LocalDate(era * 146_097 + doe as i32 - 719_468))
    }

    pub fn ymd(self) -> (i32, u32, u32) {
        let z = self.0 + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097) as u32;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = doy - (153 * mp + 2) / 5 + 1;
        let m = if mp < 10 { mp + 3 } else { mp - 9 };
        let y = yoe as i32 + era * 400 + i32::from(m <= 2);
        (y, m, d)
    }

    /// `YYYY-MM-DD` only (years 1000–9999), nothing else.
    pub fn parse(text: &str) -> Option<LocalDate> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |s: &str| -> Option<u32> {
            s.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| s.parse().ok())
                .flatten()
        };
        let y = num(&text[0..4])?;
        if y < 1000 {
            return None;
        }
        LocalDate::from_ymd(y as i32, num(&text[5..7])?, num(&text[8..10])?)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
    pub fn weekday(self) -> u8 {
        ((self.0 + 3).rem_euclid(7) + 1) as u8
    }

    pub fn plus_days(self, days: i32) -> LocalDate {
        LocalDate(self.0 + days)
    }
}

impl std::fmt::Display for LocalDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// `HH:MM` (24 hours) as minutes since local midnight.
pub fn parse_time(text: &str) -> Option<u16> {
    let (h, m) = text.split_once(':')?;
    if h.len() != 2 || m.len() != 2 || !(h.bytes().chain(m.bytes())).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (h, m): (u16, u16) = (h.parse().ok()?, m.parse().ok()?);
    (h < 24 && m < 60).then_some(h * 60 + m)
}

pub fn format_time(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Recurrence {
    /// Once, on the start date.
    Once,
    /// Every week on one weekday, from the start date until the end date (or for ever).
    Weekly,
}

impl Recurrence {
    pub fn as_str(self) -> &'static str {
        match self {
            Recurrence::Once => "once",
            Recurrence::Weekly => "weekly",
        }
    }

    pub fn parse(value: &str) -> Option<Recurrence> {
        [Recurrence::Once, Recurrence::Weekly]
            .into_iter()
            .find(|r| r.as_str() == value)
    }
}

/// A checked schedule (see `ActivityInput::validate`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Schedule {
    pub recurrence: Recurrence,
    pub start: LocalDate,
    /// Weekly only: the last date it may happen on.
    pub end: Option<LocalDate>,
    /// Weekly only: ISO weekday.
    pub weekday: u8,
    /// Minutes since local midnight.
    pub start_minute: u16,
    pub duration_minutes: u16,
}

impl Schedule {
    pub fn occurs_on(&self, date: LocalDate) -> bool {
        match self.recurrence {
            Recurrence::Once => date == self.start,
            Recurrence::Weekly => {
                date >= self.start
                    && self.end.is_none_or(|end| date <= end)
                    && date.weekday() == self.weekday
            }
        }
    }

    /// The dates it happens on within `days` days from `from` (inclusive), in order.
    pub fn occurrences(&self, from: LocalDate, days: u32) -> Vec<LocalDate> {
        (0..days as i32)
            .map(|i| from.plus_days(i))
            .filter(|d| self.occurs_on(*d))
            .collect()
    }

    /// Whether the occurrence on `date` has started at local time `now` (a sign-up or cancellation
    /// then comes too late).
    pub fn has_started(&self, date: LocalDate, now: LocalNow) -> bool {
        date < now.date || (date == now.date && self.start_minute <= now.minute)
    }

    pub fn end_minute(&self) -> u16 {
        self.start_minute + self.duration_minutes
    }
}

/// The wall-clock "now" at a location.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LocalNow {
    pub date: LocalDate,
    /// Minutes since local midnight.
    pub minute: u16,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> LocalDate {
        LocalDate::parse(text).unwrap()
    }

    #[test]
    fn dates_round_trip_and_know_their_weekday() {
        for text in [
            "1970-01-01",
            "2000-02-29",
            "2026-03-29",
            "2026-10-25",
            "2099-12-31",
        ] {
            assert_eq!(d(text).to_string(), text);
        }
        assert_eq!(d("1970-01-01").0, 0);
        assert_eq!(d("1970-01-01").weekday(), 4);
        assert_eq!(d("2026-11-30").weekday(), 1);
        assert_eq!(d("2026-11-29").weekday(), 7);
        assert_eq!(d("2026-12-31").plus_days(1), d("2027-01-01"));
        for bad in [
            "2026-02-29",
            "2026-13-01",
            "2026-1-01",
            "26-01-01",
            "2026-01-01x",
            "+026-01-01",
        ] {
            assert_eq!(LocalDate::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn times_are_strict() {
        assert_eq!(parse_time("09:30"), Some(570));
        assert_eq!(parse_time("23:59"), Some(1439));
        assert_eq!(format_time(570), "09:30");
        for bad in ["24:00", "9:30", "09:60", "09-30", "0930", "+9:30"] {
            assert_eq!(parse_time(bad), None, "{bad}");
        }
    }

    fn weekly(start: &str, end: Option<&str>, weekday: u8) -> Schedule {
        Schedule {
            recurrence: Recurrence::Weekly,
            start: d(start),
            end: end.map(d),
            weekday,
            start_minute: 600,
            duration_minutes: 90,
        }
    }

    #[test]
    fn weekly_occurrences_respect_start_end_and_weekday() {
        // Tuesdays from Wed 2026-11-04 until Tue 2026-11-24.
        let s = weekly("2026-11-04", Some("2026-11-24"), 2);
        let dates: Vec<String> = s
            .occurrences(d("2026-11-01"), 40)
            .iter()
            .map(|d| d.to_string())
            .collect();
        assert_eq!(dates, ["2026-11-10", "2026-11-17", "2026-11-24"]);
        // No end: every week for ever, also across the DST change of 2027-03-28.
        let s = weekly("2020-01-01", None, 7);
        let dates: Vec<String> = s
            .occurrences(d("2027-03-22"), 14)
            .iter()
            .map(|d| d.to_string())
            .collect();
        assert_eq!(dates, ["2027-03-28", "2027-04-04"]);
    }

    #[test]
    fn a_one_off_happens_once() {
        let s = Schedule {
            recurrence: Recurrence::Once,
            weekday: 0,
            end: None,
            ..weekly("2026-12-03", None, 4)
        };
        assert_eq!(s.occurrences(d("2026-11-30"), 7), vec![d("2026-12-03")]);
        assert!(s.occurrences(d("2026-12-04"), 7).is_empty());
        assert!(!s.occurs_on(d("2026-12-10")));
    }

    #[test]
    fn started_is_judged_in_local_time() {
        let s = weekly("2026-01-01", None, 1);
        let now = |date: &str, minute| LocalNow {
            date: d(date),
            minute,
        };
        let day = d("2026-11-30");
        assert!(!s.has_started(day, now("2026-11-30", 599)));
        assert!(s.has_started(day, now("2026-11-30", 600)));
        assert!(s.has_started(day, now("2026-12-01", 0)));
        assert!(!s.has_started(day, now("2026-11-29", 1439)));
    }
}
