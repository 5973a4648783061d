package rules

import (
	"slices"
	"strings"
	"testing"
	"time"
)

func TestValidateConfigClean(t *testing.T) {
	fs := ValidateConfig(testConfig())
	if fs == nil || len(fs) != 0 {
		t.Fatalf("want [], got %v", codes(fs))
	}
}

func TestValidateConfigFindings(t *testing.T) {
	no := false
	for _, tc := range []struct {
		name string
		edit func(*SiteConfig)
		want []string
	}{
		{"controller", func(c *SiteConfig) { c.Controller = Controller{} },
			[]string{"controller_missing@controller.name", "controller_missing@controller.contact", "policy_link_missing@controller.policy_url"}},
		{"policy url", func(c *SiteConfig) { c.Controller.PolicyURL = "javascript:alert(1)" }, []string{"invalid_url@controller.policy_url"}},
		{"policy path ok", func(c *SiteConfig) { c.Controller.PolicyURL = "/privacy" }, nil},
		{"endpoint http", func(c *SiteConfig) { c.Endpoint = "http://consent.shop.example" }, []string{"invalid_url@endpoint"}},
		{"endpoint local", func(c *SiteConfig) { c.Endpoint = "http://127.0.0.1:8080" }, nil},
		{"site and revision", func(c *SiteConfig) { c.Site, c.Revision = "", "" }, []string{"missing_field@site", "missing_field@revision"}},
		// CNIL 2020-091/2020-092, EDPB 05/2020 para 110: 6 months is good practice, 13 months the limit.
		{"expiry over 13 months", func(c *SiteConfig) { c.ExpiryDays = 397 }, []string{"expiry_too_long@expiry_days"}},
		{"expiry 13 months", func(c *SiteConfig) { c.ExpiryDays = MaxExpiryDays }, []string{"expiry_over_good_practice@expiry_days"}},
		{"expiry over 6 months", func(c *SiteConfig) { c.ExpiryDays = 184 }, []string{"expiry_over_good_practice@expiry_days"}},
		{"expiry 6 months", func(c *SiteConfig) { c.ExpiryDays = GoodPracticeExpiryDays }, nil},
		{"negative expiry", func(c *SiteConfig) { c.ExpiryDays = -1 }, []string{"invalid_expiry@expiry_days"}},
		{"reject layer", func(c *SiteConfig) { c.RejectOnFirstLayer = &no }, []string{"reject_not_on_first_layer@reject_on_first_layer"}},
		{"reopen", func(c *SiteConfig) { c.ReopenControl = &no }, []string{"withdrawal_control_missing@reopen_control"}},
		{"wall", func(c *SiteConfig) { c.CookieWall = &CookieWall{} }, []string{"cookie_wall@cookie_wall"}},
		{"wall with alternative", func(c *SiteConfig) { c.CookieWall = &CookieWall{Alternative: "https://shop.example/subscribe"} },
			[]string{"cookie_wall_review@cookie_wall"}},
		{"preticked", func(c *SiteConfig) { c.Purposes[1].Preticked = true }, []string{"preticked_purposes@purposes[1].preticked"}},
		{"preticked required ok", func(c *SiteConfig) { c.Purposes[0].Preticked = true }, nil},
		{"legitimate interest", func(c *SiteConfig) { c.Purposes[2].LegitimateInterest = true },
			[]string{"legitimate_interest_for_cookies@purposes[2].legitimate_interest"}},
		{"service unnamed", func(c *SiteConfig) { c.Purposes[1].Services[0].Provider = "" },
			[]string{"service_unnamed@purposes[1].services[0].provider"}},
		{"service no retention", func(c *SiteConfig) { c.Purposes[1].Services[0].Retention = "" },
			[]string{"missing_retention@purposes[1].services[0].retention"}},
		{"required tracks", func(c *SiteConfig) { c.Purposes[0].ConsentMode = []string{"analytics_storage"} },
			[]string{"not_strictly_necessary@purposes[0].consent_mode"}},
		{"bundled", func(c *SiteConfig) {
			c.Purposes[2].ConsentMode = append(c.Purposes[2].ConsentMode, "analytics_storage")
		},
			[]string{"bundled_purposes@purposes[2].consent_mode"}},
		{"bundled id", func(c *SiteConfig) { c.Purposes[2].ID = "optional" }, []string{"bundled_purposes@purposes[2].id"}},
		{"duplicate id", func(c *SiteConfig) { c.Purposes[2].ID = "analytics" }, []string{"duplicate_purpose@purposes[2].id"}},
		{"bad id", func(c *SiteConfig) { c.Purposes[2].ID = "Marketing Stuff" }, []string{"invalid_purpose_id@purposes[2].id"}},
		{"no label", func(c *SiteConfig) { c.Purposes[2].Label = nil }, []string{"missing_label@purposes[2].label"}},
		{"translation", func(c *SiteConfig) { delete(c.Purposes[1].Label, "fr") }, []string{"missing_translation@purposes[1].label.fr"}},
		{"markup", func(c *SiteConfig) { c.Purposes[2].Label = Text{"": `<img src=x onerror=alert(1)>Ads`} },
			[]string{"markup_in_text@purposes[2].label"}},
		{"entity", func(c *SiteConfig) { c.Purposes[2].Description = Text{"en": "Ads &amp; offers"} },
			[]string{"markup_in_text@purposes[2].description.en"}},
		{"ampersand fine", func(c *SiteConfig) { c.Purposes[2].Description = Text{"en": "Ads & offers <3"} }, nil},
		{"no purposes", func(c *SiteConfig) { c.Purposes = nil }, []string{"missing_field@purposes"}},
		{"unknown mode", func(c *SiteConfig) { c.Purposes[2].ConsentMode = []string{"ads"} },
			[]string{"unknown_consent_mode_type@purposes[2].consent_mode[0]"}},
		{"undescribed", func(c *SiteConfig) { c.Purposes[0].Description = nil; c.Purposes[1].Description = nil },
			[]string{"essential_unjustified@purposes[0].description", "missing_description@purposes[1].description"}},
		{"language", func(c *SiteConfig) { c.Languages = []string{"en", "français"} },
			[]string{"invalid_language@languages[1]", "missing_translation@purposes[0].label.français", "missing_translation@purposes[1].label.français"}},
		{"texts", func(c *SiteConfig) {
			c.Texts = map[string]Texts{"en": {Title: "<b>Cookies</b>", AcceptAll: "OK"}, "de": {Title: "Cookies"}}
		}, []string{"missing_texts@texts.fr", "markup_in_text@texts.en", "missing_text@texts.en", "unlisted_language@texts.de"}},
		{"form fields", func(c *SiteConfig) {
			c.Forms = append(c.Forms, FormConfig{Name: "newsletter", Channel: "fax", Context: "pub", Countries: []string{"XX"}})
		}, []string{"duplicate_form@forms[1].name", "invalid_form@forms[1].channel", "invalid_form@forms[1].context", "unknown_country@forms[1].countries[0]"}},
		{"soft opt-in at signup", func(c *SiteConfig) { c.Forms[0].SoftOptIn = true }, []string{"soft_opt_in_not_allowed@forms[0].soft_opt_in"}},
		{"soft opt-in in PL", func(c *SiteConfig) {
			c.Forms[0] = FormConfig{Name: "n", Channel: "email", Context: "checkout", SoftOptIn: true, Countries: []string{"PL"}}
		},
			[]string{"soft_opt_in_not_allowed@forms[0].soft_opt_in"}},
		{"soft opt-in in GB", func(c *SiteConfig) {
			c.Forms[0] = FormConfig{Name: "n", Channel: "email", Context: "checkout", SoftOptIn: true, Countries: []string{"GB"}}
		}, nil},
		{"soft opt-in everywhere", func(c *SiteConfig) {
			c.Forms[0] = FormConfig{Name: "n", Channel: "email", Context: "checkout", SoftOptIn: true}
		},
			[]string{"soft_opt_in_limited@forms[0].soft_opt_in"}},
		{"soft opt-in no date", func(c *SiteConfig) { c.Revision = "v7"; c.Forms[0].SoftOptIn = true }, []string{"soft_opt_in_unchecked@forms[0].soft_opt_in"}},
	} {
		c := testConfig()
		tc.edit(&c)
		fs := ValidateConfig(c)
		got := codes(fs)
		slices.Sort(got)
		want := slices.Clone(tc.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: got %v, want %v", tc.name, got, want)
		}
		for _, f := range fs {
			if f.Cite == "" || f.Message == "" || !isSnake(f.Code) {
				t.Errorf("%s: incomplete finding %+v", tc.name, f)
			}
		}
	}
}

