package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// assent loader writes what GET /v1/sites/{site}/assent.js serves, decided as of --date; bad input is exit 2
// with a message and no output.
func TestCmdLoader(t *testing.T) {
	dist := t.TempDir()
	os.WriteFile(filepath.Join(dist, "assent.js"), []byte("/*the loader*/"), 0o644)
	run := func(args ...string) (int, string, string) {
		var out, errb bytes.Buffer
		code := cmdLoader(context.Background(), append([]string{"--dist", dist}, args...), nil, &out, &errb)
		return code, out.String(), errb.String()
	}
	code, js, _ := run("--config", "../../site/assent.json", "--date", "2026-02-04")
	if code != 0 || !strings.HasPrefix(js, `window.__assentPaint={"base":"/"`) || !strings.Contains(js, `\"date\":\"2026-02-04\"`) ||
		!strings.HasSuffix(js, "/*the loader*/") {
		t.Fatalf("exit %d, output %.200q", code, js)
	}
	out := filepath.Join(t.TempDir(), "site.js")
	if code, _, _ := run("--config", "../../site/assent.json", "--out", out); code != 0 {
		t.Fatalf("--out: exit %d", code)
	}
	if b, err := os.ReadFile(out); err != nil || !strings.Contains(string(b), "demo.assent.test") {
		t.Fatalf("--out wrote %q, %v", b, err)
	}
	for _, c := range []struct {
		args []string
		msg  string
	}{
		{nil, "usage"},
		{[]string{"--config", "../../site/assent.json", "--date", "2026-13-01"}, "--date"},
		{[]string{"--config", "/nonexistent/assent.json"}, "no such file"},
		{[]string{"--config", "../../go.mod"}, "config"},
	} {
		code, js, msg := run(c.args...)
		if code != 2 || js != "" || !strings.Contains(msg, c.msg) {
			t.Errorf("%v: exit %d, stdout %.60q, stderr %q; want 2 and %q", c.args, code, js, msg, c.msg)
		}
	}
}
