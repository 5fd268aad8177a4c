#!/usr/bin/env bash
# Dibao applications on PostgreSQL: whole cases through the 2021 procedure per second (register, signatures,
# acceptance, investigation, facts, verification, opinion and notice, county review, approval with the decision
# snapshot and the approval event), then the work-queue page (50 most urgent, township scope) p50/p95.
# A fresh database each run (4,000 demo households). BENCH_CASES changes the number of cases (default 500);
# BENCH_BULK synthetic applications (default 200,000) are added to the township before the work queue is timed.
set -euo pipefail
cd "$(dirname "$0")/.."
db=${BENCH_DB:-safeguard_bench_applications}
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" -c "create database $db"
./mvnw -B verify -Pbench -Dtest=ApplicationBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspring.profiles.active=postgres -DSAFEGUARD_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db -DSAFEGUARD_DB_USER=postgres \
  -Dbench.cases="${BENCH_CASES:-500}" -Dbench.bulk="${BENCH_BULK:-200000}" 2>&1 \
  | grep -E '^(applications:|seeded|work queue:)|Tests run:|FAIL|ERROR' || true
