//! Decoding request bodies. Pure functions over bytes and header values, so the rules for bad input
//! are tested natively: wrong or missing content type → 415, oversized → 413, unreadable JSON or a
//! wrong field → 400 naming the field.

use serde::de::DeserializeOwned;
use wegwijs_shared::problem::FieldError;

use crate::error::ApiError;

/// Upper bound on any JSON body the API accepts. Forms here are short; anything larger is a mistake
/// or abuse, refused before parsing.
pub const MAX_JSON_BODY_BYTES: usize = 16 * 1024;

/// Bodies of the content editor: a rich text of 20,000 characters in a non-Latin script is up to
/// 80 KB in UTF-8, before JSON escaping.
pub const MAX_CONTENT_BODY_BYTES: usize = 192 * 1024;

/// Checks the content type and decodes `bytes` as `T`, naming the offending field on failure.
pub fn decode_json<T: DeserializeOwned>(
    content_type: Option<&str>,
    bytes: &[u8],
) -> Result<T, ApiError> {
    decode_json_up_to(content_type, bytes, MAX_JSON_BODY_BYTES)
}

/// Like [`decode_json`] with another size limit, for the few routes that take long texts.
pub fn decode_json_up_to<T: DeserializeOwned>(
    content_type: Option<&str>,
    bytes: &[u8],
    limit: usize,
) -> Result<T, ApiError> {
    require_json_content_type(content_type)?;
    if bytes.len() > limit {
        return Err(ApiError::PayloadTooLarge { limit });
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ApiError::MalformedBody {
            detail: "The request body is empty; a JSON object was expected.".into(),
            errors: vec![],
        });
    }
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(describe)?;
    deserializer.end().map_err(|e| ApiError::MalformedBody {
        detail: format!("Unexpected content after the JSON value ({e})."),
        errors: vec![],
    })?;
    Ok(value)
}

fn require_json_content_type(content_type: Option<&str>) -> Result<(), ApiError> {
    let Some(raw) = content_type else {
        return Err(ApiError::UnsupportedMediaType { found: None });
    };
    let essence = raw
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    if essence == "application/json" {
        Ok(())
    } else {
        Err(ApiError::UnsupportedMediaType {
            found: Some(raw.to_owned()),
        })
    }
}

/// Turns a serde error into a problem that names the field. serde reports a missing or unknown field
/// at the parent path, with the field's name in its message; a wrong value at the field's own path.
fn describe(error: serde_path_to_error::Error<serde_json::Error>) -> ApiError {
    let path = error.path().to_string();
    let inner = error.inner();
    let message = strip_position(&inner.to_string());
    if inner.is_syntax() || inner.is_eof() {
        return ApiError::MalformedBody {
            detail: format!(
                "The body is not valid JSON (line {}, column {}).",
                inner.line(),
                inner.column()
            ),
            errors: vec![],
        };
    }
    // serde_path_to_error already ends the path with an unknown field's name, but not a missing one's.
    let field = match named_field(&message) {
        Some(name) if path == "." => name,
        Some(name) if path == name || path.ends_with(&format!(".{name}")) => path,
        Some(name) => format!("{path}.{name}"),
        None if path == "." => "body".to_owned(),
        None => path,
    };
    let code = if message.starts_with("missing field") {
        "required"
    } else if message.starts_with("unknown field") {
        "unknown_field"
    } else {
        "invalid_type"
    };
    ApiError::MalformedBody {
        detail: format!("{field}: {message}."),
        errors: vec![FieldError::new(field, code, message)],
    }
}

/// serde_json appends " at line 1 column 17"; the position is noise once the field is named.
fn strip_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) => message[..i].to_owned(),
        None => message.to_owned(),
    }
}

/// Extracts `name` from messages like "missing field `name`" or "unknown field `name`, expected …".
fn named_field(message: &str) -> Option<String> {
    if !(message.starts_with("missing field") || message.starts_with("unknown field")) {
        return None;
    }
    let start = message.find('`')? + 1;
    let len = message[start..].find('`')?;
    Some(message[start..start + len].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Form {
        name: String,
        age: Option<u8>,
    }

    fn field_of(error: ApiError) -> String {
        match error {
            ApiError::MalformedBody { errors, .. } => errors[0].field.clone(),
            other => panic!("expected a malformed body, got {other:?}"),
        }
    }

    #[test]
    fn decodes_valid_json_with_charset() {
        let form: Form = decode_json(
            Some("application/json; charset=utf-8"),
            br#"{"name":"Ada"}"#,
        )
        .unwrap();
        assert_eq!(form.name, "Ada");
    }

    #[test]
    fn wrong_or_missing_content_type_is_415() {
        let e = decode_json::<Form>(Some("text/plain"), br#"{"name":"Ada"}"#).unwrap_err();
        assert_eq!(e.status(), 415);
        let e = decode_json::<Form>(None, br#"{"name":"Ada"}"#).unwrap_err();
        assert_eq!(e.status(), 415);
    }

    #[test]
    fn syntax_error_is_400_with_position() {
        let e = decode_json::<Form>(Some("application/json"), b"{\"name\": ").unwrap_err();
        assert_eq!(e.status(), 400);
        assert!(e.problem().detail.unwrap().contains("not valid JSON"));
    }

    #[test]
    fn empty_body_is_400() {
        let e = decode_json::<Form>(Some("application/json"), b"  ").unwrap_err();
        assert_eq!(e.status(), 400);
    }

    #[test]
    fn missing_field_is_named() {
        let e = decode_json::<Form>(Some("application/json"), b"{}").unwrap_err();
        assert_eq!(field_of(e), "name");
    }

    #[test]
    fn wrong_type_names_the_field() {
        let e = decode_json::<Form>(Some("application/json"), br#"{"name":"A","age":"old"}"#)
            .unwrap_err();
        assert_eq!(field_of(e), "age");
    }

    #[test]
    fn unknown_field_is_named() {
        let e = decode_json::<Form>(Some("application/json"), br#"{"name":"A","pin":"1234"}"#)
            .unwrap_err();
        assert_eq!(field_of(e), "pin");
    }

    #[test]
    fn oversized_body_is_413() {
        let big = format!(r#"{{"name":"{}"}}"#, "x".repeat(MAX_JSON_BODY_BYTES));
        let e = decode_json::<Form>(Some("application/json"), big.as_bytes()).unwrap_err();
        assert_eq!(e.status(), 413);
    }

    #[test]
    fn trailing_garbage_is_400() {
        let e = decode_json::<Form>(Some("application/json"), br#"{"name":"A"} x"#).unwrap_err();
        assert_eq!(e.status(), 400);
    }
}
