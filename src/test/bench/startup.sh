#!/usr/bin/env bash
# Start-up to the first successful sign-in, on the embedded default (H2 file), median of 3:
#   1. the demo's first load (a new database, CARENEXT_DEMO=true), three times, each in a new folder;
#   2. a restart with the existing database, three times.
# "Ready" is the first answer of GET /api/v1/users with admin's password (HTTP Basic), measured from the launch of
# the JVM; beside it the CPU time (user + sys) the JVM had used by then, which depends less on the machine's load.
# Usage: [JAVA_OPTS=…] [RUNS=3] [DEMO_RUNS=$RUNS] [LAUNCH='command that starts the application'] src/test/bench/startup.sh
# Default launch: java -cp (a copy of target/classes + the dependencies) com.carenext.CareNextApplication; e.g.
# LAUNCH="$PWD/src/main/scripts/cds.sh --jar $PWD/target/carenext-0.1.0-SNAPSHOT.jar" (absolute paths: each run
# starts in its own folder). The application arguments are appended to the command. Each start's log stays in
# target/startup.*/<n>/demo.log and target/startup.*/1/restart-<n>.log; with
# JAVA_OPTS=-Dlogging.level.com.carenext.shared.StartupTasks=DEBUG it names each start-up task's time.
set -euo pipefail
cd "$(dirname "$0")/../../.."
# the classpath of the default launch (not needed with LAUNCH=…); the dependency plugin may have to be fetched once
if [ -z "${LAUNCH:-}" ] && [ ! -f target/cp.txt ]; then
  mvn -q -B dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=runtime >/dev/null
fi
PASSWORD=Root-Start-2026
KEY=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=
PORT=${PORT:-18431}

ready_after() {  # folder, log name, extra args... ; prints seconds to the first 200 of a signed-in request
  local dir=$1 log=$1/$2.log; shift 2
  local start; start=$(date +%s.%N)
  # shellcheck disable=SC2086 # LAUNCH and JAVA_OPTS hold several words
  ( cd "$dir" && exec ${LAUNCH:-java ${JAVA_OPTS:-} -cp $CP com.carenext.CareNextApplication} --server.port=$PORT \
      --carenext.admin.password=$PASSWORD --carenext.data.key=$KEY --logging.level.root=WARN "$@" ) \
      > "$log" 2>&1 &
  local pid=$!
  while true; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -u admin:$PASSWORD -H 'Accept: application/json' \
        http://127.0.0.1:$PORT/api/v1/users || true)
    if [ "$code" = 200 ]; then break; fi
    if [ "$code" != 000 ]; then echo "first answer was $code, not 200" >&2; fi
    if ! kill -0 $pid 2>/dev/null; then echo "the application stopped" >&2; tail -5 "$log" >&2; return 1; fi
    sleep 0.05
  done
  local ticks; ticks=$(awk '{print $14 + $15}' /proc/$pid/stat)
  echo "$(echo "$(date +%s.%N) - $start" | bc)/$(echo "scale=1; $ticks / $(getconf CLK_TCK)" | bc)"
  kill $pid; wait $pid 2>/dev/null || true
}

RUNS=${RUNS:-3}
DEMO_RUNS=${DEMO_RUNS:-$RUNS}   # e.g. DEMO_RUNS=1 when only the restarts are compared
median() { local n; n=$(cat); echo "$n" | sort -n | sed -n "$(( ($(echo "$n" | wc -l) + 1) / 2 ))p"; }

root=$(realpath "$(mktemp -d -p target startup.XXXX)")
if [ -z "${LAUNCH:-}" ]; then
  cp -r target/classes "$root/classes"   # a copy, so that a build meanwhile does not change what is measured
  CP="$root/classes:$(cat target/cp.txt)"
fi
echo "load average: $(cat /proc/loadavg); launch: ${LAUNCH:-java -cp …}; $(${JAVA_HOME:+$JAVA_HOME/bin/}java -version 2>&1 | head -1)"
demo=(); again=()
for i in $(seq $DEMO_RUNS); do
  mkdir -p "$root/$i"
  demo+=("$(ready_after "$root/$i" demo --carenext.demo.enabled=true --carenext.demo.password=Demo-Start-2026)")
done
for i in $(seq $RUNS); do
  again+=("$(ready_after "$root/1" "restart-$i" --carenext.demo.enabled=true --carenext.demo.password=Demo-Start-2026)")
done
report() {  # label, runs as wall/cpu
  local label=$1; shift
  echo "$label: $* (wall s/CPU s); median wall $(printf '%s\n' "$@" | cut -d/ -f1 | median) s, CPU $(printf '%s\n' "$@" | cut -d/ -f2 | median) s"
}
report "demo first load (new database)" "${demo[@]}"
report "ready with the existing database" "${again[@]}"
echo "load average: $(cat /proc/loadavg)"
