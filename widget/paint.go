package widget

import (
	"strconv"

	"github.com/assent-dev/assent/rules"
)

// Decision is the cookie decision for one visitor of a site: what the first paint and every record of a choice
// rely on. DecideCookies makes it; the engine in the browser and the endpoint's per-site loader
// (widget/prerender) both call it, so the banner is shown on the same grounds on both sides.
type Decision struct {
	Country      string            // the visitor's country as known ("" when unknown)
	Jurisdiction string            // what records say: Country when the rules know it, else "EU"
	Models       map[string]string // purpose id -> consent model
	Rules        []string          // rule ids behind the decision, in purpose order, without repeats
	Model        string            // the strictest model over the purposes ("exempt" when none needs consent)
	Banner       bool              // a purpose that is not required needs the visitor's consent
}

// StrictestCountry is the jurisdiction whose cookie rules the widget applies when it cannot tell the visitor's
// country, or the rules do not cover it: Germany, where no analytics exemption exists (TDDDG s. 25). Such a
// visitor's records say "EU".
const StrictestCountry = "DE"

// DecideCookies runs the rules for each purpose of cfg for a visitor from country (ISO 3166-1 alpha-2, "" when
// unknown) on date (YYYY-MM-DD). A country the rules do not know is decided as the strictest EU reading
// (StrictestCountry, no analytics exemption) and recorded as "EU".
func DecideCookies(cfg Config, country, date string) Decision {
	d := Decision{Country: country, Jurisdiction: upperASCII(country), Models: map[string]string{}, Model: "exempt"}
	seen := map[string]bool{}
	for _, p := range cfg.Purposes {
		sc := rules.Scenario{Channel: "cookies", Purpose: p.Category(), Date: date, AnalyticsExemption: p.Exempt,
			Country: country}
		b, err := rules.DecideBrief(sc)
		if err != nil {
			sc.Country, sc.AnalyticsExemption = StrictestCountry, false
			d.Jurisdiction = "EU"
			if b, err = rules.DecideBrief(sc); err != nil {
				d.Models[p.ID], d.Model, d.Banner = "opt_in", "opt_in", d.Banner || !p.Required
				continue
			}
		}
		d.Models[p.ID] = b.Model
		if b.Model != "exempt" {
			d.Model = b.Model
			if !p.Required {
				d.Banner = true
			}
		}
		for _, id := range b.Rules {
			if !seen[id] {
				seen[id] = true
				d.Rules = append(d.Rules, id)
			}
		}
	}
	if d.Jurisdiction == "" {
		d.Jurisdiction = "EU"
	}
	return d
}

// BuildView returns what the layers show in lang: the widget's texts s, overridden by the site's own texts for
// that language, and each purpose localised. Nothing is ticked but the required purposes: the loader ticks a
// returning visitor's choices on screen.
func BuildView(cfg Config, s Strings, lang string, gpc bool) View {
	for _, o := range []struct {
		key string
		dst *string
	}{{"accept_all", &s.AcceptAll}, {"reject_all", &s.RejectAll}, {"customise", &s.Customise}, {"save", &s.Save},
		{"preferences_title", &s.Preferences}, {"reopen", &s.Reopen}} {
		*o.dst = cfg.Text(lang, o.key, *o.dst)
	}
	v := View{Lang: lang, S: &s, GPC: gpc, PolicyURL: cfg.PolicyURL, Controller: cfg.Controller,
		Title: cfg.Text(lang, "title", s.Title), Body: cfg.Text(lang, "body", s.Body)}
	for _, p := range cfg.Purposes {
		v.Purposes = append(v.Purposes, Purpose{ID: p.ID, Label: Localized(p.Label, lang),
			Description: Localized(p.Description, lang), Required: p.Required, On: p.Required, Services: p.Services})
	}
	return v
}

// Shell is one language of the paint data: the view of a visitor with and without Global Privacy Control.
type Shell struct {
	Lang   string
	S      Strings // the widget's texts in Lang (before the site's overrides)
	Notice string  // hex SHA-256 of NoticeText of the view ("" when the caller cannot hash: the engine hashes at sealing)
}

