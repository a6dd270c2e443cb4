#!/usr/bin/env bash
# Tutor-in-a-browser benchmark (issue 15): a release build of `sgtutor serve` with PARTICIPANTS participants
# (200 by default), every one in a scripted browser session at once (scripts/bench/tutor_bench.py: the page's own
# calls, server-sent events and POSTed lines, typing lessons 2 and 3), against a fresh sandbox given the same
# commands over the plain API in the same run. Prints a Markdown table: median and p99 from a line sent to its
# output received, and the sandbox's memory per session. aiohttp comes from PyPI into a venv under .build/.
# Usage: scripts/bench/tutor-bench.sh   (TUTOR_BENCH_BIN runs another build, a debug one to try the script)
set -euo pipefail
cd "$(dirname "$0")/../.."
SWIFTPM_FLAGS=${SWIFTPM_FLAGS:-}
PARTICIPANTS=${PARTICIPANTS:-200}
VENV=${TUTOR_BENCH_VENV:-.build/tutor-bench-venv}
AIOHTTP_VERSION=3.14.5
if [ -z "${TUTOR_BENCH_BIN:-}" ]; then
  # shellcheck disable=SC2086
  swift build $SWIFTPM_FLAGS -c release --product sgtutor >/dev/null
  # shellcheck disable=SC2086
  swift build $SWIFTPM_FLAGS -c release --product sgtutor-serve >/dev/null
  # shellcheck disable=SC2086
  BIN="$(swift build $SWIFTPM_FLAGS -c release --show-bin-path)/sgtutor"
else
  BIN=$TUTOR_BENCH_BIN
fi
if ! "$VENV/bin/python" -c "import aiohttp" 2>/dev/null; then
  echo "tutor-bench: installing aiohttp==$AIOHTTP_VERSION into $VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "aiohttp==$AIOHTTP_VERSION"
fi
echo "tutor-bench: $PARTICIPANTS participants at once, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
"$VENV/bin/python" scripts/bench/tutor_bench.py --serve-bin "$BIN" --participants "$PARTICIPANTS"
