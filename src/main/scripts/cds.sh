#!/usr/bin/env bash
# Starts CareNext's jar fast (docs/deployment.md "A faster start", figures in docs/performance.md "Start-up"):
#  - class data sharing: the JVM maps the ~15,000 classes of Spring, Tomcat, Thymeleaf, H2 … from an archive instead of
#    loading and verifying them from the jars. On Java 17–24 a dynamic AppCDS archive (-XX:ArchiveClassesAtExit);
#    on Java 25 or later the AOT cache (JEP 483/514/515: -XX:AOTCacheOutput), which also holds the classes linked
#    and the method profiles of the training run;
#  - Spring AOT, when the jar was built with `mvn -Paot package`: the bean definitions prepared at build time
#    (-Dspring.aot.enabled=true), so the start skips parsing configuration classes and evaluating conditions.
#
#   src/main/scripts/cds.sh [--jar target/carenext-0.1.0-SNAPSHOT.jar] [application arguments …]
#   src/main/scripts/cds.sh [--jar …] --prepare    (only make the archive, e.g. right after `mvn package`)
#
# The JDK is $JAVA_HOME/bin/java if JAVA_HOME is set, else `java` on the PATH. The first time, and whenever the jar
# or the JDK changed, it extracts the jar into <jar>.cds/ (Spring Boot's `extract`: the application jar plus lib/, a
# layout CDS can archive) and makes the archive with a training run: a full start with the demo, one request for the
# sign-in page, then SIGTERM (the JVM writes the archive as it exits). The training run uses a throwaway H2 database in a temporary folder, a
# random data key and its own first passwords: nothing of the configured database is touched. Then it starts the
# extracted jar with the archive, with the same environment and arguments as `java -jar` would get. JAVA_OPTS is
# passed to the JVM. Without the archive (e.g. the training failed) the JVM starts normally.
set -euo pipefail

java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jar=$(ls -t target/carenext-*.jar 2>/dev/null | grep -v -- '-plain' | head -1 || true)
if [ "${1:-}" = "--jar" ]; then
  jar=$2
  shift 2
fi
if [ -z "$jar" ] || [ ! -f "$jar" ]; then
  echo "No jar: build it with 'mvn package' (or 'mvn -Paot package') or name it with --jar" >&2
  exit 1
fi

dir="$(realpath "$jar").cds"   # absolute: the training run starts in a folder of its own
feature=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
jvm=()
# Zip entry names are stored uncompressed: the AOT-generated initializer is found in the jar without unpacking it.
if grep -qa 'com/carenext/CareNextApplication__ApplicationContextInitializer.class' "$jar"; then
  jvm+=(-Dspring.aot.enabled=true)
fi
if [ "${feature%%.*}" -ge 25 ]; then
  archive="$dir/carenext.aot"
  train=(-XX:AOTCacheOutput="$archive")
  share=(-XX:AOTCache="$archive")
else
  archive="$dir/carenext.jsa"
  train=(-XX:ArchiveClassesAtExit="$archive")
  share=(-XX:SharedArchiveFile="$archive" -Xshare:auto)
fi
# The archive belongs to one jar and one JDK.
sum="$(sha256sum "$jar" | cut -d' ' -f1) $("$java" -version 2>&1 | tr '\n' ' ')"
if [ ! -f "$archive" ] || [ "$(cat "$dir/archive.key" 2>/dev/null)" != "$sum" ]; then
  echo "Preparing class data sharing for $jar on Java $feature (once per build, about a start's time) …" >&2
  rm -rf "$dir"
  "$java" -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
  # The training run starts fully (with the demo, so that loading it is trained too), is asked once for the sign-in
  # page and then stopped: the JVM writes the archive as it exits.
  (cd "$work" && exec env -u SPRING_PROFILES_ACTIVE -u CARENEXT_DEMO -u SPRING_FLYWAY_USER -u SPRING_FLYWAY_PASSWORD \
      "$java" "${train[@]}" "${jvm[@]}" -jar "$dir/$(basename "$jar")" --server.port=0 \
      "--spring.datasource.url=jdbc:h2:file:$work/train;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH" \
      --spring.datasource.username=sa --spring.datasource.password= --carenext.data.key="$(head -c 32 /dev/urandom | base64)" \
      --carenext.admin.password=Training-Run-2026 --carenext.office.password=Training-Run-2026 \
      --carenext.demo.enabled=true --carenext.demo.password=Training-Run-2026 \
      > "$dir/training.log" 2>&1) &
  training=$!
  for _ in $(seq 900); do
    if grep -qs "Started .*CareNextApplication" "$dir/training.log" || ! kill -0 $training 2>/dev/null; then
      break
    fi
    sleep 1
  done
  port=$(sed -n 's/.*Tomcat started on port \([0-9]*\).*/\1/p' "$dir/training.log" | head -1)
  if [ -n "$port" ] && command -v curl >/dev/null; then
    curl -s -o /dev/null "http://127.0.0.1:$port/login" || true
  fi
  kill -TERM $training 2>/dev/null || true
  wait $training || true
  if grep -q "Application run failed\|APPLICATION FAILED TO START" "$dir/training.log"; then
    rm -f "$archive"
  fi
  if [ ! -f "$archive" ]; then
    echo "The training run made no archive ($dir/training.log); starting without it." >&2
  else
    echo "$sum" > "$dir/archive.key"
  fi
fi

if [ "${1:-}" = "--prepare" ]; then
  exit 0
fi
if [ ! -f "$archive" ]; then
  share=()
fi
# shellcheck disable=SC2086 # JAVA_OPTS holds several options
exec "$java" "${share[@]}" "${jvm[@]}" ${JAVA_OPTS:-} -jar "$dir/$(basename "$jar")" "$@"
