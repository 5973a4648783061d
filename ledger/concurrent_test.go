package ledger_test

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/assent-dev/assent/ledger"
	"github.com/assent-dev/assent/ledger/ledgertest"
	"github.com/assent-dev/assent/ledger/logclient"
	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
)

// TestConcurrentInstances appends from many ledger instances at once, each with its own *sql.DB on the same
// SQLite file (as separate Worker instances or processes would), half of them without transactions (as on
// D1), every record posted twice by different instances. The log must hold each record exactly once, without
// gaps, every receipt must verify, both posts of a record must get the same receipt, and every head ever
// signed must be a prefix of the final tree (no fork).
func TestConcurrentInstances(t *testing.T) {
	const instances, perInstance = 8, 40
	_, path := newDB(t)
	handlers := make([]http.Handler, instances)
	for i := range handlers {
		var db *sql.DB
		if i%2 == 0 {
			db = ledger.OpenNoTx(path)
		} else {
			var err error
			if db, err = sql.Open("sqlite", ledger.SQLiteDSN(path)); err != nil {
				t.Fatal(err)
			}
		}
		defer db.Close()
		opts := testOptions(t)
		opts.NoTransactions = i%2 == 0
		handlers[i] = ledger.New(db, opts)
	}
	records := make([]rules.Record, instances*perInstance)
	for i := range records {
		records[i] = ledgertest.NewRecord(testSite, time.Now())
	}
	receipts := make([][2]string, len(records))
	var wg sync.WaitGroup
	errs := make(chan error, 2*len(records))
	for i := range instances {
		for pass := range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				// Pass 0 posts this instance's records; pass 1 posts the next instance's, in reverse.
				owner := (i + pass) % instances
				for k := range perInstance {
					if pass == 1 {
						k = perInstance - 1 - k
					}
					n := owner*perInstance + k
					body, err := post(handlers[i], records[n])
					if err != nil {
						errs <- fmt.Errorf("instance %d record %d: %w", i, n, err)
						return
					}
					receipts[n][pass] = body
				}
			}()
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	checkFinalLog(t, path, records, receipts)
}

// post sends rec to h and returns the receipt of a 200 or 201 answer.
func post(h http.Handler, rec rules.Record) (string, error) {
	req := httptest.NewRequest("POST", "/v1/records", bytes.NewReader(codec.FormatRecord(rec)))
	req.Header.Set("Content-Type", "application/json")
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != 200 && w.Code != 201 {
		return "", fmt.Errorf("status %d: %s", w.Code, w.Body)
	}
	return strings.TrimSpace(w.Body.String()), nil
}

func checkFinalLog(t *testing.T, path string, records []rules.Record, receipts [][2]string) {
	t.Helper()
	db, err := ledger.OpenSQLite(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var count, maxIdx int64
	if err := db.QueryRow(`SELECT COUNT(*), MAX(idx) FROM entries WHERE site = ?1`, testSite).Scan(&count, &maxIdx); err != nil {
		t.Fatal(err)
	}
	if count != int64(len(records)) || maxIdx != count-1 {
		t.Fatalf("log has %d entries up to index %d, want %d without gaps", count, maxIdx, len(records))
	}
	v, err := proof.NewVerifier(testVKey)
	if err != nil {
		t.Fatal(err)
	}
	var earlier []proof.Head
	for i, rec := range records {
		if receipts[i][0] != receipts[i][1] {
			t.Fatalf("record %d got two different receipts:\n%s\n%s", i, receipts[i][0], receipts[i][1])
		}
		rc, err := proof.ParseReceipt([]byte(receipts[i][0]))
		if err != nil {
			t.Fatal(err)
		}
		h, err := proof.VerifyReceipt(rc, rec.Hash, v)
		if err != nil {
			t.Fatalf("receipt %d: %v", i, err)
		}
		earlier = append(earlier, h)
	}
	rows, err := db.Query(`SELECT note FROM heads WHERE site = ?1`, testSite)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var note string
		rows.Scan(&note)
		h, err := proof.OpenHead([]byte(note), v)
		if err != nil {
			t.Fatalf("stored head: %v", err)
		}
		earlier = append(earlier, h)
	}
	rows.Close()
	srv := httptest.NewServer(ledger.New(db, testOptions(t)))
	defer srv.Close()
	lc := logclient.Client{BaseURL: srv.URL}
	res, err := lc.VerifyLog(context.Background(), testSite, v, earlier...)
	if err != nil {
		t.Fatalf("final log: %v", err)
	}
	if res.Head.Size != count {
		t.Fatalf("final head has size %d, want %d", res.Head.Size, count)
	}
	t.Logf("%d records, %d heads signed", count, len(earlier)-len(records))
}
