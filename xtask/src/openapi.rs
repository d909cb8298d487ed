//! `cargo xtask openapi`: regenerates the API contract, `edge-api/openapi.json`, and its page,
//! `public/api-docs/index.html`. The generator lives in edge-api (`src/contract/`) because it needs
//! the route table and the DTOs' schemas; its test `tests/openapi.rs` compares the committed files
//! and, with `WEGWIJS_WRITE_OPENAPI=1`, writes them instead. So this command and the freshness
//! check can never generate two different things.

use std::path::Path;
use std::process::Command;

pub const WRITE_VAR: &str = "WEGWIJS_WRITE_OPENAPI";
const TEST: &str = "committed_files_are_generated";

pub fn write(root: &Path) -> Result<(), String> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args(["test", "-p", "wegwijs-edge-api", "--test", "openapi", "--"])
        .args([TEST, "--exact", "--nocapture"])
        .env(WRITE_VAR, "1")
        .current_dir(root)
        .status()
        .map_err(|e| format!("cargo test: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("writing the contract failed ({status})"))
    }
}
