package ledger

import (
	"html"
	"strconv"
	"strings"
)

// The dashboard's charts: small self-contained SVG (no script, no external reference), every label escaped.

// outcomeColors are the outcomes' colours (the legend's order), readable on white.
var outcomeColors = map[string]string{"accept": "#1b7f3b", "partial": "#b7791f", "reject": "#b3261e", "withdraw": "#6a3d9a", "other": "#767676"}

// chartOutcomes is the stacking order of the bars.
var chartOutcomes = []string{"accept", "partial", "reject", "withdraw", "other"}

// renderCharts draws the charts of st, by name: days, jurisdiction, language, layer, revision, gpc, purposes,
// lag.
func renderCharts(st Stats) map[string]string {
	charts := map[string]string{"days": dayChart(st.Days)}
	for _, d := range statsDimensions {
		charts[d] = shareChart(d, st.By[d])
	}
	charts["purposes"] = purposeChart(st.Purposes)
	charts["lag"] = lagChart(st.Lag)
	return charts
}

type svgDoc struct {
	b    strings.Builder
	w, h int
}

func newSVG(w, h int, title string) *svgDoc {
	s := &svgDoc{w: w, h: h}
	s.b.WriteString(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ` + itoa(w) + ` ` + itoa(h) + `" width="` + itoa(w) +
		`" height="` + itoa(h) + `" role="img" aria-label="` + html.EscapeString(title) + `" font-family="system-ui,sans-serif" font-size="12">`)
	s.b.WriteString(`<title>` + html.EscapeString(title) + `</title>`)
	return s
}

func (s *svgDoc) rect(x, y, w, h float64, fill, tip string) {
	if w <= 0 || h <= 0 {
		return
	}
	s.b.WriteString(`<rect x="` + ftoa(x) + `" y="` + ftoa(y) + `" width="` + ftoa(w) + `" height="` + ftoa(h) + `" fill="` + fill + `">`)
	if tip != "" {
		s.b.WriteString(`<title>` + html.EscapeString(tip) + `</title>`)
	}
	s.b.WriteString(`</rect>`)
}

func (s *svgDoc) text(x, y float64, anchor, t string) {
	s.b.WriteString(`<text x="` + ftoa(x) + `" y="` + ftoa(y) + `" text-anchor="` + anchor + `" fill="#222">` + html.EscapeString(t) + `</text>`)
}

func (s *svgDoc) legend(y float64, names []string, colors map[string]string) {
	x := 8.0
	for _, n := range names {
		s.rect(x, y-9, 10, 10, colors[n], "")
		s.text(x+14, y, "start", n)
		x += 22 + float64(len(n))*7
	}
}

func (s *svgDoc) String() string { return s.b.String() + `</svg>` }

func itoa(n int) string { return strconv.Itoa(n) }

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

func pct(n, total int64) string {
	if total == 0 {
		return "0%"
	}
	return strconv.FormatFloat(float64(n)*100/float64(total), 'f', 1, 64) + "%"
}

// dayChart stacks each day's outcomes (records per day).
func dayChart(days []DayCounts) string {
	const w, h, top, bottom, left = 720, 240, 28, 40, 44
	s := newSVG(w, h, "Records per day by outcome")
	s.legend(16, chartOutcomes, outcomeColors)
	var most int64 = 1
	for _, d := range days {
		most = max(most, d.Total)
	}
	plotH := float64(h - top - bottom)
	s.text(left-6, top+8, "end", strconv.FormatInt(most, 10))
	s.text(left-6, float64(h-bottom), "end", "0")
	s.b.WriteString(`<line x1="` + itoa(left) + `" y1="` + itoa(h-bottom) + `" x2="` + itoa(w-8) + `" y2="` + itoa(h-bottom) + `" stroke="#999"/>`)
	if len(days) == 0 {
		s.text(w/2, h/2, "middle", "no records in this range")
		return s.String()
	}
	bw := float64(w-left-8) / float64(len(days))
	for i, d := range days {
		x := left + float64(i)*bw
		y := float64(h - bottom)
		for _, o := range chartOutcomes {
			n := d.get(o)
			bh := float64(n) / float64(most) * plotH
			y -= bh
			s.rect(x+bw*0.1, y, bw*0.8, bh, outcomeColors[o], d.Day+": "+strconv.FormatInt(n, 10)+" "+o)
		}
		if len(days) <= 12 || i%((len(days)+11)/12) == 0 {
			s.text(x+bw/2, float64(h-bottom+16), "middle", d.Day[5:])
		}
	}
	return s.String()
}

// shareChart draws one bar per value (the 12 largest), split by outcome share, with the record count.
func shareChart(name string, kcs []KeyCounts) string {
	if len(kcs) > 12 {
		kcs = kcs[:12]
	}
	const w, left, right, rowH, top = 720, 190, 70, 22, 28
	h := top + rowH*max(len(kcs), 1) + 8
	s := newSVG(w, h, "Outcomes by "+name)
	s.legend(16, chartOutcomes, outcomeColors)
	if len(kcs) == 0 {
		s.text(w/2, top+14, "middle", "no records in this range")
		return s.String()
	}
	plotW := float64(w - left - right)
	for i, kc := range kcs {
		y := float64(top + i*rowH)
		key := kc.Key
		if key == "" {
			key = "(none)"
		}
		s.text(left-6, y+14, "end", key)
		x := float64(left)
		for _, o := range chartOutcomes {
			n := kc.get(o)
			bw := 0.0
			if kc.Total > 0 {
				bw = float64(n) / float64(kc.Total) * plotW
			}
			s.rect(x, y+3, bw, rowH-6, outcomeColors[o], key+": "+o+" "+strconv.FormatInt(n, 10)+" ("+pct(n, kc.Total)+")")
			x += bw
		}
		s.text(float64(w-right+6), y+14, "start", strconv.FormatInt(kc.Total, 10))
	}
	return s.String()
}

// purposeChart draws each purpose's granted share of the choices.
func purposeChart(ps []PurposeCounts) string {
	const w, left, right, rowH, top = 720, 150, 110, 22, 28
	h := top + rowH*max(len(ps), 1) + 8
	colors := map[string]string{"granted": outcomeColors["accept"], "refused": outcomeColors["reject"]}
	s := newSVG(w, h, "Purposes granted and refused")
	s.legend(16, []string{"granted", "refused"}, colors)
	if len(ps) == 0 {
		s.text(w/2, top+14, "middle", "no choices in this range")
		return s.String()
	}
	plotW := float64(w - left - right)
	for i, p := range ps {
		y := float64(top + i*rowH)
		total := p.Granted + p.Refused
		s.text(left-6, y+14, "end", p.Purpose)
		gw := 0.0
		if total > 0 {
			gw = float64(p.Granted) / float64(total) * plotW
		}
		s.rect(left, y+3, gw, rowH-6, colors["granted"], p.Purpose+": granted "+strconv.FormatInt(p.Granted, 10))
		s.rect(left+gw, y+3, plotW-gw, rowH-6, colors["refused"], p.Purpose+": refused "+strconv.FormatInt(p.Refused, 10))
		s.text(float64(w-right+6), y+14, "start", pct(p.Granted, total)+" granted")
	}
	return s.String()
}

// lagChart draws the records per sync lag bucket.
func lagChart(ls []LagCount) string {
	const w, h, top, bottom, left = 720, 200, 12, 40, 44
	s := newSVG(w, h, "Sync lag: record time to ledger time")
	var most int64 = 1
	for _, l := range ls {
		most = max(most, l.N)
	}
	plotH := float64(h - top - bottom)
	bw := float64(w-left-8) / float64(max(len(ls), 1))
	for i, l := range ls {
		x := left + float64(i)*bw
		bh := float64(l.N) / float64(most) * plotH
		s.rect(x+bw*0.15, float64(h-bottom)-bh, bw*0.7, bh, "#2b6cb0", l.Bucket+": "+strconv.FormatInt(l.N, 10))
		s.text(x+bw/2, float64(h-bottom)-bh-4, "middle", strconv.FormatInt(l.N, 10))
		s.text(x+bw/2, float64(h-bottom+16), "middle", strings.ReplaceAll(l.Bucket, "_", " "))
	}
	return s.String()
}
