package main

import (
	"context"
	"log"
	"net/http"
)

// newAPI builds the HTTP API of section 3 of the contract on the SQLite file o.db.
// TODO(ledger): replaced by the ledger handler once it lands.
func newAPI(ctx context.Context, o serveOptions, self string, logger *log.Logger) (http.Handler, func(), error) {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/health", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"ok":true}` + "\n"))
	})
	return mux, func() {}, nil
}
