#!/usr/bin/env bash
# make interop: drives `sgtutor serve` with the real python-openstackclient 10.5.0 and checks every answer, then
# runs docs/ansible/db-cluster.yml with Ansible's openstack.cloud collection (every task asserts its result).
# Installs the client into a venv under the build folder (kept between runs), starts the sandbox on a free
# loopback port with two participants and a state file, runs the workshop session, kills the sandbox with
# SIGKILL, restarts it from the state file and checks nothing was lost. Exits non-zero on the first mismatch;
# the sandbox is always stopped.
set -euo pipefail
cd "$(dirname "$0")/.."

SWIFT=${SWIFT:-swift}
SWIFTPM_FLAGS=${SWIFTPM_FLAGS:-}
VENV=${INTEROP_VENV:-.build/interop-venv}
OSC_VERSION=10.5.0
# Ansible 12.3.0 bundles openstack.cloud 2.5.0, which needs openstacksdk >= 1.0 and reads `openstack.version`,
# which `import openstack` stopped loading in later 4.x releases ("module 'openstack' has no attribute 'version'"
# with the 4.22.0 that python-openstackclient 10.5.0 needs). So Ansible has a venv of its own with openstacksdk
# 4.5.0, the last one checked to load it.
ANSIBLE_VENV=${INTEROP_ANSIBLE_VENV:-.build/ansible-venv}
# Absolute: Ansible runs its modules with this interpreter from a directory of its own.
case $ANSIBLE_VENV in /*) ;; *) ANSIBLE_VENV=$PWD/$ANSIBLE_VENV ;; esac
ANSIBLE_VERSION=12.3.0
ANSIBLE_SDK_VERSION=4.5.0

INSTALL_START=$SECONDS
if [ ! -x "$VENV/bin/openstack" ] || ! "$VENV/bin/openstack" --version 2>&1 | grep -q "$OSC_VERSION"; then
  echo "interop: installing python-openstackclient==$OSC_VERSION into $VENV (takes a few minutes once)"
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "python-openstackclient==$OSC_VERSION"
fi
installed() { "$ANSIBLE_VENV/bin/python" -c "import importlib.metadata as m; print(m.version('$1'))" 2>/dev/null; }
if [ "$(installed ansible)" != "$ANSIBLE_VERSION" ] || [ "$(installed openstacksdk)" != "$ANSIBLE_SDK_VERSION" ]; then
  echo "interop: installing ansible==$ANSIBLE_VERSION with openstacksdk==$ANSIBLE_SDK_VERSION into $ANSIBLE_VENV"
  python3 -m venv "$ANSIBLE_VENV"
  "$ANSIBLE_VENV/bin/pip" install --quiet "ansible==$ANSIBLE_VERSION" "openstacksdk==$ANSIBLE_SDK_VERSION"
fi
echo "interop: client install took $((SECONDS - INSTALL_START)) s"

# shellcheck disable=SC2086
$SWIFT build $SWIFTPM_FLAGS --product sgtutor
$SWIFT build $SWIFTPM_FLAGS --product sgtutor-serve
# shellcheck disable=SC2086
BIN="$($SWIFT build $SWIFTPM_FLAGS --show-bin-path)/sgtutor"

WORK=$(mktemp -d)
SERVER_PID=""
stop_server() {
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill -TERM "$SERVER_PID" 2>/dev/null || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
  SERVER_PID=""
}
cleanup() {
  stop_server
  rm -rf "$WORK"
}
trap cleanup EXIT

start_server() {
  : >"$WORK/serve.log"
  "$BIN" serve --port 0 --participants 2 --state "$WORK/state.json" --clouds-dir "$WORK/clouds" \
    >"$WORK/serve.log" 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 100); do
    if grep -q "listening on" "$WORK/serve.log"; then break; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then
      cat "$WORK/serve.log"
      fail "the sandbox did not start"
    fi
    sleep 0.1
  done
  grep -q "listening on" "$WORK/serve.log" || fail "the sandbox did not print its endpoints"
  head -1 "$WORK/serve.log"
}

PASSED=0
fail() {
  echo "interop: FAIL: $*" >&2
  exit 1
}
# clouds_file CLOUD : the clouds.yaml holding CLOUD; serve writes one per person (participant-1.yaml has
# participant-1, participant-1-reader and participant-1-appcred).
clouds_file() {
  local owner=${1%-reader}
  echo "$WORK/clouds/${owner%-appcred}.yaml"
}
# osc CLOUD ARGS... : runs the openstack CLI for a clouds.yaml entry, output in $OUT, status in $STATUS.
osc() {
  local cloud=$1
  shift
  set +e
  OUT=$(OS_CLIENT_CONFIG_FILE="$(clouds_file "$cloud")" "$VENV/bin/openstack" --os-cloud "$cloud" "$@" 2>&1)
  STATUS=$?
  set -e
}
# expect DESCRIPTION PATTERN : the last output matches the extended regular expression.
expect() {
  if [ "$STATUS" -ne 0 ] || ! grep -Eq -- "$2" <<<"$OUT"; then
    printf '%s\n' "$OUT" >&2
    fail "$1 (exit $STATUS, wanted /$2/)"
  fi
  PASSED=$((PASSED + 1))
  echo "ok - $1"
}
# expect_error DESCRIPTION PATTERN : the last command failed and said so.
expect_error() {
  if [ "$STATUS" -eq 0 ] || ! grep -Eq -- "$2" <<<"$OUT"; then
    printf '%s\n' "$OUT" >&2
    fail "$1 (exit $STATUS, wanted failure /$2/)"
  fi
  PASSED=$((PASSED + 1))
  echo "ok - $1"
}
field() { "$VENV/bin/python" -c "import json,sys; print(json.load(sys.stdin)['$1'])" <<<"$OUT"; }

start_server
P=participant-1
[ "$(stat -c %a "$WORK/clouds/$P.yaml")" = 600 ] || fail "$P.yaml is not owner-only (0600)"
! grep -Eq "instructor|participant-2" "$WORK/clouds/$P.yaml" || fail "$P.yaml holds another person's entry"
! grep -Eqi "password|secret" "$WORK/serve.log" || fail "the serve terminal printed a password or secret"
echo "ok - one clouds.yaml per person, mode 0600, and no secret on the terminal"

osc $P server group create --policy anti-affinity "DB Cluster" -f json
expect "server group create answers with the anti-affinity group" '"policy": "anti-affinity"'
GROUP=$(field id)
osc $P server group list -f value
expect "server group list shows it" "^$GROUP DB Cluster anti-affinity$"
osc $P server group show "DB Cluster" -f json
expect "server group show by name" "\"id\": \"$GROUP\""

osc $P server create --flavor m1.tiny --image cirros --network private --hint group="$GROUP" --wait db-1 -f json
expect "server create --hint group= --wait ends ACTIVE" '"status": "ACTIVE"'
expect "the server is in the group (2.71 server_groups)" "$GROUP"
DB1=$(field id)
osc $P server create --flavor m1.tiny --image cirros --network private --hint group="$GROUP" --wait db-2 -f json
expect "a second member boots" '"status": "ACTIVE"'
DB2=$(field id)

osc $P server list -f value -c Name -c Status -c Image -c Flavor
expect "server list shows both, with image and flavor names" "^db-1 ACTIVE cirros m1.tiny$"
osc $P server show db-1 -f json
expect "server show for a member has a hostId" '"hostId": "[0-9a-f]{56}"'
expect "and no host name" '"OS-EXT-SRV-ATTR:host": null'
osc $P server group show "$GROUP" -f value -c members
expect "the group lists both members" "$DB1|$DB2"
osc $P server show "$DB1" -f value -c server_groups
expect "server show by ID lists the member's group (2.71 server_groups)" "^\['$GROUP'\]$"
# By name, openstackclient finds the server through /servers/detail, which has no server_groups in Nova
# either: a real Nova 34 with this client prints None there too.
osc $P server show db-1 -f value -c server_groups
expect "server show by name has no server_groups, as against a real Nova" "^None$"

osc $P flavor list -f value -c Name
expect "flavor list" "^m1.tiny$"
osc $P flavor list --long -f value -c Name -c Swap -c Properties
expect "flavor list --long (os-extra_specs of every flavor)" "^m1.large 0 \{\}$"
osc $P flavor show m1.tiny -f value -c name -c vcpus -c properties
expect "flavor show by name with its extra specs" "^m1.tiny$"
expect "flavor show has no properties" "^\{\}$"
osc $P image list -f value -c Name
expect "image list" "^cirros$"
osc $P network list -f value -c Name
expect "network list" "^private$"

osc instructor hypervisor list -f value -c "Hypervisor Hostname" -c State
expect "hypervisor list as admin" "^compute-4 up$"
osc instructor hypervisor show compute-3 -f value -c hypervisor_hostname -c service_host -c aggregates -c uptime
expect "hypervisor show by name as admin (show, aggregates, uptime)" "^compute-3$"
expect "hypervisor show has the sandbox's uptime" "^[0-9]+ min$|^ ?[0-9]+:[0-9]{2}$|day"
HYPERVISOR=$(OS_CLIENT_CONFIG_FILE="$WORK/clouds/instructor.yaml" "$VENV/bin/openstack" --os-cloud instructor hypervisor list \
  -f value -c ID -c "Hypervisor Hostname" | awk '$2 == "compute-1" {print $1}')
osc instructor hypervisor show "$HYPERVISOR" -f value -c hypervisor_hostname
expect "hypervisor show by ID as admin" "^compute-1$"
osc $P hypervisor show compute-1
expect_error "a member may not look hypervisors up" "ForbiddenException: 403.*os_compute_api:os-hypervisors:list"
osc instructor server show "$DB1" -f value -c OS-EXT-SRV-ATTR:host
expect "server show as admin has the host" "^compute-[1-4]$"
HOST1=$OUT
osc instructor server show "$DB2" -f value -c OS-EXT-SRV-ATTR:host
expect "the second member's host" "^compute-[1-4]$"
HOST2=$OUT
[ "$HOST1" != "$OUT" ] || fail "anti-affinity members share $HOST1"
echo "ok - anti-affinity placed the members on $HOST1 and $OUT"
osc instructor server list --all-projects -f value -c Name
expect "admin lists every project's servers" "^db-1$"

osc participant-2 server group list -f value
expect "another participant sees no groups" "^$"
osc participant-2 server group show "$GROUP"
expect_error "another participant's group is not found" "No ServerGroup found"
osc participant-2 server show "$DB1"
expect_error "another participant's server is not found" "No Server found"
osc instructor project list -f value -c Name
expect "the instructor lists every project (Keystone GET /v3/projects)" "^participant-2$"
osc instructor project show participant-2 -f value -c name
expect "and shows one by name" "^participant-2$"
osc $P project list -f value -c Name
expect "a participant's project list falls back to its own (GET /v3/users/{id}/projects)" "^$P$"
osc $P project show $P
expect_error "a participant may not list projects by name" "403.*identity:list_projects"
osc instructor domain list -f value -c Name
expect "the instructor lists the domains" "^Default$"
osc $P domain show default -f value -c name
expect "a participant reads its own domain" "^Default$"
osc $P token issue -f value -c id
expect "a participant's token" "^gAAAAA"
THEIRS=$OUT
osc participant-2 token revoke "$THEIRS"
expect_error "another participant may not revoke it" "identity:revoke_token. \(HTTP 403\) \(Request-ID: req-"
osc instructor token revoke "$THEIRS"
expect "the instructor may" ""
osc participant-1-reader server group list -f value
expect "the reader sees the project's groups" "DB Cluster"
osc participant-1-reader server group create --policy affinity web
expect_error "the reader may not create" "ForbiddenException: 403.*Policy doesn't allow os_compute_api:os-server-groups:create to be performed."
osc participant-1-appcred server group list -f value
expect "an application credential authenticates" "DB Cluster"
osc $P server create --flavor m1.tiny --image cirros --network private --hint group=not-a-uuid bad
expect_error "a group hint that is not a UUID is refused" "BadRequestException: 400.*Invalid input for field/attribute group"

osc instructor compute service set --disable compute-2 nova-compute
expect "the instructor disables compute-2" ""
osc instructor compute service list --service nova-compute -f value -c Host -c Status
expect "compute-2 is disabled" "^compute-2 disabled$"
# Three members of a new anti-affinity group need three hosts: with compute-2 disabled they take the
# other three, and a fourth finds no valid host (without the disable it would land on compute-2).
osc $P server group create --policy anti-affinity spread -f value -c id
expect "a group for the boots that avoid compute-2" "^[0-9a-f-]{36}$"
SPREAD=$OUT
SPREAD_HOSTS=""
for name in spread-1 spread-2 spread-3; do
  osc $P server create --flavor m1.tiny --image cirros --network private --hint group="$SPREAD" --wait "$name" \
    -f value -c id
  expect "$name boots while compute-2 is disabled" "^[0-9a-f-]{36}$"
  osc instructor server show "$OUT" -f value -c OS-EXT-SRV-ATTR:host
  expect "$name avoids compute-2" "^compute-[134]$"
  SPREAD_HOSTS="$SPREAD_HOSTS $OUT"
done
[ "$(tr ' ' '\n' <<<"$SPREAD_HOSTS" | sed '/^$/d' | sort -u | wc -l)" -eq 3 ] || fail "spread members share a host:$SPREAD_HOSTS"
echo "ok - the three members took$SPREAD_HOSTS"
osc $P server create --flavor m1.tiny --image cirros --network private --hint group="$SPREAD" --wait spread-4
expect_error "a fourth member finds no valid host while compute-2 is disabled" "Error creating server: spread-4"
osc $P server show spread-4 -f value -c fault
expect "its fault is No valid host" "No valid host was found"
osc instructor compute service set --enable compute-2 nova-compute
expect "and enables it again" ""

# Evacuation as python-openstackclient does it: one server, by an admin, once its host is down.
osc instructor server evacuate "$DB1"
expect_error "evacuate is refused while db-1's host is up" "BadRequestException: 400.*Compute service of $HOST1 is still in use"
osc instructor compute service set --down "$HOST1" nova-compute
expect "the instructor forces db-1's host down" ""
osc $P server evacuate db-1
expect_error "a participant may not evacuate" "ForbiddenException: 403.*os_compute_api:os-evacuate"
# Without --wait: openstackclient 10.5 waits for status 'ACTIVE' while osc_lib's wait_for_status compares the
# lower-cased status, so `server evacuate --wait` never returns, against any cloud.
osc instructor server evacuate "$DB1" -f value -c status -c OS-EXT-SRV-ATTR:host
expect "server evacuate answers with the server" "^(ACTIVE|REBUILD)$"
osc instructor server show "$DB1" -f value -c status -c OS-EXT-SRV-ATTR:host
expect "the evacuated server is ACTIVE" "^ACTIVE$"
EVACUATED=$(grep -E "^compute-" <<<"$OUT")
[ "$EVACUATED" != "$HOST1" ] && [ "$EVACUATED" != "$HOST2" ] ||
  fail "db-1 was evacuated to $EVACUATED (its old host $HOST1, db-2 on $HOST2)"
echo "ok - db-1 moved from $HOST1 to $EVACUATED, not onto db-2's $HOST2 (anti-affinity)"
osc instructor compute service set --up "$HOST1" nova-compute
expect "and brings the host up again" ""

echo "interop: kill -9 and restart from the state file"
kill -KILL "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=""
start_server
osc $P server group list -f value
expect "the group survived the restart" "^$GROUP DB Cluster anti-affinity$"
osc $P server list -f value -c ID
expect "the servers survived the restart" "$DB2"

osc $P server delete --wait db-1 db-2 spread-1 spread-2 spread-3 spread-4
expect "server delete" ""
osc $P server list -f value
expect "no servers left" "^$"
osc $P server group delete "DB Cluster" spread
expect "server group delete" ""
osc $P server group list -f value
expect "no groups left" "^$"

echo "interop: the Ansible playbook docs/ansible/db-cluster.yml (openstack.cloud)"
# One clouds.yaml with the participant's and the instructor's entries, as someone who automates would keep it.
"$ANSIBLE_VENV/bin/python" - "$WORK/clouds/$P.yaml" "$WORK/clouds/instructor.yaml" >"$WORK/ansible-clouds.yaml" <<'PY'
import sys, yaml
clouds = {}
for path in sys.argv[1:]:
    with open(path) as f:
        clouds.update(yaml.safe_load(f)["clouds"])
print(yaml.safe_dump({"clouds": clouds}))
PY
PLAY_START=$SECONDS
set +e
OS_CLIENT_CONFIG_FILE="$WORK/ansible-clouds.yaml" ANSIBLE_LOCALHOST_WARNING=false ANSIBLE_INVENTORY_UNPARSED_WARNING=false \
  ANSIBLE_PYTHON_INTERPRETER="$ANSIBLE_VENV/bin/python" "$ANSIBLE_VENV/bin/ansible-playbook" -i localhost, docs/ansible/db-cluster.yml \
  -e member_cloud=$P -e admin_cloud=instructor >"$WORK/ansible.log" 2>&1
STATUS=$?
set -e
if [ "$STATUS" -ne 0 ] || ! grep -Eq "localhost +: ok=[0-9]+ +changed=[0-9]+ +unreachable=0 +failed=0" "$WORK/ansible.log"; then
  cat "$WORK/ansible.log" >&2
  fail "the Ansible playbook failed (exit $STATUS)"
fi
PASSED=$((PASSED + $(grep -c "^TASK " "$WORK/ansible.log")))
echo "ok - the Ansible playbook: $(grep -Eo "ok=[0-9]+ +changed=[0-9]+" "$WORK/ansible.log" | tail -1), every assert held ($((SECONDS - PLAY_START)) s)"

grep -Eq " participant-1 DELETE /v2.1/os-server-groups/[0-9a-f-]+ 204 [0-9.]+ms req-[0-9a-f-]{36}$" "$WORK/serve.log" ||
  fail "the request log has no line for the group delete"
PASSWORD=$(awk '/password:/{gsub(/"/, "", $2); print $2; exit}' "$WORK/clouds/$P.yaml")
[ -n "$PASSWORD" ] && ! grep -qF "$PASSWORD" "$WORK/serve.log" || fail "the serve terminal printed a password"
echo "ok - the request log names the user of each request and holds no password"
stop_server
echo "interop: $PASSED passed, 0 failed"
