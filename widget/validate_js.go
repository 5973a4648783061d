//go:build js && wasm

package widget

import (
	"strconv"
	"syscall/js"

	"github.com/assent-dev/assent/rules"
)

// ValidateJS checks a site config given as a JS object with rules.ValidateConfigAt (today's date) and returns
// its findings, [{code, severity, message, cite, field}]. Fields the widget does not know are reported as
// unknown_field warnings at the top level and in purposes (the CLI, `assent validate`, checks every level).
func ValidateJS(v js.Value) (any, error) {
	if v.Type() != js.TypeObject {
		return nil, errString("validate: the config must be an object")
	}
	c := rules.SiteConfig{Site: str(v.Get("site")), Endpoint: str(v.Get("endpoint")),
		VerifierKey: str(v.Get("verifier_key")), Revision: str(v.Get("revision")),
		Languages: strList(v.Get("languages")), ConsentMode: v.Get("consent_mode").Truthy()}
	if ctl := v.Get("controller"); ctl.Type() == js.TypeObject {
		c.Controller = rules.Controller{Name: str(ctl.Get("name")), Contact: str(ctl.Get("contact")), PolicyURL: str(ctl.Get("policy_url"))}
	}
	if d := v.Get("expiry_days"); d.Type() == js.TypeNumber {
		c.ExpiryDays = d.Int()
	}
	var findings []rules.Finding
	findings = unknownKeys(v, "", configKeys, findings)
	if ps := v.Get("purposes"); ps.Type() == js.TypeObject {
		for i := 0; i < ps.Length(); i++ {
			p := ps.Index(i)
			findings = unknownKeys(p, "purposes["+strconv.Itoa(i)+"].", purposeKeys, findings)
			cp := rules.Purpose{ID: str(p.Get("id")), Required: p.Get("required").Truthy(), Label: strMap(p.Get("label")),
				Description: strMap(p.Get("description")), ConsentMode: strList(p.Get("consent_mode")),
				Preticked: p.Get("preticked").Truthy(), LegitimateInterest: p.Get("legitimate_interest").Truthy(),
				AnalyticsExemption: p.Get("analytics_exemption").Truthy()}
			if ss := p.Get("services"); ss.Type() == js.TypeObject {
				for k := 0; k < ss.Length(); k++ {
					s := ss.Index(k)
					cp.Services = append(cp.Services, rules.Service{Name: str(s.Get("name")), Provider: str(s.Get("provider")),
						Cookies: strList(s.Get("cookies")), Retention: str(s.Get("retention")), URL: str(s.Get("url"))})
				}
			}
			c.Purposes = append(c.Purposes, cp)
		}
	}
	if ts := v.Get("texts"); ts.Type() == js.TypeObject {
		c.Texts = map[string]rules.Texts{}
		keys := global("Object").Call("keys", ts)
		for i := 0; i < keys.Length(); i++ {
			l := keys.Index(i).String()
			m := strMap(ts.Get(l))
			c.Texts[l] = rules.Texts{Title: m["title"], Body: m["body"], AcceptAll: m["accept_all"], RejectAll: m["reject_all"],
				Customise: m["customise"], Save: m["save"], PreferencesTitle: m["preferences_title"], Reopen: m["reopen"]}
		}
	}
	if fs := v.Get("forms"); fs.Type() == js.TypeObject {
		for i := 0; i < fs.Length(); i++ {
			f := fs.Index(i)
			c.Forms = append(c.Forms, rules.FormConfig{Name: str(f.Get("name")), Channel: str(f.Get("channel")),
				Context: str(f.Get("context")), SoftOptIn: f.Get("soft_opt_in").Truthy(), Countries: strList(f.Get("countries"))})
		}
	}
	c.RejectOnFirstLayer = optBool(v.Get("reject_on_first_layer"))
	c.ReopenControl = optBool(v.Get("reopen_control"))
	if w := v.Get("cookie_wall"); w.Type() == js.TypeObject {
		c.CookieWall = &rules.CookieWall{Alternative: str(w.Get("alternative"))}
	}
	ms := global("Date").Call("now").Float()
	return findingsJS(append(findings, rules.ValidateConfigAt(c, jsInstant(ms))...)), nil
}

var configKeys = []string{"$schema", "site", "endpoint", "verifier_key", "revision", "controller", "expiry_days", "languages",
	"consent_mode", "purposes", "texts", "forms", "reject_on_first_layer", "reopen_control", "cookie_wall"}

var purposeKeys = []string{"id", "required", "label", "description", "services", "consent_mode", "preticked",
	"legitimate_interest", "analytics_exemption"}

func unknownKeys(v js.Value, prefix string, known []string, fs []rules.Finding) []rules.Finding {
	if v.Type() != js.TypeObject {
		return fs
	}
	keys := global("Object").Call("keys", v)
	for i := 0; i < keys.Length(); i++ {
		k := keys.Index(i).String()
		found := false
		for _, x := range known {
			found = found || x == k
		}
		if !found {
			fs = append(fs, rules.Finding{Code: "unknown_field", Severity: "warning", Field: prefix + k,
				Message: "unknown field " + prefix + k + " is ignored", Cite: "Assent site config schema"})
		}
	}
	return fs
}

func optBool(v js.Value) *bool {
	if v.Type() != js.TypeBoolean {
		return nil
	}
	b := v.Bool()
	return &b
}

// jsInstant is a rules.Instant from JavaScript's clock (milliseconds since the epoch).
type jsInstant float64

func (t jsInstant) IsZero() bool     { return false }
func (t jsInstant) UnixMilli() int64 { return int64(t) }

// Format returns the UTC date, YYYY-MM-DD: rules asks only for the layout "2006-01-02".
func (t jsInstant) Format(string) string {
	return global("Date").New(float64(t)).Call("toISOString").String()[:10]
}
