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
        "2026-12-25",
        "2027-01-01",
        "2099-12-31",
    ] {
        let date = d(text);
        assert_eq!(date.to_string(), text);
        assert_eq!(LocalDate::from_epoch_days(date.epoch_days()), date);
    }
    assert_eq!(d("1970-01-01").epoch_days(), 0);
    assert_eq!(d("1969-12-31").epoch_days(), -1);
    assert_eq!(d("1970-01-01").weekday(), Weekday::Thursday);
    assert_eq!(d("2026-03-29").weekday(), Weekday::Sunday);
    assert_eq!(d("2026-10-25").weekday(), Weekday::Sunday);
    assert_eq!(d("2026-11-29").weekday(), Weekday::Sunday);
    assert_eq!(d("2026-11-30").weekday(), Weekday::Monday);
    assert_eq!(d("2026-12-25").weekday(), Weekday::Friday);
    assert_eq!(d("2001-01-01").weekday(), Weekday::Monday);
    assert_eq!(d("2000-01-01").weekday(), Weekday::Saturday);
    assert_eq!(d("1000-01-01").weekday(), Weekday::Wednesday);
    assert_eq!(d("9999-12-31").weekday(), Weekday::Friday);
    assert_eq!(d("2026-12-31").add_days(1), d("2027-01-01"));
    assert_eq!(d("2027-01-01").add_days(-1), d("2026-12-31"));
}

#[test]
fn leap_years_follow_the_gregorian_rule() {
    for (year, leap) in [
        (2024, true),
        (2025, false),
        (2000, true),
        (1900, false),
        (2100, false),
        (2400, true),
        (1600, true),
    ] {
        assert_eq!(is_leap_year(year), leap, "{year}");
        assert_eq!(LocalDate::new(year, 2, 29).is_some(), leap, "{year}");
        assert_eq!(days_in_month(year, 2), if leap { 29 } else { 28 });
    }
    assert_eq!(d("2024-02-28").add_days(1), d("2024-02-29"));
    assert_eq!(d("2025-02-28").add_days(1), d("2025-03-01"));
    assert_eq!(d("2024-01-01").days_until(d("2025-01-01")), 366);
    assert_eq!(d("2025-01-01").days_until(d("2026-01-01")), 365);
    assert_eq!(d("2026-01-01").days_until(d("2025-01-01")), -365);
}

#[test]
fn month_ends() {
    let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    for (month, length) in (1..=12u8).zip(lengths) {
        assert_eq!(days_in_month(2026, month), length, "month {month}");
        let last = LocalDate::new(2026, month, length).unwrap();
        assert!(LocalDate::new(2026, month, length + 1).is_none());
        let next = last.add_days(1).ymd();
        assert_eq!(next.2, 1, "the day after {last} starts a month");
        assert_eq!(next.1, month % 12 + 1);
    }
    assert_eq!(days_in_month(2026, 0), 0);
    assert_eq!(days_in_month(2026, 13), 0);
    assert!(LocalDate::new(2026, 4, 0).is_none());
    assert!(LocalDate::new(2026, 13, 1).is_none());
}

#[test]
fn parse_takes_one_shape_only() {
    for bad in [
        "",
        "2026-02-29",
        "2026-04-31",
        "2026-13-01",
        "2026-00-10",
        "2026-01-00",
        "2026-1-01",
        "2026-01-1",
        "26-01-01",
        "2026-01-01x",
        " 2026-01-01",
        "2026/01/01",
        "+026-01-01",
        "2026-+1-01",
        "2026-01-+1",
        "0999-12-31",
        "٢٠٢٦-٠١-٠١",
        "20260101",
    ] {
        assert_eq!(LocalDate::parse(bad), None, "{bad:?}");
    }
    assert_eq!(d("1000-01-01").to_string(), "1000-01-01");
    assert_eq!(d("9999-12-31").to_string(), "9999-12-31");
}

