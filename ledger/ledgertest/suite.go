package ledgertest

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/assent-dev/assent/ledger/logclient"
	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
	"golang.org/x/mod/sumdb/note"
	"golang.org/x/mod/sumdb/tlog"
)

// RunAPISuite runs the black-box suite of the ledger API against the server at baseURL (for instance
// "http://127.0.0.1:8787"), as subtests of t. See Config for what it needs.
func RunAPISuite(t *testing.T, baseURL string, c Config) {
	hc := c.Client
	if hc == nil {
		hc = &http.Client{Timeout: 30 * time.Second,
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	}
	s := &suite{t: t, base: baseURL, c: c, hc: hc}
	if _, err := proof.NewVerifier(c.VerifierKey); err != nil {
		t.Fatal(err)
	}
	rec := NewRecord(c.Site, time.Now())
	var first proof.Receipt
	steps := []struct {
		name string
		fn   func(s *suite)
	}{
		{"health", (*suite).health},
		{"keys", (*suite).keys},
		{"context", (*suite).context},
		{"post_record", func(s *suite) { first = s.postRecord(rec) }},
		{"repeat_same_receipt", func(s *suite) { s.repeat(rec, first) }},
		{"conflicting_id", func(s *suite) { s.conflict(rec) }},
		{"get_record", func(s *suite) { s.getRecord(rec, first) }},
		{"refusals", (*suite).refusals},
		{"cors", (*suite).cors},
		{"log_proofs", func(s *suite) { s.logProofs(first) }},
		{"export", func(s *suite) { s.export(rec) }},
		{"double_opt_in", (*suite).doubleOptIn},
		{"surfaces", (*suite).surfaces},
		{"bytes_as_stored", (*suite).bytesAsStored},
		{"record_v2", (*suite).recordV2},
		{"chains", (*suite).chains},
		{"private_by_default", func(s *suite) { s.private(rec) }},
		{"sites_apart", func(s *suite) { s.sitesApart(rec) }},
		{"doi_attacks", (*suite).doiAttacks},
		{"hygiene", (*suite).hygiene},
		{"console", (*suite).console},
		{"archiving", (*suite).archiving},
	}
	for _, st := range steps {
		ok := t.Run(st.name, func(t *testing.T) {
			s2 := *s
			s2.t = t
			st.fn(&s2)
		})
		if !ok && st.name == "post_record" {
			t.Fatal("posting a record failed; the later steps depend on it")
		}
	}
}

func (s *suite) verifier() note.Verifier {
	v, err := proof.NewVerifier(s.c.VerifierKey)
	if err != nil {
		s.t.Fatal(err)
	}
	return v
}

func (s *suite) health() {
	r := s.do("GET", "/v1/health", nil)
	s.wantStatus("health", r, 200)
	var b struct{ OK bool }
	if json.Unmarshal(r.body, &b) != nil || !b.OK {
		s.t.Errorf("health body %s, want {\"ok\":true}", r.body)
	}
}

func (s *suite) keys() {
	r := s.do("GET", "/v1/keys", nil)
	s.wantStatus("keys", r, 200)
	var b struct{ Keys []string }
	if err := json.Unmarshal(r.body, &b); err != nil || !slices.Contains(b.Keys, s.c.VerifierKey) {
		s.t.Errorf("keys %s do not list the verifier key %s", r.body, s.c.VerifierKey)
	}
}

func (s *suite) context() {
	for _, gpc := range []bool{true, false} {
		h := []string{"X-Assent-Country", "fr"}
		if gpc {
			h = append(h, "Sec-GPC", "1")
		}
		r := s.do("GET", "/v1/context", nil, h...)
		s.wantStatus("context", r, 200)
		var b struct {
			Country *string `json:"country"`
			GPC     *bool   `json:"gpc"`
		}
		if err := json.Unmarshal(r.body, &b); err != nil || b.Country == nil || b.GPC == nil {
			s.t.Fatalf("context body %s: want country and gpc", r.body)
		}
		if c := *b.Country; c != "" && (len(c) != 2 || strings.ToUpper(c) != c) {
			s.t.Errorf("context country %q: want an upper-case ISO 3166-1 alpha-2 code", c)
		}
		if *b.GPC != gpc {
			s.t.Errorf("context gpc = %v with Sec-GPC %v", *b.GPC, gpc)
		}
	}
}

// postRecord posts rec and checks the 201 receipt verifies for it.
func (s *suite) postRecord(rec rules.Record) proof.Receipt {
	r := s.post("/v1/records", codec.FormatRecord(rec))
	s.wantStatus("post record", r, 201)
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		s.t.Errorf("receipt Content-Type %q", ct)
	}
	return s.checkReceipt(r.body, rec)
}

