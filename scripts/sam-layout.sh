#!/usr/bin/env bash
# Reproduces what `sam build` makes of this project (Java/Maven workflow: compiled classes at
# the root, runtime dependencies in lib/) in target/sam-layout, then runs every handler from
# that layout with each of its events/ files against a fresh emulator. Fails on any 5xx.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

require_tools
ensure_node_modules
LAYOUT=target/sam-layout
rm -rf "$LAYOUT"
drop_stale_classes
mvn -q -B -ntp -DskipTests package dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$LAYOUT/lib"
cp -R target/classes/. "$LAYOUT/"
echo "Artifact layout: $(find "$LAYOUT" -type f | wc -l) files, $(du -sk "$LAYOUT" | cut -f1) KiB, $(ls "$LAYOUT/lib" | wc -l) jars in lib/"
# The smoke runner itself lives in src/dev (compiled with the tests) and reads template.yaml with
# snakeyaml: both come after the layout on the classpath. Main code cannot compile against
# test-scope classes, so they cannot stand in for anything missing from the artifact.
mvn -q -B -ntp dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/dev-classpath.txt
java -Dfacet.project.dir="$PWD" -cp "$LAYOUT:$LAYOUT/lib/*:target/test-classes:$(cat target/dev-classpath.txt)" \
  com.facetestimator.local.HandlerSmokeRun template.yaml events
