package ledgertest

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/assent-dev/assent/rules"
)

// Config is what the suite needs to know about the ledger under test.
type Config struct {
	VerifierKey string       // the log's public key text, as /v1/keys publishes it
	Site        string       // a registered site
	Origin      string       // one of Site's allowed origins
	ExportKey   string       // Site's bearer key (reads records, exports, asks for double opt-in tokens)
	Client      *http.Client // default: a client with a 30 s timeout that does not follow redirects

	// OtherSite, OtherOrigin and OtherKey name a second registered site with its own origin and key, for the
	// cross-site attacks; the suite skips those checks when OtherSite is "".
	OtherSite, OtherOrigin, OtherKey string
	// V1Site is a registered site configured to accept version 1 records (accept_v1), allowing Origin, or "".
	V1Site string
}

// response is one HTTP exchange's result.
type response struct {
	status int
	header http.Header
	body   []byte
}

// errorJSON is the error body every failure must have.
type errorJSON struct {
	Error    string `json:"error"`
	Findings []struct {
		Code     string `json:"code"`
		Severity string `json:"severity"`
		Field    string `json:"field"`
	} `json:"findings"`
}

type suite struct {
	t    *testing.T
	base string
	c    Config
	hc   *http.Client
}

// do sends one request; headers are name, value pairs.
func (s *suite) do(method, path string, body []byte, headers ...string) response {
	s.t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var rd io.Reader
	if body != nil {
		rd = bytes.NewReader(body)
	}
	req, err := http.NewRequestWithContext(ctx, method, strings.TrimSuffix(s.base, "/")+path, rd)
	if err != nil {
		s.t.Fatal(err)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	resp, err := s.hc.Do(req)
	if err != nil {
		s.t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		s.t.Fatalf("%s %s: reading body: %v", method, path, err)
	}
	return response{status: resp.StatusCode, header: resp.Header, body: data}
}

// post sends a JSON body from the site's allowed origin.
func (s *suite) post(path string, body []byte) response {
	s.t.Helper()
	return s.do("POST", path, body, "Content-Type", "application/json", "Origin", s.c.Origin)
}

// keyed sends a request with the site's bearer key.
func (s *suite) keyed(method, path string, key string) response {
	s.t.Helper()
	return s.do(method, path, nil, "Authorization", "Bearer "+key)
}

// wantStatus fails the test unless r has the status.
func (s *suite) wantStatus(what string, r response, status int) {
	s.t.Helper()
	if r.status != status {
		s.t.Fatalf("%s: status %d, want %d; body: %s", what, r.status, status, r.body)
	}
}

// wantError checks an error response: status, JSON with the error code and a findings array.
func (s *suite) wantError(what string, r response, status int, code string) errorJSON {
	s.t.Helper()
	s.wantStatus(what, r, status)
	var e errorJSON
	if err := json.Unmarshal(r.body, &e); err != nil {
		s.t.Fatalf("%s: error body is not JSON: %v: %s", what, err, r.body)
	}
	if code != "" && e.Error != code {
		s.t.Errorf("%s: error %q, want %q", what, e.Error, code)
	}
	// The shape is {"error": code, "message": text, "findings": [...]}; only an archived record's answer
	// adds where it went ("index", "archive").
	var shape map[string]json.RawMessage
	var msg string
	extra := 0
	if e.Error == rules.CodeArchived {
		extra = 2
	}
	if json.Unmarshal(r.body, &shape) != nil || len(shape) != 3+extra || shape["error"] == nil || shape["findings"] == nil ||
		json.Unmarshal(shape["message"], &msg) != nil || msg == "" {
		s.t.Errorf("%s: error body is not {\"error\",\"message\",\"findings\"}: %s", what, r.body)
	}
	if e.Findings == nil && !bytes.Contains(r.body, []byte(`"findings":[]`)) {
		s.t.Errorf("%s: error body has no findings array: %s", what, r.body)
	}
	return e
}

func (e errorJSON) hasFinding(code string) bool {
	for _, f := range e.Findings {
		if f.Code == code {
			return true
		}
	}
	return false
}
