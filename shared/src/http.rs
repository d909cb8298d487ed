//! Conditional GETs, the pure half: the weak ETag of an answer and the `If-None-Match` check
//! (RFC 9110 §13.1.2). The edge sends the tag and answers 304 with these; they live here so the
//! rules are tested natively, apart from the Worker's runtime types.

/// A weak ETag over everything that makes up an answer (its serialised body is the simplest
/// complete choice: any change a client could see changes it). FNV-1a, 64 bits: collisions only
/// cost a refetch, so a cryptographic hash is not needed.
pub fn weak_etag(content: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in content {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("W/\"{hash:016x}\"")
}

/// Whether an `If-None-Match` header names `etag`: `*`, or any tag of a comma-separated list,
/// compared weakly (a `W/` prefix on either side does not matter), as RFC 9110 asks for GET.
pub fn etag_matches(if_none_match: Option<&str>, etag: &str) -> bool {
    let Some(header) = if_none_match else {
        return false;
    };
    let opaque = |tag: &str| tag.trim().trim_start_matches("W/").to_owned();
    let wanted = opaque(etag);
    header
        .split(',')
        .map(opaque)
        .any(|tag| tag == "*" || tag == wanted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn etags_follow_content_and_are_weak() {
        let a = weak_etag(b"{\"items\":[]}");
        assert_eq!(a, weak_etag(b"{\"items\":[]}"));
        assert_ne!(a, weak_etag(b"{\"items\":[1]}"));
        assert!(
            a.starts_with("W/\"") && a.ends_with('"') && a.len() == 20,
            "{a}"
        );
    }

    #[test]
    fn the_same_tag_matches() {
        let a = weak_etag(b"{}");
        assert!(etag_matches(Some(&a), &a));
    }

    #[test]
    fn a_star_matches_any_tag() {
        let a = weak_etag(b"{}");
        assert!(etag_matches(Some("*"), &a));
        assert!(etag_matches(Some(" * "), &a));
    }

    #[test]
    fn any_tag_of_a_list_matches() {
        let a = weak_etag(b"{}");
        assert!(etag_matches(Some(&format!("\"x\", {a}")), &a));
        assert!(etag_matches(Some(&format!("{a},\"y\"")), &a));
    }

    #[test]
    fn the_weak_prefix_does_not_matter() {
        let a = weak_etag(b"{}");
        let strong = a.trim_start_matches("W/").to_owned();
        assert!(etag_matches(Some(&strong), &a));
        assert!(etag_matches(Some(&a), &strong));
        assert!(etag_matches(Some(&format!("\"x\", W/{strong}")), &strong));
    }

    #[test]
    fn another_tag_or_none_does_not_match() {
        let a = weak_etag(b"{}");
        assert!(!etag_matches(Some("W/\"0\""), &a));
        assert!(!etag_matches(Some("\"x\", \"y\""), &a));
        assert!(!etag_matches(Some(""), &a));
        assert!(!etag_matches(None, &a));
    }
}
