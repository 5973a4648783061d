//go:build js && wasm

// Command worker is Assent's consent ledger on Cloudflare Workers: the ledger API (docs/contract.md section 3) over
// the D1 database bound as DB. Configuration comes from the environment (see config.go).
//
// One instance of this program serves every request of its isolate (worker.mjs starts it on the first
// request): main registers the handler, signals ready and never returns.
package main

import "github.com/syumai/workers"

func main() {
	workers.ServeNonBlock(handler())
	workers.Ready()
	select {}
}
