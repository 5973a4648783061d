//go:build !(js && wasm)

// Command worker is Assent's consent ledger on Cloudflare Workers; build it with GOOS=js GOARCH=wasm (make
// worker). Built natively it serves the same handler, configured from the same environment variables, on a
// local SQLite file (ASSENT_DB, default worker-dev.db) at ASSENT_ADDR (default 127.0.0.1:9900): a way to
// try a Worker configuration without wrangler.
package main

import (
	"context"
	"log"
	"net/http"
	"os"

	"github.com/assent-dev/assent/ledger"
)

func main() {
	opts, err := optionsFromEnv(os.Getenv)
	if err != nil {
		log.Fatal(err)
	}
	path, addr := os.Getenv("ASSENT_DB"), os.Getenv("ASSENT_ADDR")
	if path == "" {
		path = "worker-dev.db"
	}
	if addr == "" {
		addr = "127.0.0.1:9900"
	}
	db, err := ledger.OpenSQLite(context.Background(), path)
	if err != nil {
		log.Fatal(err)
	}
	log.Printf("worker (native): serving the ledger on http://%s with %s", addr, path)
	log.Fatal(http.ListenAndServe(addr, ledger.New(db, opts)))
}
