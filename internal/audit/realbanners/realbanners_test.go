// Package realbanners measures `assent audit` on real open-source consent banners installed from npm (pinned in
// package.json, served from the repository's node_modules), each in a lawful and several unlawful configurations,
// with the findings a correct auditor must report written down in testdata/manifest.json. TestRealBanners audits
// them all and measures the auditor's precision and recall per code; -real.table prints the table the README shows:
//
//	go test -count=1 -run TestRealBanners -v ./internal/audit/realbanners -args -real.table
//
// It is a package of its own so that its audits (a few minutes of Chromium) have their own test binary and timeout.
package realbanners

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/assent-dev/assent/internal/audit"
)

var realTable = flag.Bool("real.table", false, "print the real-banner precision/recall table (markdown)")

// nodeModules is the repository's node_modules, where npm ci puts the pinned banners.
const nodeModules = "../../../node_modules"

// trackerHost is a real analytics host name; the browser resolves it to the fixture server, which serves the
// audit package's stand-in tag (it sets _ga and sends a hit).
const trackerHost = "www.google-analytics.com"

// realPage is a fixture's address: /real/BANNER/VARIANT (query strings are the pages' own links).
var realPage = regexp.MustCompile(`^/real/([a-z-]+)/([a-z-]+)$`)

// handler serves the fixture pages (testdata/BANNER.html with the variant filled in), the shop's files under
// /real/, the banners' own files under /node_modules/, and answers as the tracker host.
func handler() http.Handler {
	real := http.StripPrefix("/real/", http.FileServer(http.Dir("testdata")))
	modules := http.StripPrefix("/node_modules/", http.FileServer(http.Dir(nodeModules)))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.Host, trackerHost) {
			if r.URL.Path == "/ga.js" {
				w.Header().Set("Content-Type", "text/javascript")
				http.ServeFile(w, r, "../testdata/site/tracker-ga.js")
				return
			}
			w.WriteHeader(http.StatusNoContent)
			return
		}
		switch m := realPage.FindStringSubmatch(r.URL.Path); {
		case m != nil:
			page, err := os.ReadFile("testdata/" + m[1] + ".html")
			if err != nil {
				http.NotFound(w, r)
				return
			}
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write([]byte(strings.ReplaceAll(string(page), "{{variant}}", m[2])))
		case strings.HasPrefix(r.URL.Path, "/real/"):
			real.ServeHTTP(w, r)
		case strings.HasPrefix(r.URL.Path, "/node_modules/"):
			modules.ServeHTTP(w, r)
		default:
			http.NotFound(w, r)
		}
	})
}

// parallelAudits bounds the audits running at once in the shared browser (the machine's cores are shared).
var parallelAudits = make(chan struct{}, 4)

type realManifest struct {
	About    string                `json:"about"`
	Banners  map[string]realBanner `json:"banners"`
	Codes    map[string]string     `json:"codes"` // why the code is a violation: the law or guidance
	Fixtures []realFixture         `json:"fixtures"`
}

type realBanner struct {
	Package string `json:"package"`
	Version string `json:"version"`
}

type realFixture struct {
	Banner  string       `json:"banner"`
	Variant string       `json:"variant"`
	What    string       `json:"what"`
	Expect  []realExpect `json:"expect"`
	Known   []realKnown  `json:"known_limitations"`
}

type realExpect struct {
	Code string `json:"code"`
	Why  string `json:"why"`
}

// realKnown is a documented miss: a false_positive (reported, not a violation here) or a false_negative (a
// violation here the auditor does not report), and why.
type realKnown struct {
	Code string `json:"code"`
	Kind string `json:"kind"`
	Why  string `json:"why"`
}

func (f realFixture) name() string { return f.Banner + "/" + f.Variant }

