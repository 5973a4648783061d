package rules

import (
	"errors"
	"strings"
	"testing"
)

func TestSetNormalizesCountry(t *testing.T) {
	for in, want := range map[string]string{"fr": "FR", "Fr": "FR", "UK": "GB", "uk": "GB", "gb": "GB", "el": "GR", "ch": "CH", "NO": "NO"} {
		var s Scenario
		if err := s.Set("country", in); err != nil || s.Country != want {
			t.Errorf("Set(country, %q) = %q, %v; want %q", in, s.Country, err, want)
		}
	}
}

func TestSetRejectsBadValuesNamingTheField(t *testing.T) {
	cases := []struct{ field, value, code string }{
		{"country", "ZZ", CodeInvalidValue},
		{"country", "US", CodeInvalidValue},
		{"country", "F", CodeInvalidValue},
		{"country", "", CodeInvalidValue},
		{"channel", "fax", CodeInvalidValue},
		{"channel", "", CodeInvalidValue},
		{"recipient", "company", CodeInvalidValue},
		{"relationship", "friend", CodeInvalidValue},
		{"sender", "church", CodeInvalidValue},
		{"sector", "gambling", CodeInvalidValue},
		{"purpose", "ads", CodeInvalidValue},
		{"similar_products", "yes", CodeInvalidValue},
		{"on_optout_register", "TRUE", CodeInvalidValue},
		{"months_since_last_sale", "-1", CodeInvalidValue},
		{"months_since_last_sale", "1.5", CodeInvalidValue},
		{"months_since_last_sale", "99999", CodeInvalidValue},
		{"date", "2026-02-30", CodeInvalidValue},
		{"date", "2026-6-1", CodeInvalidValue},
		{"date", "", CodeInvalidValue},
		{"collected_on", "yesterday", CodeInvalidValue},
		{"favourite_colour", "blue", CodeUnknownField},
		{"Country", "FR", CodeUnknownField},
	}
	for _, c := range cases {
		var s Scenario
		err := s.Set(c.field, c.value)
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != c.field || fe.Code != c.code {
			t.Errorf("Set(%q, %q) = %v; want a %s error on %q", c.field, c.value, err, c.code, c.field)
			continue
		}
		if !strings.HasPrefix(err.Error(), `rules: field "`+c.field+`"`) {
			t.Errorf("error %q does not start with the package and field", err)
		}
	}
}

func TestSetAcceptsEveryContractValue(t *testing.T) {
	for _, f := range Fields() {
		for _, v := range f.Values {
			var s Scenario
			if err := s.Set(f.Name, v); err != nil {
				t.Errorf("Set(%q, %q): %v", f.Name, v, err)
			}
		}
		var s Scenario
		switch f.Kind {
		case KindBool:
			if err := s.Set(f.Name, "true"); err != nil {
				t.Errorf("Set(%q, true): %v", f.Name, err)
			}
		case KindInt:
			if err := s.Set(f.Name, "12"); err != nil || s.MonthsSinceLastSale != 12 && !(s.HasAge && s.Age == 12) {
				t.Errorf("Set(%q, 12): %v", f.Name, err)
			}
		}
		if k, ok := LookupField(f.Name); !ok || k != f.Kind {
			t.Errorf("LookupField(%q) = %v, %v; want %v", f.Name, k, ok, f.Kind)
		}
	}
	if len(Fields()) != 21 {
		t.Errorf("Fields() has %d fields, want the 20 of docs/contract.md section 6 plus hidden_sender", len(Fields()))
	}
}

func TestSetFlagsBothWays(t *testing.T) {
	var s Scenario
	for _, f := range Fields() {
		if f.Kind == KindBool {
			s.Set(f.Name, "true")
		}
	}
	want := Scenario{SimilarProducts: true, OptoutAtCollection: true, OptoutInEveryMessage: true,
		CollectedByOtherEntity: true, BusinessRelevant: true, OnOptoutRegister: true, OngoingContract: true,
		AnalyticsExemption: true, HiddenSender: true}
	if s != want {
		t.Errorf("after setting every flag: %+v", s)
	}
	for _, f := range Fields() {
		if f.Kind == KindBool {
			s.Set(f.Name, "false")
		}
	}
	if s != (Scenario{}) {
		t.Errorf("after clearing every flag: %+v", s)
	}
}

func TestDecideRejectsInvalidScenarios(t *testing.T) {
	ok := Scenario{Country: "FR", Channel: "email", Date: "2026-06-01"}
	cases := []struct {
		name  string
		edit  func(*Scenario)
		field string
	}{
		{"no country", func(s *Scenario) { s.Country = "" }, "country"},
		{"unknown country", func(s *Scenario) { s.Country = "XX" }, "country"},
		{"no channel", func(s *Scenario) { s.Channel = "" }, "channel"},
		{"unknown channel", func(s *Scenario) { s.Channel = "pigeon" }, "channel"},
		{"no date", func(s *Scenario) { s.Date = "" }, "date"},
		{"bad date", func(s *Scenario) { s.Date = "01/06/2026" }, "date"},
		{"bad collected_on", func(s *Scenario) { s.CollectedOn = "2026-13-01" }, "collected_on"},
		{"cookies without purpose", func(s *Scenario) { s.Channel = "cookies" }, "purpose"},
		{"bad recipient", func(s *Scenario) { s.Recipient = "Business" }, "recipient"},
		{"bad relationship", func(s *Scenario) { s.Relationship = "x" }, "relationship"},
		{"bad sender", func(s *Scenario) { s.Sender = "x" }, "sender"},
		{"bad sector", func(s *Scenario) { s.Sector = "x" }, "sector"},
		{"bad purpose", func(s *Scenario) { s.Purpose = "x" }, "purpose"},
		{"negative months", func(s *Scenario) { s.MonthsSinceLastSale = -3 }, "months_since_last_sale"},
	}
	for _, c := range cases {
		s := ok
		c.edit(&s)
		_, err := Decide(s)
		var fe *FieldError
		if !errors.As(err, &fe) || fe.Field != c.field {
			t.Errorf("%s: Decide error %v, want one naming %q", c.name, err, c.field)
		}
		if s.Validate() == nil {
			t.Errorf("%s: Validate accepted it", c.name)
		}
	}
	if _, err := Decide(ok); err != nil || ok.Validate() != nil {
		t.Errorf("valid scenario rejected: %v", err)
	}
}

func TestCountries(t *testing.T) {
	codes := Countries()
	if len(codes) != 32 {
		t.Errorf("%d countries, want 27 EU + 3 EEA + GB + CH = 32", len(codes))
	}
	own := 0
	for _, code := range codes {
		c, ok := LookupCountry(code)
		if !ok || c.Code != code || c.Name == "" || c.Law == "" {
			t.Errorf("LookupCountry(%s) = %+v, %v", code, c, ok)
		}
		if c.Law == code {
			own++
		}
	}
	for _, code := range []string{"IS", "LI", "NO", "CH", "GB"} {
		if c, _ := LookupCountry(code); c.Law != code {
			t.Errorf("%s must have its own table, has %q", code, c.Law)
		}
	}
	if c, _ := LookupCountry("uk"); c.Code != "GB" {
		t.Errorf("LookupCountry(uk) = %+v", c)
	}
	t.Logf("%d countries, %d with their own table", len(codes), own)
}