#[test]
fn every_day_of_four_centuries_round_trips() {
    // Walks the calendar day by day with nothing but `days_in_month`, and checks the arithmetic
    // (and the text) agrees on every date.
    let mut date = d("1900-01-01");
    let (mut y, mut m, mut day) = (1900, 1u8, 1u8);
    while y < 2300 {
        assert_eq!(date.ymd(), (y, m, day));
        assert_eq!(LocalDate::new(y, m, day), Some(date));
        assert_eq!(LocalDate::parse(&date.to_string()), Some(date));
        assert_eq!(
            date.add_days(1).weekday().index(),
            (date.weekday().index() + 1) % 7
        );
        day += 1;
        if day > days_in_month(y, m) {
            (day, m) = (1, m + 1);
            if m > 12 {
                (m, y) = (1, y + 1);
            }
        }
        date = date.add_days(1);
    }
    assert_eq!(d("1900-01-01").days_until(date), 146_097);
}

#[test]
fn far_dates_do_not_overflow() {
    for days in [-1_000_000_000, -719_468, 0, 2_932_896, 1_000_000_000] {
        let date = LocalDate::from_epoch_days(days);
        let (y, m, day) = date.ymd();
        assert_eq!(LocalDate::new(y, m, day), Some(date), "{days}");
    }
    let last = LocalDate::from_epoch_days(i32::MAX);
    assert_eq!(last.add_days(1), last);
    assert_eq!(LocalDate::new(i32::MAX, 12, 31), None);
}

#[test]
fn utc_instants_and_dates() {
    let of = |ms: f64| LocalDate::from_utc_ms(ms).to_string();
    assert_eq!(of(0.0), "1970-01-01");
    assert_eq!(of(-1.0), "1969-12-31");
    assert_eq!(of(951_782_400_000.0), "2000-02-29");
    assert_eq!(of(1_795_910_399_999.0), "2026-11-28");
    assert_eq!(of(1_795_910_400_000.0), "2026-11-29");
    assert_eq!(d("2026-11-29").utc_midnight_ms(), 1_795_910_400_000.0);
}

#[test]
fn weekdays_number_as_iso_and_serialise_by_name() {
    for (i, day) in Weekday::ALL.into_iter().enumerate() {
        assert_eq!(day.index(), i);
        assert_eq!(day.iso(), i as u8 + 1);
        assert_eq!(Weekday::from_iso(day.iso()), Some(day));
        assert_eq!(
            serde_json::to_string(&day).unwrap(),
            format!("\"{}\"", day.key())
        );
    }
    assert_eq!(Weekday::from_iso(0), None);
    assert_eq!(Weekday::from_iso(8), None);
    assert_eq!(d("2026-11-30").weekday().iso(), 1);
    assert_eq!(d("2026-11-29").weekday().iso(), 7);
    assert_eq!(
        serde_json::from_str::<Weekday>("\"sunday\"").unwrap(),
        Weekday::Sunday
    );
}

#[test]
fn intl_parts_become_a_wall_clock() {
    let parts = |hour: &'static str| {
        [
            ("month", "3"),
            ("literal", "/"),
            ("day", "29"),
            ("literal", "/"),
            ("year", "2026"),
            ("literal", ", "),
            ("hour", hour),
            ("literal", ":"),
            ("minute", "05"),
        ]
    };
    let at = |hour| LocalDateTime::from_intl_parts(parts(hour));
    assert_eq!(
        at("09"),
        Some(LocalDateTime {
            date: d("2026-03-29"),
            minute: 9 * 60 + 5
        })
    );
    assert_eq!(at("24").map(|t| t.minute), Some(5), "midnight as 24");
    assert_eq!(at("x"), None);
    assert_eq!(
        LocalDateTime::from_intl_parts([("year", "2026"), ("month", "2"), ("day", "29")]),
        None
    );
}

#[test]
fn times_of_day() {
    assert_eq!(parse_time("09:30"), Some(570));
    assert_eq!(parse_time("00:00"), Some(0));
    assert_eq!(parse_time("23:59"), Some(1439));
    for bad in ["24:00", "9:30", "09:60", "09-30", "0930", "+9:30", " 09:30"] {
        assert_eq!(parse_time(bad), None, "{bad}");
    }
    assert_eq!(format_minute(570), "09:30");
    assert_eq!(format_minute(545), "09:05");
    assert_eq!(format_minute(MINUTES_PER_DAY), "24:00");
}
