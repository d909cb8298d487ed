//! Brute-force limits on the doors into an account: how many failures lock a key, for how long,
//! and how long a locked key must still wait. The Worker counts failures in D1 with one atomic
//! upsert per key (edge-api/src/auth/throttle.rs, so parallel guesses all count) using these
//! limits; the integration tests hold it to them.
//!
//! Two kinds of key are counted: the identifier typed (a resident number or an e-mail address,
//! whether or not an account has it, so a lock-out says nothing about which accounts exist) and the
//! client (a hash of the connecting address). Only failures count; a success clears the
//! identifier's counter.

/// Consecutive failures on one identifier before it is locked.
pub const IDENTIFIER_MAX_FAILURES: u32 = 5;
/// How long an identifier stays locked after its last allowed failure.
pub const IDENTIFIER_LOCKOUT_MS: f64 = 15.0 * 60_000.0;
/// Failures from one client within [`CLIENT_WINDOW_MS`] before it is refused: generous, because
/// a whole reception centre can share one public address.
pub const CLIENT_MAX_FAILURES: u32 = 50;
pub const CLIENT_WINDOW_MS: f64 = 15.0 * 60_000.0;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Counter {
    pub failures: u32,
    /// When the current counting window began (the first failure in it).
    pub window_start_ms: f64,
    /// Refused until this time, if locked.
    pub locked_until_ms: Option<f64>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyKind {
    Identifier,
    Client,
}

/// When a key locks and for how long.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limits {
    pub max_failures: u32,
    /// The lock-out (identifiers) or counting window and lock-out (clients).
    pub period_ms: f64,
}

impl KeyKind {
    pub fn limits(self) -> Limits {
        match self {
            KeyKind::Identifier => Limits {
                max_failures: IDENTIFIER_MAX_FAILURES,
                period_ms: IDENTIFIER_LOCKOUT_MS,
            },
            KeyKind::Client => Limits {
                max_failures: CLIENT_MAX_FAILURES,
                period_ms: CLIENT_WINDOW_MS,
            },
        }
    }
}

/// How long the key is still refused, in whole seconds rounded up, or `None` when it may try.
pub fn retry_after_s(counter: Option<&Counter>, now_ms: f64) -> Option<u64> {
    let until = counter?.locked_until_ms?;
    (until > now_ms).then(|| ((until - now_ms) / 1000.0).ceil() as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_lock_after_five_for_fifteen_minutes_clients_after_fifty() {
        assert_eq!(
            KeyKind::Identifier.limits(),
            Limits {
                max_failures: 5,
                period_ms: 15.0 * 60_000.0
            }
        );
        assert_eq!(KeyKind::Client.limits().max_failures, 50);
    }

    #[test]
    fn retry_after_rounds_up_and_ends_with_the_lock() {
        let locked = Counter {
            failures: 5,
            window_start_ms: 0.0,
            locked_until_ms: Some(10_500.0),
        };
        assert_eq!(retry_after_s(Some(&locked), 0.0), Some(11));
        assert_eq!(retry_after_s(Some(&locked), 10_499.0), Some(1));
        assert_eq!(retry_after_s(Some(&locked), 10_500.0), None);
        let counting = Counter {
            locked_until_ms: None,
            ..locked
        };
        assert_eq!(retry_after_s(Some(&counting), 0.0), None);
        assert_eq!(retry_after_s(None, 0.0), None);
    }
}
