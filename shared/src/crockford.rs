//! Crockford's base 32, the alphabet of every code a person copies from paper or reads aloud:
//! activation codes, recovery codes and certificate codes. It has no I, L, O or U, so what people
//! type instead is forgiven on the way back: any case, O for 0, I or L for 1, Arabic-Indic digits
//! from a phone keyboard, and the spaces and dashes they group codes with.
//!
//! Written here rather than taken from a crate: the crates encode numbers, while these codes are
//! strings of random symbols (some with a check character), and the forgiving read is the point.

/// The 32 symbols; a symbol's value is its position.
pub const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The symbol of the low five bits of `value`.
pub fn symbol(value: u8) -> char {
    char::from(ALPHABET[usize::from(value & 31)])
}

/// The symbols of 5-bit values (higher bits are ignored), ungrouped.
pub fn encode(values: impl IntoIterator<Item = u8>) -> String {
    values.into_iter().map(symbol).collect()
}

/// Canonical symbols grouped in fours for print and screen: `ABCD-EFGH-JKMN`.
pub fn group(code: &str) -> String {
    let mut out = String::with_capacity(code.len() + code.len() / 4);
    for (i, c) in code.chars().enumerate() {
        if i > 0 && i % 4 == 0 {
            out.push('-');
        }
        out.push(c);
    }
    out
}

/// The separators people type inside numbers and codes: white space, dashes of any kind, dots and
/// underscores.
pub fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '.' | '_' | '\u{2010}'..='\u{2015}')
}

/// Maps any Unicode decimal digit people commonly type (ASCII, Arabic-Indic U+0660–0669, Extended
/// Arabic-Indic U+06F0–06F9 used for Persian and Pashto) to its ASCII digit.
pub fn ascii_digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
        '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
        _ => None,
    }
}

/// The value of one typed symbol, or the character (upper-cased, look-alikes mapped) that is not
/// in the alphabet.
pub fn value(c: char) -> Result<u8, char> {
    let c = match ascii_digit(c).unwrap_or(c).to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    ALPHABET
        .iter()
        .position(|&a| char::from(a) == c)
        .map(|v| v as u8)
        .ok_or(c)
}

/// The values of what someone typed, separators skipped; `Err` names the first character that is
/// not a symbol.
pub fn decode(typed: &str) -> Result<Vec<u8>, char> {
    typed
        .chars()
        .filter(|c| !is_separator(*c))
        .map(value)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_symbol_round_trips() {
        for v in 0..32u8 {
            assert_eq!(value(symbol(v)), Ok(v));
            assert_eq!(value(symbol(v).to_ascii_lowercase()), Ok(v));
        }
        assert_eq!(symbol(32), '0', "only the low five bits count");
        assert_eq!(encode([0, 1, 10, 31]), "01AZ");
        let values: Vec<u8> = (0..32).collect();
        assert_eq!(decode(&encode(values.clone())), Ok(values));
    }

    #[test]
    fn lookalikes_case_digits_and_separators_are_forgiven() {
        assert_eq!(decode("oOiIlL"), Ok(vec![0, 0, 1, 1, 1, 1]));
        assert_eq!(decode("ab-cd ef.gh_jk\u{2013}mn\t"), decode("ABCDEFGHJKMN"));
        assert_eq!(decode("١٢ ۳۴"), Ok(vec![1, 2, 3, 4]));
        assert_eq!(decode(""), Ok(vec![]));
    }

    #[test]
    fn characters_outside_the_alphabet_are_named() {
        assert_eq!(decode("ABU"), Err('U'));
        assert_eq!(decode("abu"), Err('U'));
        assert_eq!(decode("<script>"), Err('<'));
        assert_eq!(decode("AB/CD"), Err('/'));
        assert_eq!(decode("é"), Err('é'));
    }

    #[test]
    fn groups_of_four() {
        assert_eq!(group("ABCDEFGHJKMN"), "ABCD-EFGH-JKMN");
        assert_eq!(group("ABCDEFGHJK"), "ABCD-EFGH-JK");
        assert_eq!(group("ABCD"), "ABCD");
        assert_eq!(group(""), "");
    }
}
