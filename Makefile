# sgtutor: build, test and run. The only system dependency is libedit-dev (line editing in the shell);
# every target installs it with apt-get when it is missing.
#
#   make run     build and start the tutorial on the simulated cloud (ARGS="shell --seed 7" for the shell alone)
#   make build   build everything
#   make test    build and run every test (what .ci/run does)
#   make bench   scheduler, start-up and sandbox benchmarks, release build (installs wrk, hyperfine if missing),
#                and the requests each typed line sends to a real cloud; make tutor-bench (part of it): 200
#                browser tutor sessions at once against the plain API (aiohttp venv under .build/)
#   make release release binaries sgtutor, sgtutor-cloud and sgtutor-serve, lessons and web pages beside
#                them, in .build-static/sgtutor/ (copy that folder anywhere)
#   make format  format the sources (.swift-format); make lint checks them as CI does
#   make interop the real python-openstackclient against `sgtutor serve` (venv under .build/)
#   make room-e2e the room page in headless Chromium (apt chromium + selenium venv; screenshots .build/room-e2e)
#   make browser-e2e the participants' tutor page in headless Chromium (screenshots .build/browser-e2e)
#   make horizon the video's clicks in real Horizon 27 against `sgtutor serve` (venv and screenshots .build/horizon*)
#
# SWIFTPM_FLAGS adds flags to every swift build/run/test, e.g. SWIFTPM_FLAGS="--scratch-path .build-me".

SWIFT ?= swift
SWIFTPM_FLAGS ?=
ARGS ?=
# apt-get needs root: sudo only when we are not root already.
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: format lint run build test bench tutor-bench bench-tools release release-check libedit interop room-e2e browser-e2e horizon

# sgtutor runs sgtutor-cloud (a real cloud) and sgtutor-serve (serve) from its folder: build them too.
run: libedit
	$(SWIFT) build $(SWIFTPM_FLAGS) --product sgtutor-cloud
	$(SWIFT) build $(SWIFTPM_FLAGS) --product sgtutor-serve
	$(SWIFT) run $(SWIFTPM_FLAGS) sgtutor $(ARGS)

build: libedit
	$(SWIFT) build $(SWIFTPM_FLAGS)

test: libedit
	$(SWIFT) build $(SWIFTPM_FLAGS)
	$(SWIFT) test $(SWIFTPM_FLAGS)

# Every product in the release configuration (what CI checks, so a release-only build error fails it).
release-check: libedit
	$(SWIFT) build $(SWIFTPM_FLAGS) -c release

# Release binaries (Swift runtime and Foundation linked in): sgtutor, sgtutor-cloud (which sgtutor runs for a real
# cloud) and sgtutor-serve (which `sgtutor serve` runs), with lessons/ and the sandbox's web pages
# (sgtutor_SandboxServer.resources/) beside them, gathered in .build-static/sgtutor/: copy that folder anywhere.
release: libedit
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path .build-static --product sgtutor
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path .build-static --product sgtutor-cloud
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path .build-static --product sgtutor-serve
	rm -rf .build-static/release/lessons && cp -R lessons .build-static/release/lessons
	rm -rf .build-static/sgtutor && mkdir -p .build-static/sgtutor
	cp -R .build-static/release/sgtutor .build-static/release/sgtutor-cloud .build-static/release/sgtutor-serve \
	  .build-static/release/lessons .build-static/release/sgtutor_SandboxServer.resources .build-static/sgtutor/

bench: libedit bench-tools
	$(SWIFT) run $(SWIFTPM_FLAGS) -c release sgtutor-bench
	SWIFT="$(SWIFT)" scripts/bench-startup.sh
	SWIFTPM_FLAGS="$(SWIFTPM_FLAGS)" scripts/bench/sandbox-bench.sh
	SWIFT="$(SWIFT)" SWIFTPM_FLAGS="$(SWIFTPM_FLAGS)" scripts/bench/request-counts.sh
	$(MAKE) tutor-bench

# The tutor in a browser: 200 scripted browser sessions at once against the same commands over the plain API.
tutor-bench:
	SWIFTPM_FLAGS="$(SWIFTPM_FLAGS)" scripts/bench/tutor-bench.sh

# wrk (the sandbox's load), hyperfine and GNU time (start-up and memory), bc (ratios), from Debian.
bench-tools:
	@missing=""; \
	for tool in wrk:wrk hyperfine:hyperfine /usr/bin/time:time bc:bc curl:curl; do \
	  command -v $${tool%%:*} >/dev/null 2>&1 || missing="$$missing $${tool##*:}"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing$$missing with apt-get"; \
	  $(SUDO) apt-get update && $(SUDO) apt-get install -y $$missing; \
	fi

interop: libedit
	SWIFT="$(SWIFT)" SWIFTPM_FLAGS="$(SWIFTPM_FLAGS)" scripts/interop.sh

room-e2e: libedit
	SWIFT="$(SWIFT)" SWIFTPM_FLAGS="$(SWIFTPM_FLAGS)" scripts/room-e2e.sh

browser-e2e: libedit
	SWIFT="$(SWIFT)" SWIFTPM_FLAGS="$(SWIFTPM_FLAGS)" scripts/browser-e2e.sh

horizon: libedit
	SWIFT="$(SWIFT)" SWIFTPM_FLAGS="$(SWIFTPM_FLAGS)" scripts/horizon.sh

# The toolchain's formatter with the repository's .swift-format (CI runs lint).
FORMATTED = Sources Tests Benchmarks Package.swift
format:
	$(SWIFT) format format --in-place --recursive --parallel $(FORMATTED)
lint:
	$(SWIFT) format lint --strict --recursive --parallel $(FORMATTED)

# pkg-config is the check; without pkg-config itself, the header is the evidence. libsqlite3-dev is GRDB's
# (the sandbox's --state store).
libedit:
	@missing=""; \
	for pair in libedit:histedit.h:libedit-dev sqlite3:sqlite3.h:libsqlite3-dev; do \
	  pc=$${pair%%:*}; rest=$${pair#*:}; header=$${rest%%:*}; package=$${rest#*:}; \
	  if pkg-config --exists $$pc 2>/dev/null; then :; \
	  elif ! command -v pkg-config >/dev/null 2>&1 && [ -f /usr/include/$$header ]; then :; \
	  else missing="$$missing $$package"; fi; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "missing:$$missing; installing with apt-get"; \
	  $(SUDO) apt-get update && $(SUDO) apt-get install -y $$missing; \
	fi
