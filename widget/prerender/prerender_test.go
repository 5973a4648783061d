package prerender

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/widget"
	"github.com/assent-dev/assent/widget/i18n"
)

func demoConfig(t *testing.T) []byte {
	t.Helper()
	data, err := os.ReadFile("../../site/assent.json")
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// paintData is the loader's view of the paint data.
type paintData struct {
	Langs map[string]map[string]json.RawMessage `json:"langs"`
	Dec   []struct {
		J      string   `json:"j"`
		M      string   `json:"m"`
		R      []string `json:"r"`
		Banner bool     `json:"banner"`
	} `json:"dec"`
	CC      map[string]int             `json:"cc"`
	Choices map[string]map[string]bool `json:"choices"`
	CM      map[string][]string        `json:"cm"`
	Exp     int                        `json:"exp"`
}

func decode(t *testing.T, b []byte) paintData {
	t.Helper()
	var p paintData
	if err := json.Unmarshal(b, &p); err != nil {
		t.Fatalf("paint data is not JSON: %v\n%s", err, b)
	}
	return p
}

// The paint data carries each configured language's layers, with and without GPC, rendered by the widget's
// view code: the same trees the engine renders.
func TestPaintCarriesEveryConfiguredLanguage(t *testing.T) {
	cfg, err := ParseConfig(demoConfig(t))
	if err != nil {
		t.Fatal(err)
	}
	p := decode(t, Paint(cfg, "2026-12-01", nil))
	if len(p.Langs) != 3 {
		t.Fatalf("languages = %d, want en, fr, de", len(p.Langs))
	}
	for _, lang := range []string{"en", "fr", "de"} {
		l := p.Langs[lang]
		for _, k := range []string{"b", "bgi", "p", "pgi", "n", "t"} {
			if len(l[k]) == 0 {
				t.Errorf("%s: no %q", lang, k)
			}
		}
		v := widget.BuildView(cfg, *i18n.Lookup(lang), lang, false)
		if want := string(widget.Banner(v).AppendJSON(nil)); string(l["b"]) != want {
			t.Errorf("%s: banner tree differs from widget.Banner:\n%s\n%s", lang, l["b"], want)
		}
	}
	if !strings.Contains(string(p.Langs["fr"]["b"]), "Tout refuser") {
		t.Error("the French banner is not in French")
	}
	// The GPC variant travels as the plain one plus the node it inserts: applied, it is widget.Banner's own.
	for _, l := range []struct {
		key  string
		view func(widget.View) *widget.Node
	}{{"b", widget.Banner}, {"p", widget.Preferences}} {
		var plain []any
		var patch struct {
			I int
			N any
		}
		json.Unmarshal(p.Langs["en"][l.key], &plain)
		json.Unmarshal(p.Langs["en"][l.key+"gi"], &patch)
		kids := plain[3].([]any)
		kids = append(kids[:patch.I], append([]any{patch.N}, kids[patch.I:]...)...)
		plain[3] = kids
		got, _ := json.Marshal(plain)
		want, _ := json.Marshal(json.RawMessage(l.view(widget.BuildView(cfg, *i18n.Lookup("en"), "en", true)).AppendJSON(nil)))
		if string(got) != string(want) || !strings.Contains(string(got), "gpc") || strings.Contains(string(p.Langs["en"][l.key]), "gpc") {
			t.Errorf("%s: the patched GPC variant is not the view's:\n%s\n%s", l.key, got, want)
		}
	}
}

// Decisions come from the rules per country and as of the date: GB analytics under the DUAA exemption are
// exempt from 5 Feb 2026 (PECR Sch A1 para 2, inserted by DUAA 2025 s.112, Sch 12), not before; an unknown
// country gets the strictest reading (Germany, TDDDG s. 25) and is recorded as EU.
func TestPaintDecidesPerCountryAndDate(t *testing.T) {
	cfg := widget.Config{Site: "s", Purposes: []widget.ConfigPurpose{
		{ID: "necessary", Required: true}, {ID: "analytics", Exempt: true}}}
	for _, c := range []struct {
		date, country, j string
		banner           bool
	}{
		{"2026-02-04", "GB", "GB", true},
		{"2026-02-05", "GB", "GB", false},
		{"2026-12-01", "FR", "FR", false}, // CNIL audience measurement exemption
		{"2026-12-01", "DE", "DE", true},
		{"2026-12-01", "US", "EU", true},
		{"2026-12-01", "", "EU", true},
	} {
		p := decode(t, Paint(cfg, c.date, nil))
		i, ok := p.CC[c.country]
		if !ok {
			i = p.CC[""]
		}
		d := p.Dec[i]
		if d.Banner != c.banner || d.J != c.j {
			t.Errorf("%s on %s: banner %v jurisdiction %s, want %v %s (rules %v)", c.country, c.date, d.Banner, d.J, c.banner, c.j, d.R)
		}
	}
}

// Strings from a site config stay data: escaped for JSON and for a script element, never markup.
func TestPaintEscapesHostileConfigStrings(t *testing.T) {
	raw := `{"site":"s","revision":"1","controller":{"name":"</script><script>alert(1)</script>","policy_url":"javascript:alert(2)"},
	 "purposes":[{"id":"a\u2028b","label":{"en":"<img src=x onerror=alert(3)>"}}],"texts":{"en":{"title":"\"</script>"}}}`
	cfg, err := ParseConfig([]byte(raw))
	if err != nil {
		t.Fatal(err)
	}
	js := string(Loader([]byte("/*loader*/"), "/", []byte(raw), Paint(cfg, "2026-12-01", nil)))
	if strings.Contains(strings.ToLower(js), "</script") || strings.Contains(js, "\u2028") {
		t.Fatalf("the site loader can be broken out of:\n%s", js)
	}
	p := decode(t, Paint(cfg, "2026-12-01", nil))
	var tree []any
	json.Unmarshal(p.Langs["en"]["p"], &tree)
	if !strings.Contains(string(p.Langs["en"]["p"]), `\u003cimg src=x onerror=alert(3)\u003e`) {
		t.Fatalf("the label is not kept as text: %s", p.Langs["en"]["p"])
	}
}

// ParseConfig reads a config as the engine does: consent_mode defaults to on, labels may be plain strings.
func TestParseConfigAsTheEngine(t *testing.T) {
	c, err := ParseConfig([]byte(`{"site":"s","endpoint":"https://e.example/","purposes":[{"id":"x","label":"X","required":1}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if !c.UseConsentMode || c.Endpoint != "https://e.example" || c.Purposes[0].Label[""] != "X" || !c.Purposes[0].Required {
		t.Fatalf("%+v", c)
	}
	if _, err := ParseConfig([]byte(`{"site":`)); err == nil {
		t.Fatal("a cut-short config parsed")
	}
}

func TestLanguagesWithoutConfiguredOnes(t *testing.T) {
	got := languages(widget.Config{}, AcceptLanguages("de-AT,de;q=0.9, fr;q=0.5, *;q=0.1, es;q=0"))
	if strings.Join(got, ",") != "de,fr,en" {
		t.Fatalf("languages = %v", got)
	}
}

// TestConsentModeDefault: the schema, the rules' SiteConfig and the widget (ParseConfig here; ReadConfig in the
// browser reads it the same way, checked by scripts/e2e/consentmode.test.mjs) agree on one default for a
// config without "consent_mode": on.
func TestConsentModeDefault(t *testing.T) {
	data, err := os.ReadFile("../../site/schema/assent.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Properties struct {
			ConsentMode struct {
				Default *bool `json:"default"`
			} `json:"consent_mode"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(data, &schema); err != nil || schema.Properties.ConsentMode.Default == nil {
		t.Fatalf("schema: no consent_mode default (%v)", err)
	}
	want := *schema.Properties.ConsentMode.Default
	var rc rules.SiteConfig
	if err := json.Unmarshal([]byte(`{"site":"x"}`), &rc); err != nil {
		t.Fatal(err)
	}
	if got := rc.ConsentMode.On(); got != want { // "nil means on", rules/config.go
		t.Errorf("rules: consent_mode missing means %v, the schema says %v", got, want)
	}
	for in, on := range map[string]bool{`{"site":"x"}`: want, `{"site":"x","consent_mode":false}`: false, `{"site":"x","consent_mode":true}`: true,
		`{"site":"x","consent_mode":{"url_passthrough":true}}`: true, `{"site":"x","consent_mode":{"enabled":false}}`: false} {
		c, err := ParseConfig([]byte(in))
		if err != nil || c.UseConsentMode != on {
			t.Errorf("ParseConfig(%s).UseConsentMode = %v (%v), want %v", in, c.UseConsentMode, err, on)
		}
	}
}
