package main

import (
	"encoding/json"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// hashedName matches the content-hashed file names the widget build writes (assent.0123abcd4567.wasm,
// i18n/de.0123abcd4567.json).
var hashedName = regexp.MustCompile(`\.[0-9a-f]{12,}\.(wasm|js|css|json)$`)

// static serves files from the first directory that has them. It serves a precompressed .br or .gz sibling when
// the client accepts it, caches content-hashed files for a year (immutable) and everything else briefly, and lets
// any origin fetch the widget's files (a site on another origin loads the loader, wasm and config from here).
//
// A site config named assent.json that has no "verifier_key" is served with the log's verifier key filled in,
// so the demo and local sites verify receipts without editing their config.
type static struct {
	dirs        []string
	verifierKey string
}

func newStatic(verifierKey string, dirs ...string) http.Handler {
	return static{dirs: dirs, verifierKey: verifierKey}
}

func (s static) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := path.Clean("/" + r.URL.Path)
	if strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	file, ok := s.find(name)
	if !ok {
		if _, dir := s.find(name + "/index.html"); dir {
			http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
			return
		}
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Access-Control-Allow-Origin", "*")
	h.Set("X-Content-Type-Options", "nosniff")
	if hashedName.MatchString(name) {
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		h.Set("Cache-Control", "public, max-age=60, must-revalidate")
	}
	if ct := mime.TypeByExtension(path.Ext(name)); ct != "" {
		h.Set("Content-Type", ct)
	}
	if path.Base(name) == "assent.json" && s.verifierKey != "" {
		if body, ok := withVerifierKey(file, s.verifierKey); ok {
			h.Set("Content-Type", "application/json")
			w.Write(body)
			return
		}
	}
	h.Add("Vary", "Accept-Encoding")
	accept := r.Header.Get("Accept-Encoding")
	for _, enc := range []struct{ token, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if acceptsEncoding(accept, enc.token) {
			if _, err := os.Stat(file + enc.ext); err == nil {
				h.Set("Content-Encoding", enc.token)
				file += enc.ext
				break
			}
		}
	}
	http.ServeFile(w, r, file)
}

// find returns the path of name in the first directory that has it as a regular file.
func (s static) find(name string) (string, bool) {
	for _, d := range s.dirs {
		p := filepath.Join(d, filepath.FromSlash(name))
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			return p, true
		}
	}
	return "", false
}

// withVerifierKey returns the config in file with verifier_key set, if it is a JSON object without one.
func withVerifierKey(file, key string) ([]byte, bool) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, false
	}
	return withVerifierKeyData(data, key)
}

// withVerifierKeyData is withVerifierKey of a config's bytes.
func withVerifierKeyData(data []byte, key string) ([]byte, bool) {
	if key == "" {
		return nil, false
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(data, &m) != nil {
		return nil, false
	}
	if _, has := m["verifier_key"]; has {
		return nil, false
	}
	m["verifier_key"], _ = json.Marshal(key)
	out, err := json.MarshalIndent(m, "", "  ")
	return append(out, '\n'), err == nil
}

// acceptsEncoding reports whether an Accept-Encoding header accepts token: listed with a quality above 0
// (RFC 9110 section 12.5.3: "br;q=0.5" accepts, "br;q=0" and "br;q=0.000" refuse).
func acceptsEncoding(header, token string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(part, ";")
		if !strings.EqualFold(strings.TrimSpace(name), token) {
			continue
		}
		for _, p := range strings.Split(params, ";") {
			if k, v, ok := strings.Cut(strings.TrimSpace(p), "="); ok && strings.EqualFold(k, "q") {
				q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				return err == nil && q > 0
			}
		}
		return true
	}
	return false
}
