use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::*;

fn r(opens: &str, closes: &str) -> TimeRange {
    TimeRange {
        opens: parse_minute(opens).unwrap(),
        closes: parse_minute(closes).unwrap(),
    }
}

fn date(text: &str) -> LocalDate {
    LocalDate::parse(text).unwrap()
}

/// The location's wall clock at an instant, as the browser's `Intl` gives it.
fn amsterdam(instant: &str) -> LocalDateTime {
    let zoned = instant
        .parse::<Timestamp>()
        .unwrap()
        .to_zoned(TimeZone::get("Europe/Amsterdam").unwrap());
    let dt = zoned.datetime();
    LocalDateTime {
        date: LocalDate::new(i32::from(dt.year()), dt.month() as u8, dt.day() as u8).unwrap(),
        minute: dt.hour() as u16 * 60 + dt.minute() as u16,
    }
}

/// A desk open Monday–Friday 09:00–12:30 and 13:30–17:00.
fn desk() -> WeeklyHours {
    let day = vec![r("09:00", "12:30"), r("13:30", "17:00")];
    WeeklyHours {
        monday: day.clone(),
        tuesday: day.clone(),
        wednesday: day.clone(),
        thursday: day.clone(),
        friday: day,
        ..WeeklyHours::default()
    }
}

fn open_until(status: &OpenStatus) -> (String, u16, u32) {
    match status {
        OpenStatus::Open { until: Some(c) } => (c.date.to_string(), c.minute, c.days_ahead),
        other => panic!("expected open with a closing time, got {other:?}"),
    }
}

fn opens_at(status: &OpenStatus) -> (String, u16, u32) {
    match status {
        OpenStatus::Closed { opens: Some(c), .. } => (c.date.to_string(), c.minute, c.days_ahead),
        other => panic!("expected closed with an opening time, got {other:?}"),
    }
}

#[test]
fn minutes_parse_and_format() {
    assert_eq!(parse_minute("09:00"), Some(540));
    assert_eq!(parse_minute("9:05"), Some(545));
    assert_eq!(parse_minute("24:00"), Some(1440));
    assert_eq!(parse_minute("24:01"), None);
    assert_eq!(parse_minute("12:60"), None);
    assert_eq!(parse_minute("noon"), None);
    assert_eq!(format_minute(1440), "24:00");
    assert_eq!(format_minute(545), "09:05");
}

#[test]
fn validation_names_each_bad_field() {
    let mut hours = desk();
    hours.monday = vec![r("09:00", "12:00"), r("11:00", "08:00")];
    hours.tuesday = vec![r("09:00", "12:00"), r("11:30", "13:00")];
    hours.wednesday = vec![TimeRange {
        opens: 1440,
        closes: 1440,
    }];
    hours.thursday = vec![TimeRange {
        opens: 600,
        closes: 1500,
    }];
    hours.friday = vec![r("10:00", "10:00")];
    let mut errors = Vec::new();
    validate_weekly("hours", &hours, &mut errors);
    let fields: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e.field.as_str(), e.code.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            ("hours.monday.1.closes", "closes_before_opens"),
            ("hours.tuesday.1.opens", "overlapping_ranges"),
            ("hours.wednesday.0.opens", "out_of_range"),
            ("hours.thursday.0.closes", "out_of_range"),
            ("hours.friday.0.closes", "closes_before_opens"),
        ]
    );
    let mut errors = Vec::new();
    validate_weekly("hours", &desk(), &mut errors);
    assert!(errors.is_empty(), "{errors:?}");
    // Ranges that touch are not overlapping.
    let mut errors = Vec::new();
    validate_ranges(
        "d",
        &[r("13:00", "17:00"), r("09:00", "13:00")],
        &mut errors,
    );
    assert!(errors.is_empty(), "{errors:?}");
}

