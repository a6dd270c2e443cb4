#!/usr/bin/env bash
# Room benchmark: what the instructor's live page costs the sandbox. A release build of `sgtutor serve` with 200
# participants (a region each, unless ROOM_BENCH_SHARED=1), wrk booting servers round-robin as every participant
# (32 connections), twice from a fresh sandbox: without the page, then with the page's event stream open (a
# client that follows /sgtutor/v1/room/events as the page does). Prints a Markdown table with the ratio.
# Usage: scripts/bench/room-bench.sh   (DURATION=10s by default; needs wrk and curl)
set -euo pipefail
cd "$(dirname "$0")/../.."
SWIFTPM_FLAGS=${SWIFTPM_FLAGS:-}
DURATION=${DURATION:-10s}
PARTICIPANTS=${PARTICIPANTS:-200}
LAYOUT=()
[ "${ROOM_BENCH_SHARED:-0}" = 1 ] && LAYOUT=(--shared-hosts)
command -v wrk >/dev/null || { echo "bench: wrk is missing (apt-get install -y wrk)"; exit 1; }
# ROOM_BENCH_BIN runs another build (a debug one, to try the script quickly).
if [ -z "${ROOM_BENCH_BIN:-}" ]; then
  # shellcheck disable=SC2086
  swift build $SWIFTPM_FLAGS -c release --product sgtutor >/dev/null
  swift build $SWIFTPM_FLAGS -c release --product sgtutor-serve >/dev/null
  # shellcheck disable=SC2086
  BIN="$(swift build $SWIFTPM_FLAGS -c release --show-bin-path)/sgtutor"
else
  BIN=$ROOM_BENCH_BIN
fi
WORK=$(mktemp -d)
PID=
FOLLOWER=
trap '[ -n "$FOLLOWER" ] && kill $FOLLOWER 2>/dev/null; [ -n "$PID" ] && kill -9 $PID 2>/dev/null; rm -rf "$WORK"' EXIT
{
  echo "instructor: bench-admin"
  for n in $(seq 1 "$PARTICIPANTS"); do echo "participant-$n: bench-password"; done
} >"$WORK/credentials"

start() {
  : >"$WORK/log"
  "$BIN" serve --port 0 --participants "$PARTICIPANTS" "${LAYOUT[@]}" --region scripts/bench/region.yaml \
    --credentials "$WORK/credentials" --clouds-dir "$WORK/clouds" >"$WORK/log" 2>&1 &
  PID=$!
  for _ in $(seq 1 600); do grep -qs "listening on" "$WORK/log" && break; sleep 0.05; done
  grep -qs "listening on" "$WORK/log" || { echo "bench: the sandbox did not start:"; cat "$WORK/log"; exit 1; }
  ROOT=$(head -1 "$WORK/log" | sed 's/.*listening on \([^ ]*\).*/\1/')
}
stop() { kill -9 "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true; PID=; }

token() {
  curl -s -i -H "Content-Type: application/json" \
    -d "{\"auth\": {\"identity\": {\"methods\": [\"password\"], \"password\": {\"user\": {\"name\": \"$1\", \"domain\": {\"name\": \"Default\"}, \"password\": \"$2\"}}}}}" \
    "$ROOT/identity/v3/auth/tokens" | awk -F': ' 'tolower($1)=="x-subject-token"{print $2}' | tr -d '\r'
}

tokens() {
  : >"$WORK/tokens"
  for n in $(seq 1 "$PARTICIPANTS"); do token "participant-$n" bench-password >>"$WORK/tokens"; done
}

# boots NAME: one wrk run; prints "requests/s p99-ms non-2xx".
boots() {
  ROOM_BENCH_TOKENS="$WORK/tokens" wrk -t2 -c32 -d"$DURATION" --latency -s scripts/bench/room-boot.lua \
    "$ROOT/v2.1/servers" >"$WORK/$1.txt"
  echo "$(awk '/Requests\/sec/{print $2}' "$WORK/$1.txt") $(awk '/^p99/{print $2}' "$WORK/$1.txt") $(awk '/^p99/{print $5}' "$WORK/$1.txt")"
}

start
tokens
read -r BASE BASE_P99 BASE_ERR < <(boots without-page)
stop

start
tokens
ADMIN=$(token instructor bench-admin)
TICKET=$(curl -s -X POST -H "X-Auth-Token: $ADMIN" "$ROOT/sgtutor/v1/room/ticket" | sed 's/.*"ticket": *"\([^"]*\)".*/\1/')
curl -sN "$ROOT/sgtutor/v1/room/events?ticket=$TICKET" >"$WORK/events" &
FOLLOWER=$!
sleep 1
read -r PAGE PAGE_P99 PAGE_ERR < <(boots with-page)
kill $FOLLOWER 2>/dev/null || true
wait $FOLLOWER 2>/dev/null || true
FOLLOWER=
EVENTS=$(grep -c '^event: room' "$WORK/events" || true)
BYTES=$(wc -c <"$WORK/events")
stop

echo "## sgtutor serve room, $(date -u +%Y-%m-%d), $(nproc) cores, $PARTICIPANTS participants${LAYOUT:+ (shared hosts)}, wrk -t2 -c32 -d$DURATION, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| POST servers (round-robin over $PARTICIPANTS participants) | requests/s | p99 | non-2xx | ÷ without the page |"
echo "| --- | ---: | ---: | ---: | ---: |"
echo "| without the page (baseline) | $BASE | $BASE_P99 ms | $BASE_ERR | 1.00 |"
echo "| with the page's event stream open | $PAGE | $PAGE_P99 ms | $PAGE_ERR | $(echo "scale=2; $PAGE / $BASE" | bc) |"
echo
echo "The page received $EVENTS room events ($((BYTES / 1024)) KiB) during the $DURATION run."
