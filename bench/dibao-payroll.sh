#!/usr/bin/env bash
# DIBAO payroll of 1,000,000 households on PostgreSQL: seconds from the start of the job to GENERATED (all lines
# stored, totals recomputed from the lines, bank-file hash computed), next to one plain INSERT ... SELECT of the same
# lines (the source's own SELECT) into a scratch copy of the line table, and the ratio. The seeded caseload in
# safeguard_bench_dibao is kept between runs (and can be reused by other benchmarks, see DibaoCaseloadSeeder);
# pass --fresh to rebuild the database. BENCH_HOUSEHOLDS changes the size, BENCH_CHUNK the payroll chunk size.
set -euo pipefail
cd "$(dirname "$0")/.."
db=safeguard_bench_dibao
if [ "${1:-}" = "--fresh" ] || ! psql -h 127.0.0.1 -U postgres -lqt | cut -d '|' -f 1 | grep -qw "$db"; then
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" -c "create database $db"
fi
echo "load average before: $(cut -d ' ' -f 1-3 /proc/loadavg) on $(nproc) cores"
./mvnw -B verify -Pbench -Dtest=DibaoPayrollBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspring.profiles.active=postgres -DSAFEGUARD_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db -DSAFEGUARD_DB_USER=postgres \
  -Dbench.households="${BENCH_HOUSEHOLDS:-1000000}" -Dsafeguard.payroll.chunk-size="${BENCH_CHUNK:-5000}" 2>&1 \
  | grep -E '^(seeded|payroll:|plain INSERT|ratio)|Tests run:|FAIL|ERROR' || true
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
