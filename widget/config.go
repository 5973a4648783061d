package widget

import (
	"strings"

	"github.com/assent-dev/assent/rules"
)

// Config is what the engine reads from the site config (assent.json): the fields the widget renders and records.
type Config struct {
	Site           string
	Endpoint       string
	VerifierKey    string // the log's note verifier key: receipts are checked against it
	Revision       string
	ExpiryDays     int
	Languages      []string
	UseConsentMode bool // consent_mode (missing means true): push the Consent Mode default and updates
	Controller     string
	PolicyURL      string
	Purposes       []ConfigPurpose
	Texts          map[string]map[string]string // language -> key (title, body, ...) -> text
	// Europe is scope "europe": a visitor from a known country outside the rules' countries (the EEA, the UK
	// and Switzerland) sees no banner.
	Europe bool
}

// ConfigPurpose is one configured purpose.
type ConfigPurpose struct {
	ID          string
	Required    bool
	Label       map[string]string // by language; "" for a plain string
	Description map[string]string
	Services    []Service
	ConsentMode []string // Google Consent Mode signals this purpose grants
	Exempt      bool     // the site declares its analytics meet the regulator's exemption (analytics_exemption)
}

// Category maps a purpose onto the cookie purposes of rules (scenario field "purpose"): required purposes are
// strictly necessary; otherwise the id decides, and an id the widget does not recognise is treated as marketing,
// the strictest reading. It is rules.PurposeCategory, which the record validator re-decides records with.
func (p ConfigPurpose) Category() string { return rules.PurposeCategory(lowerASCII(p.ID), p.Required) }

// Signals returns the Consent Mode signals the purpose grants: as configured, else by category.
func (p ConfigPurpose) Signals() []string {
	if len(p.ConsentMode) > 0 {
		return p.ConsentMode
	}
	return rules.CategorySignals(p.Category())
}

// Advertising reports whether GPC applies to the purpose: it grants an advertising signal or is named as
// marketing, advertising, sale or sharing.
func (p ConfigPurpose) Advertising() bool {
	for _, s := range p.Signals() {
		if strings.HasPrefix(s, "ad_") {
			return true
		}
	}
	return rules.ContainsAny(lowerASCII(p.ID), "market", "advert", "sale", "shar")
}

// ConsentMode returns the Consent Mode update for a choice: a signal is granted when any granted purpose grants it.
func (c Config) ConsentMode(purposes map[string]bool) map[string]string {
	m := map[string]string{rules.SignalSecurityStorage: "granted"}
	for _, s := range rules.ChoiceSignals {
		m[s] = "denied"
	}
	for _, p := range c.Purposes {
		if purposes[p.ID] {
			for _, s := range p.Signals() {
				m[s] = "granted"
			}
		}
	}
	return m
}

// Choice returns the purposes map of an action: every configured id, required ones true. accept_all grants
// every purpose except, under GPC, advertising ones (the visitor can still tick those one by one); reject_all
// and withdraw grant only the required ones; save takes the visitor's picks.
func (c Config) Choice(action string, picks map[string]bool, gpc bool) map[string]bool {
	m := make(map[string]bool, len(c.Purposes))
	for _, p := range c.Purposes {
		switch {
		case p.Required:
			m[p.ID] = true
		case action == "accept_all":
			m[p.ID] = !(gpc && p.Advertising())
		case action == "save":
			m[p.ID] = picks[p.ID]
		default:
			m[p.ID] = false
		}
	}
	return m
}

// Text returns a config text (title, body, ...) in lang, or dflt.
func (c Config) Text(lang, key, dflt string) string {
	if t := c.Texts[lang][key]; t != "" {
		return t
	}
	if i := strings.IndexByte(lang, '-'); i > 0 {
		if t := c.Texts[lang[:i]][key]; t != "" {
			return t
		}
	}
	return dflt
}
