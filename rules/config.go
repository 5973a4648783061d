package rules

import (
	"slices"
	"strings"
)

// Consent lifetime bounds, in days.
const (
	// DefaultExpiryDays is the consent lifetime when a config gives no expiry_days: six months.
	DefaultExpiryDays = 182
	// GoodPracticeExpiryDays is the longest lifetime ValidateConfig accepts without a warning: six months of
	// 30.5 days, rounded up, the regulators' good practice (CNIL Délibération 2020-092: keep the choice
	// 6 months; Garante 2021: no new prompt for 6 months after a refusal).
	GoodPracticeExpiryDays = 183
	// MaxExpiryDays is the longest lifetime ValidateConfig accepts: 13 months (of 30.44 days, rounded up),
	// the longest any regulator allows a tracker or a choice to live (CNIL Délibération 2020-091 art. 5 and
	// audience measurement guidance: 13 months; EDPB Guidelines 05/2020 para 110: refresh at appropriate
	// intervals). A site may choose anything from 1 to MaxExpiryDays.
	MaxExpiryDays = 396
)

// SiteConfig is a site's widget configuration, the assent.json that data-config points to
// (docs/contract.md section 4). The published JSON Schema is site/schema/assent.schema.json.
//
// Contract additions (all optional; documented in the schema): Purpose.Preticked,
// Purpose.LegitimateInterest, Forms, RejectOnFirstLayer, ReopenControl and CookieWall. They exist so that
// what a site does is declared and can be checked.
type SiteConfig struct {
	Site        string             `json:"site"`
	Endpoint    string             `json:"endpoint,omitempty"`
	VerifierKey string             `json:"verifier_key,omitempty"`
	Revision    string             `json:"revision"`
	Controller  Controller         `json:"controller"`
	ExpiryDays  int                `json:"expiry_days,omitempty"` // 0 means DefaultExpiryDays
	Languages   []string           `json:"languages,omitempty"`
	ConsentMode *ConsentModeConfig `json:"consent_mode,omitempty"` // nil means on (true is {})
	Purposes    []Purpose          `json:"purposes"`
	Texts       map[string]Texts   `json:"texts,omitempty"` // by language tag

	Forms              []FormConfig `json:"forms,omitempty"`
	RejectOnFirstLayer *bool        `json:"reject_on_first_layer,omitempty"` // nil means true
	ReopenControl      *bool        `json:"reopen_control,omitempty"`        // nil means true
	CookieWall         *CookieWall  `json:"cookie_wall,omitempty"`           // nil means no cookie wall

	// Stack fit (contract additions, README "Tag managers, ad platforms and subdomains").
	Integrations *Integrations `json:"integrations,omitempty"`
	CookieDomain string        `json:"cookie_domain,omitempty"` // share the current choice with its subdomains
	Scope        string        `json:"scope,omitempty"`         // "everywhere" (default) or "europe"
}

// ConsentModeConfig is consent_mode: true (the default) is {}, false is {"enabled": false}; the object sets
// Google Consent Mode v2 up in detail.
type ConsentModeConfig struct {
	Enabled *bool `json:"enabled,omitempty"` // nil means true
	// Types maps a Consent Mode type to "granted" or "denied" whatever is chosen, or to the purposes that must
	// all be granted; a type not named follows the purposes' own consent_mode lists.
	Types            map[string]any `json:"types,omitempty"`
	OutsideEurope    string         `json:"outside_europe,omitempty"`     // default outside Europe: "denied" (default) or "granted"
	AdsDataRedaction *bool          `json:"ads_data_redaction,omitempty"` // nil means true
	URLPassthrough   bool           `json:"url_passthrough,omitempty"`
	WaitForUpdate    *int           `json:"wait_for_update,omitempty"` // milliseconds, nil means 500
}

// On reports whether Consent Mode commands are sent (nil, {} and true are on).
func (c *ConsentModeConfig) On() bool { return c == nil || c.Enabled == nil || *c.Enabled }

// Integrations are the built-in ad and analytics platform integrations, each off unless set: true ({}) follows
// the Consent Mode types, {"purposes": [...]} grants when every listed purpose is granted.
type Integrations struct {
	UET       *Integration `json:"uet,omitempty"`        // Microsoft UET consent mode (ad_storage)
	Clarity   *Integration `json:"clarity,omitempty"`    // Microsoft Clarity consentv2 (ad_Storage, analytics_Storage)
	MetaPixel *Integration `json:"meta_pixel,omitempty"` // Meta pixel fbq('consent', 'grant'|'revoke')
}

// Integration is one integration's settings.
type Integration struct {
	Purposes []string `json:"purposes,omitempty"`
}

