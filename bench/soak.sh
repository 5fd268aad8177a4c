#!/usr/bin/env bash
# Soak: Safeguard as its own process on PostgreSQL under mixed casework load from a second process (bench/SoakLoad.java)
# for BENCH_MINUTES (default 30) from BENCH_THREADS threads (default 8). Prints per minute requests, errors, p95 and the
# heap's live data after GC, then the last minute against the first as ratios (same run, so machine load cancels out
# as far as it is steady). Not a test. The heap is capped with -Xmx512m and -XX:+ExitOnOutOfMemoryError, as in production.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${BENCH_DB:-safeguard_bench_soak}
port=${BENCH_PORT:-18095}
minutes=${BENCH_MINUTES:-30}
threads=${BENCH_THREADS:-8}
pg="psql -h 127.0.0.1 -U postgres -X -q"
$pg -c "drop database if exists $db" -c "create database $db"

./mvnw -B -q -o -DskipTests package 2>&1 | tail -5 || ./mvnw -B -q -DskipTests package
jar=$(ls target/safeguard-*.jar | grep -v plain | head -1)
log=$(mktemp)
SPRING_PROFILES_ACTIVE=postgres SAFEGUARD_DEMO=true SAFEGUARD_DEMO_HOUSEHOLDS=600 \
  SAFEGUARD_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db SAFEGUARD_DB_USER=postgres \
  java -Xmx512m -XX:+ExitOnOutOfMemoryError -jar "$jar" --server.port=$port >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break
  kill -0 $app 2>/dev/null || { tail -40 "$log"; exit 1; }
  sleep 2
done
echo "soak: $minutes min, $threads threads, load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
java bench/SoakLoad.java "http://127.0.0.1:$port" "$minutes" "$threads"
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
kill -0 $app 2>/dev/null && echo "application still running" || { echo "application died"; tail -40 "$log"; exit 1; }
grep -c " ERROR " "$log" | sed 's/^/ERROR lines in the application log: /' || true
