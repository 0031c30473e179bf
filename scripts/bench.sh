#!/usr/bin/env bash
# Performance benchmarks and budgets. Builds the deployable artifact as `sam build`
# would (target/sam-layout: classes + lib/*.jar), starts a private DynamoDB emulator, and
# measures in one run: cold start against a floor handler, warm estimates against GetItem,
# DynamoDB requests per estimate and per forecast, artifact size and heap after warm-up.
# Writes target/bench/results.json and results.md; with --update-readme also the README's
# "Benchmarks" section (otherwise no tracked file changes).
#   ./scripts/bench.sh [--enforce] [--cold-runs N] [--warm N] [--child-opts "..."] [--update-readme]
# Development: --quick (too few runs to judge by), --cold-only (with --child-opts or --appcds, to try
# JVM options), BENCH_REUSE_BUILD=1 (skip the build when nothing changed).
# Exits 0 even when a budget fails, unless --enforce is given. Not part of ./scripts/test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

require_tools
ensure_node_modules
LAYOUT=target/sam-layout
if [ "${BENCH_REUSE_BUILD:-}" != 1 ] || [ ! -f target/bench-classpath.txt ]; then
  rm -rf "$LAYOUT"
  drop_stale_classes
  echo "Building the deployable artifact ($LAYOUT)..."
  mvn -q -B -ntp -DskipTests package dependency:copy-dependencies \
    -DincludeScope=runtime -DoutputDirectory="$LAYOUT/lib"
  cp -R target/classes/. "$LAYOUT/"
  mvn -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
fi

# The bench JVM runs the warm and forecast measurements with Lambda's Java 17 defaults
# (C1 only, serial GC), so warm numbers are what a Lambda container would see.
BENCH_JAVA_OPTS=${BENCH_JAVA_OPTS:--XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx1g}
# shellcheck disable=SC2086
exec java $BENCH_JAVA_OPTS -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  com.facetestimator.bench.Bench "$@"
