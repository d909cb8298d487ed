#!/usr/bin/env bash
# The Schemathesis layer: generated hostile requests from /api/openapi.json against the built Worker
# on `wrangler dev` (port 8793, or $WEGWIJS_FUZZ_PORT) with a fresh, migrated and seeded D1 of its
# own, signed in as each principal in turn. Needs `scripts/setup.sh` (the venv) and a built Worker.
# Prints one line per operation × principal and ends with "fuzz: N passed, M failed"; figures and
# the per-operation table go to target/fuzz/report.md. Driver: edge-api/fuzz/run.py.
# Usage: bash scripts/fuzz-api.sh [extra arguments for run.py, e.g. --principals admin]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

port=${WEGWIJS_FUZZ_PORT:-8793}
state=target/fuzz-state
out=target/fuzz
python=target/fuzz-venv/bin/python
export PYTHONDONTWRITEBYTECODE=1

[ -x "$python" ] || { echo "fuzz: no venv at target/fuzz-venv (run scripts/setup.sh)"; echo "fuzz: 0 passed, 1 failed"; exit 1; }
[ -f edge-api/build/index.js ] || { echo "fuzz: no Worker build (cargo xtask worker)"; echo "fuzz: 0 passed, 1 failed"; exit 1; }
# Another server on the port would be fuzzed in our place, with a database we know nothing of.
if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "fuzz: port $port is taken"; echo "fuzz: 0 passed, 1 failed"; exit 1
fi

rm -rf "$state" "$out"
mkdir -p "$out"
npx wrangler d1 migrations apply DB --local --persist-to "$state" >"$out/migrate.log" 2>&1
bash scripts/seed.sh --persist-to "$state"

# Its own process group, so stopping it also stops the workerd that wrangler starts.
setsid node_modules/.bin/wrangler dev --ip 127.0.0.1 --port "$port" --persist-to "$state" \
  --show-interactive-dev-session=false --log-level warn >"$out/server.log" 2>&1 &
server=$!
stop_server() { kill -- "-$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; }
trap stop_server EXIT

"$python" edge-api/fuzz/run.py --base "http://127.0.0.1:$port" --state "$state" --out "$out" "$@"