// Paint is the data the loader (wasm/assent.js) paints the layers and applies a choice from without the
// engine: the layers of each language as node trees, the cookie decision of each country, and what each action
// grants. The endpoint writes it into a site's loader (widget/prerender) for every language and country; the
// engine writes it for its own visitor when it arrives, and the loader keeps what is on screen when both agree.
type Paint struct {
	Config    Config
	CSS       string
	Shells    []Shell
	GPC       []bool         // the GPC variants to render: {false, true} for the endpoint, the visitor's for the engine
	Decisions []Decision     // distinct decisions
	ByCountry map[string]int // country -> index in Decisions; "" is the one for an unknown country
	Date      string         // the date decided as of
}

// AppendJSON appends p as the JSON the loader reads:
//
//	{"v":1,"date":D,"css":S,"langs":{L:{"b":[banner without GPC],"bg":[with GPC],"p":..,"pg":..,"n":notice,
//	 "t":{loader texts}}},"dec":[{"c":country,"j":jurisdiction,"m":model,"r":[rule ids],"banner":bool}],
//	 "cc":{country:index},"ids":[purpose ids],"req":[required ids],"choices":{"accept_all":{id:bool},
//	 "accept_all_gpc":{..},"reject_all":{..}},"cm":{id:[Consent Mode signals]},"signals":[all managed signals],
//	 "tags":[the widget's languages],"consent_mode":bool,"exp":days}
//
// A node is ["tag",["name","value",...],"text",[kids...]] and a text node a JSON string. A variant not in GPC
// is left out. Keys are written in a fixed order, so equal data gives equal bytes.
func (p Paint) AppendJSON(b []byte) []byte {
	b = append(b, `{"v":1,"date":`...)
	b = appendJSONString(b, p.Date)
	b = append(b, `,"css":`...)
	b = appendJSONString(b, p.CSS)
	b = append(b, `,"langs":{`...)
	for i, sh := range p.Shells {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, sh.Lang)
		b = append(b, ':', '{')
		for _, gpc := range p.GPC {
			v := BuildView(p.Config, sh.S, sh.Lang, gpc)
			kb, kp := `"b":`, `"p":`
			if gpc {
				kb, kp = `"bg":`, `"pg":`
			}
			b = append(b, kb...)
			b = Banner(v).AppendJSON(b)
			b = append(b, ',')
			b = append(b, kp...)
			b = Preferences(v).AppendJSON(b)
			b = append(b, ',')
		}
		b = append(b, `"n":`...)
		b = appendJSONString(b, sh.Notice)
		b = append(b, `,"t":`...)
		b = appendStringMap(b, LoaderTexts(p.Config, sh.S, sh.Lang))
		b = append(b, '}')
	}
	b = append(b, `},"dec":[`...)
	for i, d := range p.Decisions {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"c":`...)
		b = appendJSONString(b, d.Country)
		b = append(b, `,"j":`...)
		b = appendJSONString(b, d.Jurisdiction)
		b = append(b, `,"m":`...)
		b = appendJSONString(b, d.Model)
		b = append(b, `,"r":`...)
		b = appendStrings(b, d.Rules)
		b = append(b, `,"banner":`...)
		b = strconv.AppendBool(b, d.Banner)
		b = append(b, '}')
	}
	b = append(b, `],"cc":{`...)
	for i, c := range sortedKeys(p.ByCountry) {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, c)
		b = append(b, ':')
		b = strconv.AppendInt(b, int64(p.ByCountry[c]), 10)
	}
	var ids, req []string
	for _, pp := range p.Config.Purposes {
		ids = append(ids, pp.ID)
		if pp.Required {
			req = append(req, pp.ID)
		}
	}
	b = append(b, `},"ids":`...)
	b = appendStrings(b, ids)
	b = append(b, `,"req":`...)
	b = appendStrings(b, req)
	b = append(b, `,"choices":{"accept_all":`...)
	b = appendBoolMap(b, ids, p.Config.Choice("accept_all", nil, false))
	b = append(b, `,"accept_all_gpc":`...)
	b = appendBoolMap(b, ids, p.Config.Choice("accept_all", nil, true))
	b = append(b, `,"reject_all":`...)
	b = appendBoolMap(b, ids, p.Config.Choice("reject_all", nil, false))
	b = append(b, `},"cm":{`...)
	for i, pp := range p.Config.Purposes {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, pp.ID)
		b = append(b, ':')
		b = appendStrings(b, pp.Signals())
	}
	b = append(b, `},"signals":`...)
	b = appendStrings(b, consentSignals)
	b = append(b, `,"tags":`...)
	b = appendStrings(b, Tags[:])
	b = append(b, `,"consent_mode":`...)
	b = strconv.AppendBool(b, p.Config.UseConsentMode)
	days := p.Config.ExpiryDays
	if days <= 0 {
		days = rules.DefaultExpiryDays
	}
	b = append(b, `,"exp":`...)
	b = strconv.AppendInt(b, int64(days), 10)
	return append(b, '}')
}

// LoaderTexts are the texts the loader shows by itself in lang: the iframe placeholders (with each purpose's
// label under "label:ID") and the reopen control.
func LoaderTexts(cfg Config, s Strings, lang string) map[string]string {
	t := map[string]string{"placeholder": s.Placeholder, "placeholder_accept": s.PlaceholderAccept,
		"reopen": cfg.Text(lang, "reopen", s.Reopen)}
	for _, p := range cfg.Purposes {
		t["label:"+p.ID] = Localized(p.Label, lang)
	}
	return t
}

// AppendJSON appends the node as JSON: ["tag",["name","value",...],"text",[kids...]], a text node as a string.
func (n *Node) AppendJSON(b []byte) []byte {
	if n.Tag == "" {
		return appendJSONString(b, n.Text)
	}
	b = append(b, '[')
	b = appendJSONString(b, n.Tag)
	b = append(b, ",["...)
	for i, a := range n.Attrs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, a.Name)
		b = append(b, ',')
		b = appendJSONString(b, a.Value)
	}
	b = append(b, "],"...)
	b = appendJSONString(b, n.Text)
	b = append(b, ",["...)
	for i, k := range n.Kids {
		if i > 0 {
			b = append(b, ',')
		}
		b = k.AppendJSON(b)
	}
	return append(b, "]]"...)
}

func appendStrings(b []byte, list []string) []byte {
	b = append(b, '[')
	for i, s := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return append(b, ']')
}

func appendStringMap(b []byte, m map[string]string) []byte {
	b = append(b, '{')
	for i, k := range sortedKeys(m) {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, k)
		b = append(b, ':')
		b = appendJSONString(b, m[k])
	}
	return append(b, '}')
}

func appendBoolMap(b []byte, keys []string, m map[string]bool) []byte {
	b = append(b, '{')
	for i, k := range keys {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, k)
		b = append(b, ':')
		b = strconv.AppendBool(b, m[k])
	}
	return append(b, '}')
}

// sortedKeys returns the keys of m in byte order (insertion sort: a few dozen keys, and no package sort in the
// wasm).
func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j-1], keys[j] = keys[j], keys[j-1]
		}
	}
	return keys
}

// appendJSONString appends s as a JSON string: quotes, backslashes and control characters escaped, U+2028 and
// U+2029 too (so the text is also a valid JavaScript literal inside a script), everything else as UTF-8.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c == '\n':
			b = append(b, '\\', 'n')
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&15])
		case c == '<': // never "</script>" inside a script
			b = append(b, '\\', 'u', '0', '0', '3', 'c')
		case c == 0xe2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xa8 || s[i+2] == 0xa9):
			b = append(b, '\\', 'u', '2', '0', '2', hex[8+s[i+2]-0xa8])
			i += 2
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}
