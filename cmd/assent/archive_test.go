package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/assent-dev/assent/ledger/ledgertest"
	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
)

// TestArchiveJourney: a site owner archives the old part of the log `assent serve` keeps, verifies the file
// offline and against the live log, the log goes on (appends, chains across the cut, whole-log verification),
// a second archive continues the first; without the key, or with a file that was changed, nothing happens.
func TestArchiveJourney(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("ASSENT_EXPORT_KEY", "ka")
	t.Setenv("ASSENT_SITE_KEY", "")
	keyFile := filepath.Join(dir, "s.key")
	s, code := startServe(t, "--db", filepath.Join(dir, "s.db"), "--key", keyFile, "--site", "a.example=https://a.example")
	if code != -1 {
		t.Fatalf("exit %d: %s", code, s.stderr)
	}
	post := func(rec rules.Record) int {
		c, body := request(t, "POST", s.url+"/v1/records", codec.FormatRecord(rec), "Content-Type", "application/json", "Origin", "https://a.example")
		if c != 201 && c != 200 {
			t.Logf("post: %d %s", c, body)
		}
		return c
	}
	first := ledgertest.NewRecord("a.example", time.Now())
	post(first)
	for range 4 {
		post(ledgertest.NewRecord("a.example", time.Now()))
	}
	archiveCmd := func(args ...string) (int, archiveResult, string) {
		var out, errb bytes.Buffer
		code := run(context.Background(), append([]string{"archive", "--url", s.url, "--site", "a.example"}, args...), strings.NewReader(""), &out, &errb)
		var res archiveResult
		if code == 0 {
			if err := json.Unmarshal(out.Bytes(), &res); err != nil {
				t.Fatalf("archive %q: %v: %s", args, err, out.String())
			}
		}
		return code, res, errb.String()
	}
	f1 := filepath.Join(dir, "a1.ndjson")
	if code, _, errs := archiveCmd("--before", "3", "--out", f1); code != 2 || !strings.Contains(errs, "site's key") {
		t.Fatalf("archive without the key: exit %d %s; want 2 naming the key", code, errs)
	}
	if code, _, errs := archiveCmd("--before", "3", "--out", f1, "--site-key", "kb"); code != 1 || !strings.Contains(errs, "401") {
		t.Fatalf("archive with a wrong key: exit %d %s; want 1 and the ledger's 401", code, errs)
	}
	if _, err := os.Stat(f1); err == nil {
		t.Fatal("a refused archive left a file")
	}
	code, res, errs := archiveCmd("--before", "3", "--out", f1, "--site-key", "ka")
	if code != 0 || !res.Dropped || res.Start != 0 || res.End != 3 || res.ArchivedEnd != 3 || len(res.SHA256) != 64 {
		t.Fatalf("archive: exit %d %+v %s", code, res, errs)
	}
	if c, body := request(t, "GET", s.url+"/v1/records/"+first.ID+"?site=a.example", nil, "Authorization", "Bearer ka"); c != 410 ||
		!bytes.Contains(body, []byte(`"error":"archived"`)) || !bytes.Contains(body, []byte(res.SHA256)) {
		t.Fatalf("an archived record: %d %s; want 410 naming the archive file", c, body)
	}
	if code, vr := verifyOut(t, "", "--key", keyFile, f1); code != 0 || vr.Kind != "archive" || *vr.Records != 3 || *vr.ArchiveEnd != 3 {
		t.Fatalf("verify the archive offline: exit %d %+v", code, vr)
	}

	// The log goes on: the subject of an archived record continues its chain, the archive is a prefix of the
	// live log, the whole log verifies with the key (archived records are checked in the file).
	if c := post(ledgertest.Next(first, rules.ActionWithdraw, time.Now())); c != 201 {
		t.Fatalf("a record chained to an archived one: %d", c)
	}
	post(ledgertest.NewRecord("a.example", time.Now()))
	// The console's proof bundle of that subject names its archived record and verifies as a linked chain.
	c, bundle := request(t, "GET", s.url+"/v1/log/a.example/chain?subject="+first.Subject, nil, "Authorization", "Bearer ka")
	if c != 200 || !bytes.Contains(bundle, []byte(res.SHA256)) {
		t.Fatalf("chain across the cut: %d %s", c, bundle)
	}
	bundleFile := filepath.Join(dir, "proof.json")
	os.WriteFile(bundleFile, bundle, 0o600)
	if code, vr := verifyOut(t, "", "--key", keyFile, bundleFile); code != 0 || *vr.Records != 1 || *vr.ArchivedRecords != 1 || !*vr.ChainLinked {
		t.Fatalf("verify the bundle across the cut: exit %d %+v", code, vr)
	}
	if code, vr := verifyOut(t, "", "--key", keyFile, "--log", s.url, f1); code != 0 || *vr.LiveSize != 7 {
		t.Fatalf("verify the archive against the live log: exit %d %+v", code, vr)
	}
	if code, vr := verifyOut(t, "", "--log", s.url, "--site", "a.example", "--site-key", "ka"); code != 0 || !*vr.RecordsChecked || *vr.TreeSize != 7 {
		t.Fatalf("verify the whole log after archiving: exit %d %+v", code, vr)
	}
	data, _ := os.ReadFile(f1)
	bad := filepath.Join(dir, "bad.ndjson")
	os.WriteFile(bad, bytes.Replace(data, []byte(first.ID), []byte(ledgertest.NewUUID()), 1), 0o600)
	if code, vr := verifyOut(t, "", "--key", keyFile, bad); code != 1 || vr.Valid {
		t.Fatalf("verify a changed archive: exit %d %+v", code, vr)
	}
	lines := bytes.SplitAfter(data, []byte("\n"))
	for name, changed := range map[string][]byte{
		"an entry left out":     bytes.Join(append(append([][]byte{}, lines[:2]...), lines[3:]...), nil),
		"two entries swapped":   bytes.Join([][]byte{lines[0], lines[2], lines[1], lines[3]}, nil),
		"the range stretched":   bytes.Replace(data, []byte(`"end":3`), []byte(`"end":4`), 1),
		"the prefix made up":    bytes.Replace(data, []byte(`"prefix":[]`), []byte(`"prefix":["`+strings.Repeat("A", 43)+`="]`), 1),
		"the header's head cut": bytes.Replace(data, []byte(`"head":"a.example/consent-log\n`), []byte(`"head":"b.example/consent-log\n`), 1),
	} {
		os.WriteFile(bad, changed, 0o600)
		if code, vr := verifyOut(t, "", "--key", keyFile, bad); code != 1 || vr.Valid {
			t.Errorf("verify an archive with %s: exit %d %+v", name, code, vr)
		}
	}
	// A log forked from this one (the same key, other entries) makes archives that verify alone, but not as a
	// prefix of the live log.
	t.Setenv("ASSENT_EXPORT_KEY", "kf")
	fork, code := startServe(t, "--db", filepath.Join(dir, "fork.db"), "--key", keyFile, "--site", "a.example=https://a.example")
	if code != -1 {
		t.Fatalf("fork: exit %d: %s", code, fork.stderr)
	}
	for range 4 {
		request(t, "POST", fork.url+"/v1/records", codec.FormatRecord(ledgertest.NewRecord("a.example", time.Now())), "Content-Type", "application/json", "Origin", "https://a.example")
	}
	forked := filepath.Join(dir, "forked.ndjson")
	var out, errb bytes.Buffer
	if code := run(context.Background(), []string{"archive", "--url", fork.url, "--site", "a.example", "--site-key", "kf", "--before", "3", "--keep", "--out", forked}, nil, &out, &errb); code != 0 {
		t.Fatalf("archive the fork: exit %d %s", code, errb.String())
	}
	if code, vr := verifyOut(t, "", "--key", keyFile, forked); code != 0 || !vr.Valid {
		t.Fatalf("the fork's archive alone: exit %d %+v", code, vr)
	}
	if code, vr := verifyOut(t, "", "--key", keyFile, "--log", s.url, forked); code != 1 || vr.Valid || !strings.Contains(vr.Error, "consistent") {
		t.Fatalf("the fork's archive against the live log: exit %d %+v; want invalid", code, vr)
	}
	os.WriteFile(bad, bytes.Replace(data, []byte(first.ID), []byte(ledgertest.NewUUID()), 1), 0o600)
	if code, _, errs := archiveCmd("--out", bad, "--site-key", "ka"); code != 1 {
		t.Fatalf("drop with a changed archive: exit %d %s", code, errs)
	}

	// Idempotent, then a second archive continues the first.
	if code, res, errs := archiveCmd("--out", f1, "--site-key", "ka"); code != 0 || res.ArchivedEnd != 3 {
		t.Fatalf("archive again with the same file: exit %d %+v %s", code, res, errs)
	}
	f2 := filepath.Join(dir, "a2.ndjson")
	if code, res, errs := archiveCmd("--before", "6", "--out", f2, "--site-key", "ka"); code != 0 || res.Start != 3 || res.ArchivedEnd != 6 {
		t.Fatalf("second archive: exit %d %+v %s", code, res, errs)
	}
	if code, vr := verifyOut(t, "", "--log", s.url, f2); code != 0 || *vr.ArchiveStart != 3 || vr.KeySource != "log" {
		t.Fatalf("verify the second archive with the log's keys: exit %d %+v", code, vr)
	}
	if code, vr := verifyOut(t, "", "--log", s.url, "--site", "a.example", "--site-key", "ka"); code != 0 || *vr.TreeSize != 7 {
		t.Fatalf("verify the whole log after two archives: exit %d %+v", code, vr)
	}
}
