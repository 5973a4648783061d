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
	Out          bool              // outside the site's scope (scope "europe"): no banner, purposes applied
	// Notice: no purpose needs consent, but one that is not required is exempt on condition that the visitor
	// is informed and may object (rules duty "offer_objection": PECR Sch A1, the CNIL's audience measurement
	// exemption). The loader then applies the purposes and shows the first layer as a notice, whose choices
	// (and the preferences, ticked as applied) are the objection.
	Notice bool
	// Objectable are the purposes (not required) used without consent under such an exemption: the preferences
	// say so under each, and unticking one is the objection.
	Objectable []string
}

// DecideCookies runs the rules for each purpose of cfg for a visitor from country (ISO 3166-1 alpha-2, "" when
// unknown) on date (YYYY-MM-DD). A country the rules do not know is decided as the strictest reading (Reading:
// StrictestCountry, no analytics exemption) and recorded as "EU".
//
// With scope "europe" (cfg.Europe) a visitor from a known country the rules do not cover is Out: no banner.
func DecideCookies(cfg Config, country, date string) Decision {
	d := decideCookies(cfg, country, date)
	d.Out = cfg.Europe && country != "" && d.Jurisdiction == rules.JurisdictionFallback
	d.Banner = d.Banner && !d.Out
	return d
}

