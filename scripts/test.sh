#!/usr/bin/env bash
# The whole test suite: unit and integration tests (Maven Surefire), then the handlers run
# from the layout `sam build` produces. Exit status 0 only when everything passed.
# Integration tests start their own dynalite on a free port unless DYNAMODB_ENDPOINT is set.
# Then a 30,000-row CSV forecast through ./scripts/run-local.sh (src/test/e2e), and the pages in
# Chromium (src/test/browser), when /usr/bin/chromium (or $CHROMIUM) exists.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

require_tools
ensure_node_modules
mvn -B -ntp test
./scripts/sam-layout.sh
# The 30,000-row CSV forecast through ./scripts/run-local.sh itself: CSV in, CSV out.
node src/test/e2e/csv-roundtrip.mjs
run_browser_tests
