package ledgertest

import (
	"bytes"
	"encoding/json"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/assent-dev/assent/proof"
	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/rules/codec"
)

// consoleStats is the part of GET /v1/log/{site}/stats the suite checks.
type consoleStats struct {
	Counts struct{ Accept, Reject, Partial, Withdraw, Other, Total int64 } `json:"counts"`
	By     map[string][]struct {
		Key   string `json:"key"`
		Total int64  `json:"total"`
	} `json:"by"`
	Purposes []struct {
		Purpose          string
		Granted, Refused int64
	} `json:"purposes"`
	Lag []struct {
		Bucket string `json:"bucket"`
		N      int64  `json:"n"`
	} `json:"lag"`
	Charts map[string]string `json:"charts"`
}

func (cs consoleStats) by(dim, key string) int64 {
	for _, kc := range cs.By[dim] {
		if kc.Key == key {
			return kc.Total
		}
	}
	return 0
}

func (cs consoleStats) purpose(id string) (int64, int64) {
	for _, p := range cs.Purposes {
		if p.Purpose == id {
			return p.Granted, p.Refused
		}
	}
	return 0, 0
}

func (cs consoleStats) lagTotal() int64 {
	var n int64
	for _, l := range cs.Lag {
		n += l.N
	}
	return n
}

// statsPath is the dashboard query for the days around now (records made now count whatever the time zone).
func (s *suite) statsPath(site, suffix string) string {
	now := time.Now().UTC()
	return "/v1/log/" + url.PathEscape(site) + "/stats" + suffix + "?from=" + now.AddDate(0, 0, -1).Format(time.DateOnly) +
		"&to=" + now.AddDate(0, 0, 1).Format(time.DateOnly)
}

// monthsPath is the dashboard query from a few days before last month to the end of this month: days, then
// whole months.
func (s *suite) monthsPath(site string) string {
	now := time.Now().UTC()
	first := time.Date(now.Year(), now.Month(), 1, 0, 0, 0, 0, time.UTC)
	return "/v1/log/" + url.PathEscape(site) + "/stats?from=" + first.AddDate(0, -1, -3).Format(time.DateOnly) +
		"&to=" + first.AddDate(0, 1, -1).Format(time.DateOnly)
}

func (s *suite) getStats(path string) consoleStats {
	s.t.Helper()
	r := s.keyed("GET", path, s.c.ExportKey)
	s.wantStatus("stats", r, 200)
	var cs consoleStats
	if err := json.Unmarshal(r.body, &cs); err != nil {
		s.t.Fatalf("stats: %v: %s", err, r.body)
	}
	return cs
}

