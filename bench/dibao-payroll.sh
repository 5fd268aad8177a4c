#!/usr/bin/env bash
# DIBAO payroll of 1,000,000 households on PostgreSQL: seconds from the start of the job to GENERATED (all lines
# stored, totals recomputed from the lines, bank-file hash computed), next to the staged floor measured in the same run
# (a parallel CREATE TABLE AS of the month's lines into an unlogged stage, then resumable chunks into a keyed copy of
# the line table, totals and bank-file hash in SQL; see StagedFloor), and the ratio (target <= 1.5). The seeded caseload in
# safeguard_bench_dibao is kept between runs (and can be reused by other benchmarks, see DibaoCaseloadSeeder);
# pass --fresh to rebuild the database. BENCH_HOUSEHOLDS changes the size, BENCH_CHUNK the staged chunk size
# (default 100,000: ten chunks at a million).
set -euo pipefail
cd "$(dirname "$0")/.."
db=safeguard_bench_dibao
if [ "${1:-}" = "--fresh" ] || ! psql -h 127.0.0.1 -U postgres -lqt | cut -d '|' -f 1 | grep -qw "$db"; then
  psql -h 127.0.0.1 -U postgres -qc "drop database if exists $db" -c "create database $db"
fi
echo "load average before: $(cut -d ' ' -f 1-3 /proc/loadavg) on $(nproc) cores"
./mvnw -B verify -Pbench -Dtest=DibaoPayrollBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspring.profiles.active=postgres -DSAFEGUARD_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db -DSAFEGUARD_DB_USER=postgres \
  -Dbench.households="${BENCH_HOUSEHOLDS:-1000000}" -Dsafeguard.payroll.staged-chunk-size="${BENCH_CHUNK:-100000}" 2>&1 \
  | grep -E '^(seeded|payroll:|staged floor|ratio)|Tests run:|FAIL|ERROR' || true
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
