#!/usr/bin/env bash
# Uploads the pages (web/) to the stack's private bucket with the address of the pages' API
# (BrowserApiUrl) written into js/config.js, then invalidates the CloudFront distribution so
# the new files show at once. Run after `sam deploy`:
#   STACK=<stack name> ./scripts/deploy-pages.sh
# Staff sign-in (OAuth 2.0 authorization code with PKCE at the practice's identity provider,
# whose tokens the JWT authorizer accepts: JwtIssuer/JwtAudience):
#   SIGN_IN_AUTHORIZE_URL=https://idp.example/authorize SIGN_IN_TOKEN_URL=https://idp.example/token \
#   SIGN_IN_CLIENT_ID=<client id> [SIGN_IN_SCOPE="openid"] STACK=... ./scripts/deploy-pages.sh
set -euo pipefail
cd "$(dirname "$0")/.."

STACK="${STACK:-${1:-}}"
if [ -z "$STACK" ] || [ "$STACK" = "--help" ]; then
  echo "usage: STACK=<stack name> [SIGN_IN_AUTHORIZE_URL=... SIGN_IN_TOKEN_URL=... SIGN_IN_CLIENT_ID=...] $0" >&2
  exit 2
fi
command -v aws >/dev/null || { echo "deploy-pages: the AWS CLI (aws) is required" >&2; exit 1; }
command -v node >/dev/null || { echo "deploy-pages: Node.js is required (it writes config.js)" >&2; exit 1; }

output() {
  aws cloudformation describe-stacks --stack-name "$STACK" \
    --query "Stacks[0].Outputs[?OutputKey=='$1'].OutputValue" --output text
}
BUCKET=$(output PagesBucketName)
DISTRIBUTION=$(output PagesDistributionId)
API=$(output BrowserApiUrl)
PAGES=$(output PagesUrl)

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R web/. "$STAGE/"
node -e '
  const [api, authorize, token, clientId, scope] = process.argv.slice(1);
  const signIn = authorize ? { authorizationEndpoint: authorize, tokenEndpoint: token, clientId, scope: scope || "openid" } : null;
  const config = { apiBase: api.replace(/\/+$/, ""), signIn };
  process.stdout.write("// Written by scripts/deploy-pages.sh for this stack.\nexport const config = " + JSON.stringify(config, null, 2) + ";\n");
' "$API" "${SIGN_IN_AUTHORIZE_URL:-}" "${SIGN_IN_TOKEN_URL:-}" "${SIGN_IN_CLIENT_ID:-}" "${SIGN_IN_SCOPE:-}" > "$STAGE/js/config.js"

# no-cache: browsers revalidate, so a new release shows on the next load.
aws s3 sync "$STAGE/" "s3://$BUCKET/" --delete --cache-control "no-cache"
aws cloudfront create-invalidation --distribution-id "$DISTRIBUTION" --paths '/*' >/dev/null
echo "Front desk: ${PAGES}"
echo "Patient:    ${PAGES}patient"
[ -f web/forecast.html ] && echo "Forecast:   ${PAGES}forecast"
exit 0
