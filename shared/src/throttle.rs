//! Brute-force limits on the doors into an account, as pure logic the Worker applies to counters it
//! keeps in D1.
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

/// The counter after one more failure at `now_ms`. This is the rule; the Worker applies it as one
/// atomic SQL upsert (edge-api/src/auth/throttle.rs) so that parallel failures all count, and the
/// integration tests hold the two to the same behaviour.
pub fn after_failure(kind: KeyKind, counter: Option<&Counter>, now_ms: f64) -> Counter {
    let Limits {
        max_failures: max,
        period_ms: period,
    } = kind.limits();
    let fresh = Counter {
        failures: 0,
        window_start_ms: now_ms,
        locked_until_ms: None,
    };
    let mut next = match counter {
        // A finished lock-out or an old window starts counting again.
        Some(c) if c.locked_until_ms.is_some_and(|u| u <= now_ms) => fresh,
        Some(c) if kind == KeyKind::Client && now_ms - c.window_start_ms >= period => fresh,
        Some(c) => *c,
        None => fresh,
    };
    next.failures += 1;
    if next.failures >= max {
        next.locked_until_ms = Some(now_ms + period);
    }
    next
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fifth_identifier_failure_locks_for_fifteen_minutes() {
        let mut counter = None;
        for attempt in 1..=IDENTIFIER_MAX_FAILURES {
            assert_eq!(retry_after_s(counter.as_ref(), 1000.0), None, "{attempt}");
            counter = Some(after_failure(KeyKind::Identifier, counter.as_ref(), 1000.0));
        }
        assert_eq!(retry_after_s(counter.as_ref(), 1000.0), Some(15 * 60));
        assert_eq!(
            retry_after_s(counter.as_ref(), 1000.0 + IDENTIFIER_LOCKOUT_MS),
            None
        );
    }

    #[test]
    fn after_a_lockout_counting_starts_again() {
        let locked = Counter {
            failures: 5,
            window_start_ms: 0.0,
            locked_until_ms: Some(10.0),
        };
        let next = after_failure(KeyKind::Identifier, Some(&locked), 20.0);
        assert_eq!(next.failures, 1);
        assert_eq!(next.locked_until_ms, None);
    }

    #[test]
    fn client_window_slides_forward() {
        let old = Counter {
            failures: CLIENT_MAX_FAILURES - 1,
            window_start_ms: 0.0,
            locked_until_ms: None,
        };
        assert_eq!(
            after_failure(KeyKind::Client, Some(&old), CLIENT_WINDOW_MS).failures,
            1
        );
        let locked = after_failure(KeyKind::Client, Some(&old), 1.0);
        assert!(retry_after_s(Some(&locked), 2.0).is_some());
    }
}
