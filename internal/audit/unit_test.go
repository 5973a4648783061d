package audit

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestContrast(t *testing.T) {
	cases := []struct {
		fg, bg string
		want   float64
	}{
		{"rgb(0, 0, 0)", "rgb(255, 255, 255)", 21},
		{"rgb(255, 255, 255)", "rgb(255, 255, 255)", 1},
		{"rgb(107, 114, 128)", "rgb(255, 255, 255)", 4.83}, // Tailwind gray-500, the grey-link fixture
		{"rgba(0, 0, 0, 0.5)", "rgb(255, 255, 255)", 3.98},
	}
	for _, c := range cases {
		m := probeControl{Measure: probeMeasure{Color: c.fg, Background: c.bg}}.control().Measure
		if m.Contrast != c.want {
			t.Errorf("contrast(%s on %s) = %v, want %v", c.fg, c.bg, m.Contrast, c.want)
		}
	}
	if m := (probeControl{Measure: probeMeasure{Color: "rgb(26, 86, 219)", Background: "rgb(255, 255, 255)"}}).control().Measure; m.Color != "#1a56db" || m.Background != "#ffffff" {
		t.Errorf("hex = %s on %s", m.Color, m.Background)
	}
}

func TestConsentModeEffective(t *testing.T) {
	cm := consentModeProbe{Present: true, Commands: []GtagCommand{
		{Command: "consent", Action: "default", Params: map[string]string{"ad_storage": "denied", "analytics_storage": "denied", "region": "FR"}},
		{Command: "config", Action: "G-1"},
		{Command: "consent", Action: "update", Params: map[string]string{"analytics_storage": "granted"}},
	}}
	got := cm.effective()
	if got["ad_storage"] != "denied" || got["analytics_storage"] != "granted" || got["region"] != "" {
		t.Errorf("effective = %v", got)
	}
}

func TestRejectLinkFoldsProminence(t *testing.T) {
	r := &run{checks: map[string]Check{}, rep: &Report{}}
	accept := &Control{Role: "accept", Text: "Accept all", Tag: "button",
		Measure: Measure{Width: 120, Height: 40, FontSize: 16, FontWeight: 600, Color: "#ffffff", Background: "#1a56db", Filled: true, Bordered: true}}
	reject := &Control{Role: "reject", Text: "continue without accepting", Tag: "a", InRunningText: true,
		Measure: Measure{Width: 180, Height: 17, FontSize: 14, FontWeight: 400, Color: "#6b7280", Background: "#ffffff"}}
	r.prominence(accept, reject, "first_layer")
	r.rep.finish()
	if codes := r.rep.Codes(); len(codes) != 1 || codes[0] != CodeRejectIsLink {
		t.Fatalf("codes %v, want [%s]", codes, CodeRejectIsLink)
	}
	if msg := r.rep.Findings[0].Message; !strings.Contains(msg, "less prominent") || !strings.Contains(msg, "14px against 16px") {
		t.Errorf("message does not carry the prominence differences: %s", msg)
	}
	// The same control as a button of equal size and weight passes.
	r = &run{checks: map[string]Check{}, rep: &Report{}}
	button := *accept
	button.Role, button.Text = "reject", "Reject all"
	r.prominence(accept, &button, "first_layer")
	if len(r.rep.Findings) != 0 {
		t.Errorf("equal buttons: %v", r.rep.Findings)
	}
}

func sampleReport() *Report {
	r := &Report{Schema: Schema, URL: "https://shop.example/", FinalURL: "https://shop.example/", StartedAt: "2026-11-23T10:00:00Z",
		Options: RunOptions{Lang: "en", Viewport: "desktop", TimeoutS: 90}}
	r.Findings = []Finding{newFinding(CodeNonEssentialBeforeConsent, "Google Analytics (analytics) was active before any choice: cookies _ga.",
		Evidence{Screenshot: "first_layer", Regions: []Region{{X: 10, Y: 20, Width: 100, Height: 40, Label: "reject"}}})}
	r.Screenshots = []Screenshot{{Name: "first_layer", File: "screenshots/first_layer.png", Width: 1280, Height: 800,
		png: []byte("\x89PNG fake")}}
	r.Observations = []Observation{{Phase: "before_choice"}}
	r.Checks = (&run{checks: map[string]Check{}}).orderedChecks()
	r.finish()
	return r
}

// report.json keeps its documented top-level fields, with lists as [] and absent objects as null.
func TestReportJSONSchema(t *testing.T) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(sampleReport().JSON(), &m); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"schema", "url", "final_url", "started_at", "duration_ms", "options", "verdict", "counts",
		"findings", "checks", "banner", "preferences", "observations", "consent_mode", "assent", "environment", "screenshots"} {
		if _, ok := m[k]; !ok {
			t.Errorf("report.json lacks %q", k)
		}
	}
	if string(m["banner"]) != "null" || string(m["verdict"]) != `"violations"` || string(m["schema"]) != `"assent.audit/v1"` {
		t.Errorf("banner %s verdict %s schema %s", m["banner"], m["verdict"], m["schema"])
	}
	var checks []Check
	_ = json.Unmarshal(m["checks"], &checks)
	if len(checks) != len(checkTitles) {
		t.Errorf("%d checks, want %d", len(checks), len(checkTitles))
	}
	if !strings.Contains(string(m["observations"]), `"cookies": []`) {
		t.Errorf("empty lists must encode as []: %s", m["observations"])
	}
}

// report.html loads nothing from elsewhere: screenshots are data: URIs and the finding's region is outlined.
func TestReportHTMLSelfContained(t *testing.T) {
	html, err := RenderHTML(sampleReport())
	if err != nil {
		t.Fatal(err)
	}
	s := string(html)
	if !strings.Contains(s, `src="data:image/png;base64,`) {
		t.Error("screenshot not embedded as a data: URI")
	}
	if ext := regexp.MustCompile(`(?i)(src|href)="(https?:)?//`).FindString(s); ext != "" {
		t.Errorf("external reference %s", ext)
	}
	if !strings.Contains(s, `class="box finding"`) || !strings.Contains(s, "non_essential_before_consent (reject)") {
		t.Error("the finding's region is not outlined")
	}
}

func TestWriteReportAndSummary(t *testing.T) {
	dir := t.TempDir()
	r := sampleReport()
	if err := WriteReport(dir, r); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"report.json", "report.html", "screenshots/first_layer.png"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Error(err)
		}
	}
	var buf bytes.Buffer
	WriteSummary(&buf, r, filepath.Join(dir, "report.html"))
	out := buf.String()
	for _, want := range []string{"verdict: VIOLATIONS - 1 error(s)", "ERROR non_essential_before_consent", "report: "} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	if n := strings.Count(out, "\n"); n > 24 {
		t.Errorf("summary is %d lines, more than one screen", n)
	}
}

func TestAuditRejectsBadInput(t *testing.T) {
	b := &Browser{}
	for _, u := range []string{"ftp://x.example/", "/relative", "https://"} {
		if _, err := b.Audit(t.Context(), u, Options{}); err != ErrBadURL {
			t.Errorf("Audit(%q) error %v, want ErrBadURL", u, err)
		}
	}
	if _, err := b.Audit(t.Context(), "https://x.example/", Options{Viewport: "tablet"}); err == nil {
		t.Error("viewport tablet accepted")
	}
}
