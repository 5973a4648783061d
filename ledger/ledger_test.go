package ledger_test

import (
	"bytes"
	"context"
	"database/sql"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/assent-dev/assent/ledger"
	"github.com/assent-dev/assent/ledger/ledgertest"
	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/rules/codec"
)

const (
	testSite      = "shop.example"
	testOrigin    = "https://shop.example"
	testExportKey = "export-secret-key"
	otherSite     = "other.example"
	otherOrigin   = "https://other.example"
	otherKey      = "other-secret-key"
	v1Site        = "legacy.example"
)

// testKey is one signing key for the whole test binary.
var testSKey, testVKey = func() (string, string) {
	s, v, err := proof.GenerateKey("ledger.test")
	if err != nil {
		panic(err)
	}
	return s, v
}()

func testOptions(t testing.TB) ledger.Options {
	s, vkey, err := proof.NewSigner(testSKey)
	if err != nil {
		t.Fatal(err)
	}
	return ledger.Options{
		Signer:      s,
		VerifierKey: vkey,
		Sites: map[string]ledger.Site{testSite: {Origins: []string{testOrigin, "http://localhost:3000"},
			ExportKeySHA256: ledger.HashKey(testExportKey)},
			otherSite: {Origins: []string{otherOrigin}, ExportKeySHA256: ledger.HashKey(otherKey)},
			v1Site:    {Origins: []string{testOrigin}, AcceptV1: true}},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	}
}

// newDB returns a migrated SQLite database in a temporary directory and its path.
func newDB(t testing.TB) (*sql.DB, string) {
	path := filepath.Join(t.TempDir(), "ledger.db")
	db, err := ledger.OpenSQLite(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db, path
}

func suiteConfig() ledgertest.Config {
	return ledgertest.Config{VerifierKey: testVKey, Site: testSite, Origin: testOrigin, ExportKey: testExportKey,
		OtherSite: otherSite, OtherOrigin: otherOrigin, OtherKey: otherKey, V1Site: v1Site}
}

func TestAPISuiteSQLite(t *testing.T) {
	db, _ := newDB(t)
	srv := httptest.NewServer(ledger.New(db, testOptions(t)))
	defer srv.Close()
	ledgertest.RunAPISuite(t, srv.URL, suiteConfig())
}

// TestAPISuiteWithoutTransactions runs the suite on a database that refuses transactions, as D1 does.
func TestAPISuiteWithoutTransactions(t *testing.T) {
	_, path := newDB(t)
	db := ledger.OpenNoTx(path)
	defer db.Close()
	opts := testOptions(t)
	opts.NoTransactions = true
	srv := httptest.NewServer(ledger.New(db, opts))
	defer srv.Close()
	ledgertest.RunAPISuite(t, srv.URL, suiteConfig())
}

// A database that refuses transactions, when the options do not say it has none, fails the write with 503
// ledger_unavailable and stores nothing (no fallback guessed from the text of the driver's error).
func TestRefusedTransactionIsServerError(t *testing.T) {
	_, path := newDB(t)
	db := ledger.OpenNoTx(path)
	defer db.Close()
	rec := ledgertest.NewRecord(testSite, time.Now())
	postStatus := func(h http.Handler) (int, string) {
		req := httptest.NewRequest("POST", "/v1/records", bytes.NewReader(codec.FormatRecord(rec)))
		req.Header.Set("Content-Type", "application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, req)
		return w.Code, w.Body.String()
	}
	if code, body := postStatus(ledger.New(db, testOptions(t))); code != http.StatusServiceUnavailable || !strings.Contains(body, `"error":"ledger_unavailable"`) {
		t.Fatalf("status %d, body %s; want 503 ledger_unavailable", code, body)
	}
	opts := testOptions(t)
	opts.NoTransactions = true
	if code, body := postStatus(ledger.New(db, opts)); code != http.StatusCreated {
		t.Fatalf("the same record with NoTransactions: %d %s, want 201 (nothing was stored before)", code, body)
	}
}

// TestAPISuiteSitesTable registers the site in the sites table instead of Options.Sites.
func TestAPISuiteSitesTable(t *testing.T) {
	db, _ := newDB(t)
	opts := testOptions(t)
	for name, s := range opts.Sites {
		if err := ledger.PutSite(context.Background(), db, name, s); err != nil {
			t.Fatal(err)
		}
	}
	opts.Sites = nil
	srv := httptest.NewServer(ledger.New(db, opts))
	defer srv.Close()
	ledgertest.RunAPISuite(t, srv.URL, suiteConfig())
}

func TestMigrateTwice(t *testing.T) {
	db, _ := newDB(t)
	if err := ledger.Migrate(context.Background(), db); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := db.QueryRow(`SELECT COUNT(*) FROM d1_migrations`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != len(ledger.Migrations()) || n == 0 {
		t.Fatalf("d1_migrations has %d rows, want %d", n, len(ledger.Migrations()))
	}
}

func TestNoKeyIsServerError(t *testing.T) {
	db, _ := newDB(t)
	w := httptest.NewRecorder()
	ledger.New(db, ledger.Options{}).ServeHTTP(w, httptest.NewRequest("GET", "/v1/health", nil))
	if w.Code != http.StatusInternalServerError {
		t.Fatalf("status %d without a key, want 500", w.Code)
	}
}

// TestStatementsPerRecord bounds the statements one new record costs without transactions, as in the
// Worker where each is a round trip to D1 (and D1 bills rows read and written per statement).
func TestStatementsPerRecord(t *testing.T) {
	_, path := newDB(t)
	db := ledger.OpenNoTx(path)
	defer db.Close()
	for i := range 20 {
		opts := testOptions(t)
		opts.NoTransactions = true
		h := ledger.New(db, opts) // a fresh handler per request, as in the Worker
		before := ledger.Statements.Load()
		if _, err := post(h, ledgertest.NewRecord(testSite, time.Now())); err != nil {
			t.Fatal(err)
		}
		n := ledger.Statements.Load() - before
		t.Logf("record %d: %d statements", i, n)
		if n > 5 {
			t.Errorf("record %d took %d statements, want at most 5", i, n)
		}
	}
}
