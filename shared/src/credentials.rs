//! The shapes of everything a person types to get in: resident numbers, PINs, activation codes,
//! passwords, e-mail addresses, TOTP and recovery codes. Each parser normalises what people
//! actually type (spaces, dashes, Arabic-Indic digits from an Arabic or Persian keyboard, lower
//! case) before it judges, and names the field and a stable `code` when it refuses.

use crate::crockford::{self, ascii_digit, is_separator};
use crate::problem::FieldError;

pub const PIN_LENGTH: usize = 6;
pub const RESIDENT_NUMBER_LENGTH: usize = 10;
pub const PASSWORD_MIN_CHARS: usize = 8;
/// NIST SP 800-63B asks to allow at least 64; 128 leaves room for pass phrases and keeps the
/// argon2 input bounded.
pub const PASSWORD_MAX_CHARS: usize = 128;
pub const EMAIL_MAX_CHARS: usize = 254;
/// Activation and recovery codes are Crockford base 32 ([`crockford`]). 12 symbols × 5 bits = 60 bits: unguessable within the sign-in limits, short enough to type.
pub const ACTIVATION_CODE_LENGTH: usize = 12;
pub const RECOVERY_CODE_LENGTH: usize = 10;

fn digits_only(field: &str, value: &str, len: usize, what: &str) -> Result<String, FieldError> {
    let mut out = String::with_capacity(len);
    for c in value.chars().filter(|c| !is_separator(*c)) {
        match ascii_digit(c) {
            Some(d) => out.push(d),
            None => {
                return Err(FieldError::new(
                    field,
                    "digits_only",
                    format!("{what} has only digits."),
                ));
            }
        }
    }
    if out.is_empty() {
        return Err(FieldError::new(
            field,
            "required",
            format!("Enter your {}.", what.to_lowercase()),
        ));
    }
    if out.len() != len {
        return Err(FieldError::new(
            field,
            "wrong_length",
            format!("{what} has {len} digits; this has {}.", out.len()),
        ));
    }
    Ok(out)
}

/// The resident's V-number (vreemdelingennummer), the 10-digit number on their W-document, which
/// every resident knows and which staff already register.
pub fn resident_number(field: &str, value: &str) -> Result<String, FieldError> {
    digits_only(field, value, RESIDENT_NUMBER_LENGTH, "A resident number")
}

/// A PIN as typed at sign-in: six digits.
pub fn pin(field: &str, value: &str) -> Result<String, FieldError> {
    digits_only(field, value, PIN_LENGTH, "A PIN")
}

/// A PIN being chosen: six digits that are not one digit repeated or a straight run, the PINs
/// tried first by anyone holding a lost phone.
pub fn new_pin(field: &str, value: &str) -> Result<String, FieldError> {
    let pin = pin(field, value)?;
    let digits: Vec<i32> = pin.bytes().map(|b| i32::from(b - b'0')).collect();
    let steps: Vec<i32> = digits.windows(2).map(|w| w[1] - w[0]).collect();
    let repeated = steps.iter().all(|s| *s == 0);
    let run = steps.iter().all(|s| *s == 1) || steps.iter().all(|s| *s == -1);
    if repeated || run {
        return Err(FieldError::new(
            field,
            "too_easy",
            "This PIN is too easy to guess. Choose six digits that are not all the same or in a row.",
        ));
    }
    Ok(pin)
}

/// An activation code as printed (`ABCD-EFGH-JKMN`) or typed (any case, spaces, O for 0, I/L for 1).
/// Returns the 12 canonical symbols.
pub fn activation_code(field: &str, value: &str) -> Result<String, FieldError> {
    let values = crockford::decode(value).map_err(|_| {
        FieldError::new(
            field,
            "invalid_characters",
            "An activation code has only the letters and digits printed on your card.",
        )
    })?;
    let out = crockford::encode(values);
    if out.is_empty() {
        return Err(FieldError::new(
            field,
            "required",
            "Enter the code from your card.",
        ));
    }
    if out.len() != ACTIVATION_CODE_LENGTH {
        return Err(FieldError::new(
            field,
            "wrong_length",
            format!(
                "The code on your card has {ACTIVATION_CODE_LENGTH} letters and digits; this has {}.",
                out.len()
            ),
        ));
    }
    Ok(out)
}

/// A password's length rules (NIST SP 800-63B: no composition rules). Whether it is a common
/// password is checked by the server, which holds the list.
pub fn new_password(field: &str, value: &str) -> Result<String, FieldError> {
    let chars = value.chars().count();
    if chars < PASSWORD_MIN_CHARS {
        return Err(FieldError::new(
            field,
            "too_short",
            format!("Use at least {PASSWORD_MIN_CHARS} characters; this has {chars}."),
        ));
    }
    if chars > PASSWORD_MAX_CHARS {
        return Err(FieldError::new(
            field,
            "too_long",
            format!("Use at most {PASSWORD_MAX_CHARS} characters; this has {chars}."),
        ));
    }
    Ok(value.to_owned())
}

/// A password as typed at sign-in: only bounded, never judged (a rule change must not lock
/// anybody out).
pub fn password(field: &str, value: &str) -> Result<String, FieldError> {
    if value.is_empty() {
        return Err(FieldError::new(field, "required", "Enter your password."));
    }
    if value.chars().count() > PASSWORD_MAX_CHARS {
        return Err(FieldError::new(
            field,
            "too_long",
            format!("A password has at most {PASSWORD_MAX_CHARS} characters."),
        ));
    }
    Ok(value.to_owned())
}

