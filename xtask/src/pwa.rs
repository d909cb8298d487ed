//! The installable-app parts of the build: one web app manifest per language, and the lazy-chunk
//! loader's failure path.

use std::path::Path;

use serde_json::Value;
use wegwijs_shared::languages::LANGUAGES;

use crate::tools::{read, write};

/// `dist/manifest.<lang>.webmanifest` for every language: the default manifest (public/, English)
/// with the name and description from that language's `main.ftl` (`app-name`, `app-description`),
/// its `lang` and `dir`. The page points `<link rel=manifest>` at the chosen language's file, so an
/// installed app is named in the language of the person who installed it. `short_name` stays the
/// brand ("Wegwijs"): launchers cut longer labels.
pub fn write_manifests(root: &Path, dist: &Path) -> Result<(), String> {
    let template: Value = serde_json::from_slice(&read(&root.join("public/manifest.webmanifest"))?)
        .map_err(|e| format!("public/manifest.webmanifest: {e}"))?;
    for lang in LANGUAGES {
        let ftl_path = root.join(format!("locales/{}/main.ftl", lang.code));
        let ftl = String::from_utf8(read(&ftl_path)?).map_err(|e| e.to_string())?;
        let message = |key: &str| {
            ftl_message(&ftl, key).ok_or_else(|| format!("{}: no `{key}`", ftl_path.display()))
        };
        let manifest = localised(
            &template,
            lang.code,
            lang.rtl,
            &message("app-name")?,
            &message("app-description")?,
        );
        let text = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())?;
        write(
            &dist.join(format!("manifest.{}.webmanifest", lang.code)),
            text,
        )?;
    }
    Ok(())
}

fn localised(template: &Value, code: &str, rtl: bool, name: &str, description: &str) -> Value {
    let mut manifest = template.clone();
    manifest["name"] = name.into();
    manifest["description"] = description.into();
    manifest["lang"] = code.into();
    manifest["dir"] = if rtl { "rtl" } else { "ltr" }.into();
    manifest
}

/// A single-line Fluent message's value (the manifest keys are plain text, no placeables).
pub fn ftl_message(ftl: &str, key: &str) -> Option<String> {
    ftl.lines().find_map(|line| {
        let (name, value) = line.split_once('=')?;
        (name.trim_end() == key).then(|| value.trim().to_owned())
    })
}

/// What wasm-split-cli 0.2.4 generates between these two markers reports a failed chunk load
/// (offline, chunk not cached) to Rust, where Leptos's `#[lazy_route]` (infallible) panics, which
/// aborts the whole app. Our loader never reports failure: it tells the page
/// ("wegwijs-chunk-unavailable", which shows "not available offline yet"), and tries again when the
/// connection returns (or after a growing pause while online); the page then renders as if the
/// load had been slow.
const WRAP_START: &str = "function wrapAsyncCb(callee) {";
const WRAP_END: &str = "function makeLoad(";
const WRAP_REPLACEMENT: &str = r#"function wrapAsyncCb(callee) {
    // Patched by `cargo xtask frontend` (xtask/src/pwa.rs): never report a failed load.
    return async (callbackIndex, callbackData) => {
        for (let attempt = 0; ; attempt++) {
            try {
                await callee();
                break;
            } catch (e) {
                console.warn(e);
                if (attempt === 0) window.dispatchEvent(new Event("wegwijs-chunk-unavailable"));
                // Again when the connection returns, and (the browser's idea of "online" can be
                // early, or the server was briefly away) after a growing pause while online.
                await new Promise((resolve) => {
                    window.addEventListener("online", resolve, { once: true });
                    if (navigator.onLine) setTimeout(resolve, Math.min(30000, 1000 * 2 ** attempt));
                });
            }
        }
        window.dispatchEvent(new Event("wegwijs-chunk-ready"));
        const sharedImports = getSharedImports();
        sharedImports.__wasm_split.__indirect_function_table.get(callbackIndex)(callbackData, true);
    }
}
"#;

pub fn patch_split_loader(source: &str) -> Result<String, String> {
    let start = source.find(WRAP_START);
    let end = source.find(WRAP_END);
    match (start, end) {
        (Some(start), Some(end)) if start < end => Ok(format!(
            "{}{WRAP_REPLACEMENT}{}",
            &source[..start],
            &source[end..]
        )),
        _ => Err("__wasm_split.js: wrapAsyncCb not found (did wasm-split-cli change?)".to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_single_line_messages() {
        let ftl = "## App\napp-name = Wegwijs: je weg vinden\napp-name-long = x\napp-description =  Info \n";
        assert_eq!(
            ftl_message(ftl, "app-name").as_deref(),
            Some("Wegwijs: je weg vinden")
        );
        assert_eq!(ftl_message(ftl, "app-description").as_deref(), Some("Info"));
        assert_eq!(ftl_message(ftl, "missing"), None);
    }

    #[test]
    fn localised_manifest_keeps_the_rest() {
        let template = serde_json::json!({"name": "W", "icons": [1], "start_url": "/"});
        let ar = localised(&template, "ar", true, "ويخ", "وصف");
        assert_eq!(ar["name"], "ويخ");
        assert_eq!(ar["dir"], "rtl");
        assert_eq!(ar["lang"], "ar");
        assert_eq!(ar["icons"], template["icons"]);
        assert_eq!(localised(&template, "nl", false, "n", "d")["dir"], "ltr");
    }

    #[test]
    fn split_loader_patch_replaces_the_callback_wrapper_only() {
        let source =
            "import x;\nfunction wrapAsyncCb(callee) {\n  old();\n}\nfunction makeLoad(a) {}\n";
        let patched = patch_split_loader(source).expect("patched");
        assert!(patched.starts_with("import x;\nfunction wrapAsyncCb(callee) {\n    // Patched"));
        assert!(!patched.contains("old()"));
        assert!(patched.contains("wegwijs-chunk-unavailable"));
        assert!(patched.ends_with("function makeLoad(a) {}\n"));
        assert!(patch_split_loader("function makeLoad(a) {}").is_err());
    }
}
