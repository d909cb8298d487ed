//! How an area that is one lazy route (`/staff/*rest`, `/trainer/*rest`, `/admin/*rest`,
//! `/learning/*rest`) picks its page: the address below the area's prefix, split into segments the
//! area matches with a slice pattern. Every extra route costs the resident's first load router
//! code, so each area routes itself; this keeps the splitting one rule: a trailing slash does not
//! count, the area's own address is no segments at all, and an address outside the area matches
//! nothing. Not generic, so it is compiled once however many areas use it.

/// The address below `prefix`, without the slashes around it: `/staff/residents/` below `/staff`
/// is `residents`, `/staff` itself is the empty string. `None` when `path` is not in the area
/// (`/staffroom` is not below `/staff`).
pub fn below<'a>(path: &'a str, prefix: &str) -> Option<&'a str> {
    let rest = path.strip_prefix(prefix)?;
    if !rest.is_empty() && !rest.starts_with('/') {
        return None;
    }
    Some(rest.trim_matches('/'))
}

/// The segments of the address below `prefix`: `[]` for the area's own address,
/// `["residents", "42"]` for `/staff/residents/42`. An address outside the area gives one empty
/// segment, which no page pattern matches.
pub fn segments<'a>(path: &'a str, prefix: &str) -> Vec<&'a str> {
    match below(path, prefix) {
        Some("") => Vec::new(),
        Some(rest) => rest.split('/').collect(),
        None => vec![""],
    }
}

/// A segment as it was meant (`%20` → space), for codes and ids a person may have typed; the
/// segment as is when it is not valid percent-encoding.
pub fn decoded(segment: &str) -> String {
    js_sys::decode_uri_component(segment).map_or_else(|_| segment.to_owned(), String::from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

    // The browser layer runs every test binary in Chromium, this crate's own tests too.
    wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn the_area_itself_has_no_segments_with_or_without_a_trailing_slash() {
        assert!(segments("/staff", "/staff").is_empty());
        assert!(segments("/staff/", "/staff").is_empty());
        assert_eq!(below("/staff/", "/staff"), Some(""));
    }

    #[wasm_bindgen_test]
    fn pages_below_the_area_split_into_segments() {
        assert_eq!(segments("/staff/residents", "/staff"), ["residents"]);
        assert_eq!(
            segments("/staff/residents/42/", "/staff"),
            ["residents", "42"]
        );
        assert_eq!(
            segments("/trainer/modules/m1/preview", "/trainer"),
            ["modules", "m1", "preview"]
        );
        assert_eq!(below("/learning/a/b", "/learning"), Some("a/b"));
    }

    #[wasm_bindgen_test]
    fn an_address_outside_the_area_matches_no_page() {
        assert_eq!(below("/staffroom", "/staff"), None);
        assert_eq!(below("/admin", "/staff"), None);
        assert_eq!(segments("/staffroom", "/staff"), [""]);
    }

    #[wasm_bindgen_test]
    fn an_empty_segment_in_the_middle_is_kept_so_it_matches_no_page() {
        assert_eq!(
            segments("/staff/residents//42", "/staff"),
            ["residents", "", "42"]
        );
    }

    #[wasm_bindgen_test]
    fn typed_codes_are_decoded_and_broken_encoding_is_kept() {
        assert_eq!(decoded("ABCD%20EF"), "ABCD EF");
        assert_eq!(decoded("%E0%A4%A"), "%E0%A4%A");
    }
}
