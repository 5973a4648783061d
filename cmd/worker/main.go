//go:build js && wasm

// Command worker is Assent's consent ledger on Cloudflare Workers: the ledger API (CONTRACT section 3) over
// the D1 database bound as DB. Configuration comes from the environment (see config.go).
package main

import "github.com/syumai/workers"

func main() { workers.Serve(handler()) }
