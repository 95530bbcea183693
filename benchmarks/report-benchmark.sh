#!/usr/bin/env bash
# report --all with quote lines against an in-process 100,000-sale sandbox with -Xmx128m: wall time, requests by kind,
# peak heap; at the default 10 requests/s, with the rate limit lifted, and with 50 ms latency per request (then the ratio
# of wall time to the ideal, requests x latency / requests in flight). Prints figures; asserts nothing. Each report is
# kept (its path is printed); with REFERENCE_CSV set, each is compared byte for byte with that file.
#
# Builds with `package` and runs from the reactor's own jars: `install` would put this branch's SNAPSHOT jars into the
# shared ~/.m2, where other checkouts would pick them up.
#
# Usage: benchmarks/report-benchmark.sh [sales] [repeats]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
sales="${1:-100000}"
repeats="${2:-1}"
cp_file="$(mktemp)"
# One reactor invocation, so that build-classpath resolves the sibling modules to their target/ jars, not ~/.m2.
./mvnw -B -q -DskipTests -DskipITs package dependency:build-classpath -pl app-cli -am \
  -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file"
cp="app-cli/target/test-classes:app-cli/target/classes:$(cat "$cp_file")"
run() {
  local out
  out="$(java -Xmx128m -Dguice_bytecode_gen_option=DISABLED -cp "$cp" com.roboplanet.soconnector.app.ReportBenchmark "$@")"
  echo "$out" | grep -E '^(exit code|wall time|ideal|report in)'
  if [[ -n "${REFERENCE_CSV:-}" ]]; then
    local csv
    csv="$(echo "$out" | sed -n 's/^report in //p')"
    if cmp -s "$csv" "$REFERENCE_CSV"; then echo "CSV byte-identical to $REFERENCE_CSV"; else echo "CSV DIFFERS from $REFERENCE_CSV"; fi
  fi
}
for ((i = 1; i <= repeats; i++)); do
  echo "== run $i: report --all with quote lines, 10 requests/s (the default), no latency"
  run "$sales" 0 10
  echo "== run $i: report --all with quote lines, rate limit lifted, no latency"
  run "$sales" 0 1000
  echo "== run $i: report --all with quote lines, rate limit lifted, 50 ms latency per request"
  run "$sales" 50 1000
  echo "== run $i: report --all --no-quote-lines, rate limit lifted, 50 ms latency per request"
  run "$sales" 50 1000 --no-quote-lines
done
