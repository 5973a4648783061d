package ledger

import (
	"context"
	"database/sql"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"
)

// The dashboard's figures equal a count over the records themselves, done here in Go from each record's JSON,
// for ranges of whole months, of days only, and of both. The records are inserted into entries as the ledger
// does, so the trigger of migration 0004 counts them one by one.
func TestStatsEqualAnIndependentCount(t *testing.T) {
	ctx := context.Background()
	db, err := OpenSQLite(ctx, filepath.Join(t.TempDir(), "ledger.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	const site = "count.example"
	if _, err := db.Exec(seedSQL, 3000, site); err != nil {
		t.Fatal(err)
	}
	// Saves of every kind (all granted, only the required purpose, some) and a choice that counts as other,
	// after the seeded ones.
	if _, err := db.Exec(`WITH RECURSIVE seq(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM seq WHERE i + 1 < 400)
		INSERT INTO entries (site, idx, id, record_hash, logged_at, record)
		SELECT ?1, 3000 + i, 'more-' || i, printf('%064x', 3000 + i),
		  strftime('%Y-%m-%dT%H:%M:%f', '2026-01-01', '+' || (i * 37 % 365) || ' days', '+' || (i * 7) || ' minutes') || 'Z',
		  json_object('v', 2, 'id', 'more-' || i, 'site', ?1, 'subject', 'm' || i,
		    'time', strftime('%Y-%m-%dT%H:%M:%f', '2026-01-01', '+' || (i * 37 % 365) || ' days') || 'Z',
		    'action', CASE i % 5 WHEN 4 THEN 'marketing_opt_in' ELSE 'save' END,
		    'purposes', json_object('necessary', json('true'), 'analytics', json(CASE WHEN i % 5 IN (0, 1) THEN 'true' ELSE 'false' END),
		      'marketing', json(CASE WHEN i % 5 = 0 THEN 'true' ELSE 'false' END)),
		    'jurisdiction', 'FR', 'language', 'fr', 'revision', '2026-01-01',
		    'ui', json_object('surface', 'preferences', 'first_layer', json_object('layer', 1)),
		    'signals', json_object('gpc', json('false')), 'prev', '', 'hash', printf('%064x', 3000 + i))
		FROM seq`, site); err != nil {
		t.Fatal(err)
	}
	recs := readRecordsForCount(t, db, site)
	q := runner{q: db, stmts: &stmtCache{db: db}}
	for _, r := range [][2]string{
		{"2026-01-01", "2026-12-31"}, // the year: whole months only
		{"2026-12-02", "2026-12-31"}, // the default 30 days: days only
		{"2026-02-15", "2026-05-10"}, // days, two whole months, days
		{"2026-03-01", "2026-04-17"}, // a whole month, then days
		{"2026-06-20", "2026-07-31"}, // days, then a whole month
		{"2026-06-20", "2026-07-05"}, // the days of two months, no whole month
		{"2026-02-28", "2026-02-28"}, // one day
		{"2025-11-15", "2027-02-03"}, // beyond the records on both sides
	} {
		st, err := computeStats(ctx, q, site, r[0], r[1])
		if err != nil {
			t.Fatal(r, err)
		}
		want := countRecords(recs, r[0], r[1])
		if want.Counts.Total == 0 {
			t.Fatalf("%v: no records in the range: the test counts nothing", r)
		}
		if st.Counts != want.Counts {
			t.Errorf("%v: counts %+v, counted %+v", r, st.Counts, want.Counts)
		}
		for _, d := range statsDimensions {
			got := map[string]Counts{}
			for _, kc := range st.By[d] {
				got[kc.Key] = kc.Counts
			}
			if len(got) != len(want.by[d]) {
				t.Errorf("%v: %s has %d values, counted %d", r, d, len(got), len(want.by[d]))
			}
			for k, c := range want.by[d] {
				if got[k] != c {
					t.Errorf("%v: %s %q: %+v, counted %+v", r, d, k, got[k], c)
				}
			}
		}
		for _, p := range st.Purposes {
			if w := want.purposes[p.Purpose]; p.Granted != w[0] || p.Refused != w[1] {
				t.Errorf("%v: purpose %s granted/refused %d/%d, counted %v", r, p.Purpose, p.Granted, p.Refused, w)
			}
		}
		if len(st.Purposes) != len(want.purposes) {
			t.Errorf("%v: %d purposes, counted %d", r, len(st.Purposes), len(want.purposes))
		}
		for _, l := range st.Lag {
			if l.N != want.lag[l.Bucket] {
				t.Errorf("%v: lag %s: %d, counted %d", r, l.Bucket, l.N, want.lag[l.Bucket])
			}
		}
		var days int64
		for _, d := range st.Days {
			if d.Counts != want.days[d.Day] {
				t.Errorf("%v: day %s: %+v, counted %+v", r, d.Day, d.Counts, want.days[d.Day])
			}
			days += d.Total
		}
		if len(st.Days) != len(want.days) || days != want.Counts.Total {
			t.Errorf("%v: %d days with %d records, counted %d days", r, len(st.Days), days, len(want.days))
		}
	}
}

type countedRecord struct {
	Time, Action, Jurisdiction, Language, Revision string
	Purposes                                       map[string]bool
	UI                                             *struct {
		Layer      int             `json:"layer"`
		Surface    string          `json:"surface"`
		FirstLayer json.RawMessage `json:"first_layer"`
	}
	Signals struct{ GPC bool }
	logged  time.Time
}

func readRecordsForCount(t *testing.T, db *sql.DB, site string) []countedRecord {
	t.Helper()
	rows, err := db.Query(`SELECT record, logged_at FROM entries WHERE site = ?1`, site)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []countedRecord
	for rows.Next() {
		var rec, logged string
		var r countedRecord
		if err := rows.Scan(&rec, &logged); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(rec), &r); err != nil {
			t.Fatal(err)
		}
		if r.logged, err = time.Parse(time.RFC3339Nano, logged); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

type counted struct {
	Counts
	by       map[string]map[string]Counts
	days     map[string]Counts
	purposes map[string][2]int64
	lag      map[string]int64
}

// countRecords counts the records of days from..to as the README defines the figures: a save granting every
// purpose is an acceptance, one granting no more than the site's reject-all and withdraw records do (here:
// only "necessary") a rejection, any other save partial consent.
func countRecords(recs []countedRecord, from, to string) counted {
	required := 1 << 30
	for _, r := range recs {
		if r.Action == "reject_all" || r.Action == "withdraw" {
			n := 0
			for _, v := range r.Purposes {
				if v {
					n++
				}
			}
			required = min(required, n)
		}
	}
	c := counted{by: map[string]map[string]Counts{}, days: map[string]Counts{}, purposes: map[string][2]int64{}, lag: map[string]int64{}}
	for _, d := range statsDimensions {
		c.by[d] = map[string]Counts{}
	}
	for _, r := range recs {
		day := r.Time[:10]
		if day < from || day > to {
			continue
		}
		granted, refused := 0, 0
		for _, v := range r.Purposes {
			if v {
				granted++
			} else {
				refused++
			}
		}
		outcome := "other"
		switch {
		case r.Action == "accept_all":
			outcome = "accept"
		case r.Action == "reject_all":
			outcome = "reject"
		case r.Action == "withdraw":
			outcome = "withdraw"
		case r.Action == "save" && refused == 0:
			outcome = "accept"
		case r.Action == "save" && granted <= required:
			outcome = "reject"
		case r.Action == "save":
			outcome = "partial"
		}
		layer := "none"
		switch {
		case r.UI == nil:
		case r.UI.Surface == "preferences" && len(r.UI.FirstLayer) > 0 && r.UI.FirstLayer[0] == '{':
			layer = "preferences_after_banner"
		case r.UI.Surface != "":
			layer = r.UI.Surface
		case r.UI.Layer == 1:
			layer = "banner"
		case r.UI.Layer == 2:
			layer = "preferences"
		default:
			layer = "other"
		}
		keys := map[string]string{"jurisdiction": r.Jurisdiction, "language": r.Language, "layer": layer,
			"revision": r.Revision, "gpc": map[bool]string{true: "true", false: "false"}[r.Signals.GPC]}
		c.add(outcome, 1)
		for d, k := range keys {
			kc := c.by[d][k]
			kc.add(outcome, 1)
			c.by[d][k] = kc
		}
		dc := c.days[day]
		dc.add(outcome, 1)
		c.days[day] = dc
		if r.Action == "accept_all" || r.Action == "reject_all" || r.Action == "save" || r.Action == "withdraw" {
			for p, v := range r.Purposes {
				gr := c.purposes[p]
				if v {
					gr[0]++
				} else {
					gr[1]++
				}
				c.purposes[p] = gr
			}
		}
		t, _ := time.Parse(time.RFC3339Nano, r.Time)
		lag := r.logged.Sub(t)
		bucket := "over_1d"
		for i, limit := range []time.Duration{0, time.Second, 10 * time.Second, time.Minute, time.Hour, 24 * time.Hour} {
			if lag < limit {
				bucket = lagBuckets[i]
				break
			}
		}
		c.lag[bucket]++
	}
	return c
}
