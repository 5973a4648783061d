# Assent: the one entry point. CI runs `make test` (via .ci/run), exactly as the README says.
SHELL := /bin/bash
export PATH := $(CURDIR)/.bin:$(PATH)
GO ?= go
ADDR ?= 127.0.0.1:8080

.PHONY: all build widget cli worker run test test-go test-wasm test-worker test-e2e install size clean

all: build

## build: the widget into dist/ (loader, wasm, wasm_exec) and the CLI into bin/assent
build: widget cli

widget:
	$(GO) run ./wasm/build -out dist

cli:
	$(GO) build -o bin/assent ./cmd/assent

## worker: the Cloudflare Worker into cmd/worker/build (workers-assets-gen -mode=go + Go wasm)
worker:
	cd cmd/worker && $(GO) run github.com/syumai/workers/cmd/workers-assets-gen -mode=go -o build
	GOOS=js GOARCH=wasm $(GO) build -trimpath -ldflags='-s -w' -o cmd/worker/build/app.wasm ./cmd/worker

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

clean:
	rm -rf dist bin cmd/worker/build
