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

/// Problem reports (`POST /api/client-errors`, a door anyone may use) accepted from one client
/// within [`REPORT_WINDOW_MS`]. A broken release on a centre's Wi-Fi sends a few per phone; a
/// flood is refused with 429 and `Retry-After`, which the offline queue waits out.
pub const REPORTS_PER_CLIENT: u32 = 120;
pub const REPORT_WINDOW_MS: f64 = 10.0 * 60_000.0;

/// The part of a connecting address that names one client. An IPv6 host is given a whole /64 (a
/// phone rotates its privacy addresses within it, and any host can pick any address in its own
/// /64), so the /64 is the client; IPv4 addresses stay whole. Anything unreadable is one shared
/// "unknown" client rather than an escape from the limits.
pub fn client_of(address: Option<&str>) -> String {
    let Some(address) = address.map(str::trim) else {
        return "unknown".to_owned();
    };
    if let Ok(v4) = address.parse::<std::net::Ipv4Addr>() {
        return v4.to_string();
    }
    match address.parse::<std::net::Ipv6Addr>() {
        Ok(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
        },
        Err(_) => "unknown".to_owned(),
    }
}

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
    fn an_ipv6_client_is_its_slash_64_and_ipv4_stays_whole() {
        let a = client_of(Some("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assert_eq!(a, "2001:db8:1:2::/64");
        assert_eq!(client_of(Some("2001:0db8:0001:0002::1")), a);
        assert_ne!(client_of(Some("2001:db8:1:3::1")), a);
        assert_eq!(client_of(Some("192.0.2.7")), "192.0.2.7");
        assert_ne!(client_of(Some("192.0.2.8")), "192.0.2.7");
        assert_eq!(client_of(Some("::ffff:192.0.2.7")), "192.0.2.7");
        assert_eq!(client_of(None), "unknown");
        assert_eq!(client_of(Some("not an address")), "unknown");
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
