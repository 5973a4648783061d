package rules

import (
	_ "embed"
	"encoding/json"
	"strings"
	"testing"
)

// The regulators' corpus (testdata/regulators.json): cases taken from regulators' guidance and case law (ICO,
// CNIL, AEPD, Garante, AP/ACM, DSK, EDPB, the CJEU and national authorities), each with its source. A case
// that fails names its id and its source, so the reader can check the engine against the authority.

//go:embed testdata/regulators.json
var regulatorsCorpus []byte

// regulatorCase is one case: a scenario as `assent decide` reads it, what the decision must contain (absent
// fields of want are not checked) and the guidance or judgment it comes from.
type regulatorCase struct {
	ID       string                     `json:"id"`
	Name     string                     `json:"name"`
	Scenario map[string]json.RawMessage `json:"scenario"`
	Want     struct {
		Model         string  `json:"model"`
		RegisterCheck *string `json:"register_check"`
		DoubleOptIn   *string `json:"double_opt_in"`
		Rule          string  `json:"rule"`
	} `json:"want"`
	Source struct {
		Citation string `json:"citation"`
		URL      string `json:"url"`
	} `json:"source"`
}

func TestRegulatorsCorpus(t *testing.T) {
	dec := json.NewDecoder(strings.NewReader(string(regulatorsCorpus)))
	dec.DisallowUnknownFields()
	var cases []regulatorCase
	if err := dec.Decode(&cases); err != nil {
		t.Fatalf("regulators.json: %v", err)
	}
	if len(cases) < 100 {
		t.Errorf("regulators.json has %d cases, want at least 100", len(cases))
	}
	ids := map[string]bool{}
	for _, c := range cases {
		if c.ID == "" || ids[c.ID] {
			t.Errorf("case %q: empty or duplicate id", c.ID)
		}
		ids[c.ID] = true
		t.Run(c.ID, func(t *testing.T) { runRegulatorCase(t, c) })
	}
}

func runRegulatorCase(t *testing.T, c regulatorCase) {
	src := c.Source.Citation + " <" + c.Source.URL + ">"
	if c.Name == "" || c.Source.Citation == "" || !strings.HasPrefix(c.Source.URL, "https://") {
		t.Errorf("%s: case needs a name and a source with a citation and an https URL", c.ID)
	}
	if _, ok := c.Scenario["date"]; !ok {
		t.Fatalf("%s: case has no date: the corpus must not depend on today", c.ID)
	}
	d, err := Decide(scenarioOf(t, c.Scenario))
	if err != nil {
		t.Fatalf("%s: Decide: %v (source: %s)", c.ID, err, src)
	}
	if d.Model != c.Want.Model {
		t.Errorf("%s: model = %q, want %q\nsource: %s\nreasons: %s", c.ID, d.Model, c.Want.Model, src, ruleIDs(d))
	}
	if w := c.Want.RegisterCheck; w != nil && d.RegisterCheck != *w {
		t.Errorf("%s: register_check = %q, want %q (source: %s)", c.ID, d.RegisterCheck, *w, src)
	}
	if w := c.Want.DoubleOptIn; w != nil && d.DoubleOptIn != *w {
		t.Errorf("%s: double_opt_in = %q, want %q (source: %s)", c.ID, d.DoubleOptIn, *w, src)
	}
	if c.Want.Rule != "" && !strings.Contains(" "+ruleIDs(d)+" ", " "+c.Want.Rule+" ") {
		t.Errorf("%s: reasons %s lack rule %s (source: %s)", c.ID, ruleIDs(d), c.Want.Rule, src)
	}
}
