#!/usr/bin/env bash
# Start-up and scripted-session cost of sgtutor, side by side with python-openstackclient's
# `openstack --version` in the same run (the named baseline), plus peak memory.
# Usage: scripts/bench-startup.sh   (from the repository root; needs hyperfine and GNU time from Debian)
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
VENV=${VENV:-.build/interop-venv}

for tool in hyperfine /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench: $tool is missing (apt-get install -y hyperfine time)"; exit 1; }
done
if [ ! -x "$VENV/bin/openstack" ]; then
  echo "bench: installing python-openstackclient 10.5.0 into $VENV (once)"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q python-openstackclient==10.5.0
fi

# The release binary links the Swift runtime and Foundation statically (one file to hand to a workshop, and
# ten-odd MiB less resident memory than loading them as shared libraries).
SCRATCH=${SCRATCH:-.build-static}
$SWIFT build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --product sgtutor >/dev/null
BIN=$($SWIFT build -c release --static-swift-stdlib --scratch-path "$SCRATCH" --show-bin-path)/sgtutor
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
# The memory baseline: Swift's runtime and Foundation, linked statically the same way, doing next to nothing.
swiftc -O -static-stdlib scripts/bench/foundation-floor.swift -o "$WORK/foundation-floor" 2>/dev/null
export HOME="$WORK" XDG_STATE_HOME="$WORK/state" NO_COLOR=1

: > "$WORK/empty.txt"
cat > "$WORK/twenty.txt" <<'SCRIPT'
flavor list
image list
network list
server group create --policy anti-affinity "DB Cluster"
server group list
server group show "DB Cluster"
server create --flavor m1.tiny --image cirros --network private --server-group "DB Cluster" db-1
server create --flavor m1.tiny --image cirros --network private --server-group "DB Cluster" db-2
server create --flavor m1.tiny --image cirros --network private --server-group "DB Cluster" db-3
server list
server show db-1
hosts
why db-3
explain anti-affinity
host fail compute-1
hosts
server group create --policy soft-anti-affinity spread
server group list --long
server delete db-1
server group delete spread
SCRIPT

echo "## sgtutor start-up benchmark ($(date -u +%Y-%m-%d), $(nproc) cores)"
hyperfine --warmup 3 --runs 20 --export-markdown "$WORK/table.md" \
  -n "openstack --version (baseline)" "$VENV/bin/openstack --version" \
  -n "sgtutor run (empty script: exec to first read, and exit)" "$BIN run $WORK/empty.txt" \
  -n "sgtutor shell, no terminal (exec to first read, and exit)" "$BIN shell < /dev/null" \
  -n "sgtutor run, 20-command session" "$BIN run $WORK/twenty.txt" >/dev/null
cat "$WORK/table.md"
echo
echo "| command | peak memory (MiB) |"
echo "|---|---:|"
peak() { /usr/bin/time -f %M "$@" >/dev/null 2>"$WORK/time.txt" || true; awk "END { printf \"%.1f\", \$1 / 1024 }" "$WORK/time.txt"; }
echo "| Swift + Foundation, static, reading stdin (baseline) | $(peak "$WORK/foundation-floor" < /dev/null) |"
echo "| openstack --version | $(peak "$VENV/bin/openstack" --version) |"
echo "| sgtutor run (empty) | $(peak "$BIN" run "$WORK/empty.txt") |"
echo "| sgtutor shell, no terminal | $(peak "$BIN" shell < /dev/null) |"
echo "| sgtutor run, 20 commands | $(peak "$BIN" run "$WORK/twenty.txt") |"
