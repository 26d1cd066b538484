#!/usr/bin/env bash
# A real ERP for Windowpane: Tryton 6.0 LTS from Debian, on a PostgreSQL cluster of its own, with demo data.
#
#   src/tryton/tryton.sh install  install the Debian packages that are missing (CI does this first)
#   src/tryton/tryton.sh setup    install what is missing, create the cluster and the demo database (once)
#   src/tryton/tryton.sh start    start PostgreSQL and trytond in the background (setup first if needed)
#   src/tryton/tryton.sh stop     stop both
#   src/tryton/tryton.sh status   say what runs
#   src/tryton/tryton.sh copy NAME  a new database NAME copied from the demo one (0.2 s; tests use one per class)
#
# Settings (environment): TRYTON_HOME (.data/tryton), TRYTON_PG_PORT (5439), TRYTON_PORT (8000),
# TRYTON_DB (windowpane_demo). Facts behind the choices: ../shared/design/TRYTON.md.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
home="${TRYTON_HOME:-$root/.data/tryton}"
pg_port="${TRYTON_PG_PORT:-5439}"
port="${TRYTON_PORT:-8000}"
db="${TRYTON_DB:-windowpane_demo}"
pg_bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
packages=(tryton-server tryton-proteus python3-psycopg2 tryton-modules-sale tryton-modules-sale-price-list
  tryton-modules-product-price-list tryton-modules-sale-credit-limit tryton-modules-account-credit-limit
  tryton-modules-stock tryton-modules-carrier tryton-modules-sale-shipment-cost
  tryton-modules-stock-package-shipping tryton-modules-commission postgresql)

# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

install_packages() {
  local missing=()
  for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "tryton: installing ${missing[*]}"
    local sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    pg_bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  fi
}

write_config() {
  mkdir -p "$home"
  cat > "$home/trytond.conf" <<CONF
[database]
uri = postgresql://tryton@127.0.0.1:$pg_port/
path = $home/files
[web]
listen = 127.0.0.1:$port
[session]
timeout = 3600
[queue]
worker = False
CONF
}

pg_running() { as_pg "$pg_bin/pg_ctl" -D "$home/pg" status >/dev/null 2>&1; }

start_pg() {
  if [ ! -d "$home/pg" ]; then
    mkdir -p "$home/pg" "$home/files"
    [ "$(id -u)" = 0 ] && chown postgres "$home/pg"
    as_pg "$pg_bin/initdb" -D "$home/pg" -U postgres -A trust --no-sync -E UTF8 --locale=C >/dev/null
  fi
  if ! pg_running; then
    as_pg "$pg_bin/pg_ctl" -D "$home/pg" -l "$home/pg/server.log" -w \
      -o "-p $pg_port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
    as_pg "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -tAc \
      "select 1 from pg_roles where rolname = 'tryton'" | grep -q 1 \
      || as_pg "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "create role tryton login createdb"
  fi
}

db_exists() {
  as_pg "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -tAc "select 1 from pg_database where datname = '$1'" | grep -q 1
}

setup() {
  install_packages
  write_config
  start_pg
  # the demo database is built again when the script that loads it has changed since
  local demo_version; demo_version="$(cat "$here/demo_data.py" | sha256sum | cut -c1-16)"
  if db_exists "$db"; then
    if [ "$(cat "$home/$db.demo-version" 2>/dev/null)" = "$demo_version" ]; then
      echo "tryton: database $db exists (drop it, or set TRYTON_DB, to build it again)"
      return
    fi
    echo "tryton: demo_data.py changed since $db was built: building it again"
    as_pg "$pg_bin/dropdb" -h 127.0.0.1 -p "$pg_port" -U postgres --force "$db"
  fi
  local started=$SECONDS
  as_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres -O tryton "$db"
  echo "tryton: initialising $db"
  TRYTONPASSFILE=<(echo admin) trytond-admin -c "$home/trytond.conf" -d "$db" --all --email admin@windowpane.test >/dev/null 2>"$home/admin.log"
  echo "tryton: activating modules and loading demo data"
  /usr/bin/python3 "$here/demo_data.py" --config "$home/trytond.conf" --database "$db"
  echo "$demo_version" > "$home/$db.demo-version"
  echo "tryton: $db ready in $((SECONDS - started)) s"
}

start() {
  setup
  start_pg
  if [ -f "$home/trytond.pid" ] && kill -0 "$(cat "$home/trytond.pid")" 2>/dev/null; then
    echo "tryton: already running on http://127.0.0.1:$port/$db/"
    return
  fi
  # no -d: trytond opens each database on its first request, so the demo database stays free to copy
  nohup trytond -c "$home/trytond.conf" >"$home/trytond.log" 2>&1 &
  echo $! > "$home/trytond.pid"
  for _ in $(seq 1 50); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" && break
    sleep 0.2
  done
  echo "tryton: running on http://127.0.0.1:$port/$db/ (log $home/trytond.log)"
}


stop() {
  if [ -f "$home/trytond.pid" ]; then kill "$(cat "$home/trytond.pid")" 2>/dev/null || true; rm -f "$home/trytond.pid"; fi
  if [ -d "$home/pg" ] && pg_running; then as_pg "$pg_bin/pg_ctl" -D "$home/pg" -m fast stop >/dev/null; fi
  echo "tryton: stopped"
}

status() {
  pg_running && echo "postgresql: running on port $pg_port" || echo "postgresql: stopped"
  if [ -f "$home/trytond.pid" ] && kill -0 "$(cat "$home/trytond.pid")" 2>/dev/null; then
    echo "trytond: running on http://127.0.0.1:$port/$db/"
  else
    echo "trytond: stopped"
  fi
}

copy() {
  local name="${1:?name the new database}"
  start_pg
  as_pg "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc "drop database if exists \"$name\"" \
    -c "create database \"$name\" template \"$db\" owner tryton"
  echo "tryton: database $name copied from $db"
}

case "${1:-}" in
  install) install_packages ;;
  copy) copy "${2:-}" ;;
  setup) setup ;;
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) sed -n '2,10p' "$0"; exit 2 ;;
esac
