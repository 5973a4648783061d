package rules

import (
	_ "embed"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
)

// The scenario corpus: the shared cases (testdata/decisions.json, copied unchanged from the team's corpus)
// and this package's own (testdata/cases.json), in the same shape. It runs natively and, embedded, under
// GOOS=js GOARCH=wasm in the browser.

//go:embed testdata/decisions.json
var sharedCorpus []byte

//go:embed testdata/cases.json
var ownCorpus []byte

// corpusCase is one case: a scenario as `assent decide` reads it and what the decision must contain. Fields of
// want that are absent are not checked; Rule, when set, must be the rule id of one of the reasons.
type corpusCase struct {
	Name     string                     `json:"name"`
	Scenario map[string]json.RawMessage `json:"scenario"`
	Want     struct {
		Model         string  `json:"model"`
		RegisterCheck *string `json:"register_check"`
		DoubleOptIn   *string `json:"double_opt_in"`
		// Duties, when set, is the whole list of duties, in order; ParentalConsent the exact value.
		Duties          *[]string `json:"duties"`
		ParentalConsent *string   `json:"parental_consent"`
		Rule            string    `json:"rule"`
	} `json:"want"`
	Cite string `json:"cite"`
}

func loadCorpus(t *testing.T, name string, data []byte) []corpusCase {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	var cases []corpusCase
	if err := dec.Decode(&cases); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return cases
}

// scenarioOf builds a Scenario through Scenario.Set, the path the CLI and the widget bridge share.
func scenarioOf(t *testing.T, fields map[string]json.RawMessage) Scenario {
	t.Helper()
	var s Scenario
	for name, raw := range fields {
		var v any
		if err := json.Unmarshal(raw, &v); err != nil {
			t.Fatalf("field %s: %v", name, err)
		}
		var text string
		switch x := v.(type) {
		case string:
			text = x
		case bool:
			text = strconv.FormatBool(x)
		case float64:
			text = strconv.FormatFloat(x, 'f', -1, 64)
		default:
			t.Fatalf("field %s: unexpected JSON value %s", name, raw)
		}
		if err := s.Set(name, text); err != nil {
			t.Fatalf("Set(%q, %q): %v", name, text, err)
		}
	}
	return s
}

func TestCorpus(t *testing.T) {
	shared := loadCorpus(t, "decisions.json", sharedCorpus)
	own := loadCorpus(t, "cases.json", ownCorpus)
	if len(own) < 130 {
		t.Errorf("cases.json has %d cases, want at least 130", len(own))
	}
	names := map[string]bool{}
	for _, c := range append(shared, own...) {
		if names[c.Name] {
			t.Errorf("duplicate case name %q", c.Name)
		}
		names[c.Name] = true
		t.Run(c.Name, func(t *testing.T) { runCase(t, c) })
	}
}

func runCase(t *testing.T, c corpusCase) {
	if c.Cite == "" {
		t.Error("case has no cite")
	}
	if _, ok := c.Scenario["date"]; !ok {
		t.Fatal("case has no date: the corpus must not depend on today")
	}
	d, err := Decide(scenarioOf(t, c.Scenario))
	if err != nil {
		t.Fatalf("Decide: %v", err)
	}
	if d.Model != c.Want.Model {
		t.Errorf("model = %q, want %q (%s)\nreasons: %s", d.Model, c.Want.Model, c.Cite, ruleIDs(d))
	}
	if w := c.Want.RegisterCheck; w != nil && d.RegisterCheck != *w {
		t.Errorf("register_check = %q, want %q (%s)", d.RegisterCheck, *w, c.Cite)
	}
	if w := c.Want.DoubleOptIn; w != nil && d.DoubleOptIn != *w {
		t.Errorf("double_opt_in = %q, want %q (%s)", d.DoubleOptIn, *w, c.Cite)
	}
	if w := c.Want.Duties; w != nil && strings.Join(d.Duties, " ") != strings.Join(*w, " ") {
		t.Errorf("duties = %q, want %q (%s)", d.Duties, *w, c.Cite)
	}
	if w := c.Want.ParentalConsent; w != nil && d.ParentalConsent != *w {
		t.Errorf("parental_consent = %q, want %q (%s)", d.ParentalConsent, *w, c.Cite)
	}
	if c.Want.Rule != "" && !strings.Contains(" "+ruleIDs(d)+" ", " "+c.Want.Rule+" ") {
		t.Errorf("reasons %s lack rule %s (%s)", ruleIDs(d), c.Want.Rule, c.Cite)
	}
	if len(d.Reasons) == 0 {
		t.Error("decision has no reasons")
	}
}

func ruleIDs(d Decision) string {
	ids := make([]string, len(d.Reasons))
	for i, r := range d.Reasons {
		ids[i] = r.Rule
	}
	return strings.Join(ids, " ")
}
