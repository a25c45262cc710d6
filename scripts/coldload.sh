#!/usr/bin/env bash
# make bench's app figures: starts bin/b40 on a throw-away data directory with the demo data
# (its own PostgreSQL), measures cold loads in headless Chromium (web/scripts/coldload.mjs),
# and stops the server.
set -euo pipefail
dir="$(mktemp -d)"
port="${COLDLOAD_PORT:-18099}"
B40_DATA_DIR="$dir" B40_ADDR="127.0.0.1:$port" B40_DEMO=1 ./bin/b40 serve >"$dir/serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$dir"' EXIT
for _ in $(seq 120); do
	curl -sf "http://127.0.0.1:$port/readyz" >/dev/null && break
	kill -0 $pid 2>/dev/null || { cat "$dir/serve.log"; exit 1; }
	sleep 1
done
cd web && B40_URL="http://127.0.0.1:$port" node scripts/coldload.mjs "${COLDLOAD_RUNS:-7}"
