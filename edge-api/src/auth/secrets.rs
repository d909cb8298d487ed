//! Hashing and random secrets.
//!
//! Low-entropy secrets people choose (PINs, passwords) and recovery codes are hashed with argon2id,
//! m = 19 MiB, t = 2, p = 1 (OWASP's first recommended set). It fits a Worker's 128 MB with room
//! to spare and costs ~50–70 ms per hash in workerd (measured, see the issue note). An optional
//! pepper (the `AUTH_PEPPER` Worker secret) is mixed in as argon2's secret input, so a stolen
//! database alone does not allow an offline search of the 10⁶ possible PINs.
//!
//! High-entropy secrets generated here (session tokens, activation codes, invitation tokens) are
//! looked up by their SHA-256: a slow hash would add nothing but latency.

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};
use sha2::{Digest, Sha256};
use wegwijs_shared::crockford;

use crate::error::ApiError;
use crate::request_id::to_hex;

pub const ARGON2_MEMORY_KIB: u32 = 19_456;
pub const ARGON2_ITERATIONS: u32 = 2;
pub const ARGON2_PARALLELISM: u32 = 1;

pub struct SecretHasher {
    pepper: Option<Vec<u8>>,
}

impl SecretHasher {
    pub fn new(pepper: Option<Vec<u8>>) -> Self {
        Self {
            pepper: pepper.filter(|p| !p.is_empty()),
        }
    }

    fn argon2(&self) -> Result<Argon2<'_>, ApiError> {
        let params = Params::new(
            ARGON2_MEMORY_KIB,
            ARGON2_ITERATIONS,
            ARGON2_PARALLELISM,
            None,
        )
        .map_err(|e| ApiError::Internal(format!("argon2 params: {e}")))?;
        match &self.pepper {
            Some(pepper) => {
                Argon2::new_with_secret(pepper, Algorithm::Argon2id, Version::V0x13, params)
                    .map_err(|e| ApiError::Internal(format!("argon2 pepper: {e}")))
            }
            None => Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params)),
        }
    }

    /// A PHC string (`$argon2id$v=19$m=19456,t=2,p=1$…`) with a fresh 16-byte salt.
    pub fn hash(&self, secret: &str) -> Result<String, ApiError> {
        let salt = random_bytes::<16>()?;
        self.argon2()?
            .hash_password_with_salt(secret.as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|e| ApiError::Internal(format!("argon2 hash: {e}")))
    }

    /// Whether `secret` matches `phc`. A malformed stored hash is our fault, not a wrong secret.
    pub fn verify(&self, secret: &str, phc: &str) -> Result<bool, ApiError> {
        match self.argon2()?.verify_password(secret.as_bytes(), phc) {
            Ok(()) => Ok(true),
            Err(argon2::password_hash::Error::PasswordInvalid) => Ok(false),
            Err(e) => Err(ApiError::Internal(format!("argon2 verify: {e}"))),
        }
    }

    /// Spends the same work as a verification when there is nothing to verify against, so the
    /// answer time does not tell whether an account exists.
    pub fn waste_equal_time(&self, secret: &str) -> Result<(), ApiError> {
        self.hash(secret).map(|_| ())
    }
}

pub fn sha256_hex(value: &str) -> String {
    to_hex(&Sha256::digest(value.as_bytes()))
}

pub fn random_bytes<const N: usize>() -> Result<[u8; N], ApiError> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).map_err(ApiError::csprng)?;
    Ok(bytes)
}

/// A 256-bit token as 64 hex characters (session cookies, invitation links).
pub fn random_token() -> Result<String, ApiError> {
    Ok(to_hex(&random_bytes::<32>()?))
}

/// `len` (at most 32) Crockford base-32 symbols; each takes 5 uniform random bits of one byte.
pub fn random_code(len: usize) -> Result<String, ApiError> {
    let bytes = random_bytes::<32>()?;
    Ok(crockford::encode(bytes.into_iter().take(len)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_verify_and_carry_their_parameters() {
        let hasher = SecretHasher::new(None);
        let phc = hasher.hash("482913").unwrap();
        assert!(phc.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{phc}");
        assert!(hasher.verify("482913", &phc).unwrap());
        assert!(!hasher.verify("482914", &phc).unwrap());
        assert!(hasher.verify("x", "not a hash").is_err());
    }

    #[test]
    fn a_pepper_is_needed_to_verify_a_peppered_hash() {
        let peppered = SecretHasher::new(Some(b"pepper".to_vec()));
        let phc = peppered.hash("482913").unwrap();
        assert!(peppered.verify("482913", &phc).unwrap());
        assert!(!SecretHasher::new(None).verify("482913", &phc).unwrap());
    }

    #[test]
    fn codes_use_the_alphabet() {
        let code = random_code(12).unwrap();
        assert_eq!(code.len(), 12);
        assert!(code.bytes().all(|b| crockford::ALPHABET.contains(&b)));
        assert_eq!(random_token().unwrap().len(), 64);
        assert_eq!(
            sha256_hex("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
