//! A location's wall clock in the browser, for opening hours: the instant is converted with
//! `Intl.DateTimeFormat(…, {timeZone})` (the browser's own tz database, so the wasm carries none),
//! and times of day, weekdays and dates are written in the chosen language by `Intl` too.

use js_sys::{Array, Date, Object, Reflect};
use wasm_bindgen::prelude::*;
use wegwijs_shared::hours::{LocalDate, LocalDateTime, MINUTES_PER_DAY, Weekday};

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
    // Latin digits whatever the language: these parts are parsed, not shown.
    let dtf = Dtf::new(
        "en-US-u-nu-latn",
        &options(&[
            ("timeZone", timezone),
            ("year", "numeric"),
            ("month", "numeric"),
            ("day", "numeric"),
            ("hour", "numeric"),
            ("minute", "numeric"),
            ("hourCycle", "h23"),
        ]),
    )
    .ok()?;
    let parts = dtf.format_to_parts(&Date::new(&JsValue::from_f64(ms)));
    let mut found = [None::<i32>; 5];
    for part in parts.iter() {
        let kind = Reflect::get(&part, &"type".into()).ok()?.as_string()?;
        let value = Reflect::get(&part, &"value".into()).ok()?.as_string()?;
        let slot = match kind.as_str() {
            "year" => 0,
            "month" => 1,
            "day" => 2,
            "hour" => 3,
            "minute" => 4,
            _ => continue,
        };
        found[slot] = value.parse().ok();
    }
    let [Some(y), Some(m), Some(d), Some(h), Some(min)] = found else {
        return None;
    };
    Some(LocalDateTime {
        date: LocalDate::new(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?)?,
        // Some engines write midnight as hour 24 even with h23.
        minute: u16::try_from((h % 24) * 60 + min).ok()?,
    })
}

/// Formats a UTC-noon instant of `date` (so no zone can shift its day) with `pairs`.
fn format_date(date: LocalDate, pairs: &[(&str, &str)]) -> String {
    let mut all = vec![("timeZone", "UTC")];
    all.extend_from_slice(pairs);
    let ms = date.days_since_epoch() as f64 * 86_400_000.0 + 43_200_000.0;
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
        Err(_) => wegwijs_shared::hours::format_minute(minute),
    }
}

/// "Monday" in the chosen language.
pub fn weekday_name(day: Weekday) -> String {
    // 2001-01-01 was a Monday.
    let date = LocalDate::new(2001, 1, 1 + day.index() as u8).unwrap_or(LocalDate {
        year: 2001,
        month: 1,
        day: 1,
    });
    format_date(date, &[("weekday", "long")])
}

/// "Friday 25 December" in the chosen language.
pub fn long_date(date: LocalDate) -> String {
    format_date(
        date,
        &[("weekday", "long"), ("day", "numeric"), ("month", "long")],
    )
}
