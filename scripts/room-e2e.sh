#!/usr/bin/env bash
# make room-e2e: the room page in a real headless browser (set-up in scripts/page-e2e.sh). Runs
# scripts/room_e2e.py: the instructor signs in, two participants create "DB Cluster" and boot into it through the
# API, both appear without a reload, a host is failed from the page and shows DOWN on both pictures. Screenshots
# are kept under .build/room-e2e/. The sandbox is always stopped.
set -euo pipefail
cd "$(dirname "$0")/.."
NAME=room
OUT=${ROOM_E2E_OUT:-.build/room-e2e}
# shellcheck source=scripts/page-e2e.sh
source scripts/page-e2e.sh

grep -q "room: $ROOT/sgtutor/room" "$OUT/serve.log" || fail "serve did not print the room's URL"
"$VENV/bin/python" scripts/room_e2e.py --root "$ROOT" --out "$OUT" \
  --instructor room-e2e-instructor --participant participant-1=room-e2e-one --participant participant-2=room-e2e-two
grep -q "room: instructor failed" "$OUT/serve.log" || fail "the action was not logged"
echo "room-e2e: the serve terminal logged: $(grep 'room: instructor failed' "$OUT/serve.log")"