// Controller identifies the data controller (GDPR Art. 13(1)(a)).
type Controller struct {
	Name      string `json:"name"`
	Contact   string `json:"contact"`
	PolicyURL string `json:"policy_url"`
}

// Purpose is one processing purpose the visitor can accept or refuse.
//
// Preticked (contract addition) declares that the purpose's toggle starts on; ValidateConfig rejects it for
// any purpose but a required one. LegitimateInterest (contract addition) declares that the site relies on
// legitimate interest rather than consent; for device storage and access it never may.
type Purpose struct {
	ID                 string    `json:"id"`
	Required           bool      `json:"required,omitempty"`
	Label              Text      `json:"label"`
	Description        Text      `json:"description,omitempty"`
	Services           []Service `json:"services,omitempty"`
	ConsentMode        []string  `json:"consent_mode,omitempty"` // Google Consent Mode v2 types this purpose grants
	Preticked          bool      `json:"preticked,omitempty"`
	LegitimateInterest bool      `json:"legitimate_interest,omitempty"`
	AnalyticsExemption bool      `json:"analytics_exemption,omitempty"` // contract addition: see Scenario.AnalyticsExemption
}

// Service is one third party (or first-party tool) used for a purpose.
type Service struct {
	Name      string   `json:"name"`
	Provider  string   `json:"provider"`
	Cookies   []string `json:"cookies,omitempty"`
	Retention string   `json:"retention,omitempty"`
	URL       string   `json:"url,omitempty"`
}

// Texts are the banner and preferences texts in one language. Empty texts fall back to the widget's
// built-in ones.
type Texts struct {
	Title            string `json:"title,omitempty"`
	Body             string `json:"body,omitempty"`
	AcceptAll        string `json:"accept_all,omitempty"`
	RejectAll        string `json:"reject_all,omitempty"`
	Customise        string `json:"customise,omitempty"`
	Save             string `json:"save,omitempty"`
	PreferencesTitle string `json:"preferences_title,omitempty"`
	Reopen           string `json:"reopen,omitempty"`
}

// FormConfig (contract addition) declares a marketing-consent form (the data-assent-form="Name" element):
// its channel ("email" or "sms"), its context ("signup" or "checkout"), whether the site wants the soft
// opt-in where the law allows it, and the recipient countries that choice was checked for (ISO 3166-1
// alpha-2; empty means every country the rules know).
type FormConfig struct {
	Name      string   `json:"name"`
	Channel   string   `json:"channel"`
	Context   string   `json:"context"`
	SoftOptIn bool     `json:"soft_opt_in,omitempty"`
	Countries []string `json:"countries,omitempty"`
}

// CookieWall (contract addition) declares that access to the site depends on accepting. Alternative is the
// URL of the equivalent access offered without that consent (a paid or a less-tracking version); a wall
// without one is invalid.
type CookieWall struct {
	Alternative string `json:"alternative"`
}

// Text is a label in one or several languages. A plain JSON string is stored under the key "" (any
// language); a JSON object maps language tags to strings.
type Text map[string]string

// Get returns the text for lang: an exact match, else the primary language ("fr" for "fr-CA"), else the
// plain text (""), else English, else the first language in tag order; "" when t is empty.
func (t Text) Get(lang string) string {
	primary, _, _ := strings.Cut(lang, "-")
	for _, k := range []string{lang, primary, "", "en"} {
		if s, ok := t[k]; ok {
			return s
		}
	}
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	sortStrings(keys)
	if len(keys) == 0 {
		return ""
	}
	return t[keys[0]]
}

// MarshalJSON writes t as a JSON string when it holds only the plain text (key ""), else as an object
// with sorted keys.
func (t Text) MarshalJSON() ([]byte, error) {
	if s, ok := t[""]; ok && len(t) == 1 {
		return appendJCSString(nil, s), nil
	}
	return appendJCS(nil, map[string]string(t)), nil
}

// RequiredPurposes returns the ids of the required purposes, in config order.
func (c SiteConfig) RequiredPurposes() []string {
	var ids []string
	for _, p := range c.Purposes {
		if p.Required {
			ids = append(ids, p.ID)
		}
	}
	return ids
}

// Expiry returns the consent lifetime in days: ExpiryDays, or DefaultExpiryDays when it is not set.
func (c SiteConfig) Expiry() int {
	if c.ExpiryDays > 0 {
		return c.ExpiryDays
	}
	return DefaultExpiryDays
}

// Purpose returns the purpose with the given id.
func (c SiteConfig) Purpose(id string) (Purpose, bool) {
	i := slices.IndexFunc(c.Purposes, func(p Purpose) bool { return p.ID == id })
	if i < 0 {
		return Purpose{}, false
	}
	return c.Purposes[i], true
}
