//! CSRF defence. State-changing requests must come from the app's own origin: browsers send
//! `Origin` on every cross-origin request and on same-origin POST/PUT/DELETE; where an old browser
//! leaves it out, `Sec-Fetch-Site` decides; with neither, the request is refused.
//!
//! Reads have side effects too (an audit line per resident shown, a session's last-seen time), so
//! a read that a browser marks as coming from another site (`Sec-Fetch-Site: cross-site` or
//! `same-site`: a link, an image or a form on someone else's page) is refused before the session
//! is even looked at. The app's own fetches say `same-origin`, a typed address says `none`, and
//! clients that are not browsers send no fetch metadata and cannot be made to navigate.

use crate::error::ApiError;

pub fn check_same_origin(
    method: &str,
    request_origin: &str,
    origin: Option<&str>,
    sec_fetch_site: Option<&str>,
) -> Result<(), ApiError> {
    if matches!(method, "GET" | "HEAD" | "OPTIONS") {
        return match sec_fetch_site {
            Some("cross-site" | "same-site") => Err(ApiError::CrossSiteRequest),
            _ => Ok(()),
        };
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
    fn reads_are_allowed_unless_a_browser_says_another_site_sent_them() {
        assert!(check_same_origin("GET", HERE, Some("https://evil.example"), None).is_ok());
        for site in [None, Some("same-origin"), Some("none")] {
            assert!(
                check_same_origin("GET", HERE, None, site).is_ok(),
                "{site:?}"
            );
        }
        for site in ["cross-site", "same-site"] {
            let refused = check_same_origin("GET", HERE, None, Some(site)).unwrap_err();
            assert_eq!(refused.status(), 403, "{site}");
            assert!(check_same_origin("HEAD", HERE, None, Some(site)).is_err());
        }
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
