package main

import (
	"encoding/json"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/assent-dev/assent/rules"
)

// The loader and the config schema repeat lists that rules declares: they must say the same.
func TestLoaderAndSchemaFollowRules(t *testing.T) {
	js, err := os.ReadFile("../assent.js")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`var EUROPE = '([A-Z ]+)'`).FindSubmatch(js)
	if m == nil {
		t.Fatal("assent.js: no EUROPE list")
	}
	if got, want := strings.Fields(string(m[1])), rules.Countries(); !slices.Equal(got, want) {
		t.Errorf("assent.js EUROPE = %v, rules.Countries() = %v", got, want)
	}
	m = regexp.MustCompile(`(?s)var SIGNALS = \[(.*?)\];`).FindSubmatch(js)
	if m == nil {
		t.Fatal("assent.js: no SIGNALS list")
	}
	sig := regexp.MustCompile(`'([a-z_]+)'`).FindAllStringSubmatch(string(m[1]), -1)
	var got []string
	for _, s := range sig {
		got = append(got, s[1])
	}
	if want := rules.ConsentModeTypes; !slices.Equal(append(got, "security_storage"), want) {
		t.Errorf("assent.js SIGNALS + security_storage = %v, rules.ConsentModeTypes = %v", got, want)
	}
	raw, err := os.ReadFile("../../site/schema/assent.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Defs struct {
			Type struct {
				Enum []string `json:"enum"`
			} `json:"consentModeType"`
			Purpose struct {
				Properties struct {
					CM struct {
						Items struct {
							Enum []string `json:"enum"`
						} `json:"items"`
					} `json:"consent_mode"`
				} `json:"properties"`
			} `json:"purpose"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(raw, &schema); err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(schema.Defs.Type.Enum, rules.ConsentModeTypes) || !slices.Equal(schema.Defs.Purpose.Properties.CM.Items.Enum, rules.ConsentModeTypes) {
		t.Errorf("schema Consent Mode types %v / %v, rules.ConsentModeTypes %v", schema.Defs.Type.Enum,
			schema.Defs.Purpose.Properties.CM.Items.Enum, rules.ConsentModeTypes)
	}
}
