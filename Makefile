# Stancemap: build, serve and test. Every target first installs whatever it lacks, and skips what is there.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
TWIGGY_VERSION := 0.8.0
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock, or Trunk will not use it.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"$$/\1/p;}' Cargo.lock)
WASM_TARGET := wasm32-unknown-unknown
# Trunk and wasm-bindgen-cli are compiled for a fresh machine's install time, not their own speed:
# no fat LTO, parallel codegen, and without their TLS stacks (Trunk.toml sets offline = true, and the
# test runner only talks to a local WebDriver). Trunk at opt-level 0 builds the same dist/ as
# Trunk's own profile, as fast (its work is a few ms beside cargo's); wasm-bindgen runs at
# opt-level 1, which the wasm test binary needs (measurements in bench/NOTES.md).
TOOL_PROFILE := CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
	CARGO_PROFILE_RELEASE_DEBUG=false

# Tools land in $CARGO_INSTALL_ROOT/bin (or ~/.cargo/bin) and node_modules/.bin; both go on PATH.
CARGO_BIN := $(or $(CARGO_INSTALL_ROOT),$(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export WASM_BINDGEN_TEST_WEBDRIVER_JSON := $(CURDIR)/tests/webdriver.json
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: help serve build test tools tools-test tools-rust tools-node tools-browser tools-twiggy \
	check-format lint check-js test-native test-wasm test-e2e screenshots bench clean

help:
	@echo "make serve   install what is missing, build, serve on http://127.0.0.1:8080"
	@echo "make build   release build into dist/ (wasm-opt -Oz)"
	@echo "make test    install what is missing, then format, lint, native, wasm and end-to-end tests"
	@echo "make screenshots  refresh the README screenshots from the release build"
	@echo "make bench   size, load and interaction measurements side by side; writes bench/results.md"

serve: tools
	trunk serve

build: tools
	trunk build --release

test: tools-test check-format lint check-js test-native test-wasm test-e2e

# On a fresh machine the browsers (apt: mostly network and disk) install while Trunk and
# wasm-bindgen compile (CPU), instead of after them.
tools-test:
	@$(MAKE) --no-print-directory -j2 --output-sync=line tools tools-browser

check-format:
	cargo fmt --all -- --check

# The core stays pure: no web API crate among its dependencies.
lint:
	@! cargo tree --package stancemap-core --edges normal --prefix none \
		| grep -E '^(web-sys|js-sys|wasm-bindgen|leptos|gloo)' \
		|| { echo "stancemap-core depends on a web API crate (above)"; exit 1; }
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --target $(WASM_TARGET) --lib --bins --test web -- -D warnings
	cargo clippy --target $(WASM_TARGET) --package stancemap-studio --lib --bins --test web -- -D warnings

# The JavaScript the build writes into pages and files (crates/build/js/), checked as modules.
check-js:
	@for f in crates/build/js/*.js; do node --input-type=module --check < "$$f" || { echo "in $$f"; exit 1; }; done

test-native:
	cargo test --workspace

test-wasm: tools tools-browser
	cargo test --target $(WASM_TARGET) --test web
	cargo test --target $(WASM_TARGET) --package stancemap-studio --test web

# check.test.mjs runs the stancemap command beside the reader; pages.test.mjs checks the absolute
# addresses a site URL gives the pages, the sitemap, the feed and oEmbed (their host need not exist);
# provenance.test.mjs opens articles from the one other source tests/e2e/sources.txt trusts.
test-e2e: tools tools-browser
	STANCEMAP_SITE_URL=https://reader.example/news/ STANCEMAP_SOURCES=tests/e2e/sources.txt trunk build --release
	cargo build --package stancemap-cli
	node --test --test-timeout=120000 --test-reporter=spec tests/e2e/*.test.mjs

screenshots: build tools-browser
	node tests/e2e/screenshots.mjs

# Not part of `make test`: measurements, not pass/fail. RUNS=… and HOVERS=… change the sample sizes.
# It includes the suggestions' quality (the core's suggest_quality example).
bench: build tools-browser tools-twiggy
	cargo bench --package stancemap-core --bench linker -- --warm-up-time 1 --measurement-time 3
	node bench/bench.mjs

# Only `make bench` uses it (where the wasm's bytes go).
tools-twiggy:
	@[[ "$$(twiggy --version 2>/dev/null)" == "twiggy-opt $(TWIGGY_VERSION)" ]] \
		|| cargo install --locked twiggy@$(TWIGGY_VERSION)

# --- installs: each checks first and does nothing when the tool is already there -------------

tools: tools-rust tools-node

tools-rust:
	@rustup target list --installed | grep -qx '$(WASM_TARGET)' \
		|| rustup target add $(WASM_TARGET)
	@[[ "$$(trunk --version 2>/dev/null)" == "trunk $(TRUNK_VERSION)" ]] \
		|| env $(TOOL_PROFILE) CARGO_PROFILE_RELEASE_OPT_LEVEL=0 \
			cargo install --locked --no-default-features trunk@$(TRUNK_VERSION)
	@# Not --locked: a locked dependency of wasm-bindgen-cli is missing from the registry mirror.
	@[[ "$$(wasm-bindgen --version 2>/dev/null)" == "wasm-bindgen $(WASM_BINDGEN_VERSION)" ]] \
		|| env $(TOOL_PROFILE) CARGO_PROFILE_RELEASE_OPT_LEVEL=1 \
			cargo install --no-default-features wasm-bindgen-cli@$(WASM_BINDGEN_VERSION)

tools-node: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# Chromium for every test level; Firefox ESR and WebKitGTK (Safari's engine, in a virtual X
# display) for the end-to-end checks in other engines. WebKit without its recommends, which
# would add a hundred packages the driver does not use.
tools-browser:
	@[[ -x /usr/bin/chromium && -x /usr/bin/chromedriver && -x /usr/bin/firefox-esr \
		&& -x /usr/bin/WebKitWebDriver && -x /usr/bin/xvfb-run && -x /usr/bin/xauth ]] \
		|| { $(SUDO) apt-get update && $(SUDO) env DEBIAN_FRONTEND=noninteractive \
			apt-get install -y chromium chromium-driver firefox-esr \
		&& $(SUDO) env DEBIAN_FRONTEND=noninteractive \
			apt-get install -y --no-install-recommends webkit2gtk-driver xvfb xauth; }

clean:
	cargo clean
	rm -rf dist test-results
