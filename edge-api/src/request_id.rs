//! Request ids: 128 random bits as 32 lowercase hex characters, set on every response
//! (`x-request-id`), in every problem document and in every log line.

/// A fresh id. Randomness comes from the runtime's CSPRNG (`crypto.getRandomValues` in workerd);
/// if it ever fails, the caller still gets a usable (all-zero) id rather than no response at all.
pub fn new_request_id() -> String {
    let mut bytes = [0u8; 16];
    if getrandom::fill(&mut bytes).is_err() {
        bytes = [0; 16];
    }
    to_hex(&bytes)
}

pub fn to_hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(DIGITS[usize::from(b >> 4)] as char);
        out.push(DIGITS[usize::from(b & 0x0f)] as char);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use wegwijs_shared::client_errors::is_request_id;

    #[test]
    fn ids_have_the_shared_format_and_differ() {
        let a = new_request_id();
        let b = new_request_id();
        assert!(is_request_id(&a), "{a}");
        assert_ne!(a, b);
    }

    #[test]
    fn hex_encoding() {
        assert_eq!(to_hex(&[0x00, 0xab, 0xff]), "00abff");
    }
}
