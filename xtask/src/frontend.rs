//! The frontend pipeline (the order cargo-leptos uses, run by hand; the README's "The build"
//! names each tool and why this version).
//!
//! Content hashing: wasm-split's loader and wasm-bindgen's glue find their siblings through
//! `import.meta.url`, and the glue and loader import each other, so per-file hashes would need
//! circular rewriting. Instead every build output goes into `dist/app/<hash>/`, where `<hash>` covers
//! all of those files: any change gives a new folder, so the folder can be cached as immutable, and
//! only `index.html` and `sw.js` (served with revalidation) name it.

use std::path::Path;
use std::process::Command;

use sha2::{Digest, Sha256};
use wegwijs_shared::security::SECURITY_HEADERS;

use crate::pwa;
use crate::size;
use crate::tools::{cargo_bin, copy_tree, list_files, node_bin, read, recreate_dir, run, write};

const CRATE: &str = "wegwijs-frontend";
const OUT_NAME: &str = "wegwijs";
/// Features the Rust 1.95 wasm32 target emits by default; wasm-opt must accept them.
const WASM_FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

pub fn build(root: &Path) -> Result<(), String> {
    let work = root.join("target/frontend");
    let split_dir = work.join("split");
    let bindgen_dir = work.join("bindgen");
    let stage = work.join("stage");
    for dir in [&split_dir, &bindgen_dir, &stage] {
        recreate_dir(dir)?;
    }

    // 1. Compile with relocations kept: wasm-split needs them ("No linking section found" otherwise).
    //    Its own target dir, since the RUSTFLAGS change would otherwise invalidate the normal build.
    let target_dir = root.join("target/split");
    run(Command::new("cargo")
        .args([
            "build",
            "--release",
            "--target",
            "wasm32-unknown-unknown",
            "-p",
            CRATE,
        ])
        .arg("--target-dir")
        .arg(&target_dir)
        .env("RUSTFLAGS", "-Clink-args=--emit-relocs")
        .current_dir(root))?;
    let compiled = target_dir.join("wasm32-unknown-unknown/release/wegwijs_frontend.wasm");

    // 2. Split before wasm-bindgen (after it fails with "Invalid relocation entry").
    run(Command::new(cargo_bin("wasm-split-cli"))
        .arg(&compiled)
        .arg(&split_dir)
        .args(["--target", "web", "--out-name", OUT_NAME]))?;

    // 3. Bindings for the main module only; the chunks share its memory and table.
    run(Command::new(cargo_bin("wasm-bindgen"))
        .args([
            "--target",
            "web",
            "--keep-lld-exports",
            "--no-demangle",
            "--no-typescript",
        ])
        .args(["--out-name", OUT_NAME])
        .arg("--out-dir")
        .arg(&bindgen_dir)
        .arg(split_dir.join(format!("{OUT_NAME}.wasm"))))?;

    // 4. Optimise every wasm file for size into the stage, next to the JS and the stylesheet.
    let wasm_opt = node_bin(root, "wasm-opt")?;
    let optimise = |from: &Path, to: &Path| {
        run(Command::new(&wasm_opt)
            .args(["-Oz", "--strip-debug", "--strip-producers"])
            .args(WASM_FEATURES)
            .arg(from)
            .arg("-o")
            .arg(to))?;
        // A full disk has left wasm-opt's output empty while it still exited 0; a chunk like that
        // only shows up later as "not available offline", so refuse it here.
        let written = read(to)?;
        if !written.starts_with(b"\0asm") {
            return Err(format!(
                "wasm-opt wrote {} bytes to {} (not a wasm module; disk full?)",
                written.len(),
                to.display()
            ));
        }
        Ok(())
    };
    optimise(
        &bindgen_dir.join(format!("{OUT_NAME}_bg.wasm")),
        &stage.join(format!("{OUT_NAME}_bg.wasm")),
    )?;
    for name in list_files(&split_dir)? {
        let path = split_dir.join(&name);
        if name == format!("{OUT_NAME}.wasm") {
            continue;
        } else if name.ends_with(".wasm") {
            optimise(&path, &stage.join(&name))?;
        } else if name == "__wasm_split.js" {
            let source = String::from_utf8(read(&path)?).map_err(|e| e.to_string())?;
            write(&stage.join(&name), pwa::patch_split_loader(&source)?)?;
        } else {
            write(&stage.join(&name), read(&path)?)?;
        }
    }
    write(
        &stage.join(format!("{OUT_NAME}.js")),
        read(&bindgen_dir.join(format!("{OUT_NAME}.js")))?,
    )?;
    for name in ["boot.js", "display.js", "pwa.js", "style.css"] {
        write(&stage.join(name), read(&root.join("frontend").join(name))?)?;
    }

    // 5. Assemble dist/.
    let files = list_files(&stage)?;
    let contents = files
        .iter()
        .map(|f| Ok((f.clone(), read(&stage.join(f))?)))
        .collect::<Result<Vec<_>, String>>()?;
    let app_dir = format!("/app/{}", bundle_hash(&contents));
    let dist = root.join("dist");
    recreate_dir(&dist)?;
    copy_tree(&root.join("public"), &dist)?;
    // Every language's Fluent files, fetched one language at a time at run time (not precached:
    // the service worker caches the chosen one when it is first fetched).
    copy_tree(&root.join("locales"), &dist.join("locales"))?;
    copy_tree(&stage, &dist.join(app_dir.trim_start_matches('/')))?;
    pwa::write_manifests(root, &dist)?;

    let template =
        String::from_utf8(read(&root.join("frontend/index.html"))?).map_err(|e| e.to_string())?;
    write(
        &dist.join("index.html"),
        template.replace("{{APP}}", &app_dir),
    )?;

    let precache = precache_urls(&dist)?;
    let sw_template =
        String::from_utf8(read(&root.join("frontend/sw.js"))?).map_err(|e| e.to_string())?;
    write(
        &dist.join("sw.js"),
        service_worker(&sw_template, &app_dir, &precache),
    )?;
    write(&dist.join("_headers"), headers_file())?;

    let report = size::report(&dist)?;
    println!("{report}");
    write(&work.join("size.json"), report.to_json())?;
    Ok(())
}

