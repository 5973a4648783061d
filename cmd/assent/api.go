package main

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"log"
	"log/slog"
	"net/http"
	"os"
	"strings"

	"github.com/assent-dev/assent/ledger"
	"github.com/assent-dev/assent/proof"
	"golang.org/x/mod/sumdb/note"
)

// demoSite is the site registered when `assent serve` is given no --site and no --sites.
const demoSite = "demo.assent.test"

// newAPI builds the HTTP API (docs/contract.md section 3) on the SQLite file o.db, signing with the key in o.key
// (see signingKey). Sites come from --site and --sites (see buildSites; the demo site without them). The
// bearer key of every --site site is the value of the environment variable ASSENT_EXPORT_KEY, when set;
// sites file entries have their own. It returns the handler, a close function and the verifier key.
func newAPI(ctx context.Context, o serveOptions, self string, logger *log.Logger) (http.Handler, func(), string, error) {
	sites, err := buildSites(siteFlags{sites: o.sites, origins: o.origins, file: o.sitesFile,
		exportKey: os.Getenv("ASSENT_EXPORT_KEY"), acceptV1: o.acceptV1}, selfOrigins(self))
	if err != nil {
		return nil, nil, "", err
	}
	retired, err := retiredKeys(o.retired)
	if err != nil {
		return nil, nil, "", err
	}
	db, err := ledger.OpenSQLite(ctx, o.db)
	if err != nil {
		return nil, nil, "", err
	}
	signer, vkey, err := signingKey(ctx, db, o, logger)
	if err != nil {
		db.Close()
		return nil, nil, "", err
	}
	logger.Printf("verifier key: %s", vkey)
	for name, s := range sites {
		logger.Printf("site %s: origins %s", name, strings.Join(s.Origins, " "))
	}
	h := ledger.New(db, ledger.Options{Signer: signer, VerifierKey: vkey, RetiredKeys: retired, Sites: sites,
		Limiter: ledger.NewTokenBucket(50, 200), // per client /24 or /48
		Logger:  slog.New(slog.NewTextHandler(logger.Writer(), nil))})
	return h, func() { db.Close() }, vkey, nil
}

// signingKey loads the log signing key from o.key. A missing key file is created only on the first start of
// a database (no entry, head or remembered key yet) or with --new-key; otherwise serve stops, since a new key
// would make every receipt given so far unverifiable against the published keys. The key is remembered in
// the database, so /v1/keys keeps listing it after a rotation.
func signingKey(ctx context.Context, db *sql.DB, o serveOptions, logger *log.Logger) (note.Signer, string, error) {
	_, statErr := os.Stat(o.key)
	if errors.Is(statErr, fs.ErrNotExist) {
		hasLog, err := ledger.HasLog(ctx, db)
		if err != nil {
			return nil, "", err
		}
		if hasLog && !o.newKey {
			return nil, "", errors.New("the signing key file " + o.key + " is missing, but the database " + o.db +
				" already holds a log signed with a key: restore the key file (or pass --key FILE), or start a new key with" +
				" --new-key (receipts signed so far keep verifying: the old key stays listed at /v1/keys)")
		}
		if _, err := ledger.WriteKeyFile(o.key, proof.DefaultKeyName); err != nil && !errors.Is(err, fs.ErrExist) {
			return nil, "", err
		}
		logger.Printf("created the log signing key %s", o.key)
	} else if statErr != nil {
		return nil, "", fmt.Errorf("signing key file: %w", statErr)
	}
	signer, vkey, err := ledger.LoadKeyFile(o.key)
	if err != nil {
		return nil, "", fmt.Errorf("cannot use the signing key file %s: %w", o.key, err)
	}
	if err := ledger.RememberKey(ctx, db, vkey); err != nil {
		return nil, "", err
	}
	return signer, vkey, nil
}

// retiredKeys reads --retired-key files: each a verifier key text, or a private key whose verifier key is used.
func retiredKeys(files []string) ([]string, error) {
	var out []string
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("--retired-key: %w", err)
		}
		text := strings.TrimSpace(string(data))
		if _, err := proof.NewVerifier(text); err == nil {
			out = append(out, text)
			continue
		}
		_, vkey, err := proof.NewSigner(text)
		if err != nil {
			return nil, errors.New("--retired-key " + f + ": neither a verifier key nor a private key")
		}
		out = append(out, vkey)
	}
	return out, nil
}

// selfOrigins returns serve's own origin and, for 127.0.0.1, the same port on localhost.
func selfOrigins(self string) []string {
	out := []string{self}
	if rest, ok := strings.CutPrefix(self, "http://127.0.0.1:"); ok {
		out = append(out, "http://localhost:"+rest)
	}
	return out
}
