#!/usr/bin/env bash
# Two CareNext instances on one PostgreSQL behind HAProxy (ops/haproxy.cfg: round robin, no sticky sessions), on
# this machine. See docs/deployment.md, "Several instances". Ctrl-C stops everything this script started.
#
#   ops/two-instances.sh            start, print the balancer's URL, run until Ctrl-C
#   ops/two-instances.sh --smoke    start, show a few requests alternating between the instances, stop
#
# Needs Java 17, HAProxy (apt-get install haproxy) and either CARENEXT_DB_URL (+ _USER, _PASSWORD) naming an empty
# or CareNext PostgreSQL database, or Debian's PostgreSQL server (apt-get install postgresql) for a throwaway
# database made here and removed at the end. The jar is target/carenext-*.jar (built with mvn package if missing).
# Ports: CARENEXT_LB_PORT (8080), CARENEXT_APP1_PORT (8081), CARENEXT_APP2_PORT (8082), CARENEXT_PG_PORT (55432).
# CARENEXT_DEMO=true loads the demo (once: the instances take turns). Logs: target/two-instances/.
set -euo pipefail
cd "$(dirname "$0")/.."

SMOKE=false
[ "${1:-}" = "--smoke" ] && SMOKE=true
LB_PORT=${CARENEXT_LB_PORT:-8080}
APP1_PORT=${CARENEXT_APP1_PORT:-8081}
APP2_PORT=${CARENEXT_APP2_PORT:-8082}
PG_PORT=${CARENEXT_PG_PORT:-55432}
LOGS=target/two-instances
mkdir -p "$LOGS"
PIDS=()
PGDATA_DIR=""
PG_BIN=""

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop_all() {
  trap - EXIT INT TERM
  echo "Stopping…"
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ -n "$PGDATA_DIR" ]; then
    as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA_DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PGDATA_DIR"
  fi
}
trap stop_all EXIT INT TERM

for port in "$LB_PORT" "$APP1_PORT" "$APP2_PORT"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is already in use (set CARENEXT_LB_PORT, CARENEXT_APP1_PORT, CARENEXT_APP2_PORT)" >&2; exit 1
  fi
done

HAPROXY=$(command -v haproxy || echo /usr/sbin/haproxy)
[ -x "$HAPROXY" ] || { echo "HAProxy not found: apt-get install haproxy" >&2; exit 1; }

JAR=$(ls target/carenext-*.jar 2>/dev/null | grep -v plain | head -1 || true)
if [ -z "$JAR" ]; then
  echo "Building the jar (mvn package, tests skipped)…"
  mvn -B -q -ntp -DskipTests package
  JAR=$(ls target/carenext-*.jar | grep -v plain | head -1)
fi

# One database for both instances.
if [ -z "${CARENEXT_DB_URL:-}" ]; then
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  [ -n "$PG_BIN" ] || { echo "Set CARENEXT_DB_URL or apt-get install postgresql" >&2; exit 1; }
  PGDATA_DIR=$(mktemp -d "${TMPDIR:-/tmp}/carenext-pg.XXXXXX")
  chmod 755 "$PGDATA_DIR"
  [ "$(id -u)" = 0 ] && chown postgres "$PGDATA_DIR"
  as_postgres "$PG_BIN/initdb" -D "$PGDATA_DIR/data" -U carenext --auth=trust -E UTF8 >"$LOGS/initdb.log"
  as_postgres "$PG_BIN/pg_ctl" -D "$PGDATA_DIR/data" -l "$PGDATA_DIR/postgres.log" -w \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PGDATA_DIR" start >/dev/null
  as_postgres "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U carenext carenext
  export CARENEXT_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/carenext" CARENEXT_DB_USER=carenext CARENEXT_DB_PASSWORD=
  echo "PostgreSQL (throwaway, removed at the end): $CARENEXT_DB_URL"
fi

# Every instance of a deployment needs the same data key; generated once here for the throwaway run.
if [ -z "${CARENEXT_DATA_KEY:-}" ]; then
  export CARENEXT_DATA_KEY=$(openssl rand -base64 32)
  echo "CARENEXT_DATA_KEY not set: using a new key for this run only."
fi
export CARENEXT_ADMIN_PASSWORD=${CARENEXT_ADMIN_PASSWORD:-Cn-x$(openssl rand -hex 6)-A7}
export CARENEXT_OFFICE_PASSWORD=${CARENEXT_OFFICE_PASSWORD:-Cn-x$(openssl rand -hex 6)-B8}

# Both at once, as after a deployment: the migration and the start-up tasks take turns in the database.
for n in 1 2; do
  port_var=APP${n}_PORT
  java -jar "$JAR" --server.port="${!port_var}" --server.forward-headers-strategy=native >"$LOGS/app$n.log" 2>&1 &
  PIDS+=($!)
done

ready() { curl -sf "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1; }
for i in $(seq 1 600); do
  ready "$APP1_PORT" && ready "$APP2_PORT" && break
  for pid in "${PIDS[@]}"; do
    kill -0 "$pid" 2>/dev/null || { echo "An instance stopped; see $LOGS/app*.log" >&2; exit 1; }
  done
  sleep 0.5
done
ready "$APP1_PORT" && ready "$APP2_PORT" || { echo "Not ready after 300 s; see $LOGS/app*.log" >&2; exit 1; }

CARENEXT_LB_BIND="127.0.0.1:$LB_PORT" CARENEXT_APP1="127.0.0.1:$APP1_PORT" CARENEXT_APP2="127.0.0.1:$APP2_PORT" \
  "$HAPROXY" -db -f ops/haproxy.cfg >"$LOGS/haproxy.log" 2>&1 &
PIDS+=($!)
for i in $(seq 1 50); do curl -sf "http://127.0.0.1:$LB_PORT/actuator/health/readiness" >/dev/null && break; sleep 0.2; done

cat <<EOF

CareNext, two instances behind HAProxy:  http://127.0.0.1:$LB_PORT/
  instances: 127.0.0.1:$APP1_PORT (app1), 127.0.0.1:$APP2_PORT (app2); each answer names its instance in the
  X-CareNext-Instance header.  admin / $CARENEXT_ADMIN_PASSWORD   office / $CARENEXT_OFFICE_PASSWORD
  logs: $LOGS/   Ctrl-C stops everything.
EOF

if $SMOKE; then
  echo
  for i in 1 2 3 4; do
    curl -s -o /dev/null -D - -u "office:$CARENEXT_OFFICE_PASSWORD" -H 'Accept: application/json' \
      "http://127.0.0.1:$LB_PORT/api/v1/organizations" | tr -d '\r' \
      | awk '/^HTTP/ {status=$2} tolower($1)=="x-carenext-instance:" {print "GET /api/v1/organizations as office: " status " from " $2}'
  done
  exit 0
fi
wait "${PIDS[@]}"
