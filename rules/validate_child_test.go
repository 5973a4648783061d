package rules

import "testing"

func TestChildConsentAge(t *testing.T) {
	for _, c := range []struct {
		country string
		age     int
	}{{"GB", 13}, {"uk", 13}, {"BE", 13}, {"SE", 13}, {"AT", 14}, {"ES", 14}, {"FR", 15}, {"GR", 15}, {"EL", 15},
		{"SI", 15}, {"DE", 16}, {"IE", 16}, {"NL", 16}, {"US", 16}, {"", 16}} {
		got, cite := ChildConsentAge(c.country)
		if got != c.age || cite == "" {
			t.Errorf("%s: got %d %q, want %d", c.country, got, cite, c.age)
		}
		if !ChildAgeOK(c.country, c.age) || ChildAgeOK(c.country, c.age-1) {
			t.Errorf("%s: ChildAgeOK boundary wrong at %d", c.country, c.age)
		}
	}
}

func TestValidateChildConsent(t *testing.T) {
	if fs := ValidateChildConsent("FR", 15); len(fs) != 0 || fs == nil {
		t.Errorf("15 in FR: %v", fs)
	}
	fs := ValidateChildConsent("fr", 14)
	if len(fs) != 1 || fs[0].Code != "child_needs_parental_consent" || fs[0].Severity != SeverityError || fs[0].Cite == "" {
		t.Errorf("14 in FR: %+v", fs)
	}
}
