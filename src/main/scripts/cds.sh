#!/usr/bin/env bash
# Runs CareNext's jar with class data sharing (CDS): the JVM maps ~15,000 classes of Spring, Tomcat, Thymeleaf, H2 …
# from an archive instead of loading and verifying them from the jars, so a start needs about a quarter less CPU
# (docs/performance.md, "Start-up").
#
#   src/main/scripts/cds.sh [--jar target/carenext-0.1.0-SNAPSHOT.jar] [application arguments …]
#   src/main/scripts/cds.sh [--jar …] --prepare    (only make the archive, e.g. right after `mvn package`)
#
# The first time, and whenever the jar changed, it extracts the jar into <jar>.cds/ (Spring Boot's `extract`: the
# application jar plus lib/, a layout CDS can archive) and makes the archive with a training run that stops as soon
# as the application context is refreshed (spring.context.exit=onRefresh). The training run uses a throwaway H2
# database in a temporary folder, a random data key and its own first passwords: nothing of the configured
# database is touched. Then it starts the
# extracted jar with the archive, with the same environment and arguments as `java -jar` would get. JAVA_OPTS is
# passed to the JVM. Without the archive (e.g. another JDK) the JVM starts normally.
set -euo pipefail

jar=$(ls -t target/carenext-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
if [ "${1:-}" = "--jar" ]; then
  jar=$2
  shift 2
fi
if [ -z "$jar" ] || [ ! -f "$jar" ]; then
  echo "No jar: build it with 'mvn package' or name it with --jar" >&2
  exit 1
fi

dir="$jar.cds"
archive="$dir/carenext.jsa"
sum=$(sha256sum "$jar" | cut -d' ' -f1)
if [ ! -f "$archive" ] || [ "$(cat "$dir/jar.sha256" 2>/dev/null)" != "$sum" ]; then
  echo "Preparing class data sharing for $jar (once per build, about a start's time) …" >&2
  rm -rf "$dir"
  java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && env -u SPRING_PROFILES_ACTIVE -u CARENEXT_DEMO -u SPRING_FLYWAY_USER -u SPRING_FLYWAY_PASSWORD java -XX:ArchiveClassesAtExit="$archive" \
      -Dspring.context.exit=onRefresh -jar "$(realpath "$dir")/$(basename "$jar")" \
      "--spring.datasource.url=jdbc:h2:file:$work/train;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH" \
      --spring.datasource.username=sa --spring.datasource.password= --carenext.data.key="$(head -c 32 /dev/urandom | base64)" \
      --carenext.admin.password=Training-Run-2026 --carenext.office.password=Training-Run-2026 --carenext.demo.enabled=false \
      > "$dir/training.log" 2>&1) || true
  if grep -q "Application run failed\|APPLICATION FAILED TO START" "$dir/training.log"; then
    rm -f "$archive"
  fi
  if [ ! -f "$archive" ]; then
    echo "The training run made no archive ($dir/training.log); starting without CDS." >&2
  else
    echo "$sum" > "$dir/jar.sha256"
  fi
fi

if [ "${1:-}" = "--prepare" ]; then
  exit 0
fi
share=()
if [ -f "$archive" ]; then
  share=(-XX:SharedArchiveFile="$archive" -Xshare:auto)
fi
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec java "${share[@]}" ${JAVA_OPTS:-} -jar "$dir/$(basename "$jar")" "$@"
