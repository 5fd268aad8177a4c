#!/usr/bin/env bash
# Casework work queue on PostgreSQL: "my due cases" (GET /api/v1/cases?queue=due) with 500,000 open cases of mixed
# kinds, measured from a second process (curl) against the application running as its own process, p50/p95, printed
# beside the same query run directly through psql in the same run (the floor), with the ratio. Not a test.
# BENCH_CASES changes the number of seeded open cases (default 500000), BENCH_CALLS the number of timed calls (300).
set -euo pipefail
cd "$(dirname "$0")/.."
db=${BENCH_DB:-safeguard_bench_casework}
port=${BENCH_PORT:-18093}
cases=${BENCH_CASES:-500000}
calls=${BENCH_CALLS:-300}
pg="psql -h 127.0.0.1 -U postgres -X -q"
$pg -c "drop database if exists $db" -c "create database $db"

./mvnw -B -q -o -DskipTests package 2>&1 | tail -5 || ./mvnw -B -q -DskipTests package
jar=$(ls target/safeguard-*.jar | grep -v plain | head -1)
log=$(mktemp)
SPRING_PROFILES_ACTIVE=postgres SAFEGUARD_DEMO=true SAFEGUARD_DEMO_HOUSEHOLDS=200 \
  SAFEGUARD_DB_URL=jdbc:postgresql://127.0.0.1:5432/$db SAFEGUARD_DB_USER=postgres \
  java -jar "$jar" --server.port=$port >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
  kill -0 $app 2>/dev/null || { tail -40 "$log"; exit 1; }
  sleep 2
done
curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null || { echo "application did not start"; tail -40 "$log"; exit 1; }

# Set-based seed: one statement. Five kinds (only DIBAO is contributed today; the others stand for the benefits to
# come and must be skipped by the read-authority filter), 400 synthetic caseworkers plus the demo township worker
# (every 200th case: 2,500 of them, of which 500 DIBAO), deadlines spread from 5 days overdue to 25 days ahead.
start=$(date +%s.%N)
$pg -d "$db" <<SQL
insert into casework_case (id, kind, procedure_code, person_id, region_code, assignee, state, is_open, version,
                           opened_at, updated_at, state_entered_on, due_on, due_at)
select gen_random_uuid(), k.kind, case when k.kind = 'DIBAO' then 'P2021' else 'V1' end, gen_random_uuid(),
       case when g % 200 = 0 then '420106006001' else '4201' || lpad(((g % 97) + 1)::text, 2, '0') || '006' || lpad(((g % 13) + 1)::text, 3, '0') end,
       case when g % 200 = 0 then 'worker' else 'staff' || (g % 400) end,
       case when k.kind = 'DIBAO' then 'INVESTIGATING' else 'OPEN' end, true, 0,
       now() - (g % 60) * interval '1 day', now(), current_date - (g % 60),
       cast(d.due_at at time zone 'Asia/Shanghai' as date), d.due_at
from generate_series(1, $cases) g
cross join lateral (select (array['DIBAO', 'TEMPORARY_ASSISTANCE', 'SPECIAL_HARDSHIP', 'HOTLINE_TICKET', 'REFERRAL'])[((g / 200) % 5) + 1] as kind) k
cross join lateral (select now() + (((g::bigint * 7919) % 720) - 120) * interval '1 hour' as due_at) d;
analyze casework_case;
SQL
seeded=$(echo "$(date +%s.%N) - $start" | bc)
printf 'seeded %s open cases in %.1f s\n' "$cases" "$seeded"

query="select * from casework_case where is_open = true and assignee = 'worker' and region_code like '420106006%'
  and due_at <= now() + interval '24 hours' and kind in ('DIBAO') order by due_at, id offset 0 rows fetch next 51 rows only;"
percentiles() { sort -n | awk '{a[NR]=$1} END {i50=int(NR*0.50); if(i50<1)i50=1; i95=int(NR*0.95); if(i95<1)i95=1; printf "%.2f %.2f\n", a[i50], a[i95]}'; }

# floor: the same query through psql in one session (server time plus a local round trip)
read -r db50 db95 < <( { echo '\timing on'; for _ in $(seq 1 $((calls + 50))); do echo "$query"; done; } \
  | $pg -d "$db" -o /dev/null 2>&1 | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' | tail -n "$calls" | percentiles)

url="http://127.0.0.1:$port/api/v1/cases?queue=due&size=50"
auth="worker:Safeguard-Demo-2020"
rows=$(curl -sf -u "$auth" "$url" | grep -o '"id"' | wc -l)
for _ in $(seq 1 50); do curl -sf -o /dev/null -u "$auth" "$url"; done   # warm-up: JIT, pool, credential cache
read -r api50 api95 < <(for _ in $(seq 1 "$calls"); do
  curl -sf -o /dev/null -u "$auth" -w '%{time_total}\n' "$url"; done | awk '{printf "%.3f\n", $1 * 1000}' | percentiles)

echo "my due cases ($rows rows a page, $calls calls, $cases open cases):"
printf '  API from a second process: p50 %s ms, p95 %s ms\n' "$api50" "$api95"
printf '  same query through psql:   p50 %s ms, p95 %s ms\n' "$db50" "$db95"
printf '  ratio API/psql:            p50 %.1fx, p95 %.1fx\n' "$(echo "$api50 / $db50" | bc -l)" "$(echo "$api95 / $db95" | bc -l)"
echo "plan:"; $pg -d "$db" -c "explain (analyze, buffers) $query" | sed -n '1,12p'
