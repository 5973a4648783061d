package ledgertest

// The attacks of issue 12, each tried as an outsider with nothing but HTTP would, checking what the attacker
// observes (status, error code) and that nothing was stored.

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"net/url"
	"strings"
	"time"

	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
	"github.com/assent-dev/assent/rules/recordsig"
)

// wantNotStored checks with the site's key that no record with this id is logged for the site.
func (s *suite) wantNotStored(what, id string) {
	s.t.Helper()
	r := s.keyed("GET", "/v1/records/"+id+"?site="+url.QueryEscape(s.c.Site), s.c.ExportKey)
	if r.status != 404 {
		s.t.Errorf("%s: the refused record was stored (GET answers %d: %s)", what, r.status, r.body)
	}
}

// bytesAsStored: invalid UTF-8 and lone surrogates are refused before decoding; sizes count as stored.
func (s *suite) bytesAsStored() {
	good := NewRecord(s.c.Site, time.Now())
	body := string(codec.FormatRecord(good))
	for name, bad := range map[string]string{
		"invalid UTF-8 in revision": strings.Replace(body, `"revision":"2026-11-01"`, `"revision":"`+strings.Repeat("\xff", 30000)+`"`, 1),
		"one invalid byte":          strings.Replace(body, `"language":"fr"`, "\"language\":\"f\xc3\"", 1),
		"lone high surrogate":       strings.Replace(body, `"revision":"2026-11-01"`, `"revision":"2026-11-01\ud800"`, 1),
		"lone low surrogate":        strings.Replace(body, `"revision":"2026-11-01"`, `"revision":"\udc00"`, 1),
	} {
		s.wantError(name, s.post("/v1/records", []byte(bad)), 400, "invalid_utf8")
	}
	s.wantNotStored("invalid UTF-8", good.ID)
	// 65 KB of \xff: over the limit as sent; the server must not answer 201 for a record it would store bigger.
	huge := strings.Replace(body, `"revision":"2026-11-01"`, `"revision":"`+strings.Repeat("\xff", 65000)+`"`, 1)
	if r := s.post("/v1/records", []byte(huge)); r.status != 413 && r.status != 400 {
		s.t.Errorf("65 KB of invalid UTF-8: status %d, want 413 or 400: %.200s", r.status, r.body)
	}
	// A valid surrogate pair is fine (and stored as UTF-8).
	pair := good
	pair.ID, pair.Revision = NewUUID(), "rev-\U0001F600"
	Reseal(&pair)
	escaped := strings.Replace(string(codec.FormatRecord(pair)), "rev-\U0001F600", `rev-\ud83d\ude00`, 1)
	s.wantStatus("escaped surrogate pair", s.post("/v1/records", []byte(escaped)), 201)
}

// recordV2: subjects must derive from their key, signatures must verify, v1 needs accept_v1, and the
// ledger's own doi_confirm cannot be posted.
func (s *suite) recordV2() {
	now := time.Now()
	other, _ := recordsig.NewKey()
	mismatch := NewRecord(s.c.Site, now)
	mismatch.SubjectKey = recordsig.SubjectKey(&other.PublicKey)
	mismatch.Seal()
	s.wantError("subject not derived from subject_key", s.post("/v1/records", codec.FormatRecord(mismatch)), 400, "subject_key_mismatch")
	s.wantNotStored("subject_key_mismatch", mismatch.ID)

	forged := NewRecord(s.c.Site, now)
	forged.Purposes = map[string]bool{"necessary": true, "analytics": true, "marketing": false}
	forged.Action = rules.ActionSave
	forged.Seal() // hash fixed up, signature left as it was
	s.wantError("signature over another hash", s.post("/v1/records", codec.FormatRecord(forged)), 400, "bad_signature")
	s.wantNotStored("bad_signature", forged.ID)

	unsigned := NewRecord(s.c.Site, now)
	unsigned.Sig = ""
	s.wantError("v2 without sig", s.post("/v1/records", codec.FormatRecord(unsigned)), 400, "bad_signature")

	notPoint := NewRecord(s.c.Site, now)
	raw := make([]byte, 65)
	raw[0] = 4
	notPoint.SubjectKey = base64.RawURLEncoding.EncodeToString(raw)
	notPoint.Subject, _ = rules.SubjectID(notPoint.SubjectKey)
	notPoint.Seal()
	s.wantError("subject_key not on the curve", s.post("/v1/records", codec.FormatRecord(notPoint)), 400, "bad_subject_key")

	v1 := NewRecordV1(s.c.Site, now)
	s.wantError("new v1 record", s.post("/v1/records", codec.FormatRecord(v1)), 400, "v1_not_accepted")
	s.wantNotStored("v1", v1.ID)
	if s.c.V1Site != "" {
		ok := NewRecordV1(s.c.V1Site, now)
		s.wantStatus("v1 record for a site with accept_v1", s.post("/v1/records", codec.FormatRecord(ok)), 201)
	}

	fake := NewOptInRecord(s.c.Site, now)
	fake.Action, fake.Sig = rules.ActionDOIConfirm, rules.LedgerSig
	fake.Seal()
	s.wantError("doi_confirm posted by a client", s.post("/v1/records", codec.FormatRecord(fake)), 400, "ledger_action")
	signedFake := NewOptInRecord(s.c.Site, now)
	signedFake.Action = rules.ActionDOIConfirm
	Reseal(&signedFake)
	s.wantError("signed doi_confirm posted by a client", s.post("/v1/records", codec.FormatRecord(signedFake)), 400, "ledger_action")
	s.wantNotStored("doi_confirm", signedFake.ID)
}

