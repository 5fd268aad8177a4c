#!/usr/bin/env bash
# Import benchmark (issue 2): 100,000 generated households (~250,000 persons) from CSV into PostgreSQL
# through the production import service; target under 60 s end to end. Recreates the database each run.
#   bench/import.sh                    # PostgreSQL on 127.0.0.1:5432, user postgres, database safeguard_bench
#   PGHOST=... PGUSER=... BENCH_DB=... bench/import.sh
set -euo pipefail
cd "$(dirname "$0")/.."

PGHOST="${PGHOST:-127.0.0.1}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
BENCH_DB="${BENCH_DB:-safeguard_bench}"
export PGHOST PGPORT PGUSER

if ! pg_isready -q -h "$PGHOST" -p "$PGPORT"; then
  echo "PostgreSQL is not reachable on $PGHOST:$PGPORT; start it first (see README)." >&2
  exit 1
fi
mkdir -p target
psql -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists $BENCH_DB" -c "create database $BENCH_DB"

./mvnw -B verify -Pbench -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspring.profiles.active=postgres -Dlogging.level.org.safeguard.household.importing=${BENCH_LOG_LEVEL:-DEBUG} \
  -DSAFEGUARD_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" -DSAFEGUARD_DB_USER="$PGUSER" "$@" \
  | tee target/import-benchmark.log | grep -E "IMPORT BENCHMARK|Import [0-9a-f-]+|checked|chunk|Tests run:|BUILD|ERROR" || true
grep -q "IMPORT BENCHMARK" target/import-benchmark.log
grep -q "BUILD SUCCESS" target/import-benchmark.log
