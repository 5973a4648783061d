package rules

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"strings"
	"testing"
)

// The regulators' corpus (testdata/regulators.json): cases taken from regulators' guidance and case law (ICO,
// CNIL, AEPD, Garante, AP/ACM, DSK, EDPB, the CJEU and national authorities), each with its source. They run as
// the scenario corpus does (runCase); a failure names the case id and its source, so the reader can check the
// engine against the authority.

//go:embed testdata/regulators.json
var regulatorsCorpus []byte

// regulatorCase is one case: a scenario as `assent decide` reads it, what the decision must contain (the
// corpus's want: model, register_check, double_opt_in, rule) and the guidance or judgment it comes from.
type regulatorCase struct {
	ID       string                     `json:"id"`
	Name     string                     `json:"name"`
	Scenario map[string]json.RawMessage `json:"scenario"`
	Want     json.RawMessage            `json:"want"`
	Source   struct {
		Citation string `json:"citation"`
		URL      string `json:"url"`
	} `json:"source"`
}

func TestRegulatorsCorpus(t *testing.T) {
	dec := json.NewDecoder(bytes.NewReader(regulatorsCorpus))
	dec.DisallowUnknownFields()
	var cases []regulatorCase
	if err := dec.Decode(&cases); err != nil {
		t.Fatalf("regulators.json: %v", err)
	}
	if len(cases) < 100 {
		t.Errorf("regulators.json has %d cases, want at least 100", len(cases))
	}
	ids := map[string]bool{}
	for _, rc := range cases {
		if rc.ID == "" || ids[rc.ID] {
			t.Errorf("case %q: empty or duplicate id", rc.ID)
		}
		ids[rc.ID] = true
		if rc.Name == "" || rc.Source.Citation == "" || !strings.HasPrefix(rc.Source.URL, "https://") {
			t.Errorf("%s: a case needs a name and a source with a citation and an https URL", rc.ID)
		}
		c := corpusCase{Name: rc.Name, Scenario: rc.Scenario,
			Cite: "case " + rc.ID + ", source: " + rc.Source.Citation + " <" + rc.Source.URL + ">"}
		want := json.NewDecoder(bytes.NewReader(rc.Want))
		want.DisallowUnknownFields()
		if err := want.Decode(&c.Want); err != nil || c.Want.Model == "" {
			t.Errorf("%s: want must give a model and only the corpus's fields: %v", rc.ID, err)
			continue
		}
		t.Run(rc.ID, func(t *testing.T) { runCase(t, c) })
	}
}
