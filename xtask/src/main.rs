//! The build entry point: `cargo xtask <command>` (alias in `.cargo/config.toml`).
//!
//! - `build`    frontend + worker
//! - `frontend` cargo (with `--emit-relocs`) → wasm-split-cli → wasm-bindgen → wasm-opt -Oz →
//!   `dist/` with a content-hashed app folder, `index.html`, `sw.js` with its precache list,
//!   `_headers`, and the first-load size report
//! - `worker`   worker-build with the local wasm-bindgen / wasm-opt / esbuild (no downloads)
//! - `size`     print the first-load report of the current `dist/`
//! - `totp`     the demo employees' current TOTP codes (for signing in locally)
//! - `common-passwords`  regenerate the Worker's list of common passwords from the `passwords` crate
//! - `learning-seed`  regenerate `edge-api/seed/content/50-learning.sql` from `edge-api/seed/learning/*.json`
//! - `openapi`  regenerate the API contract `edge-api/openapi.json` and its page `public/api-docs/`
//! - `seed-scale`  a local D1 the size of the real agency (70,000 residents), for `scripts/bench-scale.mjs`
//!
//! Written in Rust (not a shell script) so hashing, the precache list and the byte budget are code
//! with tests, not text substitution.

mod common_passwords;
mod frontend;
mod learning_seed;
mod openapi;
mod pwa;
mod seed_scale;
mod size;
mod tools;
mod totp;
mod worker;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let command = std::env::args().nth(1).unwrap_or_default();
    let root = workspace_root();
    let result = match command.as_str() {
        "build" => frontend::build(&root).and_then(|()| worker::build(&root)),
        "frontend" => frontend::build(&root),
        "worker" => worker::build(&root),
        "size" => size::report(&root.join("dist")).map(|r| println!("{r}")),
        "totp" => totp::report(&root).map(|r| print!("{r}")),
        "common-passwords" => common_passwords::write(&root).map(|r| println!("{r}")),
        "learning-seed" => learning_seed::write(&root).map(|r| println!("{r}")),
        "openapi" => openapi::write(&root),
        "seed-scale" => seed_scale::run(&root, &std::env::args().skip(2).collect::<Vec<_>>()),
        _ => Err(
            "usage: cargo xtask <build|frontend|worker|size|totp|common-passwords|learning-seed|seed-scale|openapi>"
                .to_owned(),
        ),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn workspace_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives one level below the workspace root")
        .to_path_buf()
}
