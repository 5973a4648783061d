//go:build remote

package ledger_test

import (
	"os"
	"testing"

	"github.com/assent-dev/assent/ledger/ledgertest"
)

// TestAPISuiteRemote runs the suite against a running ledger (assent serve, wrangler dev):
//
//	ASSENT_LEDGER_URL=http://127.0.0.1:8787 ASSENT_LEDGER_KEY=<verifier key> ASSENT_LEDGER_SITE=demo.assent.test \
//	ASSENT_LEDGER_ORIGIN=http://127.0.0.1:8080 ASSENT_LEDGER_EXPORT_KEY=<key> \
//	go test -tags remote -run Remote ./ledger/
func TestAPISuiteRemote(t *testing.T) {
	url := os.Getenv("ASSENT_LEDGER_URL")
	if url == "" {
		t.Fatal("ASSENT_LEDGER_URL is not set")
	}
	ledgertest.RunAPISuite(t, url, ledgertest.Config{VerifierKey: os.Getenv("ASSENT_LEDGER_KEY"),
		Site: os.Getenv("ASSENT_LEDGER_SITE"), Origin: os.Getenv("ASSENT_LEDGER_ORIGIN"),
		ExportKey: os.Getenv("ASSENT_LEDGER_EXPORT_KEY")})
}
