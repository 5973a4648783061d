package ledger_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/assent-dev/assent/ledger"
	"github.com/assent-dev/assent/ledger/ledgertest"
	"github.com/assent-dev/assent/ledger/logclient"
	"github.com/assent-dev/assent/proof"
)

// TestEntriesPagesCappedByBytes: 130 records of 40 KB each are 5 MB; one keyed /entries page stops early
// (its "end" says where) and stays a few MiB, and the log client reads every page to the end.
func TestEntriesPagesCappedByBytes(t *testing.T) {
	db, _ := newDB(t)
	h := ledger.New(db, testOptions(t))
	srv := httptest.NewServer(h)
	defer srv.Close()
	const n = 130
	for i := range n {
		r := ledgertest.NewRecord(testSite, time.Now())
		r.Revision = strings.Repeat("r", 40000)
		ledgertest.Reseal(&r)
		if _, err := post(h, r); err != nil {
			t.Fatalf("record %d: %v", i, err)
		}
	}
	req, _ := http.NewRequest("GET", srv.URL+"/v1/log/"+testSite+"/entries?start=0&end="+"130", nil)
	req.Header.Set("Authorization", "Bearer "+testExportKey)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var page struct {
		End     int64             `json:"end"`
		Entries []json.RawMessage `json:"entries"`
	}
	if err := json.NewDecoder(res.Body).Decode(&page); err != nil {
		t.Fatal(err)
	}
	size := 0
	for _, e := range page.Entries {
		size += len(e)
	}
	if page.End >= n || int64(len(page.Entries)) != page.End || size > 5<<20 {
		t.Fatalf("page of %d entries (%d bytes), end %d: want a page capped by bytes", len(page.Entries), size, page.End)
	}
	v, _ := proof.NewVerifier(testVKey)
	got, err := (&logclient.Client{BaseURL: srv.URL, Key: testExportKey}).VerifyLog(context.Background(), testSite, v)
	if err != nil || len(got.Records) != n {
		t.Fatalf("log client read %d records (%v), want %d", len(got.Records), err, n)
	}
}
