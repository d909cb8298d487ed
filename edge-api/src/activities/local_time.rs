//! "Now" on a location's wall clock. The JavaScript engine's `Intl` carries the time zone database,
//! so the Worker does not ship one; every call goes through `Reflect`, so a time zone the engine
//! does not know is an error, not a panic. Which parts to ask for and how to read them is the
//! shared calendar's ([`wegwijs_shared::calendar`]), the same as in the browser.

use wegwijs_shared::calendar::{LocalDateTime, WALL_CLOCK_LOCALE, WALL_CLOCK_OPTIONS};
use worker::js_sys::{self, Array, Function, Object, Reflect};
use worker::wasm_bindgen::JsValue;

use crate::error::ApiError;

pub fn local_now(timezone: &str, now_ms: f64) -> Result<LocalDateTime, ApiError> {
    let fail = |what: &str| ApiError::Internal(format!("local time in {timezone:?}: {what}"));
    let intl = Reflect::get(&js_sys::global(), &"Intl".into()).map_err(|_| fail("no Intl"))?;
    let constructor: Function = Reflect::get(&intl, &"DateTimeFormat".into())
        .map_err(|_| fail("no DateTimeFormat"))?
        .into();
    let options = Object::new();
    for (key, value) in [("timeZone", timezone)]
        .into_iter()
        .chain(WALL_CLOCK_OPTIONS)
    {
        Reflect::set(&options, &key.into(), &value.into()).map_err(|_| fail("options"))?;
    }
    let format = Reflect::construct(
        &constructor,
        &Array::of2(&JsValue::from_str(WALL_CLOCK_LOCALE), &options),
    )
    .map_err(|_| fail("unknown time zone"))?;
    let format_to_parts: Function = Reflect::get(&format, &"formatToParts".into())
        .map_err(|_| fail("no formatToParts"))?
        .into();
    let parts: Array = format_to_parts
        .call1(&format, &js_sys::Date::new(&JsValue::from_f64(now_ms)))
        .map_err(|_| fail("formatToParts failed"))?
        .into();
    let read = |part: &JsValue, key: &str| {
        Reflect::get(part, &key.into())
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    let parts: Vec<(String, String)> = parts
        .iter()
        .map(|part| (read(&part, "type"), read(&part, "value")))
        .collect();
    LocalDateTime::from_intl_parts(parts.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .ok_or_else(|| fail("parts that are no date and time"))
}
