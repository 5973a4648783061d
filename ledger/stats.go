package ledger

import (
	"cmp"
	"context"
	"encoding/csv"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/assent-dev/assent/rules"
)

// The consent dashboard's figures, counted in SQL over the per-day tables of migration 0004 (kept by
// triggers on entries), so that a view costs a few indexed range reads whatever the number of records.

// Outcomes a record counts as. A save that grants every purpose is an acceptance; one that grants no more
// purposes than the site's reject-all and withdraw records do (its required purposes) is a rejection; any
// other save is partial consent. Marketing opt-in/out, double opt-in confirmations and expiries are "other".
var outcomes = []string{"accept", "reject", "partial", "withdraw", "other"}

// statsDimensions are the record fields the dashboard breaks the outcomes down by (consent_daily's dim).
var statsDimensions = []string{"jurisdiction", "language", "layer", "revision", "gpc"}

// lagBuckets are the sync lag buckets (consent_daily's keys of dim 'lag'), in order.
var lagBuckets = []string{"ahead", "under_1s", "under_10s", "under_1m", "under_1h", "under_1d", "over_1d"}

// Counts are the records of each outcome.
type Counts struct {
	Accept   int64 `json:"accept"`
	Reject   int64 `json:"reject"`
	Partial  int64 `json:"partial"`
	Withdraw int64 `json:"withdraw"`
	Other    int64 `json:"other"`
	Total    int64 `json:"total"`
}

func (c *Counts) add(outcome string, n int64) {
	switch outcome {
	case "accept":
		c.Accept += n
	case "reject":
		c.Reject += n
	case "partial":
		c.Partial += n
	case "withdraw":
		c.Withdraw += n
	default:
		c.Other += n
	}
	c.Total += n
}

func (c Counts) get(outcome string) int64 {
	return map[string]int64{"accept": c.Accept, "reject": c.Reject, "partial": c.Partial, "withdraw": c.Withdraw, "other": c.Other}[outcome]
}

// Rates are the shares of the choices (accept + reject + partial) and of withdrawals among all records.
type Rates struct {
	Acceptance float64 `json:"acceptance"`
	Rejection  float64 `json:"rejection"`
	Partial    float64 `json:"partial"`
	Withdrawal float64 `json:"withdrawal"`
}

func (c Counts) rates() Rates {
	choices := float64(c.Accept + c.Reject + c.Partial)
	var r Rates
	if choices > 0 {
		r.Acceptance, r.Rejection, r.Partial = float64(c.Accept)/choices, float64(c.Reject)/choices, float64(c.Partial)/choices
	}
	if c.Total > 0 {
		r.Withdrawal = float64(c.Withdraw) / float64(c.Total)
	}
	return r
}

// DayCounts are one day's outcomes.
type DayCounts struct {
	Day string `json:"day"`
	Counts
}

// KeyCounts are the outcomes of one value of a dimension.
type KeyCounts struct {
	Key string `json:"key"`
	Counts
	Rates Rates `json:"rates"`
}

// PurposeCounts are how often a purpose was granted and refused in the choices.
type PurposeCounts struct {
	Purpose string `json:"purpose"`
	Granted int64  `json:"granted"`
	Refused int64  `json:"refused"`
}

// LagCount is the records of one sync lag bucket.
type LagCount struct {
	Bucket string `json:"bucket"`
	N      int64  `json:"n"`
}

// Stats is the dashboard's answer (GET /v1/log/{site}/stats).
type Stats struct {
	Site        string                 `json:"site"`
	From        string                 `json:"from"`
	To          string                 `json:"to"`
	Counts      Counts                 `json:"counts"`
	Rates       Rates                  `json:"rates"`
	GPCShare    float64                `json:"gpc_share"`
	Days        []DayCounts            `json:"days"`
	By          map[string][]KeyCounts `json:"by"`
	Purposes    []PurposeCounts        `json:"purposes"`
	Lag         []LagCount             `json:"lag"`
	NotRecorded map[string]string      `json:"not_recorded"`
	Charts      map[string]string      `json:"charts,omitempty"`
	MillisSQL   float64                `json:"ms_sql"`
}

