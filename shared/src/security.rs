//! Security headers, defined once: the Worker sets them on every API response and the build writes
//! the same values into `dist/_headers` for the static assets, so the two can never drift apart.

/// No inline script anywhere: the app loads as a module file and Leptos renders through the DOM API.
/// `'wasm-unsafe-eval'` is the narrow permission WebAssembly compilation needs. Styles come from one
/// stylesheet, so inline `style` attributes are refused as well.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; \
script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; \
img-src 'self' data:; \
font-src 'self'; \
connect-src 'self'; \
manifest-src 'self'; \
worker-src 'self'; \
object-src 'none'; \
base-uri 'none'; \
form-action 'self'; \
frame-ancestors 'none'";

/// Every response, API or asset, carries these.
pub const SECURITY_HEADERS: [(&str, &str); 7] = [
    ("content-security-policy", CONTENT_SECURITY_POLICY),
    ("x-content-type-options", "nosniff"),
    ("referrer-policy", "no-referrer"),
    ("x-frame-options", "DENY"),
    ("cross-origin-opener-policy", "same-origin"),
    (
        "permissions-policy",
        "camera=(self), microphone=(), geolocation=(), payment=(), usb=()",
    ),
    // Browsers ignore it over plain http (RFC 6797 §8.1), so local `http://127.0.0.1` still works;
    // two years, subdomains included, the value HSTS preload lists ask for.
    (
        "strict-transport-security",
        "max-age=63072000; includeSubDomains",
    ),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csp_forbids_inline_script_and_framing() {
        let script_src = CONTENT_SECURITY_POLICY
            .split(';')
            .map(str::trim)
            .find(|d| d.starts_with("script-src"))
            .expect("script-src directive");
        assert!(!script_src.contains("unsafe-inline"));
        assert!(!script_src.contains("'unsafe-eval'"));
        assert!(script_src.contains("'wasm-unsafe-eval'"));
        assert!(CONTENT_SECURITY_POLICY.contains("frame-ancestors 'none'"));
    }

    #[test]
    fn header_names_are_lowercase_and_unique() {
        let mut names: Vec<_> = SECURITY_HEADERS.iter().map(|(n, _)| *n).collect();
        assert!(names.iter().all(|n| *n == n.to_ascii_lowercase()));
        names.sort();
        names.dedup();
        assert_eq!(names.len(), SECURITY_HEADERS.len());
    }
}