#[test]
fn exceptions_are_validated() {
    let exceptions = vec![
        HoursException {
            date: "2026-12-25".into(),
            ranges: vec![],
            reason: "Christmas Day".into(),
        },
        HoursException {
            date: "2026-12-25".into(),
            ranges: vec![],
            reason: String::new(),
        },
        HoursException {
            date: "25-12-2026".into(),
            ranges: vec![r("12:00", "11:00")],
            reason: "x".repeat(MAX_REASON_CHARS + 1),
        },
    ];
    let mut errors = Vec::new();
    validate_exceptions("exceptions", &exceptions, &mut errors);
    let fields: Vec<(&str, &str)> = errors
        .iter()
        .map(|e| (e.field.as_str(), e.code.as_str()))
        .collect();
    assert_eq!(
        fields,
        [
            ("exceptions.1.date", "duplicate_date"),
            ("exceptions.2.date", "invalid_date"),
            ("exceptions.2.reason", "too_long"),
            ("exceptions.2.ranges.0.closes", "closes_before_opens"),
        ]
    );
}

#[test]
fn open_and_closed_on_an_ordinary_day() {
    let hours = desk();
    // Wednesday 2026-11-25, 10:15 CET.
    let now = amsterdam("2026-11-25T09:15:00Z");
    assert_eq!(now.minute, 10 * 60 + 15);
    assert_eq!(
        open_until(&status_at(&hours, &[], now)),
        ("2026-11-25".into(), 750, 0)
    );
    // Lunch break: closed, opens at 13:30 today.
    let lunch = amsterdam("2026-11-25T12:00:00Z");
    assert_eq!(
        opens_at(&status_at(&hours, &[], lunch)),
        ("2026-11-25".into(), 810, 0)
    );
    // 17:00 exactly is closed (ranges end exclusive): opens Thursday 09:00.
    let evening = amsterdam("2026-11-25T16:00:00Z");
    assert_eq!(
        opens_at(&status_at(&hours, &[], evening)),
        ("2026-11-26".into(), 540, 1)
    );
}

#[test]
fn week_wraps_around_to_monday() {
    let hours = desk();
    // Saturday 2026-11-28 12:00: nothing until Monday 09:00.
    let saturday = amsterdam("2026-11-28T11:00:00Z");
    let status = status_at(&hours, &[], saturday);
    assert_eq!(opens_at(&status), ("2026-11-30".into(), 540, 2));
    assert!(matches!(
        status,
        OpenStatus::Closed {
            all_day: true,
            exception: None,
            ..
        }
    ));
    // Sunday 23:59 → Monday.
    let sunday = amsterdam("2026-11-29T22:59:00Z");
    assert_eq!(
        opens_at(&status_at(&hours, &[], sunday)),
        ("2026-11-30".into(), 540, 1)
    );
}

#[test]
fn spring_forward_monday_opens_at_local_nine() {
    let hours = desk();
    // Monday 2026-03-30 is the first day of summer time (UTC+2): 09:00 local is 07:00 UTC.
    let before = amsterdam("2026-03-30T06:59:00Z");
    assert_eq!(before.minute, 8 * 60 + 59);
    assert_eq!(
        opens_at(&status_at(&hours, &[], before)),
        ("2026-03-30".into(), 540, 0)
    );
    let at = amsterdam("2026-03-30T07:00:00Z");
    assert!(matches!(
        status_at(&hours, &[], at),
        OpenStatus::Open { .. }
    ));
    // The Friday before, still winter time (UTC+1): 09:00 local is 08:00 UTC.
    assert!(matches!(
        status_at(&hours, &[], amsterdam("2026-03-27T07:30:00Z")),
        OpenStatus::Closed { .. }
    ));
    assert!(matches!(
        status_at(&hours, &[], amsterdam("2026-03-27T08:00:00Z")),
        OpenStatus::Open { .. }
    ));
}

