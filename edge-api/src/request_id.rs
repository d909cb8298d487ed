//! Random ids: 128 bits as 32 lowercase hex characters. Used for request ids (set on every response
//! as `x-request-id`, in every problem document and in every log line) and for stored records.

/// A fresh random id from the runtime's CSPRNG (`crypto.getRandomValues` in workerd).
pub fn random_id() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)?;
    Ok(to_hex(&bytes))
}

/// The id of the request being served. A response must go out even if the CSPRNG fails, so that
/// failure is logged and the request gets the all-zero id, which tells staff where to look.
pub fn new_request_id() -> String {
    random_id().unwrap_or_else(|error| {
        worker::console_error!("CSPRNG failed, request id unavailable: {error}");
        to_hex(&[0; 16])
    })
}

/// Lowercase hex, the one encoding of ids and digests here.
pub fn to_hex(bytes: &[u8]) -> String {
    data_encoding::HEXLOWER.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wegwijs_shared::client_errors::is_request_id;

    #[test]
    fn ids_have_the_shared_format_and_differ() {
        let a = random_id().unwrap();
        let b = random_id().unwrap();
        assert!(is_request_id(&a), "{a}");
        assert_ne!(a, b);
    }

    #[test]
    fn hex_encoding() {
        assert_eq!(to_hex(&[0x00, 0xab, 0xff]), "00abff");
    }
}
