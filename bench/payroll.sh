#!/usr/bin/env bash
# Payroll of 1,000,000 payees on PostgreSQL: seconds from the start of the job to GENERATED (all lines stored,
# totals recomputed from the lines, bank-file hash computed), next to a plain INSERT ... SELECT of the same lines
# into a scratch copy of the line table, and the ratio. The payees table in safeguard_bench_payroll is kept between
# runs; pass --fresh to rebuild the database. BENCH_PAYEES changes the size.
set -euo pipefail
cd "$(dirname "$0")/.."
db=safeguard_bench_payroll
if [ "${1:-}" = "--fresh" ] || ! psql -h 127.0.0.1 -U postgres -lqt | cut -d '|' -f 1 | grep -qw "$db"; then
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" -c "create database $db"
fi
./mvnw -B verify -Pbench -Dtest=PayrollBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspring.profiles.active=postgres -DSAFEGUARD_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db -DSAFEGUARD_DB_USER=postgres \
  -Dbench.payees="${BENCH_PAYEES:-1000000}" -Dsafeguard.payroll.chunk-size="${BENCH_CHUNK:-5000}" 2>&1 \
  | grep -E '^(seeded|payroll:|plain INSERT|ratio)|Tests run:|FAIL|ERROR' || true