// checkReceipt parses a receipt and verifies it for rec with the verifier key.
func (s *suite) checkReceipt(body []byte, rec rules.Record) proof.Receipt {
	s.t.Helper()
	rc, err := proof.ParseReceipt(bytes.TrimSpace(body))
	if err != nil {
		s.t.Fatalf("receipt does not parse: %v: %s", err, body)
	}
	if _, err := proof.VerifyReceipt(rc, rec.ComputeHash(), s.verifier()); err != nil {
		s.t.Fatalf("receipt does not verify: %v", err)
	}
	if rc.Site != rec.Site {
		s.t.Errorf("receipt site %q, want %q", rc.Site, rec.Site)
	}
	return rc
}

func (s *suite) repeat(rec rules.Record, first proof.Receipt) {
	r := s.post("/v1/records", codec.FormatRecord(rec))
	s.wantStatus("repeated record", r, 200)
	if got := string(bytes.TrimSpace(r.body)); got != string(first.Format()) {
		s.t.Errorf("repeated record got another receipt:\n%s\nwant\n%s", got, first.Format())
	}
}

func (s *suite) conflict(rec rules.Record) {
	other := rec
	other.Action = rules.ActionRejectAll
	other.Purposes = map[string]bool{"necessary": true, "analytics": false, "marketing": false}
	Reseal(&other)
	r := s.post("/v1/records", codec.FormatRecord(other))
	s.wantError("another record under a logged id", r, 409, "record_id_conflict")
}

func (s *suite) getRecord(rec rules.Record, first proof.Receipt) {
	r := s.keyed("GET", "/v1/records/"+rec.ID+"?site="+url.QueryEscape(s.c.Site), s.c.ExportKey)
	s.wantStatus("get record", r, 200)
	var b struct {
		Record  json.RawMessage `json:"record"`
		Receipt json.RawMessage `json:"receipt"`
	}
	if err := json.Unmarshal(r.body, &b); err != nil {
		s.t.Fatalf("get record: %v: %s", err, r.body)
	}
	if !bytes.Equal(b.Record, codec.FormatRecord(rec)) {
		s.t.Errorf("get record: record %s, want %s", b.Record, codec.FormatRecord(rec))
	}
	if !bytes.Equal(b.Receipt, first.Format()) {
		s.t.Errorf("get record: receipt %s, want %s", b.Receipt, first.Format())
	}
	s.wantError("unknown record", s.keyed("GET", "/v1/records/"+NewUUID()+"?site="+url.QueryEscape(s.c.Site), s.c.ExportKey), 404, "")
	r = s.keyed("GET", "/v1/records/"+rec.ID, s.c.ExportKey)
	s.wantStatus("get record without ?site= (the key's site)", r, 200)
	if !bytes.Contains(r.body, codec.FormatRecord(rec)) {
		s.t.Errorf("get record without ?site=: %s", r.body)
	}
}

