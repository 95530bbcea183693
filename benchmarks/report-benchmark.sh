#!/usr/bin/env bash
# report --all against an in-process 100,000-sale sandbox with -Xmx128m: wall time, requests, peak heap,
# then with 50 ms latency per request the ratio of wall time to the ideal. Prints figures; asserts nothing.
# Usage: benchmarks/report-benchmark.sh [sales]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sales="${1:-100000}"
./mvnw -B -q -DskipTests -DskipITs install -pl app-cli -am
cp_file=$(mktemp)
./mvnw -B -q dependency:build-classpath -pl app-cli -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
cp="app-cli/target/test-classes:app-cli/target/classes:$(cat "$cp_file")"
run() { java -Xmx128m -Dguice_bytecode_gen_option=DISABLED -cp "$cp" com.roboplanet.soconnector.app.ReportBenchmark "$@"; }
echo "== report --all, headings and quote lines, no latency"
run "$sales" 0
echo "== report --all --no-quote-lines, no latency"
run "$sales" 0 --no-quote-lines
echo "== report --all --no-quote-lines, 50 ms latency per request"
run "$sales" 50 --no-quote-lines