// console checks the site owner's console: the dashboard's figures move by exactly the records posted, the
// proof lookup returns a subject's chain with receipts that verify, and neither answers without the site's
// key (401), with another site's key (403) or with an unknown key (401).
func (s *suite) console() {
	before, beforeMonths := s.getStats(s.statsPath(s.c.Site, "")), s.getStats(s.monthsPath(s.c.Site))
	now := time.Now()
	a := NewRecord(s.c.Site, now)
	b := Next(a, rules.ActionRejectAll, now)
	c := Next(b, rules.ActionSave, now)
	c.Purposes = map[string]bool{"necessary": true, "analytics": true, "marketing": false}
	Reseal(&c)
	d := Next(c, rules.ActionWithdraw, now)
	e := NewRecord(s.c.Site, now)
	e.Action, e.Jurisdiction, e.Language = rules.ActionRejectAll, "DE", "de"
	e.Purposes = map[string]bool{"necessary": true, "analytics": false, "marketing": false}
	e.Signals = rules.Signals{GPC: true, ConsentMode: map[string]string{"ad_storage": "denied", "analytics_storage": "denied"}}
	Reseal(&e)
	f := NewRecord(s.c.Site, now)
	f.Action = rules.ActionSave
	Reseal(&f)
	for _, rec := range []rules.Record{a, b, c, d, e, f} {
		s.postRecord(rec)
	}
	after, afterMonths := s.getStats(s.statsPath(s.c.Site, "")), s.getStats(s.monthsPath(s.c.Site))
	delta := func(what string, got, want int64) {
		if got != want {
			s.t.Errorf("dashboard %s moved by %d, want %d", what, got, want)
		}
	}
	// The same over a range of whole months and days.
	delta("total over whole months", afterMonths.Counts.Total-beforeMonths.Counts.Total, 6)
	delta("accept over whole months", afterMonths.Counts.Accept-beforeMonths.Counts.Accept, 2)
	delta("partial over whole months", afterMonths.Counts.Partial-beforeMonths.Counts.Partial, 1)
	delta("jurisdiction DE over whole months", afterMonths.by("jurisdiction", "DE")-beforeMonths.by("jurisdiction", "DE"), 1)
	gm0, rm0 := beforeMonths.purpose("marketing")
	gm1, rm1 := afterMonths.purpose("marketing")
	delta("marketing granted over whole months", gm1-gm0, 2)
	delta("marketing refused over whole months", rm1-rm0, 4)
	delta("accept", after.Counts.Accept-before.Counts.Accept, 2)
	delta("reject", after.Counts.Reject-before.Counts.Reject, 2)
	delta("partial", after.Counts.Partial-before.Counts.Partial, 1)
	delta("withdraw", after.Counts.Withdraw-before.Counts.Withdraw, 1)
	delta("total", after.Counts.Total-before.Counts.Total, 6)
	delta("jurisdiction DE", after.by("jurisdiction", "DE")-before.by("jurisdiction", "DE"), 1)
	delta("language de", after.by("language", "de")-before.by("language", "de"), 1)
	delta("gpc true", after.by("gpc", "true")-before.by("gpc", "true"), 1)
	delta("layer none (JS API records)", after.by("layer", "none")-before.by("layer", "none"), 6)
	g0, r0 := before.purpose("marketing")
	g1, r1 := after.purpose("marketing")
	delta("marketing granted", g1-g0, 2)
	delta("marketing refused", r1-r0, 4)
	delta("sync lag records", after.lagTotal()-before.lagTotal(), 6)
	for _, name := range []string{"days", "jurisdiction", "language", "layer", "revision", "gpc", "purposes", "lag"} {
		if svg := after.Charts[name]; !strings.HasPrefix(svg, "<svg ") || strings.Contains(svg, "<script") || strings.Contains(svg, "href") {
			s.t.Errorf("chart %s is not a self-contained SVG: %.80s", name, svg)
		}
	}
	csv := s.keyed("GET", s.statsPath(s.c.Site, ".csv"), s.c.ExportKey)
	s.wantStatus("stats.csv", csv, 200)
	if !bytes.HasPrefix(csv.body, []byte("dimension,value,measure,count\n")) || !bytes.Contains(csv.body, []byte("\njurisdiction,DE,reject,")) {
		s.t.Errorf("stats.csv: %.300s", csv.body)
	}

	// The proof lookup: by record id and by subject, the subject's four records in log order.
	for _, q := range []string{"record=" + url.QueryEscape(c.ID), "subject=" + url.QueryEscape(a.Subject)} {
		r := s.keyed("GET", "/v1/log/"+url.PathEscape(s.c.Site)+"/chain?"+q, s.c.ExportKey)
		s.wantStatus("chain "+q, r, 200)
		var bundle struct {
			Bundle, Site, Subject string
			Keys                  []string
			Records               []struct {
				Record  json.RawMessage `json:"record"`
				Receipt json.RawMessage `json:"receipt"`
			}
		}
		if err := json.Unmarshal(r.body, &bundle); err != nil {
			s.t.Fatalf("chain: %v: %s", err, r.body)
		}
		if bundle.Bundle != "assent-chain/v1" || bundle.Subject != a.Subject || len(bundle.Records) != 4 || !slices.Contains(bundle.Keys, s.c.VerifierKey) {
			s.t.Fatalf("chain %s: %s", q, r.body)
		}
		for i, want := range []rules.Record{a, b, c, d} {
			got := bundle.Records[i]
			if !bytes.Equal(got.Record, codec.FormatRecord(want)) {
				s.t.Errorf("chain %s record %d: %s, want %s", q, i, got.Record, codec.FormatRecord(want))
			}
			rc, err := proof.ParseReceipt(got.Receipt)
			if err != nil {
				s.t.Fatalf("chain receipt %d: %v", i, err)
			}
			if _, err := proof.VerifyReceipt(rc, want.ComputeHash(), s.verifier()); err != nil {
				s.t.Errorf("chain receipt %d does not verify: %v", i, err)
			}
		}
	}
	chainPath := "/v1/log/" + url.PathEscape(s.c.Site) + "/chain?record=" + url.QueryEscape(a.ID)
	s.wantError("chain of an unknown record", s.keyed("GET", "/v1/log/"+url.PathEscape(s.c.Site)+"/chain?record="+NewUUID(), s.c.ExportKey), 404, "record_not_found")
	s.wantError("chain without record or subject", s.keyed("GET", "/v1/log/"+url.PathEscape(s.c.Site)+"/chain", s.c.ExportKey), 400, "bad_query")
	s.wantError("stats with a bad range", s.keyed("GET", "/v1/log/"+url.PathEscape(s.c.Site)+"/stats?from=yesterday", s.c.ExportKey), 400, "bad_range")

	// Hostile callers.
	for _, path := range []string{s.statsPath(s.c.Site, ""), s.statsPath(s.c.Site, ".csv"), chainPath} {
		s.wantError("no key: "+path, s.do("GET", path, nil), 401, "unauthorized")
		s.wantError("unknown key: "+path, s.keyed("GET", path, "not-"+s.c.ExportKey), 401, "unauthorized")
		if s.c.OtherSite != "" {
			r := s.keyed("GET", path, s.c.OtherKey)
			s.wantError("another site's key: "+path, r, 403, "forbidden")
			if bytes.Contains(r.body, []byte(a.Subject)) {
				s.t.Errorf("another site's key read the subject: %s", r.body)
			}
		}
	}
	if s.c.OtherSite != "" {
		// Another site's key on its own site's path does not reach this site's records.
		r := s.keyed("GET", "/v1/log/"+url.PathEscape(s.c.OtherSite)+"/chain?subject="+url.QueryEscape(a.Subject), s.c.OtherKey)
		s.wantError("another site looks up this site's subject", r, 404, "subject_not_found")
		r = s.keyed("GET", "/v1/log/"+url.PathEscape(s.c.OtherSite)+"/chain?record="+url.QueryEscape(a.ID), s.c.OtherKey)
		s.wantError("another site looks up this site's record", r, 404, "record_not_found")
	}
}
