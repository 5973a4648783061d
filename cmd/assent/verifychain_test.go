package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/assent-dev/assent/ledger"
	"github.com/assent-dev/assent/ledger/ledgertest"
	"github.com/assent-dev/assent/proof"
	proofbundle "github.com/assent-dev/assent/proof/bundle"
	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
)

// A regulator checks the proof bundle the console downloads (GET /v1/log/{site}/chain) with `assent verify`:
// every record with its receipt, and the chain's links. A bundle with one record changed is invalid.
func TestVerifyChainBundle(t *testing.T) {
	dir := t.TempDir()
	s, vkey, _, err := ledger.LoadOrCreateKeyFile(filepath.Join(dir, "log.key"), "chain.test")
	if err != nil {
		t.Fatal(err)
	}
	db, err := ledger.OpenSQLite(context.Background(), filepath.Join(dir, "l.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	srv := httptest.NewServer(ledger.New(db, ledger.Options{Signer: s, VerifierKey: vkey,
		Sites:  map[string]ledger.Site{"shop.example": {ExportKeySHA256: ledger.HashKey("owner-key")}},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}))
	defer srv.Close()
	now := time.Now()
	a := ledgertest.NewRecord("shop.example", now)
	b := ledgertest.Next(a, rules.ActionWithdraw, now)
	for _, rec := range []rules.Record{a, b, ledgertest.NewRecord("shop.example", now)} {
		if _, err := httpPost(srv.URL+"/v1/records", codec.FormatRecord(rec)); err != nil {
			t.Fatal(err)
		}
	}
	req, _ := http.NewRequest("GET", srv.URL+"/v1/log/shop.example/chain?record="+b.ID, nil)
	req.Header.Set("Authorization", "Bearer owner-key")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	bundle, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("chain: %d %s", resp.StatusCode, bundle)
	}
	file := filepath.Join(dir, "proof.json")
	os.WriteFile(file, bundle, 0o644)
	code, res := verifyOut(t, "", "--key-text", vkey, file)
	if code != 0 || !res.Valid || res.Kind != "chain" || res.Records == nil || *res.Records != 2 || res.ChainLinked == nil || !*res.ChainLinked || res.Subject != a.Subject {
		t.Fatalf("verify bundle: exit %d, %+v", code, res)
	}
	// The owner edits the withdrawal into a grant: the record no longer matches its receipt.
	forged := bytes.Replace(bundle, []byte(`"action":"withdraw"`), []byte(`"action":"accept_all"`), 1)
	if bytes.Equal(forged, bundle) {
		t.Fatal("the bundle holds no withdraw record to forge")
	}
	os.WriteFile(file, forged, 0o644)
	if code, res := verifyOut(t, "", "--key-text", vkey, file); code != 1 || res.Valid || !strings.Contains(res.Error, "records[1]") {
		t.Fatalf("forged bundle: exit %d, %+v", code, res)
	}
	// What failed survives the wrapping by record index: the forged record's hash does not match its content.
	if v, err := proof.NewVerifier(vkey); err != nil {
		t.Fatal(err)
	} else if res := verifyChainData(forged, v); !errors.Is(res.err, proofbundle.ErrHashMismatch) {
		t.Errorf("forged bundle: error %v, want one wrapping bundle.ErrHashMismatch", res.err)
	}
	// A bundle missing the subject's first record still proves the record it holds, but is not a whole chain.
	var full chainBundle
	if err := json.Unmarshal(bundle, &full); err != nil {
		t.Fatal(err)
	}
	full.Records = full.Records[1:]
	cut, _ := json.Marshal(full)
	os.WriteFile(file, cut, 0o644)
	if code, res := verifyOut(t, "", "--key-text", vkey, file); code != 0 || !res.Valid || res.ChainLinked == nil || *res.ChainLinked {
		t.Fatalf("bundle without the first record: exit %d, %+v; want valid, chain_linked false", code, res)
	}
	// Checked against another log's key, nothing verifies.
	_, otherV, _, err := ledger.LoadOrCreateKeyFile(filepath.Join(dir, "other.key"), "other.test")
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(file, bundle, 0o644)
	if code, res := verifyOut(t, "", "--key-text", otherV, file); code != 1 || res.Valid {
		t.Fatalf("bundle checked with another log's key: exit %d, %+v", code, res)
	}
}
