//! Builds the edge API with worker-build, pointing it at the locally installed wasm-bindgen,
//! wasm-opt and esbuild so it downloads nothing.

use std::path::Path;
use std::process::Command;

use crate::tools::{cargo_bin, node_bin, run};

pub fn build(root: &Path) -> Result<(), String> {
    let wasm_opt = node_bin(root, "wasm-opt")?;
    run(Command::new(cargo_bin("worker-build"))
        .arg("--release")
        .current_dir(root.join("edge-api"))
        .env("WASM_BINDGEN_BIN", cargo_bin("wasm-bindgen"))
        .env("WASM_OPT_BIN", &wasm_opt)
        .env("ESBUILD_BIN", node_bin(root, "esbuild")?))?;
    // worker-build keeps the name section (~150 KB of function names); the Worker's logs name
    // requests by id, not by stack symbol, so drop it from what is uploaded.
    let wasm = root.join("edge-api/build/index_bg.wasm");
    run(Command::new(wasm_opt)
        .arg(&wasm)
        .args(["--strip-debug", "--strip-producers", "-o"])
        .arg(&wasm))
}
