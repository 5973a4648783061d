# Assent: the one entry point. CI runs `make test` (via .ci/run), exactly as the README says.
SHELL := /bin/bash
export PATH := $(CURDIR)/.bin:$(PATH)
GO ?= go
ADDR ?= 127.0.0.1:8080

.PHONY: all build widget cli worker worker-assets run test test-go test-wasm test-worker test-e2e install size clean generate

all: build

## build: the widget into dist/ (loader, wasm, wasm_exec) and the CLI into bin/assent
build: widget cli

widget:
	$(GO) run ./wasm/build -out dist

cli:
	$(GO) build -o bin/assent ./cmd/assent

## worker: the Cloudflare Worker into cmd/worker/build (workers-assets-gen -mode=go + Go wasm), then its assets
worker:
	cd cmd/worker && $(GO) run github.com/syumai/workers/cmd/workers-assets-gen -mode=go -o build
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o cmd/worker/build/app.wasm ./cmd/worker
	$(MAKE) -s worker-assets

## worker-assets: cmd/worker/build/assets, what Workers Static Assets serves: the built widget (dist/, without the
## .br/.gz copies: Cloudflare compresses), the site owner's pages (WORKER_PAGES: console, proof verifier, config
## builder with its preview frame and starting config), cmd/worker/_headers, and a site loader /v1/sites/SITE/assent.js for each
## config in ASSENT_LOADER_CONFIGS (space separated assent.json paths; the verifier key from ASSENT_VERIFIER_KEY)
WORKER_PAGES = console.html verify.html builder.html builder-frame.html demo.css assent.json
worker-assets: cli
	rm -rf cmd/worker/build/assets && mkdir -p cmd/worker/build/assets
	test -f dist/assent.js || { echo "worker-assets: dist/ has no widget: run make widget first" >&2; exit 1; }
	cd dist && find . -type f ! -name '*.br' ! -name '*.gz' -exec sh -c 'mkdir -p "../cmd/worker/build/assets/$$(dirname "$$1")" && cp "$$1" "../cmd/worker/build/assets/$$1"' sh {} \;
	cp cmd/worker/_headers cmd/worker/build/assets/_headers
	cp $(addprefix site/,$(WORKER_PAGES)) cmd/worker/build/assets/
	for c in $(ASSENT_LOADER_CONFIGS); do \
	  site=$$(node -p 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).site' "$$c") || exit 1; \
	  mkdir -p "cmd/worker/build/assets/v1/sites/$$site" && \
	  ./bin/assent loader --config "$$c" --dist dist --verifier-key "$(ASSENT_VERIFIER_KEY)" \
	    --out "cmd/worker/build/assets/v1/sites/$$site/assent.js" || exit 1; \
	  echo "worker-assets: /v1/sites/$$site/assent.js from $$c"; \
	done

## run: build, then serve the demo site, the widget and the endpoint on embedded SQLite
run: build
	./bin/assent serve --addr $(ADDR)

## install: what the tests need (Chromium, Go tools in .bin/, npm packages), idempotently
install:
	scripts/install

## test: every test layer; exits non-zero if any fails
test: install
	scripts/test

test-go:
	scripts/test go
test-wasm:
	scripts/test wasm
test-worker:
	scripts/test worker
test-e2e:
	scripts/test e2e

## size: raw, gzip and brotli bytes of the loader, the widget wasm and the Worker wasm
size: widget worker
	scripts/size

## generate: the copies of rules/vocab.go outside Go (loader lists, schema enums, assent.d.ts, README tables)
generate:
	$(GO) generate ./rules

clean:
	rm -rf dist bin cmd/worker/build
