#!/usr/bin/env bash
# Sandbox benchmark: wrk (32 connections) against a release build of `sgtutor serve` on loopback, in one run:
#   1. in memory (the baseline): GET /v2.1/os-server-groups and POST /v2.1/servers;
#   2. with --state (SQLite): the same, from an empty store;
#   3. with --state after the region was filled to at least 10,000 servers: the boots again (is the cost flat?);
#   4. the restart time of that store (kill -9, then start until it listens).
# Prints a Markdown table of requests/s, p99 and the ratio against the in-memory run.
# Usage: scripts/bench/sandbox-bench.sh   (DURATION=10s by default; needs wrk and curl)
set -euo pipefail
cd "$(dirname "$0")/../.."
SWIFTPM_FLAGS=${SWIFTPM_FLAGS:-}
DURATION=${DURATION:-10s}
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install -y wrk)"; exit 1; }
# shellcheck disable=SC2086
swift build $SWIFTPM_FLAGS -c release --product sgtutor >/dev/null
swift build $SWIFTPM_FLAGS -c release --product sgtutor-serve >/dev/null
# shellcheck disable=SC2086
BIN="$(swift build $SWIFTPM_FLAGS -c release --show-bin-path)/sgtutor"
WORK=$(mktemp -d)
PID=
trap '[ -n "$PID" ] && kill -9 $PID 2>/dev/null; rm -rf "$WORK"' EXIT
printf 'participant-1: bench-password\n' > "$WORK/credentials"

# start [extra serve args...]: starts the sandbox; sets PID, ROOT and STARTED (seconds until it listened).
start() {
  : > "$WORK/log"
  local begin; begin=$(date +%s.%N)
  "$BIN" serve --port 0 --region scripts/bench/region.yaml --credentials "$WORK/credentials" \
    --clouds-dir "$WORK/clouds" --quiet "$@" >"$WORK/log" 2>&1 &
  PID=$!
  for _ in $(seq 1 600); do grep -qs "listening on" "$WORK/log" && break; sleep 0.05; done
  grep -qs "listening on" "$WORK/log" || { echo "bench: the sandbox did not start:"; cat "$WORK/log"; exit 1; }
  STARTED=$(echo "$(date +%s.%N) - $begin" | bc)
  ROOT=$(head -1 "$WORK/log" | sed 's/.*listening on \([^ ]*\).*/\1/')
}
stop() { kill -9 "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; PID=; }

token() {
  curl -s -i -H "Content-Type: application/json" \
    -d '{"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": "participant-1", "domain": {"name": "Default"}, "password": "bench-password"}}}}}' \
    "$ROOT/identity/v3/auth/tokens" | awk -F': ' 'tolower($1)=="x-subject-token"{print $2}' | tr -d '\r'
}

# run NAME URL SCRIPT: one wrk run; prints "requests/s p99-ms non-2xx".
run() {
  wrk -t2 -c32 -d"$DURATION" --latency -s "scripts/bench/$3" "$ROOT$2" >"$WORK/$1.txt"
  local rps p99 errors
  rps=$(awk '/Requests\/sec/{print $2}' "$WORK/$1.txt")
  p99=$(awk '/^p99/{print $2}' "$WORK/$1.txt")
  errors=$(awk '/^p99/{print $5}' "$WORK/$1.txt")
  echo "$rps $p99 $errors"
}

servers() {
  curl -s -H "X-Auth-Token: $SANDBOX_TOKEN" -H "OpenStack-API-Version: compute 2.64" \
    "$ROOT/v2.1/limits" | sed 's/.*"totalInstancesUsed": *\([0-9]*\).*/\1/'
}

setup() {
  SANDBOX_TOKEN=$(token)
  export SANDBOX_TOKEN
  for name in web db cache; do
    curl -s -o /dev/null -H "X-Auth-Token: $SANDBOX_TOKEN" -H "Content-Type: application/json" \
      -H "OpenStack-API-Version: compute 2.64" \
      -d "{\"server_group\": {\"name\": \"$name\", \"policy\": \"soft-anti-affinity\"}}" "$ROOT/v2.1/os-server-groups"
  done
}

start
setup
read -r MEM_READ MEM_READ_P99 MEM_READ_ERR < <(run mem-read /v2.1/os-server-groups read.lua)
read -r MEM_BOOT MEM_BOOT_P99 MEM_BOOT_ERR < <(run mem-boot /v2.1/servers boot.lua)
stop

start --state "$WORK/store.sqlite"
setup
read -r DUR_READ DUR_READ_P99 DUR_READ_ERR < <(run dur-read /v2.1/os-server-groups read.lua)
BEFORE=$(servers)
read -r DUR_BOOT DUR_BOOT_P99 DUR_BOOT_ERR < <(run dur-boot /v2.1/servers boot.lua)
# Fill the region to at least 10,000 servers (1,000 per request), then boot again.
while [ "$(servers)" -lt 10000 ]; do
  curl -s -o /dev/null -H "X-Auth-Token: $SANDBOX_TOKEN" -H "Content-Type: application/json" \
    -H "OpenStack-API-Version: compute 2.64" \
    -d '{"server": {"name": "fill", "flavorRef": "1", "networks": "none", "min_count": 1000, "max_count": 1000}}' \
    "$ROOT/v2.1/servers"
done
FILLED=$(servers)
read -r BIG_BOOT BIG_BOOT_P99 BIG_BOOT_ERR < <(run big-boot /v2.1/servers boot.lua)
TOTAL=$(servers)
SIZE=$(du -k "$WORK/store.sqlite" | cut -f1)
stop
start --state "$WORK/store.sqlite"
RESTART=$STARTED
SANDBOX_TOKEN=$(token)
AFTER=$(servers)
stop
start
MEM_START=$STARTED
stop

ratio() { echo "scale=2; $1 / $2" | bc; }
echo "## sgtutor serve, $(date -u +%Y-%m-%d), $(nproc) cores, wrk -t2 -c32 -d$DURATION, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| request | mode | requests/s | p99 | non-2xx | ÷ in memory |"
echo "| --- | --- | ---: | ---: | ---: | ---: |"
echo "| GET os-server-groups | in memory (baseline) | $MEM_READ | $MEM_READ_P99 ms | $MEM_READ_ERR | 1.00 |"
echo "| GET os-server-groups | --state | $DUR_READ | $DUR_READ_P99 ms | $DUR_READ_ERR | $(ratio "$DUR_READ" "$MEM_READ") |"
echo "| POST servers | in memory (baseline) | $MEM_BOOT | $MEM_BOOT_P99 ms | $MEM_BOOT_ERR | 1.00 |"
echo "| POST servers | --state, region from $BEFORE servers | $DUR_BOOT | $DUR_BOOT_P99 ms | $DUR_BOOT_ERR | $(ratio "$DUR_BOOT" "$MEM_BOOT") |"
echo "| POST servers | --state, region from $FILLED servers | $BIG_BOOT | $BIG_BOOT_P99 ms | $BIG_BOOT_ERR | $(ratio "$BIG_BOOT" "$MEM_BOOT") |"
echo
echo "Restart of the store with $TOTAL servers ($SIZE KiB): ${RESTART} s to listening (a new in-memory sandbox: ${MEM_START} s); $AFTER servers after the restart."
