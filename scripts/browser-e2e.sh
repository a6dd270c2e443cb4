#!/usr/bin/env bash
# make browser-e2e: the participants' tutor page in a real headless browser (set-up in scripts/page-e2e.sh). Runs
# scripts/browser_e2e.py: participant-1 signs in, does lesson 2 by typing (one Tab completion of "DB Cl), sees the
# steps done and the diagram, types the tutor's commands (hint, goal, solution, why, explain, equivalent), Ctrl-C
# and Ctrl-L, narrows the window, reloads and is offered to resume; participant-2 in a second browser sees none of
# it and is refused participant-1's session; the instructor's room page shows participant-2's one-time code (serve
# --tutor-codes), which signs participant-2 in, in Norwegian, in a dark browser. Screenshots are kept under
# .build/browser-e2e/. The sandbox is always stopped.
set -euo pipefail
cd "$(dirname "$0")/.."
NAME=browser
OUT=${BROWSER_E2E_OUT:-.build/browser-e2e}
SERVE_FLAGS=--tutor-codes
# shellcheck source=scripts/page-e2e.sh
source scripts/page-e2e.sh

grep -q "participants: $ROOT/sgtutor/tutor" "$OUT/serve.log" || fail "serve did not print the participants' URL"
"$VENV/bin/python" scripts/browser_e2e.py --root "$ROOT" --out "$OUT" --instructor browser-e2e-instructor \
  --participant participant-1=browser-e2e-one --participant participant-2=browser-e2e-two
grep -q "tutor: participant-1 signed in from a browser" "$OUT/serve.log" || fail "the sign-in was not logged"
grep -q "tutor: participant-2 signed in from a browser with a one-time code" "$OUT/serve.log" ||
  fail "the code sign-in was not logged"
