#!/usr/bin/env bash
# make browser-e2e: the participants' tutor page in a real headless browser. Installs Debian's chromium and
# chromium-driver with apt-get when missing and selenium into a venv under the build folder, starts
# `sgtutor serve --participants 2` on a free loopback port, and runs scripts/browser_e2e.py: participant-1 signs in,
# does lesson 2 by typing (one Tab completion of "DB Cl), sees the steps done and the diagram, reloads and is
# offered to resume; participant-2 in a second browser sees none of it and is refused participant-1's session.
# Screenshots are kept under .build/browser-e2e/. The sandbox is always stopped.
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
SWIFTPM_FLAGS=${SWIFTPM_FLAGS:-}
VENV=${ROOM_E2E_VENV:-.build/room-e2e-venv}
OUT=${BROWSER_E2E_OUT:-.build/browser-e2e}
SELENIUM_VERSION=4.50.0
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "browser-e2e: installing chromium and chromium-driver with apt-get"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
if ! "$VENV/bin/python" -c "import selenium" 2>/dev/null; then
  echo "browser-e2e: installing selenium==$SELENIUM_VERSION into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "selenium==$SELENIUM_VERSION"
fi

# shellcheck disable=SC2086
$SWIFT build $SWIFTPM_FLAGS --product sgtutor
$SWIFT build $SWIFTPM_FLAGS --product sgtutor-serve
# shellcheck disable=SC2086
BIN="$($SWIFT build $SWIFTPM_FLAGS --show-bin-path)/sgtutor"

mkdir -p "$OUT"
rm -f "$OUT"/*.png
WORK=$(mktemp -d)
SERVER_PID=""
cleanup() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

printf 'instructor: browser-e2e-instructor\nparticipant-1: browser-e2e-one\nparticipant-2: browser-e2e-two\n' >"$WORK/credentials"
"$BIN" serve --port 0 --participants 2 --clouds-dir "$WORK/clouds" --credentials "$WORK/credentials" \
  >"$OUT/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  grep -q "listening on" "$OUT/serve.log" && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$OUT/serve.log"; echo "browser-e2e: FAIL: the sandbox did not start" >&2; exit 1; }
  sleep 0.1
done
ROOT=$(grep -o 'listening on http://[^ ]*' "$OUT/serve.log" | head -1 | sed 's/listening on //')
[ -n "$ROOT" ] || { echo "browser-e2e: FAIL: the sandbox did not print its address" >&2; exit 1; }
grep -q "participants: $ROOT/sgtutor/tutor" "$OUT/serve.log" || { echo "browser-e2e: FAIL: serve did not print the participants' URL" >&2; exit 1; }

"$VENV/bin/python" scripts/browser_e2e.py --root "$ROOT" --out "$OUT" \
  --participant participant-1=browser-e2e-one --participant participant-2=browser-e2e-two
grep -q "tutor: participant-1 signed in from a browser" "$OUT/serve.log" || { echo "browser-e2e: FAIL: the sign-in was not logged" >&2; exit 1; }
