package main

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The files generated from rules/vocab.go say what it declares.
func TestGeneratedFilesUpToDate(t *testing.T) {
	stale, err := run("../..", false)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range stale {
		t.Errorf("%s is stale: run `go generate ./rules` (or `make generate`) and commit the result", f)
	}
}

// A copy edited by hand is found stale and regenerated; every generated file is covered.
func TestTamperedCopiesAreRegenerated(t *testing.T) {
	dir := t.TempDir()
	tamper := map[string][2]string{
		"wasm/assent.js":                 {"'ad_user_data', ", ""},
		"wasm/assent.d.ts":               {"| 'preticked_purposes'", "| 'preticked_purpose'"},
		"README.md":                      {"| `record_invalid` | 400 |", "| `record_invalid` | 422 |"},
		"site/schema/assent.schema.json": {`"default": 182`, `"default": 365`},
		"site/schema/record.schema.json": {`"double_opt_in", "not_allowed"]`, `"double_opt_in"]`},
	}
	var files []string
	for _, g := range generators {
		if !slices.Contains(files, g.file) {
			files = append(files, g.file)
		}
	}
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join("../..", f))
		if err != nil {
			t.Fatal(err)
		}
		tm, ok := tamper[f]
		if !ok {
			t.Fatalf("%s is generated but not tampered with here", f)
		}
		if !bytes.Contains(b, []byte(tm[0])) {
			t.Fatalf("%s: no %q to tamper with", f, tm[0])
		}
		b = bytes.Replace(b, []byte(tm[0]), []byte(tm[1]), 1)
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, f)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	stale, err := run(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(files)
	if !slices.Equal(stale, files) {
		t.Errorf("stale = %v, want %v", stale, files)
	}
	for _, f := range files {
		got, _ := os.ReadFile(filepath.Join(dir, f))
		want, _ := os.ReadFile(filepath.Join("../..", f))
		if !bytes.Equal(got, want) {
			t.Errorf("%s: regenerated copy differs from the repository's", f)
		}
	}
	if stale, _ := run(dir, false); len(stale) != 0 {
		t.Errorf("after regenerating, still stale: %v", stale)
	}
}

// A file whose markers are gone is an error, not a silent skip.
func TestMissingMarkers(t *testing.T) {
	_, err := block("/* begin */\n", "/* end */\n", func() string { return "x\n" })([]byte("no markers\n"))
	if err == nil || !strings.Contains(err.Error(), "begin") {
		t.Errorf("err = %v", err)
	}
	if _, err := jsonAt([]string{"a", "b"}, 1)([]byte(`{"a": {"c": 2}}`)); err == nil {
		t.Error("a missing JSON path is not an error")
	}
	got, err := jsonAt([]string{"a", "b"}, []string{"x", "y"})([]byte(`{"z": [1, {"b": 0}], "a": {"c": 2, "b": [] , "d": 1}}`))
	if err != nil || string(got) != `{"z": [1, {"b": 0}], "a": {"c": 2, "b": ["x", "y"] , "d": 1}}` {
		t.Errorf("jsonAt = %s, %v", got, err)
	}
}
