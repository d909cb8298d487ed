use super::*;
use crate::calendar::{LocalDate, LocalDateTime};

fn input() -> ActivityInput {
    ActivityInput {
        location_id: "loc-zwolle".into(),
        recurrence: Recurrence::Weekly,
        start_date: "2026-01-05".into(),
        end_date: None,
        weekday: Some(2),
        start_time: "14:00".into(),
        duration_minutes: 90,
        place: " Living room ".into(),
        capacity: 12,
        language: Some("nl".into()),
        source_language: "en".into(),
        texts: vec![
            ActivityText {
                language: "en".into(),
                title: "Language café".into(),
                description: "Practise Dutch.".into(),
            },
            ActivityText {
                language: "ar".into(),
                title: "مقهى اللغة".into(),
                description: String::new(),
            },
        ],
    }
}

fn fields(result: Result<(ActivityInput, Schedule), Vec<FieldError>>) -> Vec<(String, String)> {
    result
        .unwrap_err()
        .into_iter()
        .map(|e| (e.field, e.code))
        .collect()
}

#[test]
fn valid_input_is_trimmed_and_scheduled() {
    let (clean, schedule) = input().validate().unwrap();
    assert_eq!(clean.place, "Living room");
    assert_eq!(schedule.weekday, 2);
    assert_eq!(schedule.start_minute, 14 * 60);
    assert_eq!(schedule.end_minute(), 15 * 60 + 30);
}

#[test]
fn each_bad_field_is_named() {
    let mut bad = input();
    bad.capacity = 0;
    bad.duration_minutes = 2;
    bad.weekday = None;
    bad.start_time = "25:00".into();
    bad.end_date = Some("2025-12-31".into());
    bad.language = Some("xx".into());
    bad.texts[1].title = "  ".into();
    let got = fields(bad.validate());
    for expected in [
        ("capacity", "activities_capacity_range"),
        ("duration_minutes", "activities_duration_range"),
        ("weekday", "activities_weekday_required"),
        ("start_time", "activities_invalid_time"),
        ("end_date", "activities_end_before_start"),
        ("language", "unknown_language"),
        ("texts.1.title", "required"),
    ] {
        assert!(
            got.contains(&(expected.0.to_owned(), expected.1.to_owned())),
            "{expected:?} missing in {got:?}"
        );
    }
}

#[test]
fn one_offs_and_midnight_and_source_text() {
    let mut once = input();
    once.recurrence = Recurrence::Once;
    once.end_date = Some("2026-02-01".into());
    assert_eq!(
        fields(once.validate()),
        [("end_date".into(), "activities_end_for_once".into())]
    );
    once.end_date = None;
    let (clean, _) = once.validate().unwrap();
    assert_eq!(clean.weekday, None, "a one-off keeps no weekday");

    let mut late = input();
    late.start_time = "23:00".into();
    late.duration_minutes = 61;
    assert_eq!(
        fields(late.validate()),
        [("duration_minutes".into(), "activities_past_midnight".into())]
    );

    let mut no_source = input();
    no_source.source_language = "nl".into();
    assert_eq!(
        fields(no_source.validate()),
        [("texts".into(), "activities_source_text_required".into())]
    );

    let mut twice = input();
    twice.texts[1].language = "en".into();
    assert_eq!(
        fields(twice.validate()),
        [(
            "texts.1.language".into(),
            "activities_duplicate_language".into()
        )]
    );
}

#[test]
fn no_spoken_language_is_none() {
    let mut any = input();
    any.language = Some(" ".into());
    assert_eq!(any.validate().unwrap().0.language, None);
}

#[test]
fn texts_fall_back_to_the_source_language() {
    let texts = input().texts;
    assert_eq!(pick_text(&texts, "ar", "en").unwrap().0.title, "مقهى اللغة");
    let (text, fallback) = pick_text(&texts, "ti", "en").unwrap();
    assert_eq!((text.language.as_str(), fallback), ("en", true));
    assert!(pick_text(&[], "en", "en").is_none());
}

#[test]
fn sign_ups_are_refused_for_past_cancelled_and_unknown_occurrences() {
    let (_, schedule) = input().validate().unwrap();
    let tuesday = LocalDate::parse("2026-12-01").unwrap();
    let before = LocalDateTime {
        date: tuesday,
        minute: 13 * 60 + 59,
    };
    let at = LocalDateTime {
        date: tuesday,
        minute: 14 * 60,
    };
    assert_eq!(may_change(&schedule, false, tuesday, before), Ok(()));
    assert_eq!(
        may_change(&schedule, false, tuesday, at),
        Err(Refusal::Started)
    );
    assert_eq!(
        may_change(&schedule, true, tuesday, before),
        Err(Refusal::Cancelled)
    );
    assert_eq!(
        may_change(&schedule, false, tuesday.add_days(1), before),
        Err(Refusal::NoSuchOccurrence)
    );
    assert_eq!(Refusal::Started.field_error().field, "date");
}
