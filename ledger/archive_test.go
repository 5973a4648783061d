package ledger_test

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/assent-dev/assent/ledger"
	"github.com/assent-dev/assent/ledger/ledgertest"
	"github.com/assent-dev/assent/ledger/logclient"
	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/proof/archive"
	"golang.org/x/mod/sumdb/note"
)

// A ledger writer that stopped between recording an archived chunk and dropping its records (two statements,
// no transaction on D1) leaves the records readable; running `assent archive` again with the same file
// finishes the drop.
func TestArchiveFinishesAHalfDoneChunk(t *testing.T) {
	db, _ := newDB(t)
	srv := httptest.NewServer(ledger.New(db, testOptions(t)))
	defer srv.Close()
	ctx := context.Background()
	if res := ledgertest.Load(ctx, ledgertest.LoadConfig{BaseURL: srv.URL, Site: testSite, Origin: testOrigin, N: 5, Concurrency: 1}); res.Failures > 0 {
		t.Fatal(res.FirstErr)
	}
	v, _ := proof.NewVerifier(testVKey)
	keys := []note.Verifier{v}
	lc := logclient.Client{BaseURL: srv.URL, Key: testExportKey}
	file := filepath.Join(t.TempDir(), "a.ndjson")
	if _, err := lc.WriteArchive(ctx, testSite, 5, file, keys); err != nil {
		t.Fatal(err)
	}
	if end, err := lc.DropArchived(ctx, file, keys, 2); err != nil || end != 5 {
		t.Fatalf("archive: %d, %v", end, err)
	}
	// The stopped writer: entries 2 to 4 recorded as archived, their records still there.
	data, _ := os.ReadFile(file)
	var ids []string
	for _, line := range bytes.Split(bytes.TrimSpace(data), []byte("\n"))[1:] {
		var l archive.Line
		if err := json.Unmarshal(line, &l); err != nil {
			t.Fatal(err)
		}
		var rec struct{ ID string }
		json.Unmarshal(l.Record, &rec)
		ids = append(ids, rec.ID)
		if l.Index >= 2 {
			if _, err := db.Exec(`UPDATE entries SET record = ?1, receipt = ?2 WHERE site = ?3 AND idx = ?4`, string(l.Record), string(l.Receipt), testSite, l.Index); err != nil {
				t.Fatal(err)
			}
		}
	}
	get := func(id string) int {
		req, _ := http.NewRequest("GET", srv.URL+"/v1/records/"+id, nil)
		req.Header.Set("Authorization", "Bearer "+testExportKey)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		return res.StatusCode
	}
	if got := get(ids[3]); got != 200 {
		t.Fatalf("a record of the half-done chunk: %d, want it still readable (200)", got)
	}
	if end, err := lc.DropArchived(ctx, file, keys, 2); err != nil || end != 5 {
		t.Fatalf("archive again: %d, %v", end, err)
	}
	for i, id := range ids {
		if got := get(id); got != 410 {
			t.Errorf("entry %d after archiving again: %d, want 410", i, got)
		}
	}
}