func (s *suite) refusals() {
	good := NewRecord(s.c.Site, time.Now())
	unknown := strings.Replace(string(codec.FormatRecord(good)), `"v":2`, `"v":2,"extra":true`, 1)
	if !strings.Contains(unknown, "extra") {
		s.t.Fatal("unknown field: record has no \"v\":2")
	}
	e := s.wantError("unknown field", s.post("/v1/records", []byte(unknown)), 400, "")
	if len(e.Findings) == 0 {
		s.t.Error("unknown field: no findings")
	}
	bad := good
	bad.Purposes = map[string]bool{"necessary": true, "analytics": false}
	bad.Hash = good.Hash // now wrong
	e = s.wantError("invalid record", s.post("/v1/records", codec.FormatRecord(bad)), 400, "record_invalid")
	if !e.hasFinding("hash_mismatch") {
		s.t.Errorf("invalid record: findings %+v lack hash_mismatch", e.Findings)
	}
	// Records claiming a basis the law of their jurisdiction does not give (rules.ValidateRecord re-decides).
	for _, c := range []struct {
		what string
		edit func(*rules.Record)
	}{
		{"PL soft opt-in (Prawo komunikacji elektronicznej art. 398: no soft opt-in)", func(r *rules.Record) {
			r.Jurisdiction, r.Action, r.Purposes = "PL", rules.ActionMarketingOptOut, map[string]bool{"newsletter": false}
			r.Form = &rules.Form{Name: "newsletter", Channel: "email", Context: "checkout"}
			r.Decision = rules.RecordDecision{Model: "soft_opt_in", Rules: []string{"PL.PKE.398"}}
		}},
		{"DE email opt-in without double opt-in (BGH I ZR 164/09)", func(r *rules.Record) {
			r.Jurisdiction, r.Action, r.Purposes = "DE", rules.ActionMarketingOptIn, map[string]bool{"newsletter": true}
			r.Form = &rules.Form{Name: "newsletter", Channel: "email", Context: "signup"}
			r.Decision = rules.RecordDecision{Model: "opt_in", Rules: []string{"DE.UWG.7.2.2"}}
		}},
		{"FR record citing a Swiss rule", func(r *rules.Record) {
			r.Decision = rules.RecordDecision{Model: "opt_in", Rules: []string{"CH.FMG.45c.b"}}
		}},
	} {
		rec := NewRecord(s.c.Site, time.Now())
		c.edit(&rec)
		rec.Signals = rules.Signals{ConsentMode: map[string]string{}}
		Reseal(&rec)
		e := s.wantError(c.what, s.post("/v1/records", codec.FormatRecord(rec)), 400, "record_invalid")
		if !e.hasFinding("decision_not_lawful") {
			s.t.Errorf("%s: findings %+v lack decision_not_lawful", c.what, e.Findings)
		}
		s.wantNotStored(c.what, rec.ID)
	}
	// Bodies that are not one JSON value are 415 not_json, with one not_json finding naming the decoder's
	// problem (the codec's error is read through its wrap, not from its text).
	for what, body := range map[string]string{"not JSON": "v=1&id=x", "truncated JSON": `{"v":1,"id":`} {
		e := s.wantError(what, s.post("/v1/records", []byte(body)), 415, "not_json")
		if len(e.Findings) != 1 || !e.hasFinding("not_json") {
			s.t.Errorf("%s: findings %+v, want one not_json", what, e.Findings)
		}
	}
	r := s.do("POST", "/v1/records", codec.FormatRecord(good), "Content-Type", "text/plain", "Origin", s.c.Origin)
	s.wantError("text/plain", r, 415, "")
	big := append([]byte(`{"v":1,"pad":"`), bytes.Repeat([]byte("a"), 65<<10)...)
	s.wantError("over 64 KiB", s.post("/v1/records", append(big, `"}`...)), 413, "")
	r = s.do("POST", "/v1/records", codec.FormatRecord(good), "Content-Type", "application/json", "Origin", "https://evil.example")
	s.wantError("wrong origin", r, 403, "")
	other := NewRecord("unregistered-"+strconv.FormatInt(time.Now().UnixNano(), 36)+".example", time.Now())
	s.wantError("unknown site", s.post("/v1/records", codec.FormatRecord(other)), 403, "")
}

func (s *suite) cors() {
	r := s.do("OPTIONS", "/v1/records", nil, "Origin", s.c.Origin, "Access-Control-Request-Method", "POST",
		"Access-Control-Request-Headers", "content-type")
	if r.status != 204 && r.status != 200 {
		s.t.Errorf("preflight from allowed origin: status %d", r.status)
	}
	if got := r.header.Get("Access-Control-Allow-Origin"); got != s.c.Origin {
		s.t.Errorf("preflight Access-Control-Allow-Origin %q, want %q", got, s.c.Origin)
	}
	if m := r.header.Get("Access-Control-Allow-Methods"); !strings.Contains(m, "POST") {
		s.t.Errorf("preflight Access-Control-Allow-Methods %q lacks POST", m)
	}
	if h := strings.ToLower(r.header.Get("Access-Control-Allow-Headers")); !strings.Contains(h, "content-type") {
		s.t.Errorf("preflight Access-Control-Allow-Headers %q lacks Content-Type", h)
	}
	r = s.do("OPTIONS", "/v1/records", nil, "Origin", "https://evil.example", "Access-Control-Request-Method", "POST")
	s.wantStatus("preflight from another origin", r, 403)
	if got := r.header.Get("Access-Control-Allow-Origin"); got != "" {
		s.t.Errorf("preflight from another origin got Access-Control-Allow-Origin %q", got)
	}
	r = s.do("GET", "/v1/log/"+url.PathEscape(s.c.Site)+"/head", nil, "Origin", s.c.Origin)
	s.wantStatus("head from allowed origin", r, 200)
	if got := r.header.Get("Access-Control-Allow-Origin"); got != s.c.Origin {
		s.t.Errorf("GET Access-Control-Allow-Origin %q, want %q", got, s.c.Origin)
	}
	r = s.do("GET", "/v1/context", nil, "Origin", "https://evil.example")
	s.wantStatus("context from another origin", r, 403)
}

