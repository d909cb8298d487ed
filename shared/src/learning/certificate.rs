//! Certificate codes: `XXXX-XXXX-XXXX`, twelve Crockford base-32 characters, eleven random (55
//! bits: guessing one that exists is hopeless) and a check character. Anyone can type a code at
//! `/verify/<code>`; what [`crockford::decode`] forgives (case, spaces, dashes, the look-alikes
//! O/0 and I/L/1) is forgiven here, and a mistyped or made-up code is refused by the check before
//! any lookup.

use thiserror::Error;

use crate::crockford;

const RANDOM_CHARS: usize = 11;
pub const CODE_CHARS: usize = RANDOM_CHARS + 1;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CodeError {
    #[error("a certificate code has {CODE_CHARS} letters and digits")]
    Length,
    #[error("{0:?} does not occur in certificate codes")]
    Character(char),
    #[error("this code has a typing error or does not exist")]
    Check,
}

impl CodeError {
    pub fn code(&self) -> &'static str {
        match self {
            CodeError::Length => "length",
            CodeError::Character(_) => "character",
            CodeError::Check => "check",
        }
    }
}

/// Odd weights, so changing any one character always changes the sum (mod 32).
fn check(values: &[u8]) -> u8 {
    let sum: u32 = values
        .iter()
        .enumerate()
        .map(|(i, &v)| (2 * i as u32 + 1) * u32::from(v))
        .sum();
    (sum % 32) as u8
}

fn format(values: &[u8]) -> String {
    crockford::group(&crockford::encode(values.iter().copied()))
}

/// A new code from 7 random bytes (the caller draws them: `getrandom` in the Worker).
pub fn generate(random: [u8; 7]) -> String {
    let mut bits = u64::from_be_bytes([
        0, random[0], random[1], random[2], random[3], random[4], random[5], random[6],
    ]);
    let mut values = [0u8; CODE_CHARS];
    for v in values.iter_mut().take(RANDOM_CHARS) {
        *v = (bits & 31) as u8;
        bits >>= 5;
    }
    values[RANDOM_CHARS] = check(&values[..RANDOM_CHARS]);
    format(&values)
}

/// The canonical form (`XXXX-XXXX-XXXX`) of what someone typed, or why it cannot be a code.
pub fn normalize(input: &str) -> Result<String, CodeError> {
    let values = crockford::decode(input).map_err(CodeError::Character)?;
    if values.len() != CODE_CHARS {
        return Err(CodeError::Length);
    }
    if check(&values[..RANDOM_CHARS]) != values[RANDOM_CHARS] {
        return Err(CodeError::Check);
    }
    Ok(format(&values))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Codes already printed on certificates must keep verifying: these were generated before the
    /// shared Crockford module existed.
    #[test]
    fn codes_issued_earlier_still_verify() {
        for (random, code) in [
            ([1, 2, 3, 4, 5, 6, 7], "7G1A-02C0-280E"),
            ([255; 7], "ZZZZ-ZZZZ-ZZZ7"),
            ([0x5a, 0x13, 0x99, 0x01, 0xfe, 0x42, 0x77], "QKGW-Z04K-KGPD"),
        ] {
            assert_eq!(generate(random), code);
            assert_eq!(normalize(code), Ok(code.to_owned()));
            assert_eq!(normalize(&code.to_lowercase()), Ok(code.to_owned()));
        }
        assert_eq!(normalize("qkgw z04k kgpd"), Ok("QKGW-Z04K-KGPD".into()));
        assert_eq!(normalize("QKGW.ZO4K.KGPD"), Ok("QKGW-Z04K-KGPD".into()));
    }
}
