//! The request's "now". Integration tests need to move time (session expiry, code expiry, TOTP
//! steps); they start the Worker with `WEGWIJS_TEST_CLOCK = "enabled"` and send the time in the
//! `x-wegwijs-test-now-ms` header. Without that variable (every real deployment) the header is
//! ignored.

use worker::{Env, Request};

pub const TEST_CLOCK_VAR: &str = "WEGWIJS_TEST_CLOCK";
pub const TEST_NOW_HEADER: &str = "x-wegwijs-test-now-ms";

pub fn now_ms(env: &Env, req: &Request, arrived_ms: f64) -> f64 {
    let enabled = env
        .var(TEST_CLOCK_VAR)
        .map(|v| v.to_string() == "enabled")
        .unwrap_or(false);
    if !enabled {
        return arrived_ms;
    }
    req.headers()
        .get(TEST_NOW_HEADER)
        .ok()
        .flatten()
        .and_then(|v| v.parse::<f64>().ok())
        .filter(|t| t.is_finite() && *t > 0.0)
        .unwrap_or(arrived_ms)
}
