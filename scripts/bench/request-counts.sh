#!/usr/bin/env bash
# Requests per typed line on a real cloud: the real client (NovaClient) talking to the sandbox's routes in process,
# as a member, counted where the client hands each request to its transport (RequestCountTests, which also pins
# every count). Prints a Markdown table with the counts before the session cache beside today's.
# Usage: scripts/bench/request-counts.sh   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/../.."
SWIFT=${SWIFT:-swift}
TABLE=$(mktemp)
trap 'rm -f "$TABLE"' EXIT
# shellcheck disable=SC2086
if ! SGTUTOR_REQUEST_TABLE="$TABLE" $SWIFT test ${SWIFTPM_FLAGS:-} --filter 'RequestCountTests/requestsPerCommandTable' >"$TABLE.log" 2>&1; then
  tail -30 "$TABLE.log"
  rm -f "$TABLE.log"
  echo "bench: the request counts changed or the test failed (see above)"
  exit 1
fi
rm -f "$TABLE.log"
echo "## Requests per typed line (a member on a real cloud)"
cat "$TABLE"
