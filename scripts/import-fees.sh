#!/usr/bin/env bash
# Imports fee data: CMS files in their published layouts (PFS relative values, GPCIs, OPPS
# Addendum B) and practice contracts (fixed-amount CSV, percent-of-Medicare CSV).
#   ./scripts/import-fees.sh --help
#   ./scripts/import-fees.sh pfs PPRRVU2027.csv --year 2027 --source "CMS PFS RVU27A" [--publish medicare]
#   ./scripts/import-fees.sh bundled        # publish the bundled reference data
# Without --publish the parsed rows are printed (a dry run). With it they go to the tables named
# by FEES_TABLE (default facet-fees) at DYNAMODB_ENDPOINT (or AWS). A malformed file is refused
# with its line number and nothing is published.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
require_tools --java-only
build_classes
exec java -cp "$(dev_classpath)" com.facetestimator.tools.FeeImport "$@"