// notRecorded says which figures the issue asks for cannot be counted, and why.
var notRecorded = map[string]string{
	"device_class":    "consent records carry no device class (only the measured buttons' sizes), so there is no breakdown by device",
	"refused_records": "the ledger stores nothing it refuses (POST /v1/records answers the error and keeps no row), so refused records cannot be counted here; the widget reports them to the page as the assent:error event",
}

// outcomeSQL is the outcome of a consent_daily row; ?4 is the site's required-purpose count.
const outcomeSQL = `CASE WHEN action = 'accept_all' THEN 'accept' WHEN action = 'reject_all' THEN 'reject'
  WHEN action = 'withdraw' THEN 'withdraw'
  WHEN action = 'save' AND refused = 0 THEN 'accept' WHEN action = 'save' AND granted <= ?4 THEN 'reject'
  WHEN action = 'save' THEN 'partial' ELSE 'other' END`

// statsRange reads ?from= and ?to= (YYYY-MM-DD, inclusive; default the last 30 days to today, UTC).
func statsRange(r *http.Request, now time.Time) (string, string, bool) {
	to := now.UTC().Format(time.DateOnly)
	from := now.UTC().AddDate(0, 0, -29).Format(time.DateOnly)
	q := r.URL.Query()
	if v := q.Get("to"); v != "" {
		to = v
	}
	if v := q.Get("from"); v != "" {
		from = v
	}
	f, err1 := time.Parse(time.DateOnly, from)
	t, err2 := time.Parse(time.DateOnly, to)
	if err1 != nil || err2 != nil || t.Before(f) || t.Sub(f) > 3660*24*time.Hour {
		return "", "", false
	}
	return from, to, true
}

