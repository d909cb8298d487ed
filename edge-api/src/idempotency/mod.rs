//! Idempotency keys (draft-ietf-httpapi-idempotency-key-header): the server side of the app's
//! offline write queue. A queued mutation carries a client-generated `Idempotency-Key` (a UUID v4);
//! the pipeline ([`layer`]) stores the first answer under it, so sending the request again (the
//! queue retries when it never saw an answer) returns that answer instead of acting twice.
//!
//! This module is the pure part, tested natively: which routes accept a key, what a valid key is,
//! whose key space a request lives in, the request's fingerprint, which answers are kept, and the
//! sealing of kept answers. [`layer`] is the D1 and `worker` glue.
//!
//! Rules:
//! - **Routes.** Every POST/PUT/PATCH/DELETE route accepts a key, except the routes whose answer
//!   sets or clears the session cookie (the sign-in doors and sign-out): a stored answer cannot
//!   carry a cookie again, and a sign-in is never queued offline. A key sent to one of those is
//!   refused with 400, so a client never believes it is protected when it is not. GET ignores it.
//! - **Keys.** 1–100 visible ASCII characters, bare or as a structured-field string (`"…"`, as the
//!   draft writes it); no spaces, quotes or backslashes. Anything else is 400.
//! - **Scope.** Keys are per account (`account:<id>`), so a replay works from a new session of the
//!   same person (the offline queue often outlives a session) and one account can never see or
//!   block another's. Public routes use `anonymous:<METHOD> <route>`.
//! - **Fingerprint.** Method, concrete path and the SHA-256 of the raw body bytes (the queue sends
//!   the same bytes again). The same key with another fingerprint is 422.
//! - **Kept answers.** 2xx and 4xx (a refusal replays as the same refusal); never 5xx, whose claim
//!   is released so the client can retry a server fault.
//! - **Concurrency.** The first request claims the key in D1 (an INSERT in one batch); a request
//!   arriving while the first still runs gets 409 `request-in-progress` with `Retry-After: 1`. A
//!   claim whose request never finished (the isolate died) is abandoned after
//!   [`ABANDONED_AFTER_MS`] and may be claimed again.
//! - **Retention.** [`RETENTION_MS`] (24 h) from the first request; after that the key is free
//!   again. Every claim also purges a few expired rows.
//! - **Secrets at rest.** Answers can carry one-time secrets (a new resident's activation code, an
//!   invitation link), which the database otherwise stores only as hashes. So the database keeps
//!   only the SHA-256 of the key, and the answer sealed with ChaCha20-Poly1305 under a key derived
//!   from the Idempotency-Key itself, which only the client holds.

pub mod layer;
mod store;

use chacha20poly1305::aead::Aead;
use chacha20poly1305::{ChaCha20Poly1305, Key, KeyInit, Nonce};
use sha2::{Digest, Sha256};
use wegwijs_shared::api_paths;
use wegwijs_shared::auth::{Action, Principal};

use crate::request_id::to_hex;
use crate::routes::Method;

pub const HEADER: &str = "idempotency-key";
/// Set on an answer that is a stored one.
pub const REPLAYED_HEADER: &str = "idempotent-replayed";
pub const MAX_KEY_CHARS: usize = 100;
/// How long a key and its answer are kept, from the first request.
pub const RETENTION_MS: f64 = 24.0 * 60.0 * 60_000.0;
/// A claim without an answer this old belongs to a request that died; it may be claimed again.
pub const ABANDONED_AFTER_MS: f64 = 60_000.0;
/// Expired rows deleted by each claim (bounded so a claim never does much extra work).
pub const PURGE_PER_CLAIM: u32 = 20;
const NONCE_BYTES: usize = 12;

/// Routes whose answer sets or clears the session cookie, besides the sign-in doors.
const COOKIE_ROUTES: &[&str] = &[api_paths::AUTH_SIGN_OUT, api_paths::AUTH_SIGN_OUT_ALL];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Acceptance {
    /// GET: idempotent already; the header is ignored.
    Ignored,
    /// The route's answer is about the session cookie; a key is refused.
    Refused,
    Accepted,
}

pub fn acceptance(method: Method, route_path: &str, action: Action) -> Acceptance {
    if method == Method::Get {
        Acceptance::Ignored
    } else if action == Action::SignIn || COOKIE_ROUTES.contains(&route_path) {
        Acceptance::Refused
    } else {
        Acceptance::Accepted
    }
}

/// The key from the header value, or why it is not one.
pub fn parse_key(raw: &str) -> Result<&str, &'static str> {
    let raw = raw.trim();
    let key = match raw.strip_prefix('"') {
        Some(rest) => rest
            .strip_suffix('"')
            .ok_or("The Idempotency-Key starts with a quote but does not end with one.")?,
        None => raw,
    };
    if key.is_empty() {
        return Err("The Idempotency-Key is empty; send a new UUID for each request.");
    }
    if key.chars().count() > MAX_KEY_CHARS {
        return Err("The Idempotency-Key may be at most 100 characters; send a UUID.");
    }
    if !key
        .bytes()
        .all(|b| b.is_ascii_graphic() && b != b'"' && b != b'\\')
    {
        return Err(
            "The Idempotency-Key may contain only visible ASCII characters without quotes or \
             backslashes; send a UUID.",
        );
    }
    Ok(key)
}

