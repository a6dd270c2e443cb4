#!/usr/bin/env bash
# make horizon: the video's clicks in real Horizon (the OpenStack dashboard, from PyPI) against `sgtutor serve`.
# Installs Horizon into a venv under the build folder (kept between runs; static files collected and compressed
# once), starts the sandbox (scripts/page-e2e.sh: chromium, chromium-driver, selenium) and Horizon's runserver on
# loopback with local_settings pointing OPENSTACK_KEYSTONE_URL at the sandbox, then scripts/horizon_e2e.py drives
# a headless Chromium through the video as participant-1 and the instructor. Fails on any error message on a
# visited page, any failed request in the browser's console, any error in Horizon's log and any answer of 400 or
# more from the sandbox that the run did not expect. Screenshots and both logs are kept under .build/horizon/.
set -euo pipefail
cd "$(dirname "$0")/.."
NAME=horizon
OUT=${HORIZON_OUT:-.build/horizon}
HORIZON_VENV=${HORIZON_VENV:-.build/horizon-venv}
case $HORIZON_VENV in /*) ;; *) HORIZON_VENV=$PWD/$HORIZON_VENV ;; esac
# Horizon 27.0.0 is the newest on PyPI and needs Python >= 3.11; its open-ended `Django>=4.2` resolves to 5.2 here
# (Django 6 needs Python 3.12). scripts/horizon/constraints.txt pins every package of an install checked to work,
# so a new release of any of them cannot change the run.
HORIZON_VERSION=27.0.0
STATIC_ROOT=$HORIZON_VENV/static

fail() {
  echo "horizon: FAIL: $*" >&2
  exit 1
}

INSTALL_START=$SECONDS
installed() { "$HORIZON_VENV/bin/python" -c "import importlib.metadata as m; print(m.version('$1'))" 2>/dev/null; }
if [ "$(installed horizon)" != "$HORIZON_VERSION" ]; then
  echo "horizon: installing horizon==$HORIZON_VERSION into $HORIZON_VENV (takes a minute or two once)"
  python3 -m venv "$HORIZON_VENV"
  "$HORIZON_VENV/bin/pip" install --quiet -c scripts/horizon/constraints.txt "horizon==$HORIZON_VERSION"
  rm -rf "$STATIC_ROOT"
fi
SITE=$("$HORIZON_VENV/bin/python" -c "import openstack_dashboard, os; print(os.path.dirname(openstack_dashboard.__file__))")
cp scripts/horizon/local_settings.py "$SITE/local/local_settings.py"
export DJANGO_SETTINGS_MODULE=openstack_dashboard.settings HORIZON_STATIC_ROOT=$STATIC_ROOT
HORIZON_SECRET_KEY=$("$HORIZON_VENV/bin/python" -c "import secrets; print(secrets.token_hex(32))")
export HORIZON_SECRET_KEY
if [ ! -f "$STATIC_ROOT/.compressed" ]; then
  echo "horizon: collecting and compressing Horizon's static files into $STATIC_ROOT"
  HORIZON_KEYSTONE_URL=http://127.0.0.1:1/identity/v3 "$HORIZON_VENV/bin/django-admin" collectstatic --noinput \
    >/dev/null
  HORIZON_KEYSTONE_URL=http://127.0.0.1:1/identity/v3 "$HORIZON_VENV/bin/django-admin" compress --force >/dev/null
  touch "$STATIC_ROOT/.compressed"
fi
echo "horizon: Horizon install took $((SECONDS - INSTALL_START)) s"

# shellcheck source=scripts/page-e2e.sh
source scripts/page-e2e.sh
HORIZON_PID=""
stop_horizon() {
  if [ -n "$HORIZON_PID" ] && kill -0 "$HORIZON_PID" 2>/dev/null; then
    kill -TERM "$HORIZON_PID" 2>/dev/null || true
    wait "$HORIZON_PID" 2>/dev/null || true
  fi
  cleanup
}
trap stop_horizon EXIT

PORT=$("$HORIZON_VENV/bin/python" -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])")
HORIZON_KEYSTONE_URL=$ROOT/identity/v3 "$HORIZON_VENV/bin/django-admin" runserver "127.0.0.1:$PORT" --noreload \
  --insecure >"$OUT/horizon.log" 2>&1 &
HORIZON_PID=$!
HORIZON=http://127.0.0.1:$PORT
for _ in $(seq 1 300); do
  curl -fs -o /dev/null "$HORIZON/auth/login/" && break
  kill -0 "$HORIZON_PID" 2>/dev/null || { cat "$OUT/horizon.log"; fail "Horizon did not start"; }
  sleep 0.2
done
curl -fs -o /dev/null "$HORIZON/auth/login/" || fail "Horizon did not answer at $HORIZON"
echo "horizon: Horizon $HORIZON_VERSION at $HORIZON, the sandbox at $ROOT"

"$VENV/bin/python" scripts/horizon_e2e.py --horizon "$HORIZON" --out "$OUT" \
  --participant participant-1=horizon-e2e-one --instructor horizon-e2e-instructor

# Horizon logs every error it shows or swallows ("Recoverable error", "Not Found", tracebacks), and the sandbox
# logs every answer; neither may have any.
# Except Horizon's own 500 on /api/glance/metadefs/namespaces/ for a resource type without namespaces (its thread
# pool of zero workers; see HORIZON_METADEFS_BUG in scripts/horizon_e2e.py), which real Glance gives it too.
if ! python3 scripts/horizon/log_errors.py "$OUT/horizon.log"; then
  fail "Horizon logged the errors above ($OUT/horizon.log)"
fi
echo "ok - Horizon logged no error"
# The serve terminal's request lines: `TIME USER METHOD PATH STATUS MSms REQUEST-ID`.
awk 'NF >= 7 && $(NF - 2) ~ /^[0-9][0-9][0-9]$/ && $(NF - 2) >= 400' "$OUT/serve.log" >"$OUT/sandbox-answers.log"
# Expected: at each login Horizon (openstack_auth) first asks for a token scoped to the Default domain, where a
# participant or the instructor has no role, and Keystone answers 401 ("Attempted scope to domain Default failed"
# in Horizon's log); it then scopes to the project. Exactly one such 401 per such line is let through.
DOMAIN_TRIES=$(grep -c "Attempted scope to domain Default failed" "$OUT/horizon.log" || true)
DOMAIN_401=$(grep -c ' POST /identity/v3/auth/tokens 401 ' "$OUT/sandbox-answers.log" || true)
if [ "$DOMAIN_401" = "$DOMAIN_TRIES" ]; then
  grep -v ' POST /identity/v3/auth/tokens 401 ' "$OUT/sandbox-answers.log" >"$OUT/sandbox-errors.log" || true
else
  cp "$OUT/sandbox-answers.log" "$OUT/sandbox-errors.log"
fi
if [ -s "$OUT/sandbox-errors.log" ]; then
  cat "$OUT/sandbox-errors.log" >&2
  fail "the sandbox answered the requests above with an error"
fi
echo "ok - the sandbox answered every request of Horizon's without an error ($(grep -c ' req-' "$OUT/serve.log") requests)"
