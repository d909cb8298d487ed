#!/usr/bin/env bash
# Idempotent setup for a fresh machine of this kind (Debian, rustup, Node 20, registries only).
# Every step checks first and skips what is already present, so a re-run costs seconds.
# Versions and the reasons for them: the comment at each step below and the README.
#
# On a fresh machine the cargo tools dominate. They are build tools, not shipped code, so they are
# compiled with a fast profile (opt-level 1, no LTO, 16 codegen units) and in parallel, next to the
# apt and npm downloads: about 5 minutes instead of about 17 sequentially with their default profile.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '[setup] %s\n' "$*"; }

WASM_BINDGEN_VERSION=0.2.130
WORKER_BUILD_VERSION=0.8.7
WASM_SPLIT_VERSION=0.2.4
logs=target/setup-logs
mkdir -p "$logs"

# 1. Rust target for the frontend and the worker.
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding rustup target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

pids=()
names=()
start() { # name command... : run in the background, output to a log
  local name=$1; shift
  log "$name"
  "$@" >"$logs/$name.log" 2>&1 &
  pids+=($!)
  names+=("$name")
}

tool_profile=(env CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_LTO=off
  CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 CARGO_PROFILE_RELEASE_DEBUG=false)
have_version() { command -v "$1" >/dev/null 2>&1 && "$1" --version 2>/dev/null | grep -qF "$2"; }

# 2. Cargo tools, pinned. wasm-bindgen-cli must match the crate pin exactly; no --locked for it (its
#    lockfile wants a webpki-roots version the registry here lacks).
if ! have_version wasm-bindgen "$WASM_BINDGEN_VERSION"; then
  start wasm-bindgen-cli "${tool_profile[@]}" cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi
if ! have_version worker-build "$WORKER_BUILD_VERSION"; then
  start worker-build "${tool_profile[@]}" cargo install worker-build --version "$WORKER_BUILD_VERSION" --locked --force
fi
split_marker="$HOME/.cargo/.wegwijs-wasm-split-cli-$WASM_SPLIT_VERSION"
if ! command -v wasm-split-cli >/dev/null 2>&1 || [ ! -f "$split_marker" ]; then
  start wasm-split-cli sh -c "$(printf '%q ' "${tool_profile[@]}") cargo install --locked wasm_split_cli_support \
    --version $WASM_SPLIT_VERSION --features build-binary --force && touch '$split_marker'"
fi

# 3. Debian Chromium + driver for wasm-bindgen-test and Playwright (never Playwright's own download).
#    Noto fonts so pages render the same on every machine (and Arabic and Ethiopic script later).
if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1 \
  || ! dpkg -s fonts-noto-core >/dev/null 2>&1; then
  start chromium sh -c 'export DEBIAN_FRONTEND=noninteractive; apt-get update -qq &&
    apt-get install -y -qq chromium chromium-driver fonts-noto-core'
fi

# 4. npm packages (wrangler, binaryen, esbuild, Playwright, axe), exactly as locked.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  start npm env PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

# 5. Schemathesis for the fuzz layer (scripts/fuzz-api.sh), in a venv of its own with every package
#    pinned by edge-api/fuzz/requirements.txt. The venv records the hash of the file it was built from.
fuzz_venv=target/fuzz-venv
fuzz_requirements=edge-api/fuzz/requirements.txt
fuzz_hash=$(sha256sum "$fuzz_requirements" | cut -d' ' -f1)
if [ ! -x "$fuzz_venv/bin/schemathesis" ] || [ "$(cat "$fuzz_venv/.requirements-sha256" 2>/dev/null)" != "$fuzz_hash" ]; then
  start schemathesis sh -c "
    { python3 -m venv --clear '$fuzz_venv' || { export DEBIAN_FRONTEND=noninteractive;
        apt-get update -qq && apt-get install -y -qq python3-venv && python3 -m venv --clear '$fuzz_venv'; }; } &&
    '$fuzz_venv/bin/pip' install --quiet --disable-pip-version-check -r '$fuzz_requirements' &&
    echo '$fuzz_hash' >'$fuzz_venv/.requirements-sha256'"
fi

failed=0
for i in "${!pids[@]}"; do
  if wait "${pids[$i]}"; then
    log "${names[$i]}: done"
  else
    log "${names[$i]}: FAILED, last lines of $logs/${names[$i]}.log:"
    tail -20 "$logs/${names[$i]}.log"
    failed=1
  fi
done
[ "$failed" -eq 0 ] || exit 1
log "setup complete"
