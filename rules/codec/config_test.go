package codec

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/assent-dev/assent/rules"
)

// contractConfig is the example of docs/contract.md section 4.
const contractConfig = `{
  "site": "shop.example",
  "endpoint": "https://consent.shop.example",
  "verifier_key": "assent.example+1a2b3c4d+AcXy...",
  "revision": "2026-11-01",
  "controller": {"name": "Shop Ltd", "contact": "privacy@shop.example", "policy_url": "https://shop.example/privacy"},
  "expiry_days": 182,
  "languages": ["en", "fr"],
  "consent_mode": true,
  "purposes": [
    {"id": "necessary", "required": true, "label": {"en": "Strictly necessary"}},
    {"id": "analytics", "label": {"en": "Analytics", "fr": "Mesure d'audience"},
     "description": {"en": "How the site is used"},
     "services": [{"name": "Plausible", "provider": "Plausible Insights", "cookies": ["_pl_*"], "retention": "13 months"}]},
    {"id": "marketing", "label": "Marketing", "consent_mode": ["ad_storage", "ad_user_data", "ad_personalization"]}
  ],
  "texts": {"en": {"title": "Your privacy choices", "body": "..."}}
}`

func TestParseConfigContractExample(t *testing.T) {
	c, fs, err := ParseConfig([]byte(contractConfig))
	if err != nil || len(fs) != 0 {
		t.Fatalf("err %v findings %v", err, fs)
	}
	if c.Site != "shop.example" || c.ExpiryDays != 182 || !c.ConsentMode.On() || len(c.Purposes) != 3 ||
		c.Purposes[2].Label[""] != "Marketing" || c.Purposes[1].Label["fr"] != "Mesure d'audience" ||
		c.Purposes[1].Services[0].Retention != "13 months" || c.Texts["en"].Title != "Your privacy choices" ||
		c.Controller.PolicyURL != "https://shop.example/privacy" || !c.Purposes[0].Required {
		t.Fatalf("parsed %+v", c)
	}
	// The example is legal but not complete: the validator asks for descriptions and translations.
	for _, f := range rules.ValidateConfig(c) {
		if f.Severity == rules.SeverityError {
			t.Errorf("the contract example has an error finding: %+v", f)
		}
	}
}

func TestParseConfigUnknownFields(t *testing.T) {
	in := strings.Replace(contractConfig, `"expiry_days": 182,`, `"expiry_days": 182, "expiry": 30, "Site": "evil.example",`, 1)
	in = strings.Replace(in, `"retention": "13 months"`, `"retention": "13 months", "purpose": "x"`, 1)
	c, fs, err := ParseConfig([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range fs {
		if f.Code != "unknown_field" || f.Severity != rules.SeverityWarning || f.Cite == "" {
			t.Errorf("bad finding %+v", f)
		}
		got = append(got, f.Field)
	}
	want := []string{"Site", "expiry", "purposes[1].services[0].purpose"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if c.Site != "shop.example" {
		t.Errorf("an unknown field changed site to %q", c.Site)
	}
}

func TestParseConfigErrors(t *testing.T) {
	for _, tc := range []struct{ name, in, code, field string }{
		{"duplicate", `{"site":"a","site":"b"}`, "duplicate_key", "site"},
		{"wrong type", `{"expiry_days":"182"}`, "wrong_type", "expiry_days"},
		{"label type", `{"purposes":[{"id":"a","label":7}]}`, "wrong_type", "purposes.label"},
		{"array", `[]`, "wrong_type", ""},
		{"trailing", `{} x`, "trailing_data", ""},
		{"not json", `site: a`, "not_json", ""},
	} {
		_, _, err := ParseConfig([]byte(tc.in))
		fs := Findings(err)
		if err == nil || fs[0].Code != tc.code || fs[0].Field != tc.field {
			t.Errorf("%s: got %v %+v", tc.name, err, fs)
		}
	}
	if _, _, err := ParseConfig(make([]byte, MaxConfigSize+1)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("oversize: %v", err)
	}
}

func TestConfigRoundTrip(t *testing.T) {
	c, _, err := ParseConfig([]byte(contractConfig))
	if err != nil {
		t.Fatal(err)
	}
	c2, fs, err := ParseConfig(FormatConfig(c))
	if err != nil || len(fs) != 0 || !reflect.DeepEqual(c, c2) {
		t.Fatalf("round trip: %v %v\n%+v\n%+v", err, fs, c, c2)
	}
	if !strings.Contains(string(FormatConfig(c)), `"label": "Marketing"`) {
		t.Errorf("a plain label should be written back as a string:\n%s", FormatConfig(c))
	}
}

func TestFormatFindings(t *testing.T) {
	if got := string(FormatFindings(nil)); got != "[]\n" {
		t.Errorf("nil: %q", got)
	}
	got := string(FormatFindings([]rules.Finding{{Code: "markup_in_text", Severity: "warning", Message: "<b> & co", Cite: "x"}}))
	want := "[\n  {\n    \"code\": \"markup_in_text\",\n    \"severity\": \"warning\",\n    \"message\": \"<b> & co\",\n    \"cite\": \"x\"\n  }\n]\n"
	if got != want {
		t.Errorf("got %q", got)
	}
}

// consent_mode and the integrations take a boolean or an object; false integrations are off.
func TestParseConfigStackForms(t *testing.T) {
	base := `{"site":"s","revision":"1","controller":{"name":"n","contact":"c","policy_url":"/p"},"purposes":[{"id":"x","label":"X"}]`
	for _, tc := range []struct {
		in      string
		on      bool
		uet, mp bool
	}{
		{base + `}`, true, false, false},
		{base + `,"consent_mode":false}`, false, false, false},
		{base + `,"consent_mode":true,"integrations":{"uet":true,"meta_pixel":false}}`, true, true, false},
		{base + `,"consent_mode":{"url_passthrough":true},"integrations":{"meta_pixel":{"purposes":["x"]}}}`, true, false, true},
		{base + `,"consent_mode":{"enabled":false}}`, false, false, false},
	} {
		c, fs, err := ParseConfig([]byte(tc.in))
		if err != nil || len(fs) != 0 {
			t.Fatalf("%s: %v %v", tc.in, err, fs)
		}
		uet := c.Integrations != nil && c.Integrations.UET != nil
		mp := c.Integrations != nil && c.Integrations.MetaPixel != nil
		if c.ConsentMode.On() != tc.on || uet != tc.uet || mp != tc.mp {
			t.Errorf("%s: on %v uet %v meta %v", tc.in, c.ConsentMode.On(), uet, mp)
		}
	}
	if _, fs, _ := ParseConfig([]byte(base + `,"integrations":{"tiktok":true}}`)); len(fs) != 1 || fs[0].Field != "integrations.tiktok" {
		t.Errorf("unknown integration: %v", fs)
	}
}
