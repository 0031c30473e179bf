#!/usr/bin/env bash
# Regenerates docs/RULES.md, the catalogue of every rule id (what it does, source, confidence,
# effective period), from the rule files under src/main/resources/reference/rules/ and the rules
# written in code. RulesDocumentTest fails when the committed file drifts from them.
#   ./scripts/rules-doc.sh           # rewrite docs/RULES.md
#   ./scripts/rules-doc.sh --check   # only compare; exit 1 when it is stale
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
require_tools --java-only
build_classes
exec java -cp "$(dev_classpath)" com.facetestimator.tools.RulesDocument "$@"
