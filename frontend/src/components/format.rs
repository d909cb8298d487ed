//! Dates and times as people read them. The browser's `Intl` does the work (no date library in the
//! wasm); the locale follows the chosen language (English as en-GB: day before month, 24 hours).

use leptos::prelude::use_context;
use wasm_bindgen::JsValue;
use wegwijs_shared::calendar::LocalDate;

use crate::i18n::I18n;

/// The chosen language's `Intl` locale (untracked: the app frame re-renders on a language change).
pub(crate) fn locale() -> &'static str {
    match use_context::<I18n>().map(|i| i.locale_untracked()) {
        None | Some("en") => "en-GB",
        Some(code) => code,
    }
}

fn date(ms: f64) -> js_sys::Date {
    js_sys::Date::new(&JsValue::from_f64(ms))
}

/// "28/11/2026, 14:05:09" style: the date and time in the device's time zone.
pub fn date_time(ms: f64) -> String {
    date(ms)
        .to_locale_string(locale(), &JsValue::UNDEFINED)
        .into()
}

/// The date alone.
pub fn day(ms: f64) -> String {
    date(ms)
        .to_locale_date_string(locale(), &JsValue::UNDEFINED)
        .into()
}

/// The start of a `YYYY-MM-DD` day in the device's time zone, as milliseconds (what a
/// `<input type="date">` gives to what the API filters on).
pub fn day_start_ms(iso_day: &str) -> Option<f64> {
    if iso_day.trim().is_empty() {
        return None;
    }
    let ms =
        js_sys::Date::new(&JsValue::from_str(&format!("{}T00:00:00", iso_day.trim()))).get_time();
    (!ms.is_nan()).then_some(ms)
}

/// Today as `YYYY-MM-DD` in the device's time zone (the latest date a birth date may have).
pub fn today_iso() -> String {
    let now = js_sys::Date::new_0();
    // `getTimezoneOffset` is UTC minus local time in minutes: shifting by it gives the device's
    // wall clock as a UTC instant, whose UTC date is today's local date.
    LocalDate::from_utc_ms(now.get_time() - now.get_timezone_offset() * 60_000.0).to_string()
}
