use super::*;

fn codes(source: &str) -> Vec<String> {
    render(source)
        .unwrap_err()
        .into_iter()
        .map(|e| e.code)
        .collect()
}

/// Every tag in `html` is one we emit, and the only attribute anywhere is `href` on `<a>`.
fn assert_only_safe_tags(html: &str) {
    const TAGS: [&str; 9] = ["h2", "h3", "p", "ul", "ol", "li", "strong", "em", "a"];
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').expect("unclosed tag") + start;
        let tag = &rest[start + 1..end];
        let name = tag.trim_start_matches('/');
        if let Some(attrs) = name.strip_prefix("a ") {
            assert!(attrs.starts_with("href=\""), "{tag}");
            assert!(
                attrs.ends_with('"') && attrs.matches('"').count() == 2,
                "{tag}"
            );
        } else {
            assert!(TAGS.contains(&name), "unexpected tag <{tag}> in {html}");
        }
        rest = &rest[end + 1..];
    }
    assert!(!rest.contains('>'), "stray > in {html}");
}

#[test]
fn the_example_of_the_contract_renders() {
    let source = "## What to bring\n\n- Your **W-document** (the IND gave it to you).\n- Your \
                  medicines, in their boxes.\n\nIf you feel very ill at night, call the GZA phone \
                  line: the number is on the [My centre](/centre) page. In a life-threatening \
                  emergency, call [112](tel:112).\n";
    let html = render(source).unwrap();
    assert_eq!(
        html,
        "<h2>What to bring</h2><ul><li>Your <strong>W-document</strong> (the IND gave it to \
         you).</li><li>Your medicines, in their boxes.</li></ul><p>If you feel very ill at \
         night, call the GZA phone line: the number is on the <a href=\"/centre\">My centre</a> \
         page. In a life-threatening emergency, call <a href=\"tel:112\">112</a>.</p>"
    );
    assert_only_safe_tags(&html);
}

#[test]
fn blocks_headings_lists_and_paragraphs() {
    assert_eq!(render("### Small").unwrap(), "<h3>Small</h3>");
    assert_eq!(
        render("1. one\n2. two\n10. ten").unwrap(),
        "<ol><li>one</li><li>two</li><li>ten</li></ol>"
    );
    assert_eq!(
        render("line one\nline two\r\n\r\nnext").unwrap(),
        "<p>line one line two</p><p>next</p>"
    );
    // Kinds that meet without a blank line still become separate parts.
    assert_eq!(
        render("## Title\n- a\n- b\nafter").unwrap(),
        "<h2>Title</h2><ul><li>a</li><li>b</li></ul><p>after</p>"
    );
    // Not markers: no space after them.
    assert_eq!(
        render("-5 degrees\n#hashtag\n3.5 km").unwrap(),
        "<p>-5 degrees #hashtag 3.5 km</p>"
    );
}

#[test]
fn heading_levels_other_than_two_and_three_are_errors() {
    assert_eq!(codes("# Title"), ["heading_level"]);
    assert_eq!(codes("text\n\n#### Deep"), ["heading_level"]);
    assert_eq!(render("## Fine").unwrap(), "<h2>Fine</h2>");
}

#[test]
fn raw_html_is_an_error_but_a_less_than_sign_is_text() {
    for bad in [
        "<script>alert(1)</script>",
        "hello <img src=x onerror=alert(1)>",
        "end </p>",
        "<!-- note -->",
        "<?xml version='1.0'?>",
        "- item <b>bold</b>",
        "[x](<javascript:alert(1)>)",
    ] {
        let errors = render(bad).unwrap_err();
        assert!(
            errors.iter().any(|e| e.code == "html_not_allowed"),
            "{bad}: {errors:?}"
        );
        assert!(errors.iter().all(|e| e.field == "body"));
    }
    let html = render("a < b and c > d & \"e\" 'f'").unwrap();
    assert_eq!(
        html,
        "<p>a &lt; b and c &gt; d &amp; &quot;e&quot; &#39;f&#39;</p>"
    );
    assert_eq!(render("<3 and < 5").unwrap(), "<p>&lt;3 and &lt; 5</p>");
}

#[test]
fn the_html_error_message_says_what_to_use() {
    let errors = render("<b>x</b>").unwrap_err();
    assert_eq!(errors[0].message, HTML_NOT_ALLOWED);
}

#[test]
fn links_allow_only_safe_schemes() {
    for good in [
        "https://ind.nl/en",
        "HTTPS://www.coa.nl",
        "mailto:info@coa.nl",
        "tel:112",
        "tel:+31-88-7157000",
        "/centre",
        "/library/item-1",
    ] {
        assert!(link_allowed(good), "{good}");
        let html = render(&format!("[go]({good})")).unwrap();
        assert!(html.contains("<a href="), "{good}: {html}");
    }
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,hi",
        "http://example.com",
        "//evil.example",
        "/\\evil.example",
        "https://",
        "vbscript:x",
        "centre",
        "tel:call-me",
        "mailto:nobody",
    ] {
        assert!(!link_allowed(bad), "{bad}");
        assert_eq!(
            codes(&format!("see [go]({bad})")),
            ["link_not_allowed"],
            "{bad}"
        );
    }
    // An href is escaped like text (quotes cannot end the attribute).
    let html = render("[x](/search?q=\"a\"&b)").unwrap();
    assert_eq!(
        html,
        "<p><a href=\"/search?q=&quot;a&quot;&amp;b\">x</a></p>"
    );
    assert_only_safe_tags(&html);
}