/// Whose key space a request lives in.
pub fn scope(principal: Option<&Principal>, method: Method, route_path: &str) -> String {
    match principal {
        Some(p) => format!("account:{}", p.account_id),
        None => format!("anonymous:{} {route_path}", method.as_str()),
    }
}

/// What the database stores instead of the key itself.
pub fn key_hash(key: &str) -> String {
    to_hex(&Sha256::digest(key.as_bytes()))
}

/// What makes two requests with one key "the same request".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fingerprint {
    pub method: String,
    pub path: String,
    pub body_sha256: String,
}

impl Fingerprint {
    pub fn new(method: Method, path: &str, body: &[u8]) -> Self {
        Self {
            method: method.as_str().to_owned(),
            path: path.to_owned(),
            body_sha256: to_hex(&Sha256::digest(body)),
        }
    }
}

/// Whether an answer with this status is kept for replays. "Try again later" (408, 429) is not:
/// the offline queue sends the same request under the same key after `Retry-After`, and a kept
/// 429 would answer it 429 for ever.
pub fn keeps(status: u16) -> bool {
    (200..500).contains(&status) && status != 408 && status != 429
}

/// The row found for (scope, key) right after this request tried to claim it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claimed {
    pub fingerprint: Fingerprint,
    /// The request id that holds the claim.
    pub owner: String,
    /// The stored answer's status; `None` while the owner is still running.
    pub status: Option<u16>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Next {
    /// This request holds the claim: run the handler and store its answer.
    Run,
    /// Send the stored answer.
    Replay,
    /// 409: the first request is still running.
    InProgress,
    /// 422: the key belongs to another request.
    Reused,
}

pub fn next(claimed: &Claimed, request_id: &str, fingerprint: &Fingerprint) -> Next {
    if claimed.fingerprint != *fingerprint {
        Next::Reused
    } else if claimed.owner == request_id && claimed.status.is_none() {
        Next::Run
    } else if claimed.status.is_some() {
        Next::Replay
    } else {
        Next::InProgress
    }
}

/// The sealing key for answers stored under `key` in `scope`.
fn sealing_key(scope: &str, key: &str) -> Key {
    let mut hasher = Sha256::new();
    hasher.update(b"wegwijs idempotent answer\0");
    hasher.update(scope.as_bytes());
    hasher.update(b"\0");
    hasher.update(key.as_bytes());
    let bytes: [u8; 32] = hasher.finalize().into();
    Key::from(bytes)
}

/// `nonce ‖ ciphertext` of `body`. `nonce` must be fresh random bytes (a key can seal twice: after
/// it expires, or after an abandoned claim).
pub fn seal(scope: &str, key: &str, nonce: [u8; NONCE_BYTES], body: &[u8]) -> Vec<u8> {
    let cipher = ChaCha20Poly1305::new(&sealing_key(scope, key));
    let sealed = cipher
        .encrypt(&Nonce::from(nonce), body)
        .expect("ChaCha20-Poly1305 encrypts any body under 256 GiB");
    let mut out = nonce.to_vec();
    out.extend(sealed);
    out
}

/// The body sealed by [`seal`], or `None` when it was not sealed under this scope and key.
pub fn open(scope: &str, key: &str, sealed: &[u8]) -> Option<Vec<u8>> {
    if sealed.len() < NONCE_BYTES {
        return None;
    }
    let (nonce, ciphertext) = sealed.split_at(NONCE_BYTES);
    let nonce: [u8; NONCE_BYTES] = nonce.try_into().ok()?;
    ChaCha20Poly1305::new(&sealing_key(scope, key))
        .decrypt(&Nonce::from(nonce), ciphertext)
        .ok()
}

