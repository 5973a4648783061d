//go:build js && wasm

package main

import (
	"database/sql"
	"net/http"

	"github.com/assent-dev/assent/cmd/internal/ledger"
	"github.com/syumai/workers/cloudflare"
	"github.com/syumai/workers/cloudflare/d1"
	"github.com/syumai/workers/cloudflare/fetch"
)

// handler builds the ledger for each request: every request runs in a fresh instance, and the D1 binding
// and the environment exist only while a request is served.
func handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		opts, err := optionsFromEnv(cloudflare.Getenv)
		if err != nil {
			configError(w, err)
			return
		}
		c, err := d1.OpenConnector("DB")
		if err != nil {
			configError(w, err)
			return
		}
		db := sql.OpenDB(c)
		defer db.Close()
		opts.Country = edgeCountry
		opts.ClientIP = func(r *http.Request) string { return r.Header.Get("CF-Connecting-IP") }
		if l := rateLimiter(); l != nil {
			opts.Limiter = l
		}
		ledger.New(db, opts).ServeHTTP(w, r)
	})
}

// edgeCountry is request.cf.country, or "" when the runtime gives none (wrangler dev without cf data).
func edgeCountry(r *http.Request) string {
	p, err := fetch.NewIncomingProperties(r.Context())
	if err != nil {
		return ""
	}
	return p.Country
}
