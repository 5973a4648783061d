package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/widget/prerender"
)

// siteLoaders serves GET /v1/sites/{site}/assent.js: the built loader (dist/assent.js) with the site's paint
// data in front (package widget/prerender), so a first visit paints the banner without waiting for the engine.
// The site's config is found by configFor; the loader is rebuilt when the date, the config or the built loader
// changes, and kept (with its brotli form) until then.
type siteLoaders struct {
	dist        string
	verifierKey string
	configFor   func(site string) (path string, ok bool)
	now         func() time.Time

	mu    sync.Mutex
	cache map[string]builtLoader
}

type builtLoader struct {
	key      string // what it was built from
	raw, br  []byte
	etag     string
	langVary bool // the config names no languages: the body depends on Accept-Language
}

func newSiteLoaders(dist, verifierKey string, configFor func(string) (string, bool)) *siteLoaders {
	return &siteLoaders{dist: dist, verifierKey: verifierKey, configFor: configFor, now: time.Now, cache: map[string]builtLoader{}}
}

func (s *siteLoaders) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	site := r.PathValue("site")
	path, ok := s.configFor(site)
	if !ok {
		writeJSONError(w, http.StatusNotFound, rules.CodeUnknownSite, "no config is registered for site "+site)
		return
	}
	b, err := s.build(site, path, r.Header.Get("Accept-Language"))
	if err != nil {
		writeJSONError(w, http.StatusInternalServerError, rules.CodeSiteLoader, err.Error())
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/javascript; charset=utf-8")
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("X-Content-Type-Options", "nosniff")
	// Short-lived: the loader names the current engine, and the decisions are made as of today.
	h.Set("Cache-Control", "public, max-age=300")
	h.Set("ETag", b.etag)
	h.Add("Vary", "Accept-Encoding")
	if b.langVary {
		h.Add("Vary", "Accept-Language")
	}
	if match := r.Header.Get("If-None-Match"); match != "" && match == b.etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := b.raw
	if acceptsEncoding(r.Header.Get("Accept-Encoding"), "br") {
		h.Set("Content-Encoding", "br")
		body = b.br
	}
	if r.Method == http.MethodHead {
		return
	}
	w.Write(body)
}

// build returns the site's loader, from the cache when nothing it depends on has changed.
func (s *siteLoaders) build(site, cfgPath, acceptLanguage string) (builtLoader, error) {
	loaderPath := filepath.Join(s.dist, "assent.js")
	li, err := os.Stat(loaderPath)
	if err != nil {
		return builtLoader{}, err
	}
	ci, err := os.Stat(cfgPath)
	if err != nil {
		return builtLoader{}, err
	}
	date := s.now().UTC().Format("2006-01-02")
	accept := prerender.AcceptLanguages(acceptLanguage)
	key := strings.Join([]string{site, cfgPath, date, li.ModTime().String(), ci.ModTime().String()}, "\n")
	s.mu.Lock()
	b, ok := s.cache[site]
	s.mu.Unlock()
	if ok && b.key == key && !b.langVary {
		return b, nil
	}
	if ok && b.langVary && b.key == key+"\n"+strings.Join(accept, ",") {
		return b, nil
	}
	loader, err := os.ReadFile(loaderPath)
	if err != nil {
		return builtLoader{}, err
	}
	data, err := os.ReadFile(cfgPath)
	if err != nil {
		return builtLoader{}, err
	}
	raw, langVary, err := siteLoader(loader, data, s.verifierKey, date, accept)
	if err != nil {
		return builtLoader{}, err
	}
	var br bytes.Buffer
	bw := brotli.NewWriterLevel(&br, 9)
	bw.Write(raw)
	if err := bw.Close(); err != nil {
		return builtLoader{}, err
	}
	sum := sha256.Sum256(raw)
	b = builtLoader{key: key, raw: raw, br: br.Bytes(), etag: `"` + hex.EncodeToString(sum[:8]) + `"`, langVary: langVary}
	if b.langVary {
		b.key += "\n" + strings.Join(accept, ",")
	}
	s.mu.Lock()
	s.cache[site] = b
	s.mu.Unlock()
	return b, nil
}

// siteLoader returns a site's loader as of date: the built loader with the site config (the log's verifier key
// filled in when it has none) and the paint data in front; langVary says the config names no languages, so the
// languages carried were chosen by accept.
func siteLoader(loader, config []byte, verifierKey, date string, accept []string) (out []byte, langVary bool, err error) {
	if with, ok := withVerifierKeyData(config, verifierKey); ok {
		config = with
	}
	return prerender.Build(loader, config, "/", date, accept) // the widget's files are at the root
}

// siteConfigs finds a site's config: the `config` of its entry in the sites file (--sites), else, for a site
// registered without one, an assent.json among the static pages whose "site" is the site (the demo's
// site/assent.json). An unregistered site has none.
func siteConfigs(o serveOptions) func(string) (string, bool) {
	sites, err := buildSites(siteFlags{sites: o.sites, origins: o.origins, file: o.sitesFile}, []string{"http://localhost"})
	return func(site string) (string, bool) {
		s, ok := sites[site]
		if err != nil || !ok {
			return "", false
		}
		if s.ConfigPath != "" {
			return s.ConfigPath, true
		}
		p := filepath.Join(o.www, "assent.json")
		data, rerr := os.ReadFile(p)
		var c struct {
			Site string `json:"site"`
		}
		if rerr == nil && json.Unmarshal(data, &c) == nil && c.Site == site {
			return p, true
		}
		return "", false
	}
}

func writeJSONError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"error": code, "message": msg, "findings": []any{}}) // as the API's errors
}
