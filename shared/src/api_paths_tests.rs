use super::*;

/// The decoded parameter values of `path` if it has `template`'s shape (the literal segments
/// equal, one segment per parameter), as a router that decodes its parameters would see them.
fn params(template: &str, path: &str) -> Option<Vec<String>> {
    let (t, p): (Vec<&str>, Vec<&str>) = (template.split('/').collect(), path.split('/').collect());
    if t.len() != p.len() {
        return None;
    }
    let mut values = Vec::new();
    for (t, p) in t.into_iter().zip(p) {
        if t.starts_with('{') {
            values.push(decode(p));
        } else if t != p {
            return None;
        }
    }
    Some(values)
}

fn decode(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap();
            out.push(u8::from_str_radix(hex, 16).unwrap());
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

/// Every fill function with values that would break a path if they were not encoded.
fn filled() -> Vec<(&'static str, String, Vec<&'static str>)> {
    let one = "a/b c?d#e";
    let (k, i) = ("k/1&x=y", "%2F..é");
    vec![
        (LOCATION, location(one), vec![one]),
        (SESSION, session(one), vec![one]),
        (RESIDENT, resident(one), vec![one]),
        (
            RESIDENT_ACTIVATION_CARD,
            resident_activation_card(one),
            vec![one],
        ),
        (RESIDENT_LOCATION, resident_location(one), vec![one]),
        (
            RESIDENT_PROCEDURE_STAGE,
            resident_procedure_stage(one),
            vec![one],
        ),
        (ACCOUNT, account(one), vec![one]),
        (ME_FAVOURITE, me_favourite(k, i), vec![k, i]),
        (CONTENT_ITEM, content_item(one), vec![one]),
        (
            CONTENT_ITEM_TRANSLATION,
            content_item_translation(k, i),
            vec![k, i],
        ),
        (
            CONTENT_ITEM_PUBLICATION,
            content_item_publication(one),
            vec![one],
        ),
        (CENTRE_CONTACTS, centre_contacts(one), vec![one]),
        (CENTRE_SERVICES, centre_services(one), vec![one]),
        (CENTRE_SERVICE, centre_service(one), vec![one]),
        (
            CENTRE_SERVICE_REMOVED,
            centre_service_removed(one),
            vec![one],
        ),
        (ACTIVITY, activity(one), vec![one]),
        (ACTIVITY_CANCELLED, activity_cancelled(one), vec![one]),
        (ACTIVITY_SIGNUP, activity_signup(k, i), vec![k, i]),
        (
            ACTIVITY_PARTICIPANTS,
            activity_participants(k, i),
            vec![k, i],
        ),
        (AUTHORING_MODULE, authoring_module(one), vec![one]),
        (LEARNING_GROUP, learning_group(one), vec![one]),
        (LEARNING_ASSIGNMENT, learning_assignment(one), vec![one]),
        (LEARNING_MODULE, learning_module(one), vec![one]),
        (
            LEARNING_MODULE_PROGRESS,
            learning_module_progress(one),
            vec![one],
        ),
        (LEARNING_ANSWER, learning_answer(k, i), vec![k, i]),
        (LEARNING_SEEN, learning_seen(one), vec![one]),
        (VERIFY, verify(one), vec![one]),
    ]
}

#[test]
fn every_fill_keeps_the_template_shape_and_carries_the_values() {
    for (template, path, values) in filled() {
        assert_eq!(
            params(template, &path),
            Some(values.iter().map(|v| v.to_string()).collect()),
            "{path}"
        );
        assert!(!path.contains(['?', '#', ' ', '{', '}']), "{path}");
    }
}

#[test]
fn every_template_with_parameters_has_a_fill() {
    let filled: Vec<&str> = filled().into_iter().map(|(t, _, _)| t).collect();
    for template in ALL.iter().filter(|t| t.contains('{')) {
        assert!(filled.contains(template), "no fill function for {template}");
    }
}

#[test]
fn templates_are_distinct_and_under_api() {
    for (i, template) in ALL.iter().enumerate() {
        assert!(template.starts_with("/api/"), "{template}");
        assert!(!ALL[..i].contains(template), "{template} twice");
    }
}

#[test]
fn dot_values_cannot_become_dot_segments() {
    // URL parsers resolve `.`/`..` segments, written plainly or as `%2e` in any case.
    let is_dot_segment = |s: &str| {
        matches!(
            s.to_ascii_lowercase().replace("%2e", ".").as_str(),
            "." | ".."
        )
    };
    for value in [".", ".."] {
        for path in [
            resident(value),
            learning_answer(value, value),
            activity_cancelled(value),
        ] {
            assert!(!path.split('/').any(is_dot_segment), "{path}");
        }
    }
    assert_eq!(
        activity_cancelled(".."),
        "/api/activities/%252E%252E/cancelled"
    );
    assert_eq!(resident("..."), "/api/residents/...");
    assert_eq!(resident("a.b"), "/api/residents/a.b");
}

#[test]
fn encode_escapes_like_encode_uri_component() {
    assert_eq!(encode("r/1 x"), "r%2F1%20x");
    assert_eq!(encode("?#&=+%,;:@$"), "%3F%23%26%3D%2B%25%2C%3B%3A%40%24");
    assert_eq!(encode("é日"), "%C3%A9%E6%97%A5");
    let kept = "AZaz09-_.!~*'()";
    assert_eq!(encode(kept), kept);
    assert_eq!(encode(""), "");
}

#[test]
fn fill_without_values_leaves_the_template_text() {
    assert_eq!(fill(HEALTH, &[]), HEALTH);
    assert_eq!(fill("/api/x/{id}/y", &["1"]), "/api/x/1/y");
}
