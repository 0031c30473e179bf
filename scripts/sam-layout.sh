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
mvn -q -B -ntp -DskipTests package dependency:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$LAYOUT/lib"
cp -R target/classes/. "$LAYOUT/"
# The smoke runner reads template.yaml with snakeyaml, which is not part of the artifact.
SNAKEYAML=$(mvn -q -B -ntp dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile=/dev/stdout | tr ':' '\n' | grep snakeyaml)
echo "Artifact layout: $(find "$LAYOUT" -type f | wc -l) files, $(du -sk "$LAYOUT" | cut -f1) KiB, $(ls "$LAYOUT/lib" | wc -l) jars in lib/"
java -Dfacet.project.dir="$PWD" -cp "$LAYOUT:$LAYOUT/lib/*:$SNAKEYAML" com.facetestimator.tools.HandlerSmokeRun template.yaml events