// chains: only the subject can append to its chain, and prev must be its own record on the same site.
func (s *suite) chains() {
	now := time.Now()
	victim := NewRecord(s.c.Site, now)
	s.postRecord(victim)
	// The attacker knows the victim's subject, key and hash (they were public) but not its private key.
	steal := Next(NewRecord(s.c.Site, now), rules.ActionWithdraw, now) // signed by the attacker's key
	steal.Subject, steal.SubjectKey, steal.Prev = victim.Subject, victim.SubjectKey, victim.Hash
	steal.Seal()
	s.wantError("withdraw in the victim's name, no Origin", s.do("POST", "/v1/records", codec.FormatRecord(steal),
		"Content-Type", "application/json"), 400, "bad_signature")
	s.wantNotStored("withdraw in the victim's name", steal.ID)

	mine := Next(NewRecord(s.c.Site, now), rules.ActionWithdraw, now)
	mine.Prev = victim.Hash
	Reseal(&mine)
	s.wantError("prev is another subject's record", s.post("/v1/records", codec.FormatRecord(mine)), 400, "prev_foreign")
	mine.Prev = strings.Repeat("0", 64)
	Reseal(&mine)
	s.wantError("prev of zeros", s.post("/v1/records", codec.FormatRecord(mine)), 400, "prev_not_found")
	s.wantNotStored("prev refused", mine.ID)

	next := Next(victim, rules.ActionWithdraw, now)
	s.postRecord(next) // the subject itself continues its chain
	if s.c.OtherSite != "" {
		elsewhere := NewRecord(s.c.OtherSite, now)
		elsewhere.Subject, elsewhere.SubjectKey = next.Subject, next.SubjectKey
		elsewhere.Prev = next.Hash
		Reseal(&elsewhere)
		r := s.do("POST", "/v1/records", codec.FormatRecord(elsewhere), "Content-Type", "application/json", "Origin", s.c.OtherOrigin)
		s.wantError("prev from another site's log", r, 400, "prev_not_found")
	}
}

// private: key-less readers get hashes and times, never record contents.
func (s *suite) private(rec rules.Record) {
	site := "/v1/log/" + url.PathEscape(s.c.Site)
	r := s.do("GET", site+"/entries?start=0", nil)
	s.wantStatus("public entries", r, 200)
	if bytes.Contains(r.body, []byte(`"record":`)) || bytes.Contains(r.body, []byte(rec.Subject)) || !bytes.Contains(r.body, []byte(rec.Hash)) {
		s.t.Errorf("public entries show record contents or lack record hashes: %.300s", r.body)
	}
	var page struct {
		Entries []map[string]json.RawMessage `json:"entries"`
	}
	if err := json.Unmarshal(r.body, &page); err != nil || len(page.Entries) == 0 {
		s.t.Fatalf("public entries: %v %.200s", err, r.body)
	}
	for k := range page.Entries[0] {
		if k != "index" && k != "logged_at" && k != "record_hash" {
			s.t.Errorf("public entry has field %q", k)
		}
	}
	r = s.keyed("GET", site+"/entries?start=0", s.c.ExportKey)
	s.wantStatus("entries with the key", r, 200)
	if !bytes.Contains(r.body, []byte(`"record":{`)) {
		s.t.Errorf("entries with the site's key lack records: %.200s", r.body)
	}
	s.wantError("entries with a wrong key", s.keyed("GET", site+"/entries?start=0", "wrong"), 401, "unauthorized")
	for path, wrongKey := range map[string]int{"/v1/records/" + rec.ID: 404, "/v1/records/" + rec.ID + "?site=" + url.QueryEscape(s.c.Site): 401} {
		s.wantError("record without key "+path, s.do("GET", path, nil), 401, "unauthorized")
		s.wantError("record with a wrong key "+path, s.keyed("GET", path, "wrong"+s.c.ExportKey), wrongKey, "")
	}
	s.wantError("export with a wrong key", s.keyed("GET", site+"/export", "x"), 401, "unauthorized")
	r = s.do("GET", "/v1/records/"+rec.ID+"?site="+url.QueryEscape(s.c.Site), nil, "Authorization", "BEARER "+s.c.ExportKey)
	s.wantStatus("scheme in upper case", r, 200)
}

