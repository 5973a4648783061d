package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/assent-dev/assent/ledger/ledgertest"
	"github.com/assent-dev/assent/rules/codec"
)

// server is one `assent serve` run in the test process.
type server struct {
	url    string
	stop   func() int
	stderr *bytes.Buffer
}

func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startServe runs `assent serve args...` and waits until it answers, or returns its exit code if it stops.
func startServe(t *testing.T, args ...string) (*server, int) {
	addr := freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	var out, errb bytes.Buffer
	var mu sync.Mutex
	done := make(chan int, 1)
	go func() {
		code := run(ctx, append([]string{"serve", "--addr", addr, "--www", t.TempDir(), "--dist", t.TempDir()}, args...),
			strings.NewReader(""), &out, &lockedWriter{&mu, &errb})
		done <- code
	}()
	var once sync.Once
	exit := 0
	s := &server{url: "http://" + addr, stderr: &errb, stop: func() int {
		once.Do(func() { cancel(); exit = <-done })
		return exit
	}}
	for i := 0; i < 200; i++ {
		select {
		case code := <-done:
			cancel()
			once.Do(func() {})
			mu.Lock()
			defer mu.Unlock()
			s.stderr = bytes.NewBufferString(errb.String())
			return s, code
		default:
		}
		if res, err := http.Get(s.url + "/v1/health"); err == nil {
			res.Body.Close()
			t.Cleanup(func() { s.stop() })
			return s, -1
		}
		time.Sleep(25 * time.Millisecond)
	}
	cancel()
	t.Fatal("assent serve did not start")
	return nil, 0
}

type lockedWriter struct {
	mu *sync.Mutex
	w  *bytes.Buffer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func request(t *testing.T, method, url string, body []byte, headers ...string) (int, []byte) {
	t.Helper()
	req, _ := http.NewRequest(method, url, bytes.NewReader(body))
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	var b bytes.Buffer
	b.ReadFrom(res.Body)
	return res.StatusCode, b.Bytes()
}

// TestServeKeyFile: the first start makes the key; a restart without the key file stops with a clear error
// (nothing served) unless --new-key, and then /v1/keys lists the old key as retired.
func TestServeKeyFile(t *testing.T) {
	dir := t.TempDir()
	db, key := filepath.Join(dir, "a.db"), filepath.Join(dir, "a.key")
	s, code := startServe(t, "--db", db, "--key", key)
	if code != -1 {
		t.Fatalf("first start exited %d: %s", code, s.stderr)
	}
	st, err := os.Stat(db)
	if err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("database mode %v, want 0600 (%v)", st.Mode().Perm(), err)
	}
	_, k1 := request(t, "GET", s.url+"/v1/keys", nil)
	rec := ledgertest.NewRecord(demoSite, time.Now())
	if c, body := request(t, "POST", s.url+"/v1/records", codec.FormatRecord(rec), "Content-Type", "application/json"); c != 201 {
		t.Fatalf("post: %d %s", c, body)
	}
	if c := s.stop(); c != 0 {
		t.Fatalf("stop: exit %d", c)
	}
	os.Rename(key, key+".old")
	s, code = startServe(t, "--db", db, "--key", key)
	if code != 1 || !strings.Contains(s.stderr.String(), "--new-key") || !strings.Contains(s.stderr.String(), "missing") {
		t.Fatalf("restart without the key file: exit %d, stderr %s", code, s.stderr)
	}
	if _, err := os.Stat(key); err == nil {
		t.Fatal("a restart without --new-key made a key file")
	}
	os.WriteFile(key, []byte("garbage\n"), 0o600)
	if s, code = startServe(t, "--db", db, "--key", key); code != 1 {
		t.Fatalf("unreadable key file: exit %d %s", code, s.stderr)
	}
	os.Remove(key)
	s, code = startServe(t, "--db", db, "--key", key, "--new-key")
	if code != -1 {
		t.Fatalf("--new-key: exit %d %s", code, s.stderr)
	}
	var keys struct {
		Keys    []string `json:"keys"`
		Current string   `json:"current"`
		Retired []string `json:"retired"`
	}
	var old struct{ Keys []string }
	json.Unmarshal(k1, &old)
	_, k2 := request(t, "GET", s.url+"/v1/keys", nil)
	if err := json.Unmarshal(k2, &keys); err != nil || len(keys.Keys) != 2 || keys.Keys[0] != keys.Current ||
		len(keys.Retired) != 1 || keys.Retired[0] != old.Keys[0] || keys.Current == old.Keys[0] {
		t.Fatalf("keys after a new key: %s (before: %s)", k2, k1)
	}
}