// TestValidateConfigReturnsEveryFinding: a config that breaks many rules gets all of them at once.
func TestValidateConfigReturnsEveryFinding(t *testing.T) {
	no := false
	c := SiteConfig{ExpiryDays: 400, RejectOnFirstLayer: &no, ReopenControl: &no, CookieWall: &CookieWall{},
		Purposes: []Purpose{{ID: "ads", Preticked: true, LegitimateInterest: true, Label: Text{"": "Ads"}, Services: []Service{{}}}}}
	got := strings.Join(codes(ValidateConfigAt(c, time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC))), " ")
	for _, code := range []string{"missing_field@site", "controller_missing@controller.name", "policy_link_missing", "expiry_too_long",
		"reject_not_on_first_layer", "withdrawal_control_missing", "cookie_wall@", "preticked_purposes", "legitimate_interest_for_cookies",
		"service_unnamed@purposes[0].services[0].name", "service_unnamed@purposes[0].services[0].provider"} {
		if !strings.Contains(got, code) {
			t.Errorf("missing %s in %s", code, got)
		}
	}
}

func TestTextGet(t *testing.T) {
	tx := Text{"en": "Analytics", "fr": "Mesure d'audience"}
	for lang, want := range map[string]string{"fr": "Mesure d'audience", "fr-CA": "Mesure d'audience", "de": "Analytics", "": "Analytics"} {
		if got := tx.Get(lang); got != want {
			t.Errorf("Get(%q) = %q, want %q", lang, got, want)
		}
	}
	if got := (Text{"": "Plain"}).Get("fr"); got != "Plain" {
		t.Errorf("plain: %q", got)
	}
	if got := (Text{"de": "A", "nl": "B"}).Get("fr"); got != "A" {
		t.Errorf("fallback: %q", got)
	}
	b, _ := Text{"": "Plain"}.MarshalJSON()
	b2, _ := tx.MarshalJSON()
	if string(b) != `"Plain"` || string(b2) != `{"en":"Analytics","fr":"Mesure d'audience"}` {
		t.Errorf("MarshalJSON: %s %s", b, b2)
	}
}
