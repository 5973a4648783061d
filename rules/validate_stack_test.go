package rules

import (
	"slices"
	"testing"
)

// The stack-fit settings (README "Tag managers, ad platforms and subdomains"): a wrong one is an error naming
// its field; Consent Mode types granted before any choice are refused (ePrivacy Art. 5(3): storage for ads,
// analytics or personalisation needs consent first).
func TestConfigStackSettings(t *testing.T) {
	w := 800
	neg := -1
	for _, tc := range []struct {
		name  string
		edit  func(*SiteConfig)
		code  string // "" for valid
		field string
	}{
		{"all set", func(c *SiteConfig) {
			c.ConsentMode = &ConsentModeConfig{Types: map[string]any{"functionality_storage": "granted", "ad_user_data": []any{"marketing"},
				"personalization_storage": "denied"}, OutsideEurope: "granted", URLPassthrough: true, WaitForUpdate: &w}
			c.Integrations = &Integrations{UET: &Integration{}, Clarity: &Integration{Purposes: []string{"analytics"}}, MetaPixel: &Integration{}}
			c.CookieDomain, c.Scope = "shop.example", "europe"
		}, "", ""},
		{"ads granted by default", func(c *SiteConfig) {
			c.ConsentMode = &ConsentModeConfig{Types: map[string]any{"ad_storage": "granted"}}
		},
			"granted_without_consent", "consent_mode.types.ad_storage"},
		{"analytics granted by default", func(c *SiteConfig) {
			c.ConsentMode = &ConsentModeConfig{Types: map[string]any{"analytics_storage": "granted"}}
		}, "granted_without_consent", "consent_mode.types.analytics_storage"},
		{"unknown type", func(c *SiteConfig) { c.ConsentMode = &ConsentModeConfig{Types: map[string]any{"ads": "denied"}} },
			"unknown_consent_mode_type", "consent_mode.types.ads"},
		{"unknown purpose", func(c *SiteConfig) {
			c.ConsentMode = &ConsentModeConfig{Types: map[string]any{"ad_storage": []any{"ads"}}}
		},
			"unknown_purpose", "consent_mode.types.ad_storage[0]"},
		{"empty list", func(c *SiteConfig) { c.ConsentMode = &ConsentModeConfig{Types: map[string]any{"ad_storage": []any{}}} },
			"invalid_value", "consent_mode.types.ad_storage"},
		{"bad value", func(c *SiteConfig) { c.ConsentMode = &ConsentModeConfig{Types: map[string]any{"ad_storage": "yes"}} },
			"invalid_value", "consent_mode.types.ad_storage"},
		{"outside europe", func(c *SiteConfig) { c.ConsentMode = &ConsentModeConfig{OutsideEurope: "maybe"} },
			"invalid_value", "consent_mode.outside_europe"},
		{"wait", func(c *SiteConfig) { c.ConsentMode = &ConsentModeConfig{WaitForUpdate: &neg} }, "invalid_value", "consent_mode.wait_for_update"},
		{"integration purpose", func(c *SiteConfig) {
			c.Integrations = &Integrations{MetaPixel: &Integration{Purposes: []string{"ads"}}}
		},
			"unknown_purpose", "integrations.meta_pixel.purposes[0]"},
		{"cookie domain one label", func(c *SiteConfig) { c.CookieDomain = "localhost" }, "invalid_value", "cookie_domain"},
		{"cookie domain upper case", func(c *SiteConfig) { c.CookieDomain = "Shop.Example" }, "invalid_value", "cookie_domain"},
		{"scope", func(c *SiteConfig) { c.Scope = "eu" }, "invalid_value", "scope"},
	} {
		c := testConfig()
		tc.edit(&c)
		fs := ValidateConfig(c)
		i := slices.IndexFunc(fs, func(f Finding) bool { return f.Code == tc.code && f.Field == tc.field })
		if tc.code == "" {
			for _, f := range fs {
				if f.Severity == SeverityError {
					t.Errorf("%s: unexpected error %s %s: %s", tc.name, f.Code, f.Field, f.Message)
				}
			}
			continue
		}
		if i < 0 || fs[i].Severity != SeverityError || fs[i].Cite == "" {
			t.Errorf("%s: want error %s at %s, got %+v", tc.name, tc.code, tc.field, fs)
		}
	}
}