/// An e-mail address, trimmed and lower-cased. Only the shape is checked; the invitation link
/// proves the mailbox.
pub fn email(field: &str, value: &str) -> Result<String, FieldError> {
    let email = value.trim().to_lowercase();
    if email.is_empty() {
        return Err(FieldError::new(
            field,
            "required",
            "Enter an e-mail address.",
        ));
    }
    let valid_shape = match email.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
        }
        None => false,
    };
    if !valid_shape || email.chars().any(char::is_whitespace) {
        return Err(FieldError::new(
            field,
            "invalid_email",
            "This is not an e-mail address (name@example.org).",
        ));
    }
    if email.chars().count() > EMAIL_MAX_CHARS {
        return Err(FieldError::new(
            field,
            "too_long",
            format!("An e-mail address has at most {EMAIL_MAX_CHARS} characters."),
        ));
    }
    Ok(email)
}

/// The second factor as typed: six digits from the authenticator app, or a recovery code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SecondFactor {
    Totp(String),
    Recovery(String),
}

pub fn second_factor(field: &str, value: &str) -> Result<SecondFactor, FieldError> {
    let compact: String = value.chars().filter(|c| !is_separator(*c)).collect();
    if compact.is_empty() {
        return Err(FieldError::new(
            field,
            "required",
            "Enter the 6-digit code from your authenticator app, or a recovery code.",
        ));
    }
    if compact.chars().all(|c| ascii_digit(c).is_some()) && compact.chars().count() == 6 {
        return Ok(SecondFactor::Totp(
            compact.chars().filter_map(ascii_digit).collect(),
        ));
    }
    let recovery = compact.to_ascii_uppercase();
    if recovery.len() == RECOVERY_CODE_LENGTH
        && recovery.bytes().all(|b| crockford::ALPHABET.contains(&b))
    {
        return Ok(SecondFactor::Recovery(recovery));
    }
    Err(FieldError::new(
        field,
        "invalid_code",
        "Enter the 6-digit code from your authenticator app, or a 10-character recovery code.",
    ))
}

/// A six-digit TOTP code (used when confirming enrolment, where recovery codes do not exist yet).
pub fn totp_code(field: &str, value: &str) -> Result<String, FieldError> {
    digits_only(field, value, 6, "A code from the authenticator app")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resident_numbers_accept_what_people_type() {
        assert_eq!(resident_number("n", " 12345 67890 ").unwrap(), "1234567890");
        // Arabic-Indic and Persian digits from a phone keyboard.
        assert_eq!(resident_number("n", "١٢٣٤٥٦٧٨٩٠").unwrap(), "1234567890");
        assert_eq!(resident_number("n", "۱۲۳۴۵۶۷۸۹۰").unwrap(), "1234567890");
        assert_eq!(
            resident_number("n", "12345").unwrap_err().code,
            "wrong_length"
        );
        assert_eq!(
            resident_number("n", "12345abcde").unwrap_err().code,
            "digits_only"
        );
        assert_eq!(resident_number("n", "  ").unwrap_err().code, "required");
    }

    #[test]
    fn new_pins_refuse_the_obvious_ones() {
        assert_eq!(new_pin("pin", "482913").unwrap(), "482913");
        for easy in ["000000", "123456", "987654", "111111"] {
            assert_eq!(new_pin("pin", easy).unwrap_err().code, "too_easy", "{easy}");
        }
        // Sign-in does not judge: a PIN chosen before a rule change still works.
        assert!(pin("pin", "123456").is_ok());
        assert_eq!(pin("pin", "12345").unwrap_err().code, "wrong_length");
    }

    #[test]
    fn activation_codes_forgive_case_separators_and_lookalikes() {
        assert_eq!(
            activation_code("c", "abcd-efgh-jkmn").unwrap(),
            "ABCDEFGHJKMN"
        );
        assert_eq!(
            activation_code("c", "o1i2 L3ab cdef").unwrap(),
            "0112 13ABCDEF".replace(' ', "")
        );
        assert_eq!(
            activation_code("c", "ABCD").unwrap_err().code,
            "wrong_length"
        );
        assert_eq!(
            activation_code("c", "ABCD-EFGH-JKU!").unwrap_err().code,
            "invalid_characters"
        );
        assert_eq!(
            activation_code("c", "١٢٣٤-۵۶۷۸-abcd").unwrap(),
            "12345678ABCD"
        );
    }

    #[test]
    fn passwords_have_length_rules_only() {
        assert!(new_password("p", "correct horse").is_ok());
        assert_eq!(new_password("p", "short").unwrap_err().code, "too_short");
        let long = "x".repeat(PASSWORD_MAX_CHARS + 1);
        assert_eq!(new_password("p", &long).unwrap_err().code, "too_long");
        // 64 characters of pass phrase must be accepted (NIST).
        assert!(new_password("p", &"a".repeat(64)).is_ok());
        // Characters, not bytes.
        assert!(new_password("p", "كلمةسرطويلة").is_ok());
    }

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(
            email("e", " Anna@COA.example ").unwrap(),
            "anna@coa.example"
        );
        for bad in ["anna", "anna@", "@coa.nl", "anna@coa", "an na@coa.nl"] {
            assert_eq!(email("e", bad).unwrap_err().code, "invalid_email", "{bad}");
        }
    }

    #[test]
    fn second_factor_tells_totp_from_recovery() {
        assert_eq!(
            second_factor("code", "123 456").unwrap(),
            SecondFactor::Totp("123456".into())
        );
        assert_eq!(
            second_factor("code", "abcde-fghjk").unwrap(),
            SecondFactor::Recovery("ABCDEFGHJK".into())
        );
        assert_eq!(
            second_factor("code", "12").unwrap_err().code,
            "invalid_code"
        );
    }
}
