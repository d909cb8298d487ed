//! "Now" on a location's wall clock. The JavaScript engine's `Intl` carries the time zone database,
//! so the Worker does not ship one; every call goes through `Reflect`, so a time zone the engine
//! does not know is an error, not a panic.

use wegwijs_shared::activities::{LocalDate, LocalNow};
use worker::js_sys::{self, Array, Function, Object, Reflect};
use worker::wasm_bindgen::JsValue;

use crate::error::ApiError;

pub fn local_now(timezone: &str, now_ms: f64) -> Result<LocalNow, ApiError> {
    let fail = |what: &str| ApiError::Internal(format!("local time in {timezone:?}: {what}"));
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).map_err(|_| fail("no Intl"))?;
    let constructor: Function = Reflect::get(&intl, &"DateTimeFormat".into())
        .map_err(|_| fail("no DateTimeFormat"))?
        .into();
    let options = Object::new();
    for (key, value) in [
        ("timeZone", timezone),
        ("year", "numeric"),
        ("month", "2-digit"),
        ("day", "2-digit"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        ("hourCycle", "h23"),
    ] {
        Reflect::set(&options, &key.into(), &value.into()).map_err(|_| fail("options"))?;
    }
    let format = Reflect::construct(
        &constructor,
        &Array::of2(&JsValue::from_str("en-US"), &options),
    )
    .map_err(|_| fail("unknown time zone"))?;
    let format_to_parts: Function = Reflect::get(&format, &"formatToParts".into())
        .map_err(|_| fail("no formatToParts"))?
        .into();
    let parts: Array = format_to_parts
        .call1(&format, &js_sys::Date::new(&JsValue::from_f64(now_ms)))
        .map_err(|_| fail("formatToParts failed"))?
        .into();
    let mut values = [0u32; 5];
    for part in parts.iter() {
        let kind = Reflect::get(&part, &"type".into())
            .ok()
            .and_then(|v| v.as_string());
        let value = Reflect::get(&part, &"value".into())
            .ok()
            .and_then(|v| v.as_string())
            .and_then(|v| v.parse::<u32>().ok());
        let slot = match kind.as_deref() {
            Some("year") => 0,
            Some("month") => 1,
            Some("day") => 2,
            Some("hour") => 3,
            Some("minute") => 4,
            _ => continue,
        };
        values[slot] = value.ok_or_else(|| fail("a part is not a number"))?;
    }
    let [y, m, d, hour, minute] = values;
    let date = LocalDate::from_ymd(y as i32, m, d).ok_or_else(|| fail("no date"))?;
    Ok(LocalNow {
        date,
        // Some engines write midnight as 24 even with h23.
        minute: ((hour % 24) * 60 + minute) as u16,
    })
}
