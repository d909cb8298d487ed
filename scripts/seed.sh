#!/usr/bin/env bash
# Loads the demo seed into a local D1: edge-api/seed/demo.sql (accounts, locations) first, then every
# edge-api/seed/content/*.sql in name order (information, centre, activities, …), as one file so
# wrangler runs once. Every seed file is idempotent (fixed ids, ON CONFLICT DO NOTHING).
# Usage: bash scripts/seed.sh [--persist-to DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
combined=$(mktemp --suffix=.sql)
trap 'rm -f "$combined"' EXIT
shopt -s nullglob
cat edge-api/seed/demo.sql edge-api/seed/content/*.sql >"$combined"
npx wrangler d1 execute DB --local "$@" --file "$combined" >/dev/null