// TestServeSitesApart: --site NAME=ORIGIN and --sites FILE give each site its origins and key.
func TestServeSitesApart(t *testing.T) {
	dir := t.TempDir()
	sites := filepath.Join(dir, "sites.json")
	os.WriteFile(sites, []byte(`{"sites":[{"name":"b.example","origins":["https://b.example"],"key":"kb","config":"b/assent.json"},
		{"name":"old.example","origins":["https://old.example"],"accept_v1":true}]}`), 0o600)
	t.Setenv("ASSENT_EXPORT_KEY", "ka")
	s, code := startServe(t, "--db", filepath.Join(dir, "s.db"), "--key", filepath.Join(dir, "s.key"),
		"--site", "a.example=https://a.example,https://www.a.example", "--sites", sites)
	if code != -1 {
		t.Fatalf("exit %d: %s", code, s.stderr)
	}
	post := func(site, origin string, v1 bool) (int, string) {
		rec := ledgertest.NewRecord(site, time.Now())
		if v1 {
			rec = ledgertest.NewRecordV1(site, time.Now())
		}
		c, _ := request(t, "POST", s.url+"/v1/records", codec.FormatRecord(rec), "Content-Type", "application/json", "Origin", origin)
		return c, rec.ID
	}
	if c, _ := post("b.example", "https://a.example", false); c != 403 {
		t.Errorf("record for b from a's origin: %d, want 403", c)
	}
	if c, _ := post("a.example", "https://www.a.example", false); c != 201 {
		t.Errorf("record for a from its second origin: %d", c)
	}
	c, bID := post("b.example", "https://b.example", false)
	if c != 201 {
		t.Fatalf("record for b from b's origin: %d", c)
	}
	if c, _ := request(t, "GET", s.url+"/v1/records/"+bID+"?site=b.example", nil, "Authorization", "Bearer ka"); c != 401 {
		t.Errorf("a's key reads b's record: %d, want 401", c)
	}
	if c, _ := request(t, "GET", s.url+"/v1/records/"+bID+"?site=b.example", nil, "Authorization", "bearer kb"); c != 200 {
		t.Errorf("b's key reads b's record: %d, want 200", c)
	}
	if c, _ := post("a.example", "https://a.example", true); c != 400 {
		t.Errorf("v1 record for a: %d, want 400", c)
	}
	if c, _ := post("old.example", "https://old.example", true); c != 201 {
		t.Errorf("v1 record for a site with accept_v1: %d, want 201", c)
	}
}

func TestBuildSites(t *testing.T) {
	self := []string{"http://127.0.0.1:8080"}
	got, err := buildSites(siteFlags{}, self)
	if err != nil || len(got) != 1 || strings.Join(got[demoSite].Origins, " ") != self[0] {
		t.Errorf("no sites: %v %+v", err, got)
	}
	got, err = buildSites(siteFlags{sites: []string{"a.example", "b.example=https://b.example/"}, origins: []string{"https://x.example"}}, self)
	if err != nil || got["a.example"].Origins[0] != "https://x.example" || got["b.example"].Origins[0] != "https://b.example" || len(got["b.example"].Origins) != 1 {
		t.Errorf("bare and bound sites: %v %+v", err, got)
	}
	dir := t.TempDir()
	f := filepath.Join(dir, "s.json")
	os.WriteFile(f, []byte(`{"sites":[{"name":"c.example","origins":["https://c.example"],"config":"c.json"}]}`), 0o600)
	got, err = buildSites(siteFlags{file: f}, self)
	if err != nil || got["c.example"].ConfigPath != filepath.Join(dir, "c.json") || len(got) != 1 {
		t.Errorf("sites file: %v %+v", err, got)
	}
	for i, bad := range []siteFlags{
		{sites: []string{"Bad Name"}},
		{sites: []string{"a.example=ftp://x"}},
		{sites: []string{"a.example", "a.example"}},
		{file: filepath.Join(dir, "missing.json")},
	} {
		if _, err := buildSites(bad, self); err == nil {
			t.Errorf("case %d accepted", i)
		}
	}
	os.WriteFile(f, []byte(`{"sites":[{"name":"c.example","origin":"x"}]}`), 0o600)
	if _, err := buildSites(siteFlags{file: f}, self); err == nil {
		t.Error("unknown field in the sites file accepted")
	}
	os.WriteFile(f, []byte(`{"sites":[{"name":"c.example","key":"k"},{"name":"d.example","key":"k"}]}`), 0o600)
	if _, err := buildSites(siteFlags{file: f}, self); err == nil {
		t.Error("two sites sharing a key accepted")
	}
}

// TestServeTimeouts: an idle or slow client cannot hold a connection open for ever.
func TestServeTimeouts(t *testing.T) {
	srv := newHTTPServer(http.NotFoundHandler(), nil)
	if srv.ReadHeaderTimeout <= 0 || srv.ReadTimeout <= 0 || srv.IdleTimeout <= 0 || srv.WriteTimeout <= 0 {
		t.Fatalf("timeouts: header %v read %v idle %v write %v", srv.ReadHeaderTimeout, srv.ReadTimeout, srv.IdleTimeout, srv.WriteTimeout)
	}
}
