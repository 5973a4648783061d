package main

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
)

// siteLoaderServer serves a sites file with one site and its config, and a built loader.
func siteLoaderServer(t *testing.T) (*httptest.Server, *siteLoaders) {
	t.Helper()
	dir := t.TempDir()
	dist := filepath.Join(dir, "dist")
	os.MkdirAll(dist, 0o755)
	os.WriteFile(filepath.Join(dist, "assent.js"), []byte("/*the loader*/"), 0o644)
	cfg, err := os.ReadFile("../../site/assent.json")
	if err != nil {
		t.Fatal(err)
	}
	cfg = bytes.Replace(cfg, []byte(`"demo.assent.test"`), []byte(`"shop.example"`), 1)
	os.WriteFile(filepath.Join(dir, "shop.json"), cfg, 0o644)
	os.WriteFile(filepath.Join(dir, "sites.json"), []byte(`{"sites":[{"name":"shop.example","origins":["https://shop.example"],"config":"shop.json"},
	 {"name":"bare.example","origins":["https://bare.example"]}]}`), 0o644)
	sl := newSiteLoaders(dist, "assent.test+01234567+AQ", siteConfigs(serveOptions{www: dir, sitesFile: filepath.Join(dir, "sites.json")}))
	mux := http.NewServeMux()
	mux.Handle("GET /v1/sites/{site}/assent.js", sl)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, sl
}

func TestSiteLoaderServesTheSitesPaintData(t *testing.T) {
	srv, _ := siteLoaderServer(t)
	req, _ := http.NewRequest("GET", srv.URL+"/v1/sites/shop.example/assent.js", nil)
	req.Header.Set("Accept-Encoding", "br")
	res, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	if res.StatusCode != 200 || res.Header.Get("Content-Encoding") != "br" || !strings.HasPrefix(res.Header.Get("Content-Type"), "text/javascript") {
		t.Fatalf("status %d, headers %v", res.StatusCode, res.Header)
	}
	body, err := io.ReadAll(brotli.NewReader(res.Body))
	if err != nil {
		t.Fatal(err)
	}
	js := string(body)
	for _, want := range []string{`window.__assentPaint={"base":"/","config":{`, `"site":"shop.example"`, `"verifier_key":"assent.test+01234567+AQ"`,
		`Tout refuser`, "/*the loader*/"} {
		if !strings.Contains(js, want) {
			t.Errorf("site loader lacks %q", want)
		}
	}
	// Unchanged: 304 on the ETag.
	req.Header.Set("If-None-Match", res.Header.Get("ETag"))
	res2, err := http.DefaultTransport.RoundTrip(req)
	if err != nil {
		t.Fatal(err)
	}
	res2.Body.Close()
	if res2.StatusCode != http.StatusNotModified {
		t.Fatalf("revalidation: %d", res2.StatusCode)
	}
}

func TestSiteLoaderRefusesSitesWithoutConfig(t *testing.T) {
	srv, _ := siteLoaderServer(t)
	for _, site := range []string{"bare.example", "other.example", "demo.assent.test"} {
		res, err := http.Get(srv.URL + "/v1/sites/" + site + "/assent.js")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 404 || !strings.Contains(string(b), `"unknown_site"`) {
			t.Errorf("%s: %d %s", site, res.StatusCode, b)
		}
	}
}

// The decisions are made as of the day the loader is served: a new day builds it again.
func TestSiteLoaderFollowsTheDate(t *testing.T) {
	srv, sl := siteLoaderServer(t)
	get := func() string {
		res, err := http.Get(srv.URL + "/v1/sites/shop.example/assent.js")
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return string(b)
	}
	sl.now = func() time.Time { return time.Date(2026, 2, 4, 12, 0, 0, 0, time.UTC) }
	if !strings.Contains(get(), `\"date\":\"2026-02-04\"`) {
		t.Fatal("not decided as of 4 Feb 2026")
	}
	sl.now = func() time.Time { return time.Date(2026, 2, 5, 0, 0, 1, 0, time.UTC) }
	if !strings.Contains(get(), `\"date\":\"2026-02-05\"`) {
		t.Fatal("not decided again on 5 Feb 2026")
	}
}
