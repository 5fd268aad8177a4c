#!/usr/bin/env bash
# Dibao calculator throughput: JMH, one thread (pinned to one CPU when taskset is available), generated
# households of 1-6 members (seeded), Wuhan demo parameters. Prints the median households per second of the
# measured iterations, with and without the trace. Target: >= 200,000 households/s with the trace.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
pin=()
if command -v taskset >/dev/null 2>&1; then pin=(taskset -c "${BENCH_CPU:-1}"); fi
"${pin[@]}" java -cp "$cp" org.safeguard.bench.CalculatorBenchmarkRunner 2>&1 | grep -E '^calculator|Exception|ERROR' || true
