//go:build workerd

// These tests run against the Worker in `wrangler dev --local` (workerd + local D1), started by scripts/test-worker,
// which passes its URL in ASSENT_WORKER_URL. They are not part of the native `go test ./...` run.
package main

import (
	"context"
	"io"
	"net/http"
	"os"
	"strings"
	"testing"

	"github.com/assent-dev/assent/cmd/internal/ledger/ledgertest"
	"github.com/assent-dev/assent/cmd/internal/ledger/logclient"
	"github.com/assent-dev/assent/proof"
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
		Origin: "http://127.0.0.1:8080", ExportKey: os.Getenv("ASSENT_WORKER_EXPORT_KEY"),
		OtherSite: "other.assent.test", OtherOrigin: "https://other.assent.test", OtherKey: os.Getenv("ASSENT_WORKER_OTHER_KEY"),
		V1Site: "legacy.assent.test"})
}

// TestRateLimit checks that the Worker limits writes per client network with Cloudflare's rate limiting binding
// (wrangler.toml: 120 a minute), simulated by wrangler dev. The simulation counts in fixed one-minute windows,
// so a run that crosses a window's end needs more than 120 writes: up to 250 (at most one window end is crossed
// in the few seconds they take).
func TestRateLimit(t *testing.T) {
	limited := 0
	for i := 0; i < 250 && limited == 0; i++ {
		req, _ := http.NewRequest("POST", workerURL(t)+"/v1/records", strings.NewReader("{}"))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("CF-Connecting-IP", "203.0.113.7")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode == http.StatusTooManyRequests {
			limited = i + 1
		}
	}
	if limited == 0 {
		t.Fatal("250 writes from one client network in a few seconds were never limited")
	}
	if limited <= 100 {
		t.Fatalf("limited after %d writes, want the configured 120 a minute", limited)
	}
	// Another network is not affected.
	req, _ := http.NewRequest("POST", workerURL(t)+"/v1/records", strings.NewReader("{}"))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("CF-Connecting-IP", "198.51.100.9")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode == http.StatusTooManyRequests {
		t.Fatal("another client network was limited too")
	}
}

// TestConcurrentAppends posts records from 16 clients at once to the one Go instance of the isolate
// (worker.mjs): every post is acknowledged, the log grows by exactly the records posted, every receipt verifies
// against a head that is a prefix of the log (no fork, no lost record), and records that arrived together
// share a signed head (they were appended in one batch).
func TestConcurrentAppends(t *testing.T) {
	ctx := context.Background()
	const site, n = "other.assent.test", 160
	v, err := proof.NewVerifier(os.Getenv("ASSENT_WORKER_VERIFIER"))
	if err != nil {
		t.Fatal(err)
	}
	before := int64(0)
	if msg, err := (&logclient.Client{BaseURL: workerURL(t)}).Head(ctx, site); err == nil {
		h, err := proof.OpenHead(msg, v)
		if err != nil {
			t.Fatal(err)
		}
		before = h.Size
	}
	res := ledgertest.Load(ctx, ledgertest.LoadConfig{BaseURL: workerURL(t), Site: site, Origin: "https://other.assent.test", N: n, Concurrency: 16})
	if res.Failures > 0 {
		t.Fatalf("%d of %d concurrent posts failed, first: %v", res.Failures, n, res.FirstErr)
	}
	head, err := ledgertest.CheckAcked(ctx, workerURL(t), site, v, before, res.Acked)
	if err != nil {
		t.Fatal(err)
	}
	sizes := map[int64]int{}
	for _, a := range res.Acked {
		rc, _ := proof.ParseReceipt(a.Receipt)
		sizes[rc.TreeSize]++
	}
	if len(sizes) == n {
		t.Errorf("%d concurrent records got %d different signed heads: no two were appended together", n, len(sizes))
	}
	t.Logf("%s; %d records under %d signed heads; log size %d", res.Summary(), n, len(sizes), head.Size)
}
