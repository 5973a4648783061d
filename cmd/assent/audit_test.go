package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestAuditUsage(t *testing.T) {
	cases := [][]string{
		{}, // no URL
		{"https://a.example/", "https://b.example/"}, // two URLs
		{"--viewport", "tablet", "https://a.example/"},
		{"--nope", "https://a.example/"},
		{"ftp://a.example/"},
	}
	for _, args := range cases {
		var stdout, stderr bytes.Buffer
		if code := cmdAudit(context.Background(), args, nil, &stdout, &stderr); code != 2 {
			t.Errorf("assent audit %q: exit %d, want 2 (stderr %q)", args, code, stderr.String())
		}
		if stdout.Len() != 0 {
			t.Errorf("assent audit %q wrote to stdout: %q", args, stdout.String())
		}
	}
}

// One real run: a page with an analytics cookie before consent exits 1, prints the finding, writes the report.
func TestAuditFixturePage(t *testing.T) {
	srv := httptest.NewServer(http.FileServer(http.Dir("../../internal/audit/testdata/site")))
	defer srv.Close()
	out := t.TempDir()
	var stdout, stderr bytes.Buffer
	code := cmdAudit(context.Background(), []string{srv.URL + "/cookie-before.html", "--out", out, "--timeout", "60s"}, nil, &stdout, &stderr)
	if code != 1 {
		t.Fatalf("exit %d, want 1\nstdout:\n%s\nstderr:\n%s", code, stdout.String(), stderr.String())
	}
	if !strings.Contains(stdout.String(), "ERROR non_essential_before_consent") {
		t.Errorf("summary lacks the finding:\n%s", stdout.String())
	}
	if !strings.Contains(stderr.String(), "audit: first visit") {
		t.Errorf("no progress on stderr:\n%s", stderr.String())
	}
	data, err := os.ReadFile(filepath.Join(out, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	var rep struct {
		Schema string `json:"schema"`
		Counts struct {
			Errors int `json:"errors"`
		} `json:"counts"`
	}
	if err := json.Unmarshal(data, &rep); err != nil || rep.Schema != "assent.audit/v1" || rep.Counts.Errors == 0 {
		t.Errorf("report.json: %v %+v", err, rep)
	}
	for _, f := range []string{"report.html", "screenshots/first_layer.png"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Error(err)
		}
	}
}
