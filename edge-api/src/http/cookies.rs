//! The session cookie. `__Host-` binds it to this exact host over a secure context with `Path=/`
//! and no `Domain`; HttpOnly keeps it from scripts; SameSite=Lax keeps it off cross-site
//! sub-requests (the Origin check in [`super::origin`] covers the rest of CSRF).

pub const SESSION_COOKIE: &str = "__Host-wegwijs-session";

/// The session token from a `Cookie` header, if one is there and has the token's shape.
pub fn session_token(cookie_header: Option<&str>) -> Option<String> {
    cookie_header?
        .split(';')
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value.trim().to_owned())
        .filter(|v| v.len() == 64 && v.bytes().all(|b| b.is_ascii_hexdigit()))
}

pub fn set_session(token: &str, max_age_s: u64) -> String {
    format!("{SESSION_COOKIE}={token}; Path=/; Max-Age={max_age_s}; Secure; HttpOnly; SameSite=Lax")
}

pub fn clear_session() -> String {
    format!("{SESSION_COOKIE}=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_session_among_other_cookies() {
        let token = "ab".repeat(32);
        let header = format!("theme=dark; {SESSION_COOKIE}={token}; x=y");
        assert_eq!(session_token(Some(&header)), Some(token));
        assert_eq!(session_token(Some("theme=dark")), None);
        assert_eq!(
            session_token(Some(&format!("{SESSION_COOKIE}=short"))),
            None
        );
        assert_eq!(session_token(None), None);
    }

    #[test]
    fn cookie_attributes_meet_the_host_prefix_rules() {
        let set = set_session(&"ab".repeat(32), 60);
        for attribute in ["Path=/", "Secure", "HttpOnly", "SameSite=Lax"] {
            assert!(set.contains(attribute), "{set}");
        }
        assert!(!set.contains("Domain"));
        assert!(clear_session().contains("Max-Age=0"));
    }
}