func decideCookies(cfg Config, country, date string) Decision {
	rc, j := Reading(country)
	d := Decision{Country: country, Jurisdiction: j, Models: map[string]string{}, Model: rules.ModelExempt}
	seen := map[string]bool{}
	for _, p := range cfg.Purposes {
		// The site's analytics exemption is a local regulator's: it does not count under the strictest reading.
		sc := rules.Scenario{Channel: "cookies", Purpose: p.Category(), Date: date, AnalyticsExemption: p.Exempt && j != rules.JurisdictionFallback,
			Country: rc}
		b, err := rules.DecideBrief(sc)
		if err != nil { // a bad date: ask for consent
			d.Models[p.ID], d.Model, d.Banner = rules.ModelOptIn, rules.ModelOptIn, d.Banner || !p.Required
			continue
		}
		d.Models[p.ID] = b.Model
		if b.Model == rules.ModelExempt && !p.Required && b.Objectable() {
			d.Notice = true
			d.Objectable = append(d.Objectable, p.ID)
		}
		if b.Model != rules.ModelExempt {
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
	_      [0]func() // not comparable: no equality function for Strings in the wasm (4 KB)
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
	GPC       []bool     // the GPC variants to render: {false, true} for the endpoint, the visitor's for the engine
	Decisions []Decision // distinct decisions
	Countries []string   // sorted country codes; "" (first) stands for an unknown country, "*" for any other
	// country (scope "europe": the decision for a country outside the rules')
	DecisionOf []int  // the index in Decisions of each of Countries
	Date       string // the date decided as of
}

// AppendJSON appends p as the JSON the loader reads:
//
//	{"v":1,"date":D,"css":S,"langs":{L:{"b":[banner without GPC],"bg":[with GPC],"p":..,"pg":..,"n":notice,
//	 "t":{"placeholder","placeholder_accept","reopen","label:ID"...: the texts the loader shows by itself}}},"dec":[{"c":country,"j":jurisdiction,"m":model,"r":[rule ids],"banner":bool(,"out":true),"notice":bool}],
//	 "cc":{country:index in dec},"ids":[purpose ids],"req":[required ids],"choices":{"accept_all":{id:bool},
//	 "accept_all_gpc":{..},"reject_all":{..}},"cm":{id:[Consent Mode signals]},"signals":[all managed signals],
//	 "tags":[the widget's languages],"consent_mode":bool,"exp":days}
//
// A node is ["tag",["name","value",...],"text",[kids...]] and a text node a JSON string. A variant not in GPC
// is left out. Keys are written in a fixed order, so equal data gives equal bytes.
func (p Paint) AppendJSON(b []byte) []byte {
	w := &jsonWriter{b: b}
	w.raw(`{"v":1,"date":`)
	w.str(p.Date)
	w.raw(`,"css":`)
	w.str(p.CSS)
	w.raw(`,"langs":{`)
	for i, sh := range p.Shells {
		w.sep(i)
		w.str(sh.Lang)
		w.raw(`:{`)
		for _, gpc := range p.GPC {
			v := BuildView(p.Config, sh.S, sh.Lang, gpc)
			g := ""
			if gpc {
				g = "g"
			}
			w.raw(`"b` + g + `":`)
			w.node(Banner(v))
			w.raw(`,"p` + g + `":`)
			w.node(Preferences(v))
			w.raw(`,`)
		}
		w.raw(`"n":`)
		w.str(sh.Notice)
		w.raw(`,"t":`)
		w.raw(`{"placeholder":`)
		w.str(sh.S.Placeholder)
		w.raw(`,"placeholder_accept":`)
		w.str(sh.S.PlaceholderAccept)
		w.raw(`,"objection":`)
		w.str(sh.S.Objection)
		w.raw(`,"reopen":`)
		w.str(p.Config.Text(sh.Lang, "reopen", sh.S.Reopen))
		for _, pp := range p.Config.Purposes { // the purposes' labels, for the placeholders
			w.raw(`,`)
			w.str("label:" + pp.ID)
			w.raw(`:`)
			w.str(Localized(pp.Label, sh.Lang))
		}
		w.raw(`}}`)
	}
	w.raw(`},"dec":[`)
	for i, d := range p.Decisions {
		w.sep(i)
		w.raw(`{"c":`)
		w.str(d.Country)
		w.raw(`,"j":`)
		w.str(d.Jurisdiction)
		w.raw(`,"m":`)
		w.str(d.Model)
		w.raw(`,"r":`)
		w.strs(d.Rules)
		w.raw(`,"banner":`)
		w.boolean(d.Banner)
		if d.Out {
			w.raw(`,"out":true`)
		}
		if len(d.Objectable) > 0 {
			w.raw(`,"obj":`)
			w.strs(d.Objectable)
		}
		w.raw(`,"notice":`)
		w.boolean(d.Notice && !d.Banner && !d.Out)
		w.raw(`}`)
	}
	w.raw(`],"cc":{`)
	for i, c := range p.Countries {
		w.sep(i)
		w.str(c)
		w.raw(`:`)
		w.raw(strconv.Itoa(p.DecisionOf[i]))
	}
	var ids, req []string
	for _, pp := range p.Config.Purposes {
		ids = append(ids, pp.ID)
		if pp.Required {
			req = append(req, pp.ID)
		}
	}
	w.raw(`},"ids":`)
	w.strs(ids)
	w.raw(`,"req":`)
	w.strs(req)
	w.raw(`,"choices":{`)
	for i, c := range []string{"accept_all", "accept_all_gpc", "reject_all"} {
		w.sep(i)
		w.str(c)
		w.raw(`:{`)
		m := p.Config.Choice(c[:min(len(c), 10)], nil, c == "accept_all_gpc")
		for j, id := range ids {
			w.sep(j)
			w.str(id)
			w.raw(`:`)
			w.boolean(m[id])
		}
		w.raw(`}`)
	}
	w.raw(`},"cm":{`)
	for i, pp := range p.Config.Purposes {
		w.sep(i)
		w.str(pp.ID)
		w.raw(`:`)
		w.strs(pp.Signals())
	}
	w.raw(`},"signals":`)
	w.strs(rules.ChoiceSignals)
	w.raw(`,"tags":`)
	w.strs(Tags[:])
	w.raw(`,"consent_mode":`)
	w.boolean(p.Config.UseConsentMode)
	days := p.Config.ExpiryDays
	if days <= 0 {
		days = rules.DefaultExpiryDays
	}
	w.raw(`,"exp":`)
	w.raw(strconv.Itoa(days))
	w.raw(`}`)
	return w.b
}

// AppendJSON appends the node as JSON: ["tag",["name","value",...],"text",[kids...]], a text node as a string.
func (n *Node) AppendJSON(b []byte) []byte {
	w := &jsonWriter{b: b}
	w.node(n)
	return w.b
}

// jsonWriter writes JSON by hand: the widget's wasm does without encoding/json, and one method call a piece
// compiles to less wasm than appends written out.
type jsonWriter struct{ b []byte }

func (w *jsonWriter) raw(s string) { w.b = append(w.b, s...) }
func (w *jsonWriter) str(s string) { w.b = appendJSONString(w.b, s) }

// sep writes the comma before every item but the first.
func (w *jsonWriter) sep(i int) {
	if i > 0 {
		w.b = append(w.b, ',')
	}
}

func (w *jsonWriter) boolean(v bool) {
	if v {
		w.raw("true")
	} else {
		w.raw("false")
	}
}

func (w *jsonWriter) strs(list []string) {
	w.raw("[")
	for i, s := range list {
		w.sep(i)
		w.str(s)
	}
	w.raw("]")
}

func (w *jsonWriter) node(n *Node) {
	if n.Tag == "" {
		w.str(n.Text)
		return
	}
	w.raw("[")
	w.str(n.Tag)
	w.raw(",[")
	for i, a := range n.Attrs {
		w.sep(i)
		w.str(a.Name)
		w.raw(",")
		w.str(a.Value)
	}
	w.raw("],")
	w.str(n.Text)
	w.raw(",[")
	for i, k := range n.Kids {
		w.sep(i)
		w.node(k)
	}
	w.raw("]]")
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