pub fn nonce() -> Result<[u8; NONCE_BYTES], getrandom::Error> {
    let mut bytes = [0u8; NONCE_BYTES];
    getrandom::fill(&mut bytes)?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routes::ROUTES;
    use wegwijs_shared::auth::Role;

    const UUID: &str = "8e03978e-40d5-43e8-bc93-6894a57f9324";

    #[test]
    fn keys_are_1_to_100_visible_ascii_characters() {
        assert_eq!(parse_key(UUID), Ok(UUID));
        assert_eq!(parse_key(&format!("\"{UUID}\"")), Ok(UUID));
        assert_eq!(parse_key(" a "), Ok("a"));
        assert_eq!(parse_key(&"k".repeat(100)).map(str::len), Ok(100));
        for bad in [
            "",
            "\"\"",
            "\"abc",
            &"k".repeat(101),
            "two words",
            "a\"b",
            "a\\b",
            "ключ",
            "tab\there",
        ] {
            assert!(parse_key(bad).is_err(), "{bad:?}");
        }
        // A comma is a visible character; two header lines joined by ", " are not a key.
        assert_eq!(parse_key("a,b"), Ok("a,b"));
        assert!(parse_key(&format!("{UUID}, {UUID}")).is_err());
    }

    #[test]
    fn every_mutating_route_accepts_a_key_except_the_cookie_routes() {
        let mut refused = Vec::new();
        for route in ROUTES {
            let acceptance = acceptance(route.method, route.path, route.action);
            match route.method {
                Method::Get => assert_eq!(acceptance, Acceptance::Ignored, "{}", route.path),
                _ if acceptance == Acceptance::Refused => refused.push(route.path),
                _ => assert_eq!(acceptance, Acceptance::Accepted, "{}", route.path),
            }
        }
        assert_eq!(
            refused,
            [
                "/api/auth/activate",
                "/api/auth/resident-sign-in",
                "/api/auth/staff-sign-in",
                "/api/auth/invite/start",
                "/api/auth/invite/complete",
                "/api/auth/sign-out",
                "/api/auth/sign-out-all",
            ]
        );
        assert_eq!(
            acceptance(Method::Post, "/api/residents", Action::CreateResident),
            Acceptance::Accepted
        );
    }

    #[test]
    fn keys_are_scoped_to_the_account_or_to_the_public_route() {
        let staff = Principal {
            account_id: "acct-1".into(),
            role: Role::Staff,
            location_ids: vec![],
        };
        assert_eq!(
            scope(Some(&staff), Method::Post, "/api/residents"),
            "account:acct-1"
        );
        assert_eq!(
            scope(Some(&staff), Method::Put, "/api/residents/{id}/location"),
            "account:acct-1"
        );
        assert_eq!(
            scope(None, Method::Post, "/api/client-errors"),
            "anonymous:POST /api/client-errors"
        );
    }

    #[test]
    fn the_database_never_sees_the_key() {
        let hash = key_hash(UUID);
        assert_eq!(hash.len(), 64);
        assert!(!hash.contains(UUID));
        assert_ne!(hash, key_hash("8e03978e-40d5-43e8-bc93-6894a57f9325"));
    }

    #[test]
    fn fingerprint_covers_method_path_and_exact_body_bytes() {
        let a = Fingerprint::new(Method::Post, "/api/residents", br#"{"a":1}"#);
        assert_eq!(
            a,
            Fingerprint::new(Method::Post, "/api/residents", br#"{"a":1}"#)
        );
        assert_ne!(
            a,
            Fingerprint::new(Method::Post, "/api/residents", br#"{"a":2}"#)
        );
        assert_ne!(
            a,
            Fingerprint::new(Method::Post, "/api/residents", br#"{"a": 1}"#)
        );
        assert_ne!(
            a,
            Fingerprint::new(Method::Put, "/api/residents", br#"{"a":1}"#)
        );
        assert_ne!(
            a,
            Fingerprint::new(Method::Post, "/api/locations", br#"{"a":1}"#)
        );
        assert_eq!(
            Fingerprint::new(Method::Delete, "/api/sessions/x", b"").body_sha256,
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn success_and_refusals_are_kept_server_faults_and_try_again_later_are_not() {
        for status in [200, 201, 204, 400, 403, 404, 409, 422] {
            assert!(keeps(status), "{status}");
        }
        for status in [408, 429, 500, 502, 503, 504] {
            assert!(!keeps(status), "{status}");
        }
    }

    #[test]
    fn the_claim_decides_what_happens() {
        let fp = Fingerprint::new(Method::Post, "/api/residents", b"{}");
        let claimed = |owner: &str, status| Claimed {
            fingerprint: fp.clone(),
            owner: owner.into(),
            status,
        };
        assert_eq!(next(&claimed("me", None), "me", &fp), Next::Run);
        assert_eq!(next(&claimed("other", None), "me", &fp), Next::InProgress);
        assert_eq!(next(&claimed("other", Some(201)), "me", &fp), Next::Replay);
        assert_eq!(next(&claimed("other", Some(422)), "me", &fp), Next::Replay);
        let other_body = Fingerprint::new(Method::Post, "/api/residents", b"{ }");
        assert_eq!(
            next(&claimed("other", Some(201)), "me", &other_body),
            Next::Reused
        );
        assert_eq!(
            next(&claimed("other", None), "me", &other_body),
            Next::Reused
        );
    }

    #[test]
    fn sealed_answers_open_only_with_their_key_and_scope() {
        let body = br#"{"card":{"code":"DEMA-CTVE-2026"}}"#;
        let sealed = seal("account:a", UUID, [7; 12], body);
        assert!(
            !sealed.windows(4).any(|w| w == b"DEMA"),
            "the secret is not readable"
        );
        assert_eq!(open("account:a", UUID, &sealed).as_deref(), Some(&body[..]));
        assert_eq!(open("account:b", UUID, &sealed), None);
        assert_eq!(open("account:a", "another-key", &sealed), None);
        assert_eq!(open("account:a", UUID, &sealed[..5]), None);
        let mut tampered = sealed.clone();
        *tampered.last_mut().unwrap() ^= 1;
        assert_eq!(open("account:a", UUID, &tampered), None);
        // An empty body (204) seals and opens too.
        assert_eq!(
            open("account:a", UUID, &seal("account:a", UUID, [1; 12], b"")),
            Some(vec![])
        );
    }
}
