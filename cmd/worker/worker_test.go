//go:build workerd

// These tests run against the Worker in `wrangler dev --local` (workerd + local D1), started by scripts/test-worker,
// which passes its URL in ASSENT_WORKER_URL. They are not part of the native `go test ./...` run.
package main

import (
	"io"
	"net/http"
	"os"
	"testing"

	"github.com/assent-dev/assent/cmd/internal/ledger/ledgertest"
)

func workerURL(t *testing.T) string {
	u := os.Getenv("ASSENT_WORKER_URL")
	if u == "" {
		t.Fatal("ASSENT_WORKER_URL is not set: run scripts/test-worker")
	}
	return u
}

func TestHealth(t *testing.T) {
	res, err := http.Get(workerURL(t) + "/v1/health")
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 || string(body) != "{\"ok\":true}\n" {
		t.Fatalf("GET /v1/health = %d %q, want 200 {\"ok\":true}", res.StatusCode, body)
	}
}

// TestAPI runs the same black-box HTTP suite as the native SQLite tests against the Worker: records round-trip
// through the local D1, receipts verify, idempotency, 409, 400/413/415/403, CORS, log endpoints, export auth.
func TestAPI(t *testing.T) {
	ledgertest.RunAPISuite(t, workerURL(t), ledgertest.Config{
		VerifierKey: os.Getenv("ASSENT_WORKER_VERIFIER"), Site: "demo.assent.test",
		Origin: "http://127.0.0.1:8080", ExportKey: os.Getenv("ASSENT_WORKER_EXPORT_KEY")})
}
