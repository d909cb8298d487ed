//! `frontend/display.js` (applied before the first paint) and `frontend/style.css` must agree with
//! `shared/src/display.rs`, which the settings page uses: same storage keys, same values, same sizes.

use std::path::PathBuf;

use wegwijs_shared::display::{
    CONTRAST_ATTRIBUTE, CONTRAST_KEY, Contrast, TEXT_SIZE_ATTRIBUTE, TEXT_SIZE_KEY, TextSize,
    contrast_attribute, text_size_attribute,
};

fn frontend_file(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../frontend")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

#[test]
fn display_js_uses_the_shared_keys_and_values() {
    let js = frontend_file("display.js");
    for needle in [
        TEXT_SIZE_KEY,
        CONTRAST_KEY,
        TEXT_SIZE_ATTRIBUTE,
        CONTRAST_ATTRIBUTE,
    ] {
        assert!(
            js.contains(&format!("\"{needle}\"")),
            "display.js lacks {needle}"
        );
    }
    for size in TextSize::ALL {
        if let Some(value) = text_size_attribute(size) {
            assert!(
                js.contains(&format!("\"{value}\"")),
                "display.js lacks {value}"
            );
        }
    }
    for contrast in Contrast::ALL {
        if let Some(value) = contrast_attribute(contrast) {
            assert!(
                js.contains(&format!("\"{value}\"")),
                "display.js lacks {value}"
            );
        }
    }
}

#[test]
fn the_stylesheet_sizes_every_text_size_as_shared_says() {
    let css = frontend_file("style.css");
    for size in TextSize::ALL {
        if let Some(value) = text_size_attribute(size) {
            let rule = format!(
                "html[{TEXT_SIZE_ATTRIBUTE}=\"{value}\"] {{ font-size: {}%; }}",
                size.percent()
            );
            assert!(css.contains(&rule), "style.css lacks `{rule}`");
        }
    }
    assert!(css.contains(&format!("html[{CONTRAST_ATTRIBUTE}=\"high\"]")));
}

#[test]
fn index_html_loads_display_js_before_the_stylesheet_and_blocking() {
    let html = frontend_file("index.html");
    let script = html
        .find(r#"<script src="{{APP}}/display.js"></script>"#)
        .expect("a classic, blocking display.js");
    let style = html.find("style.css").expect("stylesheet");
    assert!(
        script < style,
        "display.js must not wait for the stylesheet"
    );
}