// logProofs checks the head, proof, consistency and entries endpoints against a receipt.
func (s *suite) logProofs(first proof.Receipt) {
	v := s.verifier()
	site := "/v1/log/" + url.PathEscape(s.c.Site)
	r := s.do("GET", site+"/head", nil)
	s.wantStatus("head", r, 200)
	if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/plain") {
		s.t.Errorf("head Content-Type %q, want text/plain", ct)
	}
	head, err := proof.OpenHead(r.body, v)
	if err != nil {
		s.t.Fatalf("head does not verify: %v\n%s", err, r.body)
	}
	if head.Size < first.TreeSize || head.Site() != s.c.Site {
		s.t.Fatalf("head %+v older than a receipt of size %d", head, first.TreeSize)
	}
	old, _ := proof.VerifyReceipt(first, first.RecordHash, v)

	r = s.do("GET", site+"/proof/"+strconv.FormatInt(first.Index, 10)+"?size="+strconv.FormatInt(head.Size, 10), nil)
	s.wantStatus("inclusion proof", r, 200)
	if err := tlog.CheckRecord(decodeProof(s.t, r.body), head.Size, head.Root, first.Index, first.Entry().LeafHash()); err != nil {
		s.t.Errorf("inclusion proof does not verify: %v", err)
	}
	r = s.do("GET", site+"/consistency?from="+strconv.FormatInt(old.Size, 10)+"&to="+strconv.FormatInt(head.Size, 10), nil)
	s.wantStatus("consistency proof", r, 200)
	if err := proof.VerifyConsistency(old, head, tlog.TreeProof(decodeProof(s.t, r.body))); err != nil {
		s.t.Errorf("consistency proof does not verify: %v", err)
	}
	s.wantError("proof beyond the head", s.do("GET", site+"/proof/0?size="+strconv.FormatInt(head.Size+1000, 10), nil), 400, "bad_range")
	s.wantError("unknown log", s.do("GET", "/v1/log/no-such-site.example/head", nil), 404, "")

	lc := logclient.Client{BaseURL: s.base, HTTP: s.hc, Key: s.c.ExportKey}
	res, err := lc.VerifyLog(context.Background(), s.c.Site, v, old)
	if err != nil {
		s.t.Fatalf("the log does not verify: %v", err)
	}
	if res.Head.Size < head.Size {
		s.t.Errorf("log head went back from %d to %d", head.Size, res.Head.Size)
	}
	if res.Records[first.Index].Hash != first.RecordHash {
		s.t.Errorf("entry %d holds another record", first.Index)
	}
}

func decodeProof(t *testing.T, body []byte) []tlog.Hash {
	t.Helper()
	var b struct {
		Proof []string `json:"proof"`
	}
	if err := json.Unmarshal(body, &b); err != nil {
		t.Fatalf("proof body: %v: %s", err, body)
	}
	out := make([]tlog.Hash, len(b.Proof))
	for i, p := range b.Proof {
		h, err := base64.StdEncoding.DecodeString(p)
		if err != nil || len(h) != tlog.HashSize {
			t.Fatalf("proof hash %q malformed", p)
		}
		copy(out[i][:], h)
	}
	return out
}

func (s *suite) export(rec rules.Record) {
	path := "/v1/log/" + url.PathEscape(s.c.Site) + "/export"
	s.wantError("export without key", s.do("GET", path, nil), 401, "")
	s.wantError("export with a wrong key", s.do("GET", path, nil, "Authorization", "Bearer wrong"+s.c.ExportKey), 401, "")
	r := s.do("GET", path, nil, "Authorization", "bearer "+s.c.ExportKey)
	s.wantStatus("export (scheme in lower case)", r, 200)
	found := false
	for i, line := range bytes.Split(bytes.TrimSpace(r.body), []byte("\n")) {
		var e struct {
			Index   int64           `json:"index"`
			Record  json.RawMessage `json:"record"`
			Receipt json.RawMessage `json:"receipt"`
		}
		if err := json.Unmarshal(line, &e); err != nil {
			s.t.Fatalf("export line %d: %v: %s", i, err, line)
		}
		if e.Index != int64(i) {
			s.t.Fatalf("export line %d has index %d", i, e.Index)
		}
		if bytes.Equal(e.Record, codec.FormatRecord(rec)) {
			found = true
			s.checkReceipt(e.Receipt, rec)
		}
	}
	if !found {
		s.t.Error("export lacks the posted record")
	}
}