#[test]
fn a_sunday_desk_across_both_dst_changes() {
    let mut hours = desk();
    hours.sunday = vec![r("09:00", "11:00")];
    // 2026-03-29 (clocks go 02:00 → 03:00): 09:00 local is 07:00 UTC.
    assert!(matches!(
        status_at(&hours, &[], amsterdam("2026-03-29T06:59:00Z")),
        OpenStatus::Closed { .. }
    ));
    assert_eq!(
        open_until(&status_at(&hours, &[], amsterdam("2026-03-29T07:00:00Z"))),
        ("2026-03-29".into(), 660, 0)
    );
    // 2026-10-25 (clocks go 03:00 → 02:00): 09:00 local is 08:00 UTC.
    assert!(matches!(
        status_at(&hours, &[], amsterdam("2026-10-25T07:30:00Z")),
        OpenStatus::Closed { .. }
    ));
    assert!(matches!(
        status_at(&hours, &[], amsterdam("2026-10-25T08:00:00Z")),
        OpenStatus::Open { .. }
    ));
}

#[test]
fn a_range_spanning_the_skipped_hour() {
    // A night desk 01:00–04:00 on Sundays; on 2026-03-29 the local hour 02:00–02:59 does not exist.
    let hours = WeeklyHours {
        sunday: vec![r("01:00", "04:00")],
        ..WeeklyHours::default()
    };
    // 00:59 UTC = 01:59 CET: open.
    let early = amsterdam("2026-03-29T00:59:00Z");
    assert_eq!(early.minute, 119);
    assert_eq!(
        open_until(&status_at(&hours, &[], early)),
        ("2026-03-29".into(), 240, 0)
    );
    // One minute later it is 03:00 CEST: still open, the range is only two hours long today.
    let jumped = amsterdam("2026-03-29T01:00:00Z");
    assert_eq!(jumped.minute, 180);
    assert!(matches!(
        status_at(&hours, &[], jumped),
        OpenStatus::Open { .. }
    ));
    // 02:00 UTC = 04:00 CEST: closed until next Sunday 01:00.
    assert_eq!(
        opens_at(&status_at(&hours, &[], amsterdam("2026-03-29T02:00:00Z"))),
        ("2026-04-05".into(), 60, 7)
    );
}

#[test]
fn the_repeated_hour_gives_the_same_answer_twice() {
    let hours = WeeklyHours {
        sunday: vec![r("02:30", "03:00")],
        ..WeeklyHours::default()
    };
    // 2026-10-25: 02:30 local happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET).
    for instant in ["2026-10-25T00:30:00Z", "2026-10-25T01:30:00Z"] {
        let now = amsterdam(instant);
        assert_eq!(now.minute, 150, "{instant}");
        assert_eq!(
            open_until(&status_at(&hours, &[], now)),
            ("2026-10-25".into(), 180, 0),
            "{instant}"
        );
    }
    // 02:00 UTC = 03:00 CET: closed.
    assert!(matches!(
        status_at(&hours, &[], amsterdam("2026-10-25T02:00:00Z")),
        OpenStatus::Closed { .. }
    ));
}

fn christmas() -> Vec<HoursException> {
    vec![
        HoursException {
            date: "2026-12-24".into(),
            ranges: vec![r("09:00", "12:00")],
            reason: "Christmas Eve".into(),
        },
        HoursException {
            date: "2026-12-25".into(),
            ranges: vec![],
            reason: "Christmas Day".into(),
        },
        HoursException {
            date: "2026-12-28".into(),
            ranges: vec![],
            reason: "Staff day".into(),
        },
    ]
}

