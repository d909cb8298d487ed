//! CSRF defence for state-changing requests: they must come from the app's own origin. Browsers
//! send `Origin` on every cross-origin request and on same-origin POST/PUT/DELETE; where an old
//! browser leaves it out, `Sec-Fetch-Site` decides; with neither, the request is refused.

use crate::error::ApiError;

pub fn check_same_origin(
    method: &str,
    request_origin: &str,
    origin: Option<&str>,
    sec_fetch_site: Option<&str>,
) -> Result<(), ApiError> {
    if matches!(method, "GET" | "HEAD" | "OPTIONS") {
        return Ok(());
    }
    let same = match (origin, sec_fetch_site) {
        (Some(origin), _) => origin == request_origin,
        (None, Some(site)) => site == "same-origin",
        (None, None) => false,
    };
    if same {
        Ok(())
    } else {
        Err(ApiError::CrossSiteRequest)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HERE: &str = "https://wegwijs.example";

    #[test]
    fn reads_are_always_allowed() {
        assert!(check_same_origin("GET", HERE, Some("https://evil.example"), None).is_ok());
    }

    #[test]
    fn writes_need_our_origin() {
        assert!(check_same_origin("POST", HERE, Some(HERE), None).is_ok());
        assert!(check_same_origin("DELETE", HERE, None, Some("same-origin")).is_ok());
        for (origin, site) in [
            (Some("https://evil.example"), Some("same-origin")),
            (Some("null"), None),
            (None, Some("cross-site")),
            (None, None),
        ] {
            assert_eq!(
                check_same_origin("POST", HERE, origin, site)
                    .unwrap_err()
                    .status(),
                403
            );
        }
    }
}