// computeStats counts site's records of days from..to (inclusive) in SQL.
func computeStats(ctx context.Context, q querier, site, from, to string) (Stats, error) {
	st := Stats{Site: site, From: from, To: to, Days: []DayCounts{}, By: map[string][]KeyCounts{}, NotRecorded: notRecorded}
	// The required purposes: as many as the site's reject-all and withdraw records grant.
	var required int64
	if err := q.QueryRowContext(ctx, `SELECT COALESCE(MIN(granted), 0) FROM consent_daily
		WHERE site = ?1 AND dim = 'all' AND action IN ('reject_all', 'withdraw')`, site).Scan(&required); err != nil {
		return st, err
	}
	// Outcomes per day, and the totals.
	rows, err := q.QueryContext(ctx, `SELECT day, `+outcomeSQL+` AS outcome, SUM(n) FROM consent_daily
		WHERE site = ?1 AND dim = 'all' AND day >= ?2 AND day <= ?3 GROUP BY day, outcome ORDER BY day`, site, from, to, required)
	if err != nil {
		return st, err
	}
	for rows.Next() {
		var day, outcome string
		var n int64
		if err := rows.Scan(&day, &outcome, &n); err != nil {
			rows.Close()
			return st, err
		}
		if len(st.Days) == 0 || st.Days[len(st.Days)-1].Day != day {
			st.Days = append(st.Days, DayCounts{Day: day})
		}
		st.Days[len(st.Days)-1].add(outcome, n)
		st.Counts.add(outcome, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return st, err
	}
	st.Rates = st.Counts.rates()
	for _, d := range append(statsDimensions, "lag") {
		kcs, err := countsBy(ctx, q, d, site, from, to, required)
		if err != nil {
			return st, err
		}
		st.By[d] = kcs
	}
	for _, kc := range st.By["gpc"] {
		if kc.Key == "true" && st.Counts.Total > 0 {
			st.GPCShare = float64(kc.Total) / float64(st.Counts.Total)
		}
	}
	st.Lag = make([]LagCount, len(lagBuckets))
	for i, b := range lagBuckets {
		st.Lag[i].Bucket = b
		for _, kc := range st.By["lag"] {
			if kc.Key == b {
				st.Lag[i].N = kc.Total
			}
		}
	}
	delete(st.By, "lag")
	st.Purposes, err = purposeCounts(ctx, q, site, from, to)
	return st, err
}

// countsBy returns the outcomes by the values of dimension dim, largest first.
func countsBy(ctx context.Context, q querier, dim, site, from, to string, required int64) ([]KeyCounts, error) {
	rows, err := q.QueryContext(ctx, `SELECT key, `+outcomeSQL+` AS outcome, SUM(n) FROM consent_daily
		WHERE site = ?1 AND dim = ?5 AND day >= ?2 AND day <= ?3 GROUP BY key, outcome`, site, from, to, required, dim)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	idx := map[string]int{}
	out := []KeyCounts{}
	for rows.Next() {
		var k, outcome string
		var n int64
		if err := rows.Scan(&k, &outcome, &n); err != nil {
			return nil, err
		}
		i, ok := idx[k]
		if !ok {
			i = len(out)
			idx[k] = i
			out = append(out, KeyCounts{Key: k})
		}
		out[i].add(outcome, n)
	}
	for i := range out {
		out[i].Rates = out[i].rates()
	}
	sortKeyCounts(out)
	return out, rows.Err()
}

func sortKeyCounts(kcs []KeyCounts) {
	slices.SortFunc(kcs, func(a, b KeyCounts) int {
		return cmp.Or(cmp.Compare(b.Total, a.Total), strings.Compare(a.Key, b.Key))
	})
}

func purposeCounts(ctx context.Context, q querier, site, from, to string) ([]PurposeCounts, error) {
	rows, err := q.QueryContext(ctx, `SELECT purpose, SUM(CASE WHEN granted = 1 THEN n ELSE 0 END),
		SUM(CASE WHEN granted = 1 THEN 0 ELSE n END) FROM consent_purpose_daily
		WHERE site = ?1 AND day >= ?2 AND day <= ?3 GROUP BY purpose ORDER BY purpose`, site, from, to)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []PurposeCounts{}
	for rows.Next() {
		var p PurposeCounts
		if err := rows.Scan(&p.Purpose, &p.Granted, &p.Refused); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// stats serves the dashboard's figures and charts as JSON, for the site's key holder.
func (h *handler) stats(w http.ResponseWriter, r *http.Request) {
	st, ok := h.statsFor(w, r)
	if !ok {
		return
	}
	st.Charts = renderCharts(st)
	writeJSON(w, http.StatusOK, st)
}

func (h *handler) statsFor(w http.ResponseWriter, r *http.Request) (Stats, bool) {
	site, ok := h.ownerSite(w, r, "the dashboard")
	if !ok {
		return Stats{}, false
	}
	from, to, ok := statsRange(r, h.opts.Now())
	if !ok {
		writeError(w, http.StatusBadRequest, rules.CodeBadRange, "from and to must be dates YYYY-MM-DD, from <= to, at most 10 years apart", nil)
		return Stats{}, false
	}
	start := time.Now()
	st, err := computeStats(r.Context(), h.q(), site, from, to)
	if err != nil {
		h.serverError(w, "stats", err)
		return Stats{}, false
	}
	st.MillisSQL = float64(time.Since(start).Microseconds()) / 1000
	return st, true
}

// statsCSV serves the same figures as CSV in long form: dimension,value,measure,count (one row per count), so
// a spreadsheet pivots it any way.
func (h *handler) statsCSV(w http.ResponseWriter, r *http.Request) {
	st, ok := h.statsFor(w, r)
	if !ok {
		return
	}
	var b strings.Builder
	cw := csv.NewWriter(&b)
	cw.Write([]string{"dimension", "value", "measure", "count"})
	row := func(dim, val, measure string, n int64) {
		cw.Write([]string{dim, csvSafe(val), measure, strconv.FormatInt(n, 10)})
	}
	for _, o := range outcomes {
		row("all", st.From+".."+st.To, o, st.Counts.get(o))
	}
	for _, d := range st.Days {
		for _, o := range outcomes {
			row("day", d.Day, o, d.get(o))
		}
	}
	for _, dim := range statsDimensions {
		for _, kc := range st.By[dim] {
			for _, o := range outcomes {
				row(dim, kc.Key, o, kc.get(o))
			}
		}
	}
	for _, p := range st.Purposes {
		row("purpose", p.Purpose, "granted", p.Granted)
		row("purpose", p.Purpose, "refused", p.Refused)
	}
	for _, l := range st.Lag {
		row("sync_lag", l.Bucket, "records", l.N)
	}
	cw.Flush()
	w.Header().Set("Content-Disposition", `attachment; filename="assent-`+st.Site+`-`+st.From+`-`+st.To+`.csv"`)
	writeRaw(w, http.StatusOK, "text/csv; charset=utf-8", []byte(b.String()))
}

// csvSafe keeps a value a spreadsheet would run as a formula (=, +, -, @ first) as text.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