#[test]
fn exceptions_close_a_day_and_shorten_another() {
    let hours = desk();
    // Thursday 24 December 13:00 (normally open after lunch): special hours ended at 12:00.
    let eve = amsterdam("2026-12-24T12:00:00Z");
    let status = status_at(&hours, &christmas(), eve);
    assert_eq!(
        status,
        OpenStatus::Closed {
            exception: Some("Christmas Eve".into()),
            all_day: false,
            opens: Some(Change {
                date: date("2026-12-29"),
                minute: 540,
                days_ahead: 5
            }),
        }
    );
    // Friday 25 December 10:00: closed all day for Christmas.
    let day = status_at(&hours, &christmas(), amsterdam("2026-12-25T09:00:00Z"));
    assert!(matches!(
        &day,
        OpenStatus::Closed { exception: Some(reason), all_day: true, .. } if reason == "Christmas Day"
    ));
    // Without the exceptions the same instants are open.
    assert!(matches!(
        status_at(&hours, &[], amsterdam("2026-12-25T09:00:00Z")),
        OpenStatus::Open { .. }
    ));
    // 24 December 11:00: open until the exception's 12:00, not the usual 12:30.
    assert_eq!(
        open_until(&status_at(
            &hours,
            &christmas(),
            amsterdam("2026-12-24T10:00:00Z")
        )),
        ("2026-12-24".into(), 720, 0)
    );
    // An exception can open a day that is normally closed (Saturday 26 December).
    let extra = vec![HoursException {
        date: "2026-12-26".into(),
        ranges: vec![r("10:00", "12:00")],
        reason: String::new(),
    }];
    assert_eq!(
        opens_at(&status_at(
            &hours,
            &extra,
            amsterdam("2026-12-25T17:00:00Z")
        )),
        ("2026-12-26".into(), 600, 1)
    );
}

#[test]
fn nothing_within_the_lookahead() {
    let status = status_at(
        &WeeklyHours::default(),
        &[],
        amsterdam("2026-11-25T09:15:00Z"),
    );
    assert!(matches!(status, OpenStatus::Closed { opens: None, .. }));
    // Open only beyond 14 days: still "no opening known".
    let far = vec![HoursException {
        date: "2026-12-20".into(),
        ranges: vec![r("09:00", "10:00")],
        reason: String::new(),
    }];
    let now = amsterdam("2026-12-01T09:15:00Z");
    assert!(matches!(
        status_at(&WeeklyHours::default(), &far, now),
        OpenStatus::Closed { opens: None, .. }
    ));
    let near = amsterdam("2026-12-06T09:15:00Z");
    assert_eq!(
        opens_at(&status_at(&WeeklyHours::default(), &far, near)),
        ("2026-12-20".into(), 540, 14)
    );
}

#[test]
fn touching_ranges_join_across_midnight() {
    // A phone line open day and night, and a night shift 22:00–06:00 split over two days.
    let always = vec![r("00:00", "24:00")];
    let all_week = WeeklyHours {
        monday: always.clone(),
        tuesday: always.clone(),
        wednesday: always.clone(),
        thursday: always.clone(),
        friday: always.clone(),
        saturday: always.clone(),
        sunday: always,
    };
    assert_eq!(
        status_at(&all_week, &[], amsterdam("2026-11-25T09:15:00Z")),
        OpenStatus::Open { until: None }
    );
    let night = WeeklyHours {
        friday: vec![r("22:00", "24:00")],
        saturday: vec![r("00:00", "06:00"), r("06:00", "08:00")],
        ..WeeklyHours::default()
    };
    assert_eq!(
        open_until(&status_at(&night, &[], amsterdam("2026-11-27T22:00:00Z"))),
        ("2026-11-28".into(), 480, 1)
    );
    // Open until 24:00 with nothing after midnight: "until 24:00" today.
    let late = WeeklyHours {
        friday: vec![r("20:00", "24:00")],
        ..WeeklyHours::default()
    };
    assert_eq!(
        open_until(&status_at(&late, &[], amsterdam("2026-11-27T20:00:00Z"))),
        ("2026-11-27".into(), 1440, 0)
    );
}

#[test]
fn upcoming_exceptions_are_sorted_and_bounded() {
    let exceptions = christmas();
    let found = upcoming_exceptions(&exceptions, date("2026-12-24"), 3);
    let dates: Vec<String> = found.iter().map(|(d, _)| d.to_string()).collect();
    assert_eq!(dates, ["2026-12-24", "2026-12-25"]);
}

#[test]
fn hours_serialise_with_weekday_names() {
    let json = serde_json::to_value(desk()).unwrap();
    assert_eq!(json["monday"][1]["closes"], 1020);
    let back: WeeklyHours = serde_json::from_value(json).unwrap();
    assert_eq!(back, desk());
    assert!(serde_json::from_str::<WeeklyHours>(r#"{"mon":[]}"#).is_err());
}
