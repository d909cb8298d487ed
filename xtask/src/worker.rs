//! Builds the edge API with worker-build, pointing it at the locally installed wasm-bindgen,
//! wasm-opt and esbuild so it downloads nothing.

use std::path::Path;
use std::process::Command;

use crate::tools::{cargo_bin, node_bin, run};

pub fn build(root: &Path) -> Result<(), String> {
    run(Command::new(cargo_bin("worker-build"))
        .arg("--release")
        .current_dir(root.join("edge-api"))
        .env("WASM_BINDGEN_BIN", cargo_bin("wasm-bindgen"))
        .env("WASM_OPT_BIN", node_bin(root, "wasm-opt")?)
        .env("ESBUILD_BIN", node_bin(root, "esbuild")?))
}
