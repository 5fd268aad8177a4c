#!/usr/bin/env bash
# Household search with 1,000,000 persons on PostgreSQL: p95 through the API, with the load sent from a
# second process on loopback. The database safeguard_bench_search is kept between runs (seeding is the
# slow part); pass --fresh to rebuild it.
set -euo pipefail
cd "$(dirname "$0")/.."
db=safeguard_bench_search
if [ "${1:-}" = "--fresh" ] || ! psql -h 127.0.0.1 -U postgres -lqt | cut -d '|' -f 1 | grep -qw "$db"; then
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" -c "create database $db"
fi
./mvnw -B verify -Pbench -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspring.profiles.active=postgres -DSAFEGUARD_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db -DSAFEGUARD_DB_USER=postgres \
  -Dbench.requests="${BENCH_REQUESTS:-5000}" -Dbench.concurrency="${BENCH_CONCURRENCY:-4}" 2>&1 \
  | grep -E '^(seeded|registry|search by|  latency)|FAIL|ERROR' || true
