//! The request's "now". Integration tests need to move time (session expiry, code expiry, TOTP
//! steps); they start the Worker with `WEGWIJS_TEST_CLOCK = "enabled"` and send the time in the
//! `x-wegwijs-test-now-ms` header. Two guards keep it out of real use: without that variable
//! (every real deployment) the header is ignored, and even with it the header counts only on a
//! request addressed to a loopback host (`127.0.0.1`, `localhost`, `[::1]`), which no request
//! through Cloudflare's edge to the agency's domain can be. The tests already run on loopback, so
//! the second guard costs them nothing.

use worker::{Env, Request};

pub const TEST_CLOCK_VAR: &str = "WEGWIJS_TEST_CLOCK";
pub const TEST_NOW_HEADER: &str = "x-wegwijs-test-now-ms";

pub fn now_ms(env: &Env, req: &Request, arrived_ms: f64) -> f64 {
    let enabled = env
        .var(TEST_CLOCK_VAR)
        .is_ok_and(|v| v.to_string() == "enabled");
    let host = req
        .url()
        .ok()
        .and_then(|url| url.host_str().map(str::to_owned));
    let asked = req.headers().get(TEST_NOW_HEADER).ok().flatten();
    test_now(enabled, host.as_deref(), asked.as_deref()).unwrap_or(arrived_ms)
}

/// The time a test asked for, when the test clock may be used for this request.
fn test_now(enabled: bool, host: Option<&str>, asked: Option<&str>) -> Option<f64> {
    let loopback = matches!(host, Some("127.0.0.1" | "localhost" | "[::1]" | "::1"));
    if !(enabled && loopback) {
        return None;
    }
    asked?
        .parse::<f64>()
        .ok()
        .filter(|t| t.is_finite() && *t > 0.0)
}

#[cfg(test)]
mod tests {
    use super::test_now;

    #[test]
    fn the_test_clock_needs_the_variable_and_a_loopback_host() {
        let asked = Some("1700000000000");
        assert_eq!(test_now(true, Some("127.0.0.1"), asked), Some(1.7e12));
        assert_eq!(test_now(true, Some("localhost"), asked), Some(1.7e12));
        assert_eq!(test_now(true, Some("[::1]"), asked), Some(1.7e12));
        // Enabled by mistake in production: the agency's host is not loopback.
        assert_eq!(test_now(true, Some("wegwijs.coa.nl"), asked), None);
        assert_eq!(test_now(true, Some("127.0.0.1.example.org"), asked), None);
        assert_eq!(test_now(false, Some("127.0.0.1"), asked), None);
        for bad in ["x", "-5", "0", "NaN", "inf"] {
            assert_eq!(test_now(true, Some("127.0.0.1"), Some(bad)), None, "{bad}");
        }
        assert_eq!(test_now(true, Some("127.0.0.1"), None), None);
    }
}
