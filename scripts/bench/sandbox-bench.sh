#!/usr/bin/env bash
# Sandbox benchmark: wrk with 32 connections against GET /v2.1/os-server-groups and POST /v2.1/servers
# on a release build of `sgtutor serve` (loopback only). Usage: scripts/bench/sandbox-bench.sh [--state]
set -euo pipefail
cd "$(dirname "$0")/../.."
SWIFTPM_FLAGS=${SWIFTPM_FLAGS:-}
DURATION=${DURATION:-10s}
# shellcheck disable=SC2086
swift build $SWIFTPM_FLAGS -c release --product sgtutor >/dev/null
# shellcheck disable=SC2086
BIN="$(swift build $SWIFTPM_FLAGS -c release --show-bin-path)/sgtutor"
WORK=$(mktemp -d)
EXTRA=()
if [ "${1:-}" = "--state" ]; then EXTRA=(--state "$WORK/state.json"); fi
"$BIN" serve --port 0 --region scripts/bench/region.yaml --clouds-dir "$WORK/clouds" --quiet "${EXTRA[@]}" >"$WORK/log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do grep -qs "listening on" "$WORK/log" && break; sleep 0.1; done
ROOT=$(head -1 "$WORK/log" | sed 's/.*listening on \([^ ]*\).*/\1/')
PASSWORD=$(awk '/^  participant-1:/{f=1} f && /password:/{gsub(/"/,"",$2); print $2; exit}' "$WORK/clouds/participant-1.yaml")
TOKEN=$(curl -s -i -H "Content-Type: application/json" -d "{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": {\"user\": {\"name\": \"participant-1\", \"domain\": {\"name\": \"Default\"}, \"password\": \"$PASSWORD\"}}}}}" "$ROOT/identity/v3/auth/tokens" | awk -F': ' 'tolower($1)=="x-subject-token"{print $2}' | tr -d '\r')
for name in web db cache; do
  curl -s -o /dev/null -H "X-Auth-Token: $TOKEN" -H "Content-Type: application/json" -H "OpenStack-API-Version: compute 2.64" \
    -d "{\"server_group\": {\"name\": \"$name\", \"policy\": \"soft-anti-affinity\"}}" "$ROOT/v2.1/os-server-groups"
done
export SANDBOX_TOKEN=$TOKEN
echo "== GET /v2.1/os-server-groups (32 connections, $DURATION) ${EXTRA[*]:-}"
wrk -t2 -c32 -d"$DURATION" --latency -s scripts/bench/read.lua "$ROOT/v2.1/os-server-groups" | grep -E "requests in|Requests/sec|p99|99%"
echo "== POST /v2.1/servers (32 connections, $DURATION) ${EXTRA[*]:-}"
wrk -t2 -c32 -d"$DURATION" --latency -s scripts/bench/boot.lua "$ROOT/v2.1/servers" | grep -E "requests in|Requests/sec|p99|99%"
if [ ${#EXTRA[@]} -gt 0 ]; then
  # With --state every boot's answer waits for the whole state to be rewritten: its size says how much.
  echo "state file after the boots: $(stat -c %s "$WORK/state.json") bytes"
fi