#[test]
fn things_that_look_like_links_but_are_not_stay_text() {
    assert_eq!(render("[note] (later)").unwrap(), "<p>[note] (later)</p>");
    assert_eq!(render("[]( /x)").unwrap(), "<p>[]( /x)</p>");
    assert_eq!(render("[open](/x").unwrap(), "<p>[open](/x</p>");
}

#[test]
fn emphasis_nests_in_list_items_and_links() {
    assert_eq!(
        render("- **bold *and em* inside**\n- *em **and bold** inside*").unwrap(),
        "<ul><li><strong>bold <em>and em</em> inside</strong></li><li><em>em <strong>and \
         bold</strong> inside</em></li></ul>"
    );
    assert_eq!(
        render("[**Call** now](tel:112)").unwrap(),
        "<p><a href=\"tel:112\"><strong>Call</strong> now</a></p>"
    );
    assert_eq!(
        render("1. **first** and *second*").unwrap(),
        "<ol><li><strong>first</strong> and <em>second</em></li></ol>"
    );
}

#[test]
fn unpaired_markers_are_text() {
    assert_eq!(render("5 * 3 = 15").unwrap(), "<p>5 * 3 = 15</p>");
    assert_eq!(render("**open only").unwrap(), "<p>**open only</p>");
    assert_eq!(render("a *b").unwrap(), "<p>a *b</p>");
    assert_eq!(render("****").unwrap(), "<p>****</p>");
    // A bad link inside emphasis that never closes is still reported once.
    assert_eq!(codes("**[x](javascript:y)"), ["link_not_allowed"]);
}

#[test]
fn empty_and_oversized_bodies_are_errors() {
    assert_eq!(codes(""), ["required"]);
    assert_eq!(codes(" \n\n  "), ["required"]);
    assert_eq!(render(&"a".repeat(MAX_CHARS)).unwrap().len(), MAX_CHARS + 7);
    assert_eq!(codes(&"a".repeat(MAX_CHARS + 1)), ["too_long"]);
    // Counted in characters: 20,000 Arabic letters are 40,000 bytes and still fine.
    assert!(render(&"ب".repeat(MAX_CHARS)).is_ok());
}

#[test]
fn validate_names_the_field_it_is_given() {
    let errors = validate("text.body", "<script>x</script>").unwrap_err();
    assert_eq!(errors[0].field, "text.body");
    assert!(validate("source.body", "## Fine").is_ok());
}

#[test]
fn every_error_kind_is_reported_once() {
    let errors = codes("# a\n\n# b\n\n[x](data:a) [y](javascript:b) <i>");
    assert_eq!(
        errors,
        ["html_not_allowed", "heading_level", "link_not_allowed"]
    );
}

#[test]
fn hostile_input_renders_only_safe_tags() {
    let nasty = [
        "*[**](/a)*[*x*](/b)** [ [a](/c) ](/d)",
        "[a](/x\"onmouseover=\"alert(1))",
        "**\"'&*** ***x*** *** ** *",
        "[*](/)*](/)",
        "- ** - * 1. ** *a**",
    ];
    for source in nasty {
        if let Ok(html) = render(source) {
            assert_only_safe_tags(&html);
        }
        assert_only_safe_tags(&render_or_escape(source));
    }
    // Deep nesting and long runs of markers finish quickly.
    let deep = "*".repeat(5000) + &"[".repeat(5000);
    assert_only_safe_tags(&render(&deep).unwrap());
    for unit in ["[", "[a]", "*a", "**a *", "[*a](", "x](/y) ["] {
        let hostile = unit.repeat(MAX_CHARS / unit.len());
        let started = std::time::Instant::now();
        if let Ok(html) = render(&hostile) {
            assert_only_safe_tags(&html);
        }
        // Generous for a debug build on a busy machine; quadratic behaviour takes minutes.
        assert!(
            started.elapsed().as_secs() < 5,
            "{unit:?} took {:?}",
            started.elapsed()
        );
    }
}

#[test]
fn unchecked_text_is_escaped_when_it_does_not_pass() {
    assert_eq!(
        render_or_escape("<script>alert(1)</script>\n\nnext"),
        "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><p>next</p>"
    );
    assert_eq!(render_or_escape("## ok"), "<h2>ok</h2>");
}

#[test]
fn plain_text_drops_markup() {
    assert_eq!(
        plain_text(
            "## Doctor\n\n- Call **the GP** at [this number](tel:0881234567).\n\n*Ask* at the desk."
        ),
        "Doctor\nCall the GP at this number.\nAsk at the desk."
    );
    // Lenient: it never fails, even on text that would not pass.
    assert_eq!(plain_text("# Title <b>"), "Title <b>");
}