/// Short hex digest over every staged file's name and bytes.
pub fn bundle_hash(files: &[(String, Vec<u8>)]) -> String {
    let mut hasher = Sha256::new();
    for (name, bytes) in files {
        hasher.update(name.as_bytes());
        hasher.update([0]);
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
    }
    hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether a file in the app folder is a lazily loaded chunk (trainer, staff, or code they share).
/// Chunks are not precached: a resident's phone should never download them.
pub fn is_lazy_chunk(file_name: &str) -> bool {
    file_name.ends_with(".wasm") && file_name != format!("{OUT_NAME}_bg.wasm")
}

/// What the service worker stores at install: the app shell and first-load files, never lazy chunks.
pub fn precache_urls(dist: &Path) -> Result<Vec<String>, String> {
    let mut urls = vec!["/".to_owned()];
    for file in list_files(dist)? {
        let name = file.rsplit('/').next().unwrap_or(&file);
        let skip = matches!(file.as_str(), "_headers" | "sw.js" | "index.html")
            || file.starts_with("locales/")
            // The API reference page is for integrators, not for a resident's phone.
            || file.starts_with("api-docs/")
            || is_language_manifest(&file)
            || (file.starts_with("app/") && is_lazy_chunk(name));
        if !skip {
            urls.push(format!("/{file}"));
        }
    }
    Ok(urls)
}

/// The per-language manifests are fetched by the browser only when it considers installing the
/// app: not worth a place in every device's precache.
fn is_language_manifest(file: &str) -> bool {
    file.starts_with("manifest.")
        && file.ends_with(".webmanifest")
        && file != "manifest.webmanifest"
}

fn service_worker(template: &str, app_dir: &str, precache: &[String]) -> String {
    let list = serde_json::to_string_pretty(precache).expect("strings serialise");
    format!(
        "// Generated by `cargo xtask frontend`; the template is frontend/sw.js.\n\
         const BUILD_ID = {};\nconst APP_DIR = {};\nconst PRECACHE_URLS = {list};\n\n{template}",
        serde_json::to_string(app_dir.trim_start_matches("/app/")).expect("string"),
        serde_json::to_string(app_dir).expect("string"),
    )
}

/// Cloudflare's `_headers` for static assets: the same security headers the Worker sets on API
/// responses, immutable caching for the hashed app folder, revalidation for everything that names it.
pub fn headers_file() -> String {
    let mut out = String::from("/*\n");
    for (name, value) in SECURITY_HEADERS {
        out.push_str(&format!("  {name}: {value}\n"));
    }
    out.push_str("\n/app/*\n  cache-control: public, max-age=31536000, immutable\n");
    let manifests = wegwijs_shared::languages::LANGUAGES
        .iter()
        .map(|lang| format!("/manifest.{}.webmanifest", lang.code));
    let revalidated = ["/", "/index.html", "/sw.js", "/manifest.webmanifest"]
        .map(String::from)
        .into_iter()
        .chain(manifests);
    for path in revalidated {
        out.push_str(&format!("\n{path}\n  cache-control: no-cache\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_changes_with_content_and_name() {
        let a = bundle_hash(&[("a.js".into(), b"1".to_vec())]);
        assert_eq!(a.len(), 16);
        assert_ne!(a, bundle_hash(&[("a.js".into(), b"2".to_vec())]));
        assert_ne!(a, bundle_hash(&[("b.js".into(), b"1".to_vec())]));
        assert_eq!(a, bundle_hash(&[("a.js".into(), b"1".to_vec())]));
    }

    #[test]
    fn lazy_chunks_are_recognised() {
        assert!(!is_lazy_chunk("wegwijs_bg.wasm"));
        assert!(is_lazy_chunk("split___staff_overview_view_1.wasm"));
        assert!(is_lazy_chunk("chunk_3.wasm"));
        assert!(!is_lazy_chunk("__wasm_split.js"));
    }

    #[test]
    fn language_manifests_are_not_precached() {
        assert!(is_language_manifest("manifest.ar.webmanifest"));
        assert!(!is_language_manifest("manifest.webmanifest"));
        assert!(!is_language_manifest("app/x/manifest.js"));
    }

    #[test]
    fn headers_file_carries_csp_for_every_path() {
        let headers = headers_file();
        assert!(headers.starts_with("/*\n  content-security-policy: default-src 'self';"));
        assert!(headers.contains("/app/*\n  cache-control: public, max-age=31536000, immutable"));
    }
}
