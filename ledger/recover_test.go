package ledger

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/assent-dev/assent/ledger/ledgertest"
	"github.com/assent-dev/assent/ledger/logclient"
	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
	"golang.org/x/mod/sumdb/tlog"
)

type fixture struct {
	t    *testing.T
	h    *handler
	vkey string
	srv  *httptest.Server
}

func newFixture(t *testing.T) *fixture {
	db, err := OpenSQLite(context.Background(), filepath.Join(t.TempDir(), "l.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	skey, _, _ := proof.GenerateKey("recover.test")
	s, vkey, err := proof.NewSigner(skey)
	if err != nil {
		t.Fatal(err)
	}
	h := New(db, Options{Signer: s, VerifierKey: vkey, Sites: map[string]Site{"shop.example": {ExportKeySHA256: HashKey("recover-key")}},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}).(*handler)
	f := &fixture{t: t, h: h, vkey: vkey, srv: httptest.NewServer(h)}
	t.Cleanup(f.srv.Close)
	return f
}

// orphan writes a claimed entry directly, as a writer that died right after step 1 would leave it.
func (f *fixture) orphan() rules.Record {
	return f.orphanIn(f.h.db)
}

func (f *fixture) orphanIn(q querier) rules.Record {
	rec := ledgertest.NewRecord("shop.example", time.Now())
	_, _, ok, err := claimEntry(context.Background(), q, entryRow{Site: rec.Site, ID: rec.ID, RecordHash: rec.Hash,
		LoggedAt: proof.FormatTime(time.Now()), Record: string(codec.FormatRecord(rec))})
	if err != nil || !ok {
		f.t.Fatalf("claim: %v %v", ok, err)
	}
	return rec
}

func (f *fixture) post(rec rules.Record, want int) proof.Receipt {
	f.t.Helper()
	w := httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/v1/records", bytes.NewReader(codec.FormatRecord(rec)))
	req.Header.Set("Content-Type", "application/json")
	f.h.ServeHTTP(w, req)
	if w.Code != want {
		f.t.Fatalf("post: status %d, want %d: %s", w.Code, want, w.Body)
	}
	return f.verify(w.Body.Bytes(), rec)
}

func (f *fixture) verify(receipt []byte, rec rules.Record) proof.Receipt {
	f.t.Helper()
	rc, err := proof.ParseReceipt(bytes.TrimSpace(receipt))
	if err != nil {
		f.t.Fatalf("%v: %s", err, receipt)
	}
	v, _ := proof.NewVerifier(f.vkey)
	if _, err := proof.VerifyReceipt(rc, rec.Hash, v); err != nil {
		f.t.Fatal(err)
	}
	return rc
}

func (f *fixture) verifyLog(want int64) {
	f.t.Helper()
	v, _ := proof.NewVerifier(f.vkey)
	res, err := (&logclient.Client{BaseURL: f.srv.URL}).VerifyLog(context.Background(), "shop.example", v)
	if err != nil {
		f.t.Fatal(err)
	}
	if res.Head.Size != want {
		f.t.Fatalf("head size %d, want %d", res.Head.Size, want)
	}
}

// TestRecoverOrphans: entries left by writers that died before hashing are hashed, signed and receipted by
// the next append, a repeat of the record, or a read of it.
func TestRecoverOrphans(t *testing.T) {
	f := newFixture(t)
	a, b := f.orphan(), f.orphan()
	w := httptest.NewRecorder()
	get := httptest.NewRequest("GET", "/v1/records/"+a.ID+"?site=shop.example", nil)
	get.Header.Set("Authorization", "Bearer recover-key")
	f.h.ServeHTTP(w, get)
	if w.Code != 200 {
		t.Fatalf("get orphan: %d %s", w.Code, w.Body)
	}
	body := w.Body.String()
	receipt := body[strings.Index(body, `"receipt":`)+len(`"receipt":`) : len(body)-2]
	ra := f.verify([]byte(receipt), a)
	if ra.Index != 0 || ra.TreeSize != 1 {
		t.Errorf("orphan receipt index %d size %d, want 0 and 1", ra.Index, ra.TreeSize)
	}
	c := ledgertest.NewRecord("shop.example", time.Now())
	rc := f.post(c, 201)
	if rc.Index != 2 || rc.TreeSize != 3 {
		t.Errorf("new record index %d size %d, want 2 and 3", rc.Index, rc.TreeSize)
	}
	if rb := f.post(b, 200); rb.Index != 1 {
		t.Errorf("orphan b index %d", rb.Index)
	}
	if again := f.post(a, 200); string(again.Format()) != receipt {
		t.Error("orphan a got a second receipt")
	}
	f.verifyLog(3)
}

// TestRecoverLongBacklog: a backlog longer than one hash insert statement and than one catch-up round.
func TestRecoverLongBacklog(t *testing.T) {
	f := newFixture(t)
	const n = maxCatchUp + 300
	tx, err := f.h.db.Begin()
	if err != nil {
		t.Fatal(err)
	}
	for range n {
		f.orphanIn(tx)
	}
	if err := tx.Commit(); err != nil {
		t.Fatal(err)
	}
	rc := f.post(ledgertest.NewRecord("shop.example", time.Now()), 201)
	if rc.Index != n || rc.TreeSize != n+1 {
		t.Errorf("index %d size %d", rc.Index, rc.TreeSize)
	}
	f.verifyLog(n + 1)
}

// TestRecoverPartialHashes: a writer died in the middle of inserting hashes (a run ending inside an entry's
// stored hashes).
func TestRecoverPartialHashes(t *testing.T) {
	f := newFixture(t)
	var recs []rules.Record
	for range 7 {
		recs = append(recs, f.orphan())
	}
	var full proof.Tree
	for _, r := range recs {
		e, _, _ := entryByID(context.Background(), f.h.db, "shop.example", r.ID)
		full.Append(proof.Entry{RecordHash: e.RecordHash, LoggedAt: e.LoggedAt}.LeafHash())
	}
	// Entry 3 has stored hashes at 4, 5 and 6; store 0..4 only.
	hs, _ := full.ReadHashes([]int64{0, 1, 2, 3, 4})
	if err := insertHashes(context.Background(), f.h.db, "shop.example", 0, hs); err != nil {
		t.Fatal(err)
	}
	if n, _ := newTreeStore(context.Background(), f.h.db, "shop.example", nil).hashedSize(); n != 3 {
		t.Fatalf("hashedSize %d, want 3", n)
	}
	f.post(ledgertest.NewRecord("shop.example", time.Now()), 201)
	f.verifyLog(8)
}

func TestEntriesCovered(t *testing.T) {
	for n := int64(0); n < 300; n++ {
		c := tlog.StoredHashCount(n)
		if got := entriesCovered(c); got != n {
			t.Fatalf("entriesCovered(%d) = %d, want %d", c, got, n)
		}
		if c > 0 && entriesCovered(c-1) != n-1 {
			t.Fatalf("entriesCovered(%d) = %d, want %d", c-1, entriesCovered(c-1), n-1)
		}
	}
}

func TestTruncateIP(t *testing.T) {
	for in, want := range map[string]string{
		"203.0.113.77":       "203.0.113.0/24",
		"2001:db8:1:2:3::4":  "2001:db8:1::/48",
		"::ffff:192.0.2.200": "192.0.2.0/24",
		"nonsense":           "unknown",
	} {
		if got := truncateIP(in); got != want {
			t.Errorf("truncateIP(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestTokenBucket(t *testing.T) {
	tb := NewTokenBucket(1, 3)
	now := time.Unix(1000, 0)
	tb.now = func() time.Time { return now }
	for i := range 3 {
		if !tb.Allow("a") {
			t.Fatalf("request %d refused within the burst", i)
		}
	}
	if tb.Allow("a") {
		t.Fatal("request beyond the burst allowed")
	}
	if !tb.Allow("b") {
		t.Fatal("another key was limited")
	}
	now = now.Add(1500 * time.Millisecond)
	if !tb.Allow("a") || tb.Allow("a") {
		t.Fatal("refill: want exactly one token after 1.5 s at 1/s")
	}
}

func TestRateLimited(t *testing.T) {
	f := newFixture(t)
	f.h.opts.Limiter = NewTokenBucket(0.001, 1)
	f.post(ledgertest.NewRecord("shop.example", time.Now()), 201)
	w := httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/v1/records", strings.NewReader("{}"))
	req.Header.Set("Content-Type", "application/json")
	f.h.ServeHTTP(w, req)
	if w.Code != http.StatusTooManyRequests || w.Header().Get("Retry-After") == "" {
		t.Fatalf("status %d, Retry-After %q; want 429 with Retry-After", w.Code, w.Header().Get("Retry-After"))
	}
}

func TestContextCountryHook(t *testing.T) {
	f := newFixture(t)
	f.h.opts.Country = func(*http.Request) string { return "de" }
	w := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/v1/context", nil)
	req.Header.Set("X-Assent-Country", "FR")
	f.h.ServeHTTP(w, req)
	if got := strings.TrimSpace(w.Body.String()); got != `{"country":"DE","gpc":false}` {
		t.Fatalf("context %s", got)
	}
	f.h.opts.Country = nil
	w = httptest.NewRecorder()
	req.Header.Set("X-Assent-Country", "<script>")
	f.h.ServeHTTP(w, req)
	if got := strings.TrimSpace(w.Body.String()); got != `{"country":"","gpc":false}` {
		t.Fatalf("context with a bad header %s", got)
	}
}

func TestDerivedUUIDIsValid(t *testing.T) {
	id := derivedUUID("x")
	r := ledgertest.NewRecord("shop.example", time.Now())
	r.ID = id
	r.Seal()
	for _, f := range rules.ValidateRecord(r, time.Now(), nil) {
		if f.Field == "id" {
			t.Fatalf("derived id %s: %s", id, f.Message)
		}
	}
	if derivedUUID("x") != id || derivedUUID("y") == id {
		t.Fatal("derivedUUID is not a function of its name")
	}
}
