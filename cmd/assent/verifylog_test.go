package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/assent-dev/assent/ledger"
)

// TestVerifyLogState: --state remembers the verified head; a later log that rolled back or forked from it
// (same key, other entries) is invalid and the state is kept; the true log still verifies.
func TestVerifyLogState(t *testing.T) {
	dir := t.TempDir()
	s, vkey, _, err := ledger.LoadOrCreateKeyFile(filepath.Join(dir, "log.key"), "verify.test")
	if err != nil {
		t.Fatal(err)
	}
	open := func(name string) http.Handler {
		db, err := ledger.OpenSQLite(context.Background(), filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { db.Close() })
		return ledger.New(db, ledger.Options{Signer: s, VerifierKey: vkey,
			Sites:  map[string]ledger.Site{"shop.example": {ExportKeySHA256: ledger.HashKey("site-key")}},
			Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	}
	var cur atomic.Value
	good := open("good.db")
	cur.Store(good)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cur.Load().(http.Handler).ServeHTTP(w, r)
	}))
	defer srv.Close()
	state := filepath.Join(dir, "state")
	verify := func(extra ...string) (int, verifyResult) {
		return verifyOut(t, "", append([]string{"--log", srv.URL, "--site", "shop.example", "--state", state}, extra...)...)
	}
	postRecords(t, srv.URL, 3)
	if code, res := verify(); code != 0 || res.PreviousSize != nil || *res.TreeSize != 3 || *res.RecordsChecked {
		t.Fatalf("first run: exit %d %+v", code, res)
	}
	postRecords(t, srv.URL, 2)
	code, res := verify("--site-key", "site-key")
	if code != 0 || res.PreviousSize == nil || *res.PreviousSize != 3 || *res.TreeSize != 5 || !*res.RecordsChecked {
		t.Fatalf("second run: exit %d %+v", code, res)
	}
	pinned, _ := os.ReadFile(state)

	cur.Store(open("rollback.db")) // same key, a shorter log
	postRecords(t, srv.URL, 2)
	if code, res := verify(); code != 1 || res.Valid {
		t.Fatalf("rollback: exit %d %+v", code, res)
	}
	postRecords(t, srv.URL, 3) // now as long as the pinned head, other entries: a fork
	if code, res := verify(); code != 1 || res.Valid {
		t.Fatalf("fork at the same size: exit %d %+v", code, res)
	}
	postRecords(t, srv.URL, 2) // longer than the pinned head, other entries
	if code, res := verify(); code != 1 || res.Valid {
		t.Fatalf("fork, longer: exit %d %+v", code, res)
	}
	if after, _ := os.ReadFile(state); string(after) != string(pinned) {
		t.Fatal("a failed verification changed the state file")
	}
	cur.Store(good)
	postRecords(t, srv.URL, 1)
	if code, res := verify(); code != 0 || *res.PreviousSize != 5 || *res.TreeSize != 6 {
		t.Fatalf("the true log: exit %d %+v", code, res)
	}
}

// A ledger that stops answering part way (the head is served, then the entries or the consistency proof are
// not) makes `assent verify --log` exit 2 (unreadable input), not 1 (invalid log): the exit status follows the
// wrapped logclient.ErrUnreachable, whatever the message says.
func TestVerifyLogUnreachablePartWay(t *testing.T) {
	url, _, vkeyFile := testLedger(t)
	postRecords(t, url, 3)
	var failing atomic.Value // the path suffix the proxy answers 503 to
	failing.Store("-")
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.URL.Path, failing.Load().(string)) {
			http.Error(w, "upstream down", http.StatusServiceUnavailable)
			return
		}
		resp, err := http.Get(url + r.URL.RequestURI())
		if err != nil {
			t.Error(err)
			return
		}
		defer resp.Body.Close()
		w.Header().Set("Content-Type", resp.Header.Get("Content-Type"))
		w.WriteHeader(resp.StatusCode)
		io.Copy(w, resp.Body)
	}))
	defer proxy.Close()
	state := filepath.Join(t.TempDir(), "state")
	verify := func() (int, verifyResult) {
		var out, errb bytes.Buffer
		code := run(context.Background(), []string{"verify", "--log", proxy.URL, "--site", "shop.example", "--key", vkeyFile,
			"--state", state}, strings.NewReader(""), &out, &errb)
		var res verifyResult
		if err := json.Unmarshal(out.Bytes(), &res); err != nil {
			t.Fatalf("stdout is not a result: %v: %q (stderr %s)", err, out.String(), errb.String())
		}
		return code, res
	}
	if code, res := verify(); code != 0 || !res.Valid {
		t.Fatalf("through the proxy: exit %d %+v", code, res)
	}
	postRecords(t, url, 2)
	for _, path := range []string{"/entries", "/consistency"} {
		failing.Store(path)
		code, res := verify()
		if code != 2 || res.Valid || !strings.Contains(res.Error, "503") {
			t.Errorf("%s answering 503: exit %d %+v, want 2 naming the status", path, code, res)
		}
	}
	failing.Store("-")
	if code, res := verify(); code != 0 || *res.PreviousSize != 3 || *res.TreeSize != 5 {
		t.Fatalf("after the outage: exit %d %+v (the state must be the last verified head)", code, res)
	}
}
