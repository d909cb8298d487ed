#!/usr/bin/env bash
# README command 1: set up if needed, build, migrate and seed the local D1, serve on 127.0.0.1:8787.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

bash scripts/setup.sh
cargo xtask build
npx wrangler d1 migrations apply DB --local
# The seed is idempotent (fixed ids, ON CONFLICT DO NOTHING): re-running adds nothing.
bash scripts/seed.sh
echo "Wegwijs: open http://127.0.0.1:8787 (Ctrl-C stops it)"
exec npx wrangler dev --ip 127.0.0.1 --port "${PORT:-8787}"
