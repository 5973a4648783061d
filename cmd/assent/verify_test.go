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
	"testing"
	"time"

	"github.com/assent-dev/assent/ledger"
	"github.com/assent-dev/assent/ledger/ledgertest"
	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
)

// testLedger serves a ledger for site shop.example on a temporary SQLite file; it returns its URL and the
// paths of its private key file and of a file holding its verifier key.
func testLedger(t *testing.T) (url, keyFile, vkeyFile string) {
	dir := t.TempDir()
	keyFile = filepath.Join(dir, "log.key")
	s, vkey, _, err := ledger.LoadOrCreateKeyFile(keyFile, "verify.test")
	if err != nil {
		t.Fatal(err)
	}
	vkeyFile = filepath.Join(dir, "verifier.txt")
	os.WriteFile(vkeyFile, []byte(vkey+"\n"), 0o644)
	db, err := ledger.OpenSQLite(context.Background(), filepath.Join(dir, "l.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	srv := httptest.NewServer(ledger.New(db, ledger.Options{Signer: s, VerifierKey: vkey,
		Sites:  map[string]ledger.Site{"shop.example": {}},
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}))
	t.Cleanup(srv.Close)
	return srv.URL, keyFile, vkeyFile
}

// postRecords logs n records and returns the last one and its receipt.
func postRecords(t *testing.T, url string, n int) (rules.Record, []byte) {
	var rec rules.Record
	var receipt []byte
	for range n {
		rec = ledgertest.NewRecord("shop.example", time.Now())
		resp, err := httpPost(url+"/v1/records", codec.FormatRecord(rec))
		if err != nil {
			t.Fatal(err)
		}
		receipt = resp
	}
	return rec, receipt
}

func httpPost(url string, body []byte) ([]byte, error) {
	resp, err := httpClient.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

var httpClient = http.DefaultClient

// closedURL returns the URL of a server that is no longer listening.
func closedURL() string {
	srv := httptest.NewServer(nil)
	srv.Close()
	return srv.URL
}

func verifyOut(t *testing.T, stdin string, args ...string) (int, verifyResult) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), append([]string{"verify"}, args...), strings.NewReader(stdin), &out, &errb)
	var res verifyResult
	if code != 2 {
		if err := json.Unmarshal(out.Bytes(), &res); err != nil {
			t.Fatalf("verify %q: stdout is not a result: %v: %q (stderr %s)", args, err, out.String(), errb.String())
		}
	}
	return code, res
}

func TestVerifyReceipt(t *testing.T) {
	url, keyFile, vkeyFile := testLedger(t)
	rec, receipt := postRecords(t, url, 5)
	dir := t.TempDir()
	file := filepath.Join(dir, "receipt.json")
	os.WriteFile(file, receipt, 0o644)
	vkey, _ := os.ReadFile(vkeyFile)

	for _, keyArgs := range [][]string{{"--key", vkeyFile}, {"--key", keyFile}, {"--key-text", strings.TrimSpace(string(vkey))}} {
		code, res := verifyOut(t, "", append(keyArgs, file)...)
		if code != 0 || !res.Valid || res.Site != "shop.example" || *res.Index != 4 || *res.TreeSize != 5 ||
			res.RecordHash != rec.Hash || *res.RecordChecked {
			t.Errorf("verify %v: exit %d, %+v", keyArgs, code, res)
		}
	}
	bundle := `{"record":` + string(codec.FormatRecord(rec)) + `,"receipt":` + string(receipt) + `}`
	var pretty bytes.Buffer
	json.Indent(&pretty, []byte(bundle), "", "  ")
	code, res := verifyOut(t, pretty.String(), "--key", vkeyFile, "-")
	if code != 0 || !*res.RecordChecked || res.RecordID != rec.ID || res.SubjectSigned == nil || !*res.SubjectSigned {
		t.Errorf("bundle from stdin: exit %d, %+v", code, res)
	}
}

func TestVerifyReceiptInvalid(t *testing.T) {
	url, _, vkeyFile := testLedger(t)
	rec, receipt := postRecords(t, url, 3)
	other, _ := postRecords(t, url, 1)
	otherURL, _, otherKey := testLedger(t)
	postRecords(t, otherURL, 1)

	tampered := rec
	tampered.Purposes = map[string]bool{"necessary": true, "analytics": false, "marketing": false}
	resealed := tampered
	resealed.Seal()
	badSig := rec
	badSig.Sig = other.Sig // a valid signature by another subject: hash and receipt still hold
	cases := map[string]struct{ input, key string }{
		"changed index":       {strings.Replace(string(receipt), `"index":2`, `"index":1`, 1), vkeyFile},
		"another key":         {string(receipt), otherKey},
		"record changed":      {`{"record":` + string(codec.FormatRecord(tampered)) + `,"receipt":` + string(receipt) + `}`, vkeyFile},
		"record resealed":     {`{"record":` + string(codec.FormatRecord(resealed)) + `,"receipt":` + string(receipt) + `}`, vkeyFile},
		"another record":      {`{"record":` + string(codec.FormatRecord(other)) + `,"receipt":` + string(receipt) + `}`, vkeyFile},
		"subject signature":   {`{"record":` + string(codec.FormatRecord(badSig)) + `,"receipt":` + string(receipt) + `}`, vkeyFile},
		"not a receipt":       {`{"hello":1}`, vkeyFile},
		"not JSON":            {"receipt", vkeyFile},
		"unknown bundle part": {`{"receipt":` + string(receipt) + `,"note":"x"}`, vkeyFile},
	}
	for name, c := range cases {
		code, res := verifyOut(t, c.input, "--key", c.key, "-")
		if code != 1 || res.Valid || res.Error == "" {
			t.Errorf("%s: exit %d, %+v; want 1 and an error", name, code, res)
		}
	}
}

func TestVerifyUsage(t *testing.T) {
	_, _, vkeyFile := testLedger(t)
	for _, args := range [][]string{
		{"receipt.json"}, // no key
		{"--key", vkeyFile},
		{"--key", vkeyFile, "--key-text", "x", "r.json"},
		{"--key", filepath.Join(t.TempDir(), "missing"), "r.json"},
		{"--key", vkeyFile, filepath.Join(t.TempDir(), "missing.json")},
		{"--key-text", "not-a-key", "r.json"},
		{"--log", closedURL()}, // no --site
	} {
		if code, _ := verifyOut(t, "", args...); code != 2 {
			t.Errorf("verify %q: exit %d, want 2", args, code)
		}
	}
}

func TestVerifyLog(t *testing.T) {
	url, _, vkeyFile := testLedger(t)
	postRecords(t, url, 9)
	code, res := verifyOut(t, "", "--log", url, "--site", "shop.example", "--key", vkeyFile)
	if code != 0 || !res.Valid || *res.TreeSize != 9 || res.Root == "" || res.KeySource != "flag" {
		t.Fatalf("exit %d, %+v", code, res)
	}
	code, res = verifyOut(t, "", "--log", url, "--site", "shop.example")
	if code != 0 || res.KeySource != "log" {
		t.Fatalf("with the log's own key: exit %d, %+v", code, res)
	}
	_, _, otherKey := testLedger(t)
	if code, res := verifyOut(t, "", "--log", url, "--site", "shop.example", "--key", otherKey); code != 1 || res.Valid {
		t.Fatalf("another key: exit %d, %+v", code, res)
	}
	if code, _ := verifyOut(t, "", "--log", closedURL(), "--site", "shop.example", "--key", vkeyFile); code != 2 {
		t.Fatalf("unreachable ledger: exit %d, want 2", code)
	}
}
