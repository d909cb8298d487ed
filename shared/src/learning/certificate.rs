//! Certificate codes: `XXXX-XXXX-XXXX`, twelve Crockford base-32 characters, eleven random (55
//! bits: guessing one that exists is hopeless) and a check character. Anyone can type a code at
//! `/verify/<code>`; case, spaces, dashes and the look-alikes O/0 and I/L/1 are forgiven, and a
//! mistyped or made-up code is refused by the check before any lookup.
//!
//! Written here rather than taken from a crate: it is thirty lines, and the crates for Crockford
//! base 32 encode numbers, not codes with a check character.

use thiserror::Error;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
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

fn value(c: char) -> Result<u8, CodeError> {
    let c = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        c => c,
    };
    ALPHABET
        .iter()
        .position(|&a| char::from(a) == c)
        .map(|v| v as u8)
        .ok_or(CodeError::Character(c))
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
    let mut out = String::with_capacity(CODE_CHARS + 2);
    for (i, &v) in values.iter().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(char::from(ALPHABET[usize::from(v)]));
    }
    out
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
    let values = input
        .chars()
        .filter(|c| !matches!(c, '-' | ' ' | '\u{2010}'..='\u{2015}'))
        .map(value)
        .collect::<Result<Vec<u8>, CodeError>>()?;
    if values.len() != CODE_CHARS {
        return Err(CodeError::Length);
    }
    if check(&values[..RANDOM_CHARS]) != values[RANDOM_CHARS] {
        return Err(CodeError::Check);
    }
    Ok(format(&values))
}
