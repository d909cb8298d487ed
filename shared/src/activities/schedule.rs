//! When an activity happens: one-off or weekly, in the location's local dates and wall-clock
//! times. Everything here is local: the Worker converts "now" to the location's wall clock once
//! (with the time zone database of the JavaScript engine) and the rules compare local values, so
//! no time zone data lives in this crate and DST cannot shift an occurrence to another day.

use serde::{Deserialize, Serialize};

use crate::calendar::{LocalDate, LocalDateTime};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
                    && date.weekday().iso() == self.weekday
            }
        }
    }

    /// The dates it happens on within `days` days from `from` (inclusive), in order.
    pub fn occurrences(&self, from: LocalDate, days: u32) -> Vec<LocalDate> {
        (0..i64::from(days))
            .map(|i| from.add_days(i))
            .filter(|d| self.occurs_on(*d))
            .collect()
    }

    /// Whether the occurrence on `date` has started at local time `now` (a sign-up or cancellation
    /// then comes too late).
    pub fn has_started(&self, date: LocalDate, now: LocalDateTime) -> bool {
        date < now.date || (date == now.date && self.start_minute <= now.minute)
    }

    pub fn end_minute(&self) -> u16 {
        self.start_minute + self.duration_minutes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> LocalDate {
        LocalDate::parse(text).unwrap()
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
        let now = |date: &str, minute| LocalDateTime {
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
