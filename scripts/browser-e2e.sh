#!/usr/bin/env bash
# make browser-e2e: the participants' tutor page in a real headless browser (set-up in scripts/page-e2e.sh). Runs
# scripts/browser_e2e.py: participant-1 signs in, does lesson 2 by typing (one Tab completion of "DB Cl), sees the
# steps done and the diagram, reloads and is offered to resume; participant-2 in a second browser sees none of it
# and is refused participant-1's session. Screenshots are kept under .build/browser-e2e/. The sandbox is always
# stopped.
set -euo pipefail
cd "$(dirname "$0")/.."
NAME=browser
OUT=${BROWSER_E2E_OUT:-.build/browser-e2e}
# shellcheck source=scripts/page-e2e.sh
source scripts/page-e2e.sh

grep -q "participants: $ROOT/sgtutor/tutor" "$OUT/serve.log" || fail "serve did not print the participants' URL"
"$VENV/bin/python" scripts/browser_e2e.py --root "$ROOT" --out "$OUT" \
  --participant participant-1=browser-e2e-one --participant participant-2=browser-e2e-two
grep -q "tutor: participant-1 signed in from a browser" "$OUT/serve.log" || fail "the sign-in was not logged"
