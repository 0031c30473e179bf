#!/usr/bin/env bash
# Starts the whole stack on this machine: the DynamoDB emulator (dynalite), the tables, the
# bundled reference data, and the HTTP API on http://127.0.0.1:${PORT:-3000}.
#   ./scripts/run-local.sh [--data DIR] [--port N]
# Ctrl-C (or SIGTERM) stops everything it started.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

require_tools
ensure_node_modules
build_classes
CP="$(dev_classpath)"
exec java -XX:TieredStopAtLevel=1 -Dfacet.project.dir="$PWD" -cp "$CP" com.facetestimator.local.LocalMain "$@"
