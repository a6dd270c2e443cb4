# Sourced by room-e2e.sh and browser-e2e.sh (set NAME and OUT first): what both page tests need. Installs Debian's
# chromium and chromium-driver with apt-get when missing and selenium into a venv under the build folder, builds
# sgtutor and sgtutor-serve, and starts `sgtutor serve --participants 2` on a free loopback port, the passwords of
# instructor / participant-1 / participant-2 being $NAME-e2e-instructor / $NAME-e2e-one / $NAME-e2e-two. Leaves
# ROOT (the sandbox's URL), VENV and OUT set (SERVE_FLAGS adds options to serve); the sandbox is stopped when the calling script exits.
SWIFT=${SWIFT:-swift}
SWIFTPM_FLAGS=${SWIFTPM_FLAGS:-}
# One venv for both page tests.
VENV=${PAGE_E2E_VENV:-.build/room-e2e-venv}
SELENIUM_VERSION=4.50.0
SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

fail() {
  echo "$NAME-e2e: FAIL: $*" >&2
  exit 1
}

if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  echo "$NAME-e2e: installing chromium and chromium-driver with apt-get"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi
if ! "$VENV/bin/python" -c "import selenium" 2>/dev/null; then
  echo "$NAME-e2e: installing selenium==$SELENIUM_VERSION into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "selenium==$SELENIUM_VERSION"
fi

# shellcheck disable=SC2086
$SWIFT build $SWIFTPM_FLAGS --product sgtutor
# shellcheck disable=SC2086
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

printf 'instructor: %s-e2e-instructor\nparticipant-1: %s-e2e-one\nparticipant-2: %s-e2e-two\n' "$NAME" "$NAME" "$NAME" \
  >"$WORK/credentials"
# shellcheck disable=SC2086
"$BIN" serve --port 0 --participants 2 --clouds-dir "$WORK/clouds" --credentials "$WORK/credentials" \
  ${SERVE_FLAGS:-} >"$OUT/serve.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  grep -q "listening on" "$OUT/serve.log" && break
  kill -0 "$SERVER_PID" 2>/dev/null || { cat "$OUT/serve.log"; fail "the sandbox did not start"; }
  sleep 0.1
done
ROOT=$(grep -o 'listening on http://[^ ]*' "$OUT/serve.log" | head -1 | sed 's/listening on //')
[ -n "$ROOT" ] || fail "the sandbox did not print its address"
