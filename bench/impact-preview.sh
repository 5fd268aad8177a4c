#!/usr/bin/env bash
# Impact preview of a change of Wuhan's urban dibao standard over 1,000,000 active households (1-6 members), through
# the preview service: every household calculated twice, parameters resolved once per region, result stored with the
# proposal. Prints households/second and total seconds. BENCH_HOUSEHOLDS changes the size.
#
#   bench/impact-preview.sh                  generated caseload (test scope), PostgreSQL database safeguard_bench_policy
#   bench/impact-preview.sh --app-caseload   the application's ActiveDibaoCaseload bean (beneficiary module) against
#                                            BENCH_DB (default safeguard_bench_policy), which must already hold the caseload
set -euo pipefail
cd "$(dirname "$0")/.."
db=${BENCH_DB:-safeguard_bench_policy}
source=generated
if [ "${1:-}" = "--app-caseload" ]; then source=application; fi
if ! psql -h 127.0.0.1 -U postgres -lqt | cut -d '|' -f 1 | grep -qw "$db"; then
  psql -h 127.0.0.1 -U postgres -qc "create database $db"
fi
./mvnw -B verify -Pbench -Dtest=ImpactPreviewBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dspring.profiles.active=postgres -DSAFEGUARD_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db -DSAFEGUARD_DB_USER=postgres \
  -Dbench.caseload="$source" -Dbench.households="${BENCH_HOUSEHOLDS:-1000000}" 2>&1 \
  | grep -E '^(caseload:|generating alone|impact preview)|Tests run:|FAIL|ERROR' || true
