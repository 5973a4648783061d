//go:build js && wasm

package main

import (
	"database/sql"
	"log/slog"
	"net/http"
	"sync"

	"github.com/assent-dev/assent/ledger"
	"github.com/assent-dev/assent/rules"
	"github.com/syumai/workers/cloudflare"
	"github.com/syumai/workers/cloudflare/d1"
	"github.com/syumai/workers/cloudflare/fetch"
)

// handler serves every request of the isolate with one ledger, built on the first request (the environment
// and the D1 binding exist only once a request has come): its prepared statements, caches and append batcher
// are shared by all requests, so records arriving together share one tree update and one signed head. A
// configuration error is answered 500 and tried again on the next request.
func handler() http.Handler {
	var (
		mu     sync.Mutex
		served http.Handler
	)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		h := served
		if h == nil {
			var err error
			if h, err = newLedger(); err != nil {
				mu.Unlock()
				configError(w, err)
				return
			}
			served = h
		}
		mu.Unlock()
		defer func() {
			// A panic would end the program that serves every request of the isolate: answer 503 instead.
			if v := recover(); v != nil {
				slog.Error("worker: panic serving "+r.Method+" "+r.URL.Path, "panic", v)
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(http.StatusServiceUnavailable)
				w.Write([]byte(`{"error":"` + rules.CodeLedgerUnavailable + `","message":"the ledger could not complete the request; retry later","findings":[]}` + "\n"))
			}
		}()
		h.ServeHTTP(w, r)
	})
}

// newLedger builds the ledger from the environment and the DB binding.
func newLedger() (http.Handler, error) {
	opts, err := optionsFromEnv(cloudflare.Getenv)
	if err != nil {
		return nil, err
	}
	c, err := d1.OpenConnector("DB")
	if err != nil {
		return nil, err
	}
	opts.Country = edgeCountry
	opts.NoTransactions = true // D1's BeginTx always fails
	opts.ClientIP = func(r *http.Request) string { return r.Header.Get("CF-Connecting-IP") }
	if l := rateLimiter(); l != nil {
		opts.Limiter = l
	}
	return ledger.New(sql.OpenDB(c), opts), nil
}

// edgeCountry is request.cf.country, or "" when the runtime gives none (wrangler dev without cf data).
func edgeCountry(r *http.Request) string {
	p, err := fetch.NewIncomingProperties(r.Context())
	if err != nil {
		return ""
	}
	return p.Country
}
