//! RFC 6238 time-based one-time passwords (SHA-1, 30 s, 6 digits: what every authenticator app
//! does by default). The time comes from the request, never from a clock read here.

use data_encoding::BASE32_NOPAD;
use totp_lite::{Sha1, totp_custom};

use super::secrets::random_bytes;
use crate::error::ApiError;

pub const STEP_SECONDS: u64 = 30;
const DIGITS: u32 = 6;
/// Codes one step either side of now are accepted: phone clocks drift and people type slowly.
const DRIFT_STEPS: u64 = 1;

/// A fresh 160-bit secret, base-32 encoded (RFC 4226 recommends 160 bits).
pub fn new_secret() -> Result<String, ApiError> {
    Ok(BASE32_NOPAD.encode(&random_bytes::<20>()?))
}

pub fn step_at(now_ms: f64) -> u64 {
    (now_ms / 1000.0) as u64 / STEP_SECONDS
}

pub fn code_at_step(secret_b32: &str, step: u64) -> Result<String, ApiError> {
    let secret = BASE32_NOPAD
        .decode(secret_b32.as_bytes())
        .map_err(|e| ApiError::Internal(format!("stored TOTP secret is not base-32: {e}")))?;
    Ok(totp_custom::<Sha1>(
        STEP_SECONDS,
        DIGITS,
        &secret,
        step * STEP_SECONDS,
    ))
}

/// The time step `code` belongs to, if it is valid now and newer than `last_step` (so a code
/// seen once, by us or by someone looking over a shoulder, never works again).
pub fn verify(
    secret_b32: &str,
    code: &str,
    now_ms: f64,
    last_step: u64,
) -> Result<Option<u64>, ApiError> {
    let now = step_at(now_ms);
    for step in now.saturating_sub(DRIFT_STEPS)..=now + DRIFT_STEPS {
        if step > last_step && code_at_step(secret_b32, step)? == code {
            return Ok(Some(step));
        }
    }
    Ok(None)
}

/// The URL authenticator apps read from the enrolment QR code (Key URI format).
pub fn otpauth_url(issuer: &str, account: &str, secret_b32: &str) -> String {
    let enc = |s: &str| -> String {
        s.bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => {
                    (b as char).to_string()
                }
                _ => format!("%{b:02X}"),
            })
            .collect()
    };
    format!(
        "otpauth://totp/{}:{}?secret={secret_b32}&issuer={}&algorithm=SHA1&digits=6&period=30",
        enc(issuer),
        enc(account),
        enc(issuer)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238 appendix B, SHA-1 seed "12345678901234567890", 8 digits at T=59 → 94287082; its
    /// last six digits are the 6-digit code.
    #[test]
    fn rfc_6238_vector() {
        let secret = BASE32_NOPAD.encode(b"12345678901234567890");
        assert_eq!(code_at_step(&secret, step_at(59_000.0)).unwrap(), "287082");
        assert_eq!(
            code_at_step(&secret, step_at(1_111_111_109_000.0)).unwrap(),
            "081804"
        );
    }

    #[test]
    fn drift_and_replay() {
        let secret = BASE32_NOPAD.encode(b"12345678901234567890");
        let now = 1_111_111_109_000.0;
        let step = step_at(now);
        let previous = code_at_step(&secret, step - 1).unwrap();
        assert_eq!(verify(&secret, &previous, now, 0).unwrap(), Some(step - 1));
        // Already used (or older than the last used step): refused.
        assert_eq!(verify(&secret, &previous, now, step - 1).unwrap(), None);
        let too_old = code_at_step(&secret, step - 2).unwrap();
        assert_eq!(verify(&secret, &too_old, now, 0).unwrap(), None);
    }

    #[test]
    fn otpauth_url_escapes_labels() {
        let url = otpauth_url("Wegwijs", "anna bakker@coa.example", "ABC");
        assert_eq!(
            url,
            "otpauth://totp/Wegwijs:anna%20bakker@coa.example?secret=ABC&issuer=Wegwijs&algorithm=SHA1&digits=6&period=30"
        );
    }
}
