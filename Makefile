# sgtutor: build, test and run. The only system dependency is libedit-dev (line editing in the shell);
# every target installs it with apt-get when it is missing.
#
#   make run     build and start the tutorial on the simulated cloud (ARGS="shell --seed 7" for the shell alone)
#   make build   build everything
#   make test    build and run every test (what .ci/run does)
#   make bench   start-up and scheduler benchmark, release build
#   make release a single-file release binary in .build-static/release/sgtutor
#   make interop the real python-openstackclient against `sgtutor serve` (venv under .build/)
#
# SWIFTPM_FLAGS adds flags to every swift build/run/test, e.g. SWIFTPM_FLAGS="--scratch-path .build-me".

SWIFT ?= swift
SWIFTPM_FLAGS ?=
ARGS ?=
# apt-get needs root: sudo only when we are not root already.
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: run build test bench release libedit interop

run: libedit
	$(SWIFT) run $(SWIFTPM_FLAGS) sgtutor $(ARGS)

build: libedit
	$(SWIFT) build $(SWIFTPM_FLAGS)

test: libedit
	$(SWIFT) build $(SWIFTPM_FLAGS)
	$(SWIFT) test $(SWIFTPM_FLAGS)

# A single-file release binary (Swift runtime and Foundation linked in) at .build-static/release/sgtutor.
release: libedit
	$(SWIFT) build -c release --static-swift-stdlib --scratch-path .build-static --product sgtutor

bench: libedit
	$(SWIFT) run $(SWIFTPM_FLAGS) -c release sgtutor-bench
	SWIFT="$(SWIFT)" scripts/bench-startup.sh

interop: libedit
	SWIFT="$(SWIFT)" SWIFTPM_FLAGS="$(SWIFTPM_FLAGS)" scripts/interop.sh

# pkg-config is the check; without pkg-config itself, the header is the evidence.
libedit:
	@if pkg-config --exists libedit 2>/dev/null; then :; \
	elif ! command -v pkg-config >/dev/null 2>&1 && [ -f /usr/include/histedit.h ]; then :; \
	else \
	  echo "libedit-dev is missing; installing it with apt-get"; \
	  $(SUDO) apt-get update && $(SUDO) apt-get install -y libedit-dev; \
	fi
