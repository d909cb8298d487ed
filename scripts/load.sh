#!/usr/bin/env bash
# A bounded load test: a report, not a test gate (scripts/test.sh does not run it; the figures depend
# on the machine and its load). Serves the built Worker (edge-api/build, no build here) with
# `wrangler dev` on a fresh migrated + seeded local D1, then scripts/load.mjs keeps the connections
# busy with resident reads, queued problem reports (some sent twice with one Idempotency-Key) and
# staff list reads, and checks the stored rows against the acknowledged writes. Exits non-zero when a
# write was lost or doubled, or the API answered a 5xx.
#
#   bash scripts/load.sh    # WEGWIJS_LOAD_SECONDS (60), WEGWIJS_LOAD_CONNECTIONS (50),
#                           # WEGWIJS_LOAD_RESIDENTS (48), WEGWIJS_LOAD_RESEND (0.3, share of writes
#                           # sent again), WEGWIJS_LOAD_PORT (8792)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

port=${WEGWIJS_LOAD_PORT:-8792}
state=target/load-state
[ -f edge-api/build/index.js ] || { echo "no edge-api/build: run cargo xtask build first" >&2; exit 2; }

echo "== fresh local D1 in $state"
rm -rf "$state"
npx wrangler d1 migrations apply DB --local --persist-to "$state" >/dev/null
bash scripts/seed.sh --persist-to "$state"

echo "== wrangler dev on 127.0.0.1:$port (log: $state/wrangler.log)"
# Its own process group, so stopping it also stops workerd. Request lines are not logged (at this
# rate they would cost the Worker's CPU); warnings and the Worker's console errors are.
setsid npx wrangler dev --ip 127.0.0.1 --port "$port" --persist-to "$state" \
  --show-interactive-dev-session=false --log-level warn >"$state/wrangler.log" 2>&1 &
server=$!
trap 'kill -- -"$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { tail -20 "$state/wrangler.log"; exit 2; }
  sleep 1
done
curl -fsS "http://127.0.0.1:$port/api/health" >/dev/null

status=0
WEGWIJS_LOAD_BASE="http://127.0.0.1:$port" WEGWIJS_LOAD_STATE="$state" node scripts/load.mjs || status=$?
# A request the client cut off leaves workerd writing its answer to a closed socket ("disconnected:
# ::write(…): Broken pipe" or "Connection reset by peer"): expected from the deliberate cut-offs.
# Any other error line is shown.
cutoff="disconnected: ::write"
others=$(grep -iE "error|panicked" "$state/wrangler.log" | grep -vF "$cutoff" || true)
echo "workerd: $(grep -cF "$cutoff" "$state/wrangler.log" || true) answers written to a cut-off connection"
if [ -n "$others" ]; then
  echo "== other errors in $state/wrangler.log (last 20)"
  echo "$others" | tail -20
fi
exit "$status"
