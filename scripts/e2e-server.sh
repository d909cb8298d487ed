#!/usr/bin/env bash
# The server Playwright starts: a fresh, isolated D1 state with the real migrations and seed, on
# port 8788 (or $WEGWIJS_E2E_PORT) so it never collides with a developer's `scripts/run.sh` on 8787.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
state=target/e2e-state
rm -rf "$state"
npx wrangler d1 migrations apply DB --local --persist-to "$state" >/dev/null
bash scripts/seed.sh --persist-to "$state"
exec npx wrangler dev --ip 127.0.0.1 --port "${WEGWIJS_E2E_PORT:-8788}" --persist-to "$state" --show-interactive-dev-session=false