// sitesApart: one site's origin cannot write for another, and one site's key reads nothing of another's.
func (s *suite) sitesApart(rec rules.Record) {
	if s.c.OtherSite == "" {
		s.t.Skip("no second site configured")
	}
	b := NewRecord(s.c.OtherSite, time.Now())
	s.wantError("record for site B from site A's origin", s.post("/v1/records", codec.FormatRecord(b)), 403, "origin_not_allowed")
	r := s.do("POST", "/v1/records", codec.FormatRecord(b), "Content-Type", "application/json", "Origin", s.c.OtherOrigin)
	s.wantStatus("record for site B from B's origin", r, 201)
	a := "?site=" + url.QueryEscape(s.c.Site)
	bq := "?site=" + url.QueryEscape(s.c.OtherSite)
	s.wantError("A's key reads B's record", s.keyed("GET", "/v1/records/"+b.ID+bq, s.c.ExportKey), 401, "")
	s.wantError("A's key reads B's record without ?site=", s.keyed("GET", "/v1/records/"+b.ID, s.c.ExportKey), 404, "")
	s.wantError("B's key reads A's record", s.keyed("GET", "/v1/records/"+rec.ID+a, s.c.OtherKey), 401, "")
	s.wantError("A's key exports B", s.keyed("GET", "/v1/log/"+url.PathEscape(s.c.OtherSite)+"/export", s.c.ExportKey), 401, "")
	s.wantError("A's key reads B's entries", s.keyed("GET", "/v1/log/"+url.PathEscape(s.c.OtherSite)+"/entries", s.c.ExportKey), 401, "")
	s.wantStatus("B's key reads B's record", s.keyed("GET", "/v1/records/"+b.ID, s.c.OtherKey), 200)
	// The same id posted for site B does not hijack A's record.
	dup := NewRecord(s.c.OtherSite, time.Now())
	dup.ID = rec.ID
	Reseal(&dup)
	r = s.do("POST", "/v1/records", codec.FormatRecord(dup), "Content-Type", "application/json", "Origin", s.c.OtherOrigin)
	s.wantStatus("A's record id used for site B", r, 201)
	got := s.keyed("GET", "/v1/records/"+rec.ID, s.c.ExportKey)
	if got.status != 200 || !bytes.Contains(got.body, codec.FormatRecord(rec)) {
		s.t.Errorf("A's key now reads %d %.200s, want A's own record", got.status, got.body)
	}
}

// doiAttacks: only the site (its key) starts a double opt-in, for its own records.
func (s *suite) doiAttacks() {
	optIn := NewOptInRecord(s.c.Site, time.Now())
	s.postRecord(optIn)
	body := []byte(`{"record_id":"` + optIn.ID + `"}`)
	s.wantError("doi without key", s.post("/v1/doi", body), 401, "unauthorized")
	r := s.do("POST", "/v1/doi", body, "Content-Type", "application/json", "Authorization", "Bearer nope")
	s.wantError("doi with a wrong key", r, 404, "")
	if s.c.OtherSite != "" {
		r = s.do("POST", "/v1/doi", body, "Content-Type", "application/json", "Authorization", "Bearer "+s.c.OtherKey)
		s.wantError("doi with another site's key", r, 404, "")
		r = s.do("POST", "/v1/doi", []byte(`{"record_id":"`+optIn.ID+`","site":"`+s.c.Site+`"}`), "Content-Type", "application/json",
			"Authorization", "Bearer "+s.c.OtherKey)
		s.wantError("doi naming site A with B's key", r, 401, "")
	}
	s.wantError("confirm page without token", s.do("GET", "/v1/doi/confirm", nil), 404, "doi_token_unknown")
}

// hygiene: proof sizes, time bounds.
func (s *suite) hygiene() {
	site := "/v1/log/" + url.PathEscape(s.c.Site)
	for _, q := range []string{"from=0&to=1", "from=0", "from=2&to=1", "from=-1&to=1", "from=x", "from=1&to=99999999"} {
		s.wantError("consistency "+q, s.do("GET", site+"/consistency?"+q, nil), 400, "bad_range")
	}
	for _, t := range []string{"9999-12-31T00:00:00.000Z", "0001-01-01T00:00:00.000Z", "2019-12-31T23:59:59.999Z",
		time.Now().Add(25 * time.Hour).UTC().Format("2006-01-02T15:04:05.000Z")} {
		r := NewRecord(s.c.Site, time.Now())
		r.Time = t
		Reseal(&r)
		e := s.wantError("record time "+t, s.post("/v1/records", codec.FormatRecord(r)), 400, "record_invalid")
		if !e.hasFinding("time_out_of_range") {
			s.t.Errorf("record time %s: findings %+v lack time_out_of_range", t, e.Findings)
		}
		s.wantNotStored("record time "+t, r.ID)
	}
}
