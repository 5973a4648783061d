package widget

import (
	"testing"

	"github.com/assent-dev/assent/rules"
)

func TestReadingOutsideTheRules(t *testing.T) {
	for in, want := range map[string][2]string{
		"FR": {"FR", "FR"}, "GB": {"GB", "GB"}, "UK": {"GB", "GB"}, "EL": {"GR", "GR"}, "CH": {"CH", "CH"},
		"US": {"DE", "EU"}, "": {"DE", "EU"}, "BR": {"DE", "EU"}, "XX": {"DE", "EU"}, "EU": {"DE", "EU"},
	} {
		c, j := Reading(in)
		if c != want[0] || j != want[1] {
			t.Errorf("Reading(%q) = %q, %q; want %q, %q", in, c, j, want[0], want[1])
		}
	}
	// Every country the rules cover is read as itself, and decided.
	for _, c := range rules.Countries() {
		if rc, j := Reading(c); rc != c || j != c {
			t.Errorf("Reading(%q) = %q, %q", c, rc, j)
		}
	}
}

func TestFormDecisionForEveryVisitor(t *testing.T) {
	s := &English
	for _, country := range []string{"US", "", "JP", "DE", "GB"} {
		for _, ctx := range []string{"signup", "checkout"} {
			d, err := FormDecision(country, "email", ctx, "2026-06-01")
			if err != nil {
				t.Fatalf("%q %s: %v (the form would render nothing)", country, ctx, err)
			}
			if Form(s, "newsletter", "email", d.Model, d.DoubleOptIn) == nil {
				t.Errorf("%q %s: model %s draws no control", country, ctx, d.Model)
			}
			// Outside the rules the strictest reading applies: the German one.
			if c, _ := Reading(country); c == StrictestCountry {
				de, _ := rules.DecideBrief(FormScenario("DE", "email", ctx, "2026-06-01"))
				if d.Model != de.Model || len(d.Rules) == 0 || d.Rules[0] != de.Rules[0] {
					t.Errorf("%q %s: %+v, want the German reading %+v", country, ctx, d, de)
				}
			}
		}
	}
	if _, err := FormDecision("US", "fax", "signup", "2026-06-01"); err == nil {
		t.Error("a form on an unknown channel is decided")
	}
}
