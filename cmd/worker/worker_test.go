//go:build workerd

// These tests run against the Worker in `wrangler dev --local` (workerd + local D1), started by scripts/test-worker,
// which passes its URL in ASSENT_WORKER_URL. They are not part of the native `go test ./...` run.
package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/assent-dev/assent/ledger/ledgertest"
	"github.com/assent-dev/assent/ledger/logclient"
	"github.com/assent-dev/assent/proof"
	"golang.org/x/mod/sumdb/note"
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

// TestAssets checks that the one Worker serves the widget beside the API: the loader with short caching, the
// hashed engine as application/wasm cached for good, the demo site's loader built at deploy, all loadable
// from any site's pages (CORS), and the API still answering.
func TestAssets(t *testing.T) {
	get := func(path string) (*http.Response, []byte) {
		res, err := http.Get(workerURL(t) + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		body, _ := io.ReadAll(res.Body)
		return res, body
	}
	res, loader := get("/assent.js")
	if res.StatusCode != 200 || res.Header.Get("Cache-Control") != "public, max-age=300" || res.Header.Get("Access-Control-Allow-Origin") != "*" {
		t.Fatalf("GET /assent.js = %d, Cache-Control %q, CORS %q; want 200, public, max-age=300, *", res.StatusCode,
			res.Header.Get("Cache-Control"), res.Header.Get("Access-Control-Allow-Origin"))
	}
	wasm := regexp.MustCompile(`assent\.[0-9a-f]{12}\.wasm`).Find(loader)
	if wasm == nil {
		t.Fatal("assent.js names no hashed engine (assent.<hash>.wasm)")
	}
	res, body := get("/" + string(wasm))
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "application/wasm" ||
		res.Header.Get("Cache-Control") != "public, max-age=31536000, immutable" || !bytes.HasPrefix(body, []byte("\x00asm")) {
		t.Fatalf("GET /%s = %d, Content-Type %q, Cache-Control %q; want 200 wasm, application/wasm, immutable", wasm,
			res.StatusCode, res.Header.Get("Content-Type"), res.Header.Get("Cache-Control"))
	}
	res, body = get("/v1/sites/demo.assent.test/assent.js")
	if res.StatusCode != 200 || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/javascript") ||
		res.Header.Get("Cache-Control") != "public, max-age=300" || !bytes.Contains(body, []byte("demo.assent.test")) {
		t.Fatalf("GET /v1/sites/demo.assent.test/assent.js = %d, Content-Type %q, Cache-Control %q: want the demo site's loader",
			res.StatusCode, res.Header.Get("Content-Type"), res.Header.Get("Cache-Control"))
	}
	if res, body := get("/v1/sites/nobody.assent.test/assent.js"); res.StatusCode != 404 || !bytes.Contains(body, []byte(`"error"`)) {
		t.Fatalf("GET a site loader never built = %d %s, want the API's 404", res.StatusCode, body)
	}
}

// TestSiteFromTable checks a site registered as README "Deploy to Cloudflare" does (`assent site add`, its SQL
// run by `wrangler d1 execute`): records from its origin are logged, its key exports its log, another key not.
func TestSiteFromTable(t *testing.T) {
	const site, origin = "table.assent.test", "https://table.assent.test"
	res := ledgertest.Load(context.Background(), ledgertest.LoadConfig{BaseURL: workerURL(t), Site: site, Origin: origin, N: 2, Concurrency: 1})
	if res.Failures > 0 {
		t.Fatalf("posting to the site from the sites table: %v", res.FirstErr)
	}
	export := func(key string) int {
		req, _ := http.NewRequest("GET", workerURL(t)+"/v1/log/"+site+"/export", nil)
		req.Header.Set("Authorization", "Bearer "+key)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	key := os.Getenv("ASSENT_WORKER_TABLE_KEY")
	if got := export(key); got != 200 {
		t.Errorf("export with the key from assent site add: %d, want 200", got)
	}
	if got := export(os.Getenv("ASSENT_WORKER_OTHER_KEY")); got != 401 {
		t.Errorf("export with another site's key: %d, want 401", got)
	}
}

// TestArchiveOnD1 archives a busy site's log on D1 in several chunks (after TestConcurrentAppends filled it), then
// the Worker keeps appending under concurrency, and the whole log still verifies with the site's key, the
// archived part through the archive file.
func TestArchiveOnD1(t *testing.T) {
	ctx := context.Background()
	const site = "other.assent.test"
	v, err := proof.NewVerifier(os.Getenv("ASSENT_WORKER_VERIFIER"))
	if err != nil {
		t.Fatal(err)
	}
	keys := []note.Verifier{v}
	lc := logclient.Client{BaseURL: workerURL(t), Key: os.Getenv("ASSENT_WORKER_OTHER_KEY")}
	if res := ledgertest.Load(ctx, ledgertest.LoadConfig{BaseURL: workerURL(t), Site: site, Origin: "https://other.assent.test", N: 40, Concurrency: 4}); res.Failures > 0 {
		t.Fatalf("posting: %v", res.FirstErr)
	}
	st, err := lc.ArchiveState(ctx, site)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "other.ndjson")
	if _, err := lc.WriteArchive(ctx, site, st.TreeSize, file, keys); err != nil {
		t.Fatal(err)
	}
	end, err := lc.DropArchived(ctx, file, keys, 16)
	if err != nil || end != st.TreeSize {
		t.Fatalf("drop archived: %d, %v; want %d", end, err, st.TreeSize)
	}
	res := ledgertest.Load(ctx, ledgertest.LoadConfig{BaseURL: workerURL(t), Site: site, Origin: "https://other.assent.test", N: 32, Concurrency: 8})
	if res.Failures > 0 {
		t.Fatalf("posting after archiving: %v", res.FirstErr)
	}
	if _, err := ledgertest.CheckAcked(ctx, workerURL(t), site, v, st.TreeSize, res.Acked); err != nil {
		t.Fatal(err)
	}
	out, err := lc.VerifyLog(ctx, site, v)
	if err != nil || out.Archived != st.TreeSize || int64(len(out.Records)) != st.TreeSize+32 {
		t.Fatalf("the whole log after archiving: %v; %d archived, %d entries", err, out.Archived, len(out.Records))
	}
	t.Logf("archived %d entries in chunks of 16, then %d more appended: %s", st.TreeSize, 32, res.Summary())
}
