package audittest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/assent-dev/assent/internal/audit"
)

// recorder is a testing.TB that keeps the errors instead of failing the test.
type recorder struct {
	testing.TB
	errors []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}
func (r *recorder) Logf(string, ...any) {}
func (r *recorder) Helper()             {}

func TestAssertClean(t *testing.T) {
	srv := httptest.NewServer(http.FileServer(http.Dir("../testdata/site")))
	defer srv.Close()
	b, err := audit.NewBrowser(context.Background(), audit.BrowserOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	// A page built like Assent's widget passes.
	rep := AssertClean(t, b, srv.URL+"/assent-like.html", audit.Options{})
	if rep.Verdict != "clean" {
		t.Errorf("verdict %q", rep.Verdict)
	}
	// A page with a violation fails, naming the finding.
	rec := &recorder{TB: t}
	AssertClean(rec, b, srv.URL+"/preticked.html", audit.Options{})
	if len(rec.errors) != 1 {
		t.Fatalf("errors %q, want one", rec.errors)
	}
	if want := "preticked_purposes"; !contains(rec.errors[0], want) {
		t.Errorf("error %q does not name %s", rec.errors[0], want)
	}
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
