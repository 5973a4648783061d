// Package audittest runs `assent audit` from Go tests. Assent's own end-to-end test calls [AssertClean] on the demo
// site served by `assent serve`: Assent's pages must come out of the audit with no finding at all.
package audittest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/assent-dev/assent/internal/audit"
)

// AssertClean audits url and fails t for every finding (errors and warnings), logging each one and where the full
// report was written: $ASSENT_AUDIT_OUT/<test name> when that variable is set, else a temporary directory. b may
// be nil: a Chromium is then started for this call and closed at its end (share one [audit.Browser] across calls
// when you audit several pages). It returns the report for further checks.
func AssertClean(t testing.TB, b *audit.Browser, url string, o audit.Options) *audit.Report {
	t.Helper()
	ctx := context.Background()
	if b == nil {
		var err error
		if b, err = audit.NewBrowser(ctx, audit.BrowserOptions{Lang: o.Lang}); err != nil {
			t.Fatalf("audittest: %v", err)
		}
		defer b.Close()
	}
	rep, err := b.Audit(ctx, url, o)
	if err != nil {
		t.Fatalf("audittest: %v", err)
	}
	if len(rep.Findings) == 0 {
		return rep
	}
	dir := t.TempDir()
	if root := os.Getenv("ASSENT_AUDIT_OUT"); root != "" {
		dir = filepath.Join(root, filepath.Base(t.Name()))
	}
	if err := audit.WriteReport(dir, rep); err != nil {
		t.Logf("audittest: writing the report: %v", err)
	}
	for _, f := range rep.Findings {
		t.Errorf("%s: %s %s: %s", url, f.Severity, f.Code, f.Message)
	}
	t.Logf("audittest: full report in %s", filepath.Join(dir, "report.html"))
	return rep
}
