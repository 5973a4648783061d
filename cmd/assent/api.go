package main

import (
	"context"
	"log"
	"log/slog"
	"net/http"
	"os"
	"strings"

	"github.com/assent-dev/assent/cmd/internal/ledger"
	"github.com/assent-dev/assent/proof"
)

// demoSite is the site registered when `assent serve` is given no --site.
const demoSite = "demo.assent.test"

// newAPI builds the HTTP API of section 3 of the contract on the SQLite file o.db, signing with the key in o.key
// (created if missing). Sites come from --site (the demo site without it), allowed origins from --origin
// (serve's own origin, and its localhost twin, without it). The export key of every site is the value of the
// environment variable ASSENT_EXPORT_KEY, when set. It returns the handler, a close function and the verifier key.
func newAPI(ctx context.Context, o serveOptions, self string, logger *log.Logger) (http.Handler, func(), string, error) {
	db, err := ledger.OpenSQLite(ctx, o.db)
	if err != nil {
		return nil, nil, "", err
	}
	signer, vkey, created, err := ledger.LoadOrCreateKeyFile(o.key, proof.DefaultKeyName)
	if err != nil {
		db.Close()
		return nil, nil, "", err
	}
	if created {
		logger.Printf("created the log signing key %s", o.key)
	}
	logger.Printf("verifier key: %s", vkey)
	sites, origins := []string(o.sites), []string(o.origins)
	if len(sites) == 0 {
		sites = []string{demoSite}
	}
	if len(origins) == 0 {
		origins = selfOrigins(self)
	}
	exportKey := ""
	if k := os.Getenv("ASSENT_EXPORT_KEY"); k != "" {
		exportKey = ledger.HashKey(k)
	}
	registered := map[string]ledger.Site{}
	for _, s := range sites {
		registered[s] = ledger.Site{Origins: origins, ExportKeySHA256: exportKey}
	}
	h := ledger.New(db, ledger.Options{Signer: signer, VerifierKey: vkey, Sites: registered,
		Limiter: ledger.NewTokenBucket(50, 200), // per client /24 or /48
		Logger:  slog.New(slog.NewTextHandler(logger.Writer(), nil))})
	return h, func() { db.Close() }, vkey, nil
}

// selfOrigins returns serve's own origin and, for 127.0.0.1, the same port on localhost.
func selfOrigins(self string) []string {
	out := []string{self}
	if rest, ok := strings.CutPrefix(self, "http://127.0.0.1:"); ok {
		out = append(out, "http://localhost:"+rest)
	}
	return out
}
