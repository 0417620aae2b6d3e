#!/usr/bin/env bash
# Start-up to the first successful sign-in, on the embedded default (H2 file), median of 3:
#   1. the demo's first load (a new database, CARENEXT_DEMO=true), three times, each in a new folder;
#   2. a restart with the existing database, three times.
# "Ready" is the first answer of GET /api/v1/users with admin's password (HTTP Basic), measured from the launch of
# the JVM. Usage: src/test/bench/startup.sh [jar or -cp classpath]  (default: target/classes + dependencies)
set -euo pipefail
cd "$(dirname "$0")/../../.."
if [ ! -f target/cp.txt ]; then
  mvn -o -q -B dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=runtime >/dev/null
fi
PASSWORD=Root-Start-2026
KEY=AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=
PORT=${PORT:-18431}

ready_after() {  # folder, extra args... ; prints seconds to the first 200 of a signed-in request
  local dir=$1; shift
  local start; start=$(date +%s.%N)
  ( cd "$dir" && exec java -cp "$CP" com.carenext.CareNextApplication --server.port=$PORT \
      --carenext.admin.password=$PASSWORD --carenext.data.key=$KEY --logging.level.root=WARN "$@" ) \
      > "$dir/app.log" 2>&1 &
  local pid=$!
  while true; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -u admin:$PASSWORD -H 'Accept: application/json' \
        http://127.0.0.1:$PORT/api/v1/users || true)
    if [ "$code" = 200 ]; then break; fi
    if [ "$code" != 000 ]; then echo "first answer was $code, not 200" >&2; fi
    if ! kill -0 $pid 2>/dev/null; then echo "the application stopped" >&2; tail -5 "$dir/app.log" >&2; return 1; fi
    sleep 0.05
  done
  echo "$(date +%s.%N) - $start" | bc
  kill $pid; wait $pid 2>/dev/null || true
}

median() { sort -n | sed -n 2p; }

root=$(realpath "$(mktemp -d -p target startup.XXXX)")
cp -r target/classes "$root/classes"   # a copy, so that a build meanwhile does not change what is measured
CP="$root/classes:$(cat target/cp.txt)"
echo "load average: $(cat /proc/loadavg)"
demo=(); again=()
for i in 1 2 3; do
  mkdir -p "$root/$i"
  demo+=("$(ready_after "$root/$i" --carenext.demo.enabled=true --carenext.demo.password=Demo-Start-2026)")
done
for i in 1 2 3; do
  again+=("$(ready_after "$root/1" --carenext.demo.enabled=true --carenext.demo.password=Demo-Start-2026)")
done
echo "demo first load (new database): ${demo[*]} s; median $(printf '%s\n' "${demo[@]}" | median) s"
echo "ready with the existing database: ${again[*]} s; median $(printf '%s\n' "${again[@]}" | median) s"
echo "load average: $(cat /proc/loadavg)"
