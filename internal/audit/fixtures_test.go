package audit

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// One fixture server and one Chromium for the whole test run (the machine's cores are shared).
var (
	shared     sync.Once
	sharedSrv  *httptest.Server
	sharedTLS  *httptest.Server // the tracker host, over HTTPS as real tags are
	sharedB    *Browser
	sharedErr  error
	sharedStop context.CancelFunc
)

func TestMain(m *testing.M) {
	code := m.Run()
	if sharedB != nil {
		sharedB.Close()
	}
	if sharedStop != nil {
		sharedStop()
	}
	if sharedSrv != nil {
		sharedSrv.Close()
	}
	if sharedTLS != nil {
		sharedTLS.Close()
	}
	os.Exit(code)
}

// trackerHost is a real analytics host name; the browser resolves it to the fixture server.
const trackerHost = "www.google-analytics.com"

// fixtureHandler serves testdata/site, and answers as the tracker host for requests addressed to it.
func fixtureHandler() http.Handler {
	files := http.FileServer(http.Dir("testdata/site"))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.Host, trackerHost) {
			if r.URL.Path == "/ga.js" {
				w.Header().Set("Content-Type", "text/javascript")
				http.ServeFile(w, r, "testdata/site/tracker-ga.js")
				return
			}
			w.WriteHeader(http.StatusNoContent)
			return
		}
		files.ServeHTTP(w, r)
	})
}

// fixtures returns the shared server and browser, starting them on first use.
func fixtures(t *testing.T) (*httptest.Server, *Browser) {
	t.Helper()
	shared.Do(func() {
		sharedSrv = httptest.NewServer(fixtureHandler())
		sharedTLS = httptest.NewTLSServer(fixtureHandler())
		var ctx context.Context
		ctx, sharedStop = context.WithCancel(context.Background())
		addr := strings.TrimPrefix(sharedTLS.URL, "https://")
		sharedB, sharedErr = NewBrowser(ctx, BrowserOptions{
			HostResolverRules:       "MAP " + trackerHost + " " + addr,
			IgnoreCertificateErrors: true,
		})
	})
	if sharedErr != nil {
		t.Fatalf("starting chromium: %v", sharedErr)
	}
	return sharedSrv, sharedB
}

// parallelAudits bounds the audits running at once in the shared browser (the machine has 2 cores, shared).
var parallelAudits = make(chan struct{}, 4)

func auditFixture(t *testing.T, page string, o Options) *Report {
	t.Helper()
	srv, b := fixtures(t)
	parallelAudits <- struct{}{}
	defer func() { <-parallelAudits }()
	if o.Timeout == 0 {
		o.Timeout = 60 * time.Second
	}
	rep, err := b.Audit(context.Background(), srv.URL+"/"+page, o)
	if err != nil {
		t.Fatalf("audit %s: %v", page, err)
	}
	return rep
}

// Each fixture page has exactly one known violation; the clean page has no finding at all.
func TestFixtures(t *testing.T) {
	cases := []struct {
		page string
		want []string
	}{
		{"clean.html", nil},
		{"preticked.html", []string{CodePretickedPurposes}},
		{"second-layer.html", []string{CodeRejectNotOnFirstLayer}},
		{"grey-link.html", []string{CodeRejectIsLink}},
		{"cookie-before.html", []string{CodeNonEssentialBeforeConsent}},
		{"reject-ignored.html", []string{CodeRejectNotRespected}},
		{"consent-mode-missing.html", []string{CodeConsentModeDefaultMissing}},
		{"assent-like.html", nil},
	}
	fixtures(t) // start the shared browser before the parallel subtests
	for _, c := range cases {
		t.Run(c.page, func(t *testing.T) {
			t.Parallel()
			rep := auditFixture(t, c.page, Options{})
			checkOrdinary(t, rep.Environment)
			got := rep.Codes()
			if !slices.Equal(got, c.want) {
				for _, f := range rep.Findings {
					t.Logf("%s %s: %s", f.Severity, f.Code, f.Message)
				}
				t.Fatalf("%s: finding codes %v, want %v", c.page, got, c.want)
			}
			wantVerdict := "clean"
			if len(c.want) > 0 {
				wantVerdict = "violations"
			}
			if rep.Verdict != wantVerdict {
				t.Errorf("verdict %q, want %q", rep.Verdict, wantVerdict)
			}
			t.Logf("%s: %d ms", c.page, rep.DurationMS)
		})
	}
}

// The mobile viewport taps instead of clicking and uses a mobile user agent; the clean page stays clean.
func TestMobileClean(t *testing.T) {
	t.Parallel()
	rep := auditFixture(t, "clean.html", Options{Viewport: "mobile", Lang: "fr"})
	if codes := rep.Codes(); len(codes) != 0 {
		t.Fatalf("mobile clean.html: %v", codes)
	}
	env := rep.Environment
	if !env.Mobile || env.ViewportWidth != 390 || !strings.Contains(env.UserAgent, "Mobile") || strings.Contains(env.UserAgent, "Headless") {
		t.Errorf("environment %+v", env)
	}
	if len(env.Languages) == 0 || env.Languages[0] != "fr" {
		t.Errorf("languages %v, want fr first", env.Languages)
	}
}

// A page without a banner is a finding that explains itself, never a pass.
func TestNoBanner(t *testing.T) {
	t.Parallel()
	rep := auditFixture(t, "privacy.html", Options{})
	if codes := rep.Codes(); !slices.Equal(codes, []string{CodeBannerNotFound}) {
		t.Fatalf("codes %v", codes)
	}
	if msg := rep.Findings[0].Message; !strings.Contains(msg, "No consent banner") {
		t.Errorf("message %q", msg)
	}
	if rep.Banner != nil || len(rep.Screenshots) != 1 {
		t.Errorf("banner %v, %d screenshots", rep.Banner, len(rep.Screenshots))
	}
}

// checkOrdinary asserts the browser looked like an ordinary visitor's: no webdriver flag, no HeadlessChrome, and
// whatever could still give it away is reported.
func checkOrdinary(t *testing.T, env Environment) {
	t.Helper()
	for _, s := range env.AutomationSignals {
		if strings.Contains(s, "webdriver") || strings.Contains(s, "HeadlessChrome") {
			t.Errorf("automation signal left: %s", s)
		}
	}
	if strings.Contains(env.UserAgent, "Headless") || !strings.Contains(env.UserAgent, "Chrome/") {
		t.Errorf("user agent %q", env.UserAgent)
	}
	if env.MayDetectAutomation != (len(env.AutomationSignals) > 0) {
		t.Error("may_detect_automation disagrees with the signals")
	}
}