// doi posts a double opt-in request with the site's key.
func (s *suite) doi(body string) response {
	s.t.Helper()
	return s.do("POST", "/v1/doi", []byte(body), "Content-Type", "application/json", "Authorization", "Bearer "+s.c.ExportKey)
}

func (s *suite) doubleOptIn() {
	optIn := NewOptInRecord(s.c.Site, time.Now())
	s.postRecord(optIn)
	notOptIn := NewRecord(s.c.Site, time.Now())
	s.postRecord(notOptIn)
	s.wantError("doi for an accept_all record", s.doi(`{"record_id":"`+notOptIn.ID+`"}`), 400, "")
	s.wantError("doi redirect elsewhere", s.doi(`{"record_id":"`+optIn.ID+`","redirect":"https://evil.example/x"}`), 400, "redirect_not_allowed")
	r := s.doi(`{"record_id":"` + optIn.ID + `","redirect":"` + s.c.Origin + `/thanks?email=person%40mail.example#x"}`)
	s.wantStatus("doi issue", r, 201)
	var tok struct {
		Token      string `json:"token"`
		ConfirmURL string `json:"confirm_url"`
		ExpiresAt  string `json:"expires_at"`
	}
	if err := json.Unmarshal(r.body, &tok); err != nil || tok.Token == "" || tok.ExpiresAt == "" ||
		!strings.Contains(tok.ConfirmURL, "/v1/doi/confirm?token=") {
		s.t.Fatalf("doi issue body %s", r.body)
	}
	confirm := "/v1/doi/confirm?token=" + url.QueryEscape(tok.Token)
	lc := logclient.Client{BaseURL: s.base, HTTP: s.hc, Key: s.c.ExportKey}
	before, err := lc.VerifyLog(context.Background(), s.c.Site, s.verifier())
	if err != nil {
		s.t.Fatal(err)
	}
	// A link scanner opens the link: it sees a page with a button, and nothing is confirmed.
	for range 2 {
		r = s.do("GET", confirm, nil)
		s.wantStatus("doi confirm page", r, 200)
		if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "text/html") || !bytes.Contains(r.body, []byte(`method="post"`)) {
			s.t.Fatalf("doi confirm page: %s %s", ct, r.body)
		}
	}
	if n := countDOIConfirms(s, lc, optIn); n != 0 {
		s.t.Fatalf("opening the link logged %d doi_confirm records", n)
	}
	r = s.do("POST", "/v1/doi/confirm", []byte("token="+url.QueryEscape(tok.Token)), "Content-Type", "application/x-www-form-urlencoded")
	s.wantStatus("doi confirm (the button)", r, 303)
	if loc := r.header.Get("Location"); loc != s.c.Origin+"/thanks" {
		s.t.Errorf("doi confirm redirects to %q, want %q (stored without the query string)", loc, s.c.Origin+"/thanks")
	}
	s.wantError("doi token reused", s.do("POST", confirm, nil), 410, "doi_token_used")
	s.wantError("doi token page after use", s.do("GET", confirm, nil), 410, "doi_token_used")
	s.wantError("doi token unknown", s.do("GET", "/v1/doi/confirm?token=nope", nil), 404, "")
	if n := countDOIConfirms(s, lc, optIn); n != 1 {
		s.t.Errorf("the log holds %d doi_confirm records for the opt-in, want 1", n)
	}
	if after, err := lc.VerifyLog(context.Background(), s.c.Site, s.verifier(), before.Head); err != nil || after.Head.Size <= before.Head.Size {
		s.t.Errorf("log after the confirmation: %v", err)
	}
}

// countDOIConfirms reads the log with the site's key and counts the doi_confirm records following optIn,
// checking that each is the ledger's own (sig "ledger") and follows its opt-in.
func countDOIConfirms(s *suite, lc logclient.Client, optIn rules.Record) int {
	s.t.Helper()
	res, err := lc.VerifyLog(context.Background(), s.c.Site, s.verifier())
	if err != nil {
		s.t.Fatalf("the log does not verify: %v", err)
	}
	n := 0
	for _, rec := range res.Records {
		if rec.Action == rules.ActionDOIConfirm && rec.Prev == optIn.Hash {
			n++
			if rec.Subject != optIn.Subject || rec.SubjectKey != optIn.SubjectKey || rec.Sig != rules.LedgerSig ||
				rec.Form == nil || *rec.Form != *optIn.Form {
				s.t.Errorf("doi_confirm record does not follow its opt-in or does not say the ledger wrote it: %+v", rec)
			}
		}
	}
	return n
}
