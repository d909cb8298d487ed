//! A location's wall clock in the browser, for opening hours: the instant is converted with
//! `Intl.DateTimeFormat(…, {timeZone})` (the browser's own tz database, so the wasm carries none;
//! the parts asked for and read back are the shared calendar's, as in the Worker), and times of
//! day, weekdays and dates are written in the chosen language by `Intl` too.

use js_sys::{Array, Date, Object, Reflect};
use wasm_bindgen::prelude::*;
use wegwijs_shared::calendar::{
    LocalDate, LocalDateTime, MINUTES_PER_DAY, MS_PER_DAY, WALL_CLOCK_LOCALE, WALL_CLOCK_OPTIONS,
    Weekday, format_minute,
};

use crate::components::format::locale;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = DateTimeFormat)]
    type Dtf;

    /// Throws a RangeError for a time zone the browser does not know: caught, not a panic.
    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DateTimeFormat", catch)]
    fn new(locale: &str, options: &Object) -> Result<Dtf, JsValue>;

    #[wasm_bindgen(method, js_name = formatToParts)]
    fn format_to_parts(this: &Dtf, date: &Date) -> Array;

    #[wasm_bindgen(method, js_name = format)]
    fn format(this: &Dtf, date: &Date) -> String;
}

fn options(pairs: &[(&str, &str)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    object
}

/// The wall clock in `timezone` at `ms` (ms since the epoch), or `None` for an unknown zone.
pub fn wall_clock(ms: f64, timezone: &str) -> Option<LocalDateTime> {
    let mut pairs = vec![("timeZone", timezone)];
    pairs.extend_from_slice(&WALL_CLOCK_OPTIONS);
    let dtf = Dtf::new(WALL_CLOCK_LOCALE, &options(&pairs)).ok()?;
    let parts = dtf.format_to_parts(&Date::new(&JsValue::from_f64(ms)));
    let mut read = Vec::new();
    for part in parts.iter() {
        let kind = Reflect::get(&part, &"type".into()).ok()?.as_string()?;
        let value = Reflect::get(&part, &"value".into()).ok()?.as_string()?;
        read.push((kind, value));
    }
    LocalDateTime::from_intl_parts(read.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// Formats a UTC-noon instant of `date` (so no zone can shift its day) with `pairs`.
fn format_date(date: LocalDate, pairs: &[(&str, &str)]) -> String {
    let mut all = vec![("timeZone", "UTC")];
    all.extend_from_slice(pairs);
    let ms = date.utc_midnight_ms() + MS_PER_DAY / 2.0;
    match Dtf::new(locale(), &options(&all)) {
        Ok(dtf) => dtf.format(&Date::new(&JsValue::from_f64(ms))),
        Err(_) => date.to_string(),
    }
}

/// "09:00" in the chosen language's digits and style; 24:00 stays 24:00 (Intl would say 00:00).
pub fn time_of_day(minute: u16) -> String {
    if minute >= MINUTES_PER_DAY {
        return "24:00".into();
    }
    let ms = f64::from(minute) * 60_000.0;
    match Dtf::new(
        locale(),
        &options(&[
            ("timeZone", "UTC"),
            ("hour", "2-digit"),
            ("minute", "2-digit"),
            ("hourCycle", "h23"),
        ]),
    ) {
        Ok(dtf) => dtf.format(&Date::new(&JsValue::from_f64(ms))),
        Err(_) => format_minute(minute),
    }
}

/// "Monday" in the chosen language: the one weekday name of the app (opening hours, activities).
pub fn weekday_name(day: Weekday) -> String {
    // 1970-01-05 (epoch day 4) was a Monday.
    let date = LocalDate::from_epoch_days(4 + day.index() as i32);
    format_date(date, &[("weekday", "long")])
}

/// "Friday 25 December" in the chosen language.
pub fn long_date(date: LocalDate) -> String {
    format_date(
        date,
        &[("weekday", "long"), ("day", "numeric"), ("month", "long")],
    )
}

/// A `YYYY-MM-DD` from the API as [`long_date`] writes it, or the text as is when it is not a date.
pub fn date_label(date: &str) -> String {
    LocalDate::parse(date).map_or_else(|| date.to_owned(), long_date)
}

/// An `HH:MM` from the API as [`time_of_day`] writes it, or the text as is when it is not a time.
pub fn time_label(time: &str) -> String {
    wegwijs_shared::calendar::parse_time(time).map_or_else(|| time.to_owned(), time_of_day)
}
