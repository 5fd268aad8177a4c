#!/usr/bin/env bash
# Two Safeguard processes on one PostgreSQL database (one job cluster), with a load client in a third process:
# BENCH_ACTIONS (default 1,000) concurrent dibao case actions (ACCEPT, sent BENCH_PER_CASE times per case, default 8,
# as repeated submissions of one step would be), first all to node 1 (single-node baseline), then alternating nodes. Prints answers by status,
# lost and duplicated transitions, 5xx, and the two-node/single-node throughput ratio. A fresh database each run.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${BENCH_DB:-safeguard_bench_two_nodes}
p1=${BENCH_PORT1:-18081}
p2=${BENCH_PORT2:-18082}
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" -c "create database $db"
./mvnw -B -q -DskipTests package
jar=$(ls target/safeguard-*.jar | grep -v original | head -1)
export SPRING_PROFILES_ACTIVE=postgres SAFEGUARD_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db SAFEGUARD_DB_USER=postgres \
  SAFEGUARD_DEMO=true SAFEGUARD_DEMO_HOUSEHOLDS=${BENCH_HOUSEHOLDS:-4000}
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
wait_up() {
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$1/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "node on port $1 did not start" >&2; exit 1
}
# node 1 first: it migrates the database and loads the demo data; node 2 joins the same database and cluster
java -jar "$jar" --server.port="$p1" --safeguard.jobs.node-name=node-1 > target/two-nodes-1.log 2>&1 & pids+=($!)
wait_up "$p1"
java -jar "$jar" --server.port="$p2" --safeguard.jobs.node-name=node-2 > target/two-nodes-2.log 2>&1 & pids+=($!)
wait_up "$p2"
java bench/TwoNodeLoad.java "http://127.0.0.1:$p1" "http://127.0.0.1:$p2" "${BENCH_ACTIONS:-1000}" "${BENCH_PER_CASE:-8}"
echo "two nodes: node logs in target/two-nodes-1.log and target/two-nodes-2.log; 500s logged there: $(grep -c ' ERROR ' target/two-nodes-1.log target/two-nodes-2.log | tr '\n' ' ')"
