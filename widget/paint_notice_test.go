package widget

import (
	"strings"
	"testing"
)

// An exempt purpose that still needs information and a way to object (PECR Sch A1 statistics and
// appearance; the CNIL's audience measurement exemption) makes the loader show a notice instead of nothing;
// a purpose that needs consent shows the banner as before.
func TestDecideCookiesNoticeForExemptionsWithDuties(t *testing.T) {
	analytics := Config{Purposes: []ConfigPurpose{{ID: "necessary", Required: true}, {ID: "analytics", Exempt: true}}}
	functional := Config{Purposes: []ConfigPurpose{{ID: "necessary", Required: true}, {ID: "preferences"}}}
	necessary := Config{Purposes: []ConfigPurpose{{ID: "necessary", Required: true}}}
	for _, c := range []struct {
		name           string
		cfg            Config
		country, date  string
		banner, notice bool
	}{
		{"GB statistics (PECR Sch A1)", analytics, "GB", "2026-12-01", false, true},
		{"GB before the DUAA", analytics, "GB", "2026-01-15", true, false},
		{"GB appearance (PECR Sch A1)", functional, "GB", "2026-12-01", false, true},
		{"FR audience measurement (CNIL)", analytics, "FR", "2026-12-01", false, true},
		{"DE: no exemption (TDDDG §25)", analytics, "DE", "2026-12-01", true, false},
		{"strictly necessary only", necessary, "GB", "2026-12-01", false, false},
	} {
		d := DecideCookies(c.cfg, c.country, c.date)
		if d.Banner != c.banner || d.Notice != c.notice {
			t.Errorf("%s: banner %v notice %v, want %v %v", c.name, d.Banner, d.Notice, c.banner, c.notice)
		}
		p := Paint{Config: c.cfg, Decisions: []Decision{d}, Countries: []string{c.country}, DecisionOf: []int{0}}
		want := `"notice":` + map[bool]string{true: "true", false: "false"}[c.notice]
		if js := string(p.AppendJSON(nil)); !strings.Contains(js, want) {
			t.Errorf("%s: paint data lacks %s: %s", c.name, want, js)
		}
	}
}
