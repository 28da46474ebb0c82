#!/usr/bin/env bash
# Times `aggregate` against the analyst's DuckDB script on generated data (issue 5).
#   scripts/benchmark.sh [province|national|all|serve|reaggregate] [--work=/tmp/ogi-bench] [--year=2021] [--rounds=N]
# province: 21 (辽宁省) with 30 departments per government, about 3,500 submissions;
# national: the whole country with 15 and with 30 departments (about 50,000 and 100,000), to show
# the cost is linear; all: the three; national-half or national-full: one of the two. Data is generated once into <work>/data and reused.
# hostile: pathological numbers (50 MB of digits, a million digits, ...) planted in a small input,
# each timed against the same input without it; the bound is two seconds more.
# serve: starts `serve` of the jar on the province, makes 5 runs of the year over HTTP, then reports
# the median and 95th percentile latency of 200 concurrent GET /api/runs (median round of N rounds).
# reaggregate: starts `serve` on the province and then on the nation, runs the year fully once, then
# times from POST /api/runs to the run COMPLETED: nothing changed, one county's file changed with the
# scope of its city, and the same change without scope (medians of 5 rounds unless --rounds=N), and
# compares every output with a fresh full run; reaggregate-province or reaggregate-national: one of the two.
# BENCHMARK_JFR=<file> records the service (serve, reaggregate) with Java Flight Recorder, to read with `jfr print`.
# ogi-rollup is timed twice per size: through bin/ogi-rollup (prepared once, outside the timing)
# and as a plain java -Xmx1g -jar. Prints a Markdown table and appends it, with the machine, to
# target/benchmark-results.md. --rounds=N runs the three N times in turn and reports the medians
# (identical runs here differ by ±0.5 s on a province). JAVA_HOME, when set, names the Java that
# runs both ogi-rollup and DuckDB's driver (e.g. a Java 25, whose AOT cache bin/ogi-rollup uses),
# else `java` on the PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/ogi-rollup.jar ] || mvn -q -B package -DskipTests
# the benchmark class and DuckDB's driver live on the test classpath only, never in the jar
mvn -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/benchmark.classpath
main=org.ogirollup.benchmark.Benchmark
if [ "${1:-}" = hostile ]; then
  # pathological numbers planted in a small input, each timed against the input without it (issue 14)
  main=org.ogirollup.benchmark.HostileNumbersBenchmark
  shift
fi
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" -cp "target/test-classes:$(cat target/benchmark.classpath)" "$main" "$@"
