#!/usr/bin/env bash
# Price-subsidy issuance for 2,000,000 covered persons on PostgreSQL (generated caseload read model with registry
# persons and households, plus imported lists): seconds from recording the index (evaluation of every affected
# region) to the approval-ready payroll (GENERATED), next to a plain INSERT ... SELECT of the same lines into a
# scratch copy of the line table, and the ratio. The seeded data in safeguard_bench_price is kept between runs;
# pass --fresh to rebuild the database. BENCH_DIBAO and BENCH_LISTED change the size.
set -euo pipefail
cd "$(dirname "$0")/.."
db=safeguard_bench_price
if [ "${1:-}" = "--fresh" ] || ! psql -h 127.0.0.1 -U postgres -lqt | cut -d '|' -f 1 | grep -qw "$db"; then
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" -c "create database $db"
fi
./mvnw -B verify -Pbench -Dtest=PriceSubsidyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspring.profiles.active=postgres -DSAFEGUARD_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db -DSAFEGUARD_DB_USER=postgres \
  -Dbench.dibao="${BENCH_DIBAO:-1000000}" -Dbench.listed="${BENCH_LISTED:-1100000}" \
  -Dsafeguard.payroll.chunk-size="${BENCH_CHUNK:-25000}" 2>&1 \
  | grep -E '^(seeded|price subsidy:|plain INSERT|ratio)|Tests run:|FAIL|ERROR' || true