func loadRealManifest(t *testing.T) realManifest {
	t.Helper()
	raw, err := os.ReadFile("testdata/manifest.json")
	if err != nil {
		t.Fatal(err)
	}
	var m realManifest
	dec := json.NewDecoder(strings.NewReader(string(raw)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		t.Fatalf("manifest.json: %v", err)
	}
	for name, b := range m.Banners {
		var pkg struct{ Version string }
		raw, err := os.ReadFile(filepath.Join(nodeModules, b.Package, "package.json"))
		if err == nil {
			err = json.Unmarshal(raw, &pkg)
		}
		if err != nil || pkg.Version != b.Version {
			t.Fatalf("%s: node_modules/%s is %q, the manifest audits %s (run npm ci): %v", name, b.Package, pkg.Version, b.Version, err)
		}
	}
	for _, f := range m.Fixtures {
		if _, ok := m.Banners[f.Banner]; !ok || f.What == "" {
			t.Fatalf("fixture %s: unknown banner or no description", f.name())
		}
		for _, e := range f.Expect {
			if m.Codes[e.Code] == "" || e.Why == "" {
				t.Fatalf("fixture %s: expected code %s needs a why and a citation in codes", f.name(), e.Code)
			}
		}
		for _, k := range f.Known {
			if (k.Kind != "false_positive" && k.Kind != "false_negative") || len(k.Why) < 20 {
				t.Fatalf("fixture %s: known limitation %s needs kind false_positive|false_negative and a why", f.name(), k.Code)
			}
		}
	}
	return m
}

// realCount is one code's confusion counts over the fixtures.
type realCount struct{ tp, fp, fn int }

func ratio(a, b int) string {
	if b == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.2f", float64(a)/float64(b))
}

// Every real-banner fixture is audited; a finding the manifest does not expect (false positive) or an expected one
// not found (false negative) fails the test unless the manifest documents it as a known limitation, and a known
// limitation that no longer happens fails it too (the manifest must stay true).
func TestRealBanners(t *testing.T) {
	m := loadRealManifest(t)
	srv := httptest.NewServer(handler())
	defer srv.Close()
	tracker := httptest.NewTLSServer(handler()) // the tracker host, over HTTPS as real tags are
	defer tracker.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	b, err := audit.NewBrowser(ctx, audit.BrowserOptions{
		HostResolverRules:       "MAP " + trackerHost + " " + strings.TrimPrefix(tracker.URL, "https://"),
		IgnoreCertificateErrors: true,
	})
	if err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	defer b.Close()
	var mu sync.Mutex
	got := map[string][]string{}
	t.Run("audit", func(t *testing.T) {
		for _, f := range m.Fixtures {
			t.Run(f.name(), func(t *testing.T) {
				t.Parallel()
				parallelAudits <- struct{}{}
				rep, err := b.Audit(context.Background(), srv.URL+"/real/"+f.name(), audit.Options{Timeout: 150 * time.Second})
				<-parallelAudits
				if err != nil {
					t.Fatalf("audit %s: %v", f.name(), err)
				}
				codes := rep.Codes()
				mu.Lock()
				got[f.name()] = codes
				mu.Unlock()
				var want []string
				for _, e := range f.Expect {
					want = append(want, e.Code)
				}
				known := map[string]string{}
				for _, k := range f.Known {
					known[k.Code] = k.Kind
				}
				for _, c := range codes {
					if !slices.Contains(want, c) && known[c] != "false_positive" {
						t.Errorf("false positive %s on %s: %s", c, f.name(), findingMessage(rep, c))
					}
				}
				for _, c := range want {
					if !slices.Contains(codes, c) && known[c] != "false_negative" {
						t.Errorf("false negative: %s expected on %s (%s), not reported", c, f.name(), f.What)
					}
				}
				for _, k := range f.Known {
					if (k.Kind == "false_positive") != slices.Contains(codes, k.Code) {
						t.Errorf("known limitation %s (%s) on %s no longer happens: update the manifest", k.Code, k.Kind, f.name())
					}
				}
				t.Logf("%s: %v (%d ms)", f.name(), codes, rep.DurationMS)
				if t.Failed() {
					for _, x := range rep.Findings {
						t.Logf("%s %s: %s [%s]", x.Severity, x.Code, x.Message, x.Evidence.Selector)
					}
					for _, c := range rep.Checks {
						t.Logf("check %s %s: %s", c.ID, c.Status, c.Note)
					}
				}
			})
		}
	})
	if len(got) != len(m.Fixtures) {
		return // a fixture could not be audited at all
	}
	counts := map[string]*realCount{}
	count := func(c string) *realCount {
		if counts[c] == nil {
			counts[c] = &realCount{}
		}
		return counts[c]
	}
	for _, f := range m.Fixtures {
		codes := got[f.name()]
		var want []string
		for _, e := range f.Expect {
			want = append(want, e.Code)
			if slices.Contains(codes, e.Code) {
				count(e.Code).tp++
			} else {
				count(e.Code).fn++
			}
		}
		for _, c := range codes {
			if !slices.Contains(want, c) {
				count(c).fp++
			}
		}
	}
	table := realTableText(m, counts)
	if *realTable {
		fmt.Print(table)
	}
	t.Log("\n" + table)
}

func findingMessage(rep *audit.Report, code string) string {
	for _, f := range rep.Findings {
		if f.Code == code {
			return f.Message
		}
	}
	return ""
}

// realTableText is the markdown table: per code, the fixtures that should and do report it, then the totals.
func realTableText(m realManifest, counts map[string]*realCount) string {
	var codes []string
	for c := range counts {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	var b strings.Builder
	var names []string
	for n, bn := range m.Banners {
		names = append(names, n+" "+bn.Version)
	}
	sort.Strings(names)
	fmt.Fprintf(&b, "%d fixtures (%s); %d expected findings.\n\n", len(m.Fixtures), strings.Join(names, ", "), sumExpected(m))
	b.WriteString("| code | expected | true pos. | false pos. | false neg. | precision | recall |\n|---|---|---|---|---|---|---|\n")
	var all realCount
	for _, c := range codes {
		n := counts[c]
		all.tp, all.fp, all.fn = all.tp+n.tp, all.fp+n.fp, all.fn+n.fn
		fmt.Fprintf(&b, "| `%s` | %d | %d | %d | %d | %s | %s |\n", c, n.tp+n.fn, n.tp, n.fp, n.fn, ratio(n.tp, n.tp+n.fp), ratio(n.tp, n.tp+n.fn))
	}
	fmt.Fprintf(&b, "| **all codes** | %d | %d | %d | %d | **%s** | **%s** |\n", all.tp+all.fn, all.tp, all.fp, all.fn, ratio(all.tp, all.tp+all.fp), ratio(all.tp, all.tp+all.fn))
	return b.String()
}

func sumExpected(m realManifest) int {
	n := 0
	for _, f := range m.Fixtures {
		n += len(f.Expect)
	}
	return n
}
