#!/usr/bin/env bash
# First render of the pages on localhost in Chromium (budget 500 ms): see scripts/first-render.mjs.
#   ./scripts/first-render.sh [runs per page, default 15]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh

require_tools
ensure_node_modules
if [ ! -x "${CHROMIUM:-/usr/bin/chromium}" ]; then
  echo "first-render: chromium not found at ${CHROMIUM:-/usr/bin/chromium}" >&2
  exit 1
fi
exec node scripts/first-render.mjs "$@"
