//! `cargo xtask common-passwords`: writes `edge-api/data/common-passwords.txt`, the part of the
//! `passwords` crate's list of ~100,000 common passwords that the length rule (8+ characters) does
//! not already refuse, one per line, sorted. The Worker embeds that file instead of the whole crate
//! list, which keeps the Worker a third of the size; a native test in edge-api checks every line
//! against the crate, so the two cannot drift.

use std::path::{Path, PathBuf};
use std::process::Command;

use wegwijs_shared::credentials::PASSWORD_MIN_CHARS;

pub const OUTPUT: &str = "edge-api/data/common-passwords.txt";

/// The `passwords` crate's data file, found through `cargo metadata` (wherever cargo keeps sources).
fn crate_list(root: &Path) -> Result<PathBuf, String> {
    let output = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["metadata", "--format-version", "1"])
        .current_dir(root)
        .output()
        .map_err(|e| format!("cargo metadata: {e}"))?;
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).map_err(|e| format!("cargo metadata: {e}"))?;
    let manifest = metadata["packages"]
        .as_array()
        .and_then(|packages| packages.iter().find(|p| p["name"] == "passwords"))
        .and_then(|p| p["manifest_path"].as_str())
        .ok_or("the passwords crate is not in the dependency graph")?;
    Ok(Path::new(manifest).with_file_name("data/common-passwords.json"))
}

pub fn filtered(all: Vec<String>) -> Vec<String> {
    let mut kept: Vec<String> = all
        .into_iter()
        .filter(|p| p.chars().count() >= PASSWORD_MIN_CHARS)
        .collect();
    kept.sort();
    kept.dedup();
    kept
}

pub fn write(root: &Path) -> Result<String, String> {
    let source = crate_list(root)?;
    let text =
        std::fs::read_to_string(&source).map_err(|e| format!("{}: {e}", source.display()))?;
    let all: Vec<String> = serde_json::from_str(&text).map_err(|e| e.to_string())?;
    let total = all.len();
    let kept = filtered(all);
    let out = root.join(OUTPUT);
    std::fs::write(&out, kept.join("\n") + "\n").map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(format!(
        "{OUTPUT}: {} of {total} passwords ({PASSWORD_MIN_CHARS}+ characters)",
        kept.len()
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn keeps_long_enough_sorted_unique() {
        let kept = super::filtered(vec![
            "zzzzzzzz".into(),
            "short".into(),
            "aaaaaaaa".into(),
            "zzzzzzzz".into(),
        ]);
        assert_eq!(kept, ["aaaaaaaa", "zzzzzzzz"]);
    }
}
