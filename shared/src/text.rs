//! Validation of free text, shared by every domain that accepts it.

use crate::problem::FieldError;

/// Checks a required text field: trimmed, not empty, at most `max_chars` characters (counted as
/// Unicode scalar values, so Arabic or Tigrinya text gets the same allowance as Latin text), and
/// without control characters other than line breaks and tabs.
pub fn required_text(field: &str, value: &str, max_chars: usize) -> Result<String, FieldError> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Err(FieldError::new(
            field,
            "required",
            "This field is required.",
        ));
    }
    optional_text(field, trimmed, max_chars).map(|v| v.unwrap_or_default())
}

/// Like [`required_text`] but an empty value is allowed and becomes `None`.
pub fn optional_text(
    field: &str,
    value: &str,
    max_chars: usize,
) -> Result<Option<String>, FieldError> {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        return Ok(None);
    }
    let chars = trimmed.chars().count();
    if chars > max_chars {
        return Err(FieldError::new(
            field,
            "too_long",
            format!("At most {max_chars} characters are allowed; this has {chars}."),
        ));
    }
    if trimmed
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
    {
        return Err(FieldError::new(
            field,
            "control_characters",
            "This field contains characters that cannot be stored.",
        ));
    }
    Ok(Some(trimmed.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn required_text_trims_and_rejects_blank() {
        assert_eq!(required_text("name", "  Ada ", 10).unwrap(), "Ada");
        assert_eq!(
            required_text("name", "   ", 10).unwrap_err().code,
            "required"
        );
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        // 5 Arabic letters are 10 bytes in UTF-8 but must count as 5.
        assert!(required_text("name", "مرحبا", 5).is_ok());
        let err = required_text("name", "مرحبا!", 5).unwrap_err();
        assert_eq!(err.code, "too_long");
        assert_eq!(err.field, "name");
    }

    #[test]
    fn control_characters_are_refused_but_newlines_kept() {
        assert!(required_text("m", "line one\nline two", 50).is_ok());
        assert_eq!(
            required_text("m", "bell\u{7}", 50).unwrap_err().code,
            "control_characters"
        );
    }

    #[test]
    fn optional_text_maps_blank_to_none() {
        assert_eq!(optional_text("m", " ", 5).unwrap(), None);
    }
}
