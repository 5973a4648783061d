// Package prerender writes a site's loader: the widget's loader (dist/assent.js) with the site's paint data in
// front of it, so the loader paints the consent banner on a first visit without waiting for the engine (Go
// wasm). The paint data (widget.Paint) holds the site config, the layers of every language the site offers as
// node trees rendered by the widget's own view code, and the cookie decision of every country the rules know,
// made by the rules as of a date. `assent serve` serves it as GET /v1/sites/{site}/assent.js.
//
// It runs natively (it uses encoding/json and crypto/sha256, which the widget's wasm must not link).
package prerender

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/assent-dev/assent/rules"
	"github.com/assent-dev/assent/widget"
	"github.com/assent-dev/assent/widget/i18n"
)

// MaxCatalogLanguages is how many of the widget's own languages a site loader carries when the site config
// names none: the best matches of the request's Accept-Language, then English.
const MaxCatalogLanguages = 3

// ParseConfig reads a site config (assent.json) as the engine reads it in the browser (widget.ReadConfig):
// labels and descriptions are a string or a map by language, a missing consent_mode means true, values of the
// wrong type are left empty.
func ParseConfig(data []byte) (widget.Config, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return widget.Config{}, fmt.Errorf("prerender: config: %w", err)
	}
	c := widget.Config{Site: str(raw["site"]), Endpoint: strings.TrimRight(str(raw["endpoint"]), "/"),
		VerifierKey: str(raw["verifier_key"]), Revision: str(raw["revision"]), Languages: strList(raw["languages"]),
		UseConsentMode: raw["consent_mode"] == nil || truthy(raw["consent_mode"]), Europe: str(raw["scope"]) == "europe"}
	var cm struct {
		Enabled *bool `json:"enabled"`
	}
	if json.Unmarshal(raw["consent_mode"], &cm) == nil && cm.Enabled != nil {
		c.UseConsentMode = *cm.Enabled
	}
	var days float64
	if json.Unmarshal(raw["expiry_days"], &days) == nil {
		c.ExpiryDays = int(days)
	}
	var ctl map[string]json.RawMessage
	if json.Unmarshal(raw["controller"], &ctl) == nil {
		c.Controller, c.PolicyURL = str(ctl["name"]), str(ctl["policy_url"])
	}
	var ps []map[string]json.RawMessage
	json.Unmarshal(raw["purposes"], &ps)
	for _, p := range ps {
		cp := widget.ConfigPurpose{ID: str(p["id"]), Required: truthy(p["required"]), Label: strMap(p["label"]),
			Description: strMap(p["description"]), ConsentMode: strList(p["consent_mode"]),
			Exempt: truthy(p["analytics_exemption"])}
		var ss []map[string]json.RawMessage
		json.Unmarshal(p["services"], &ss)
		for _, s := range ss {
			cp.Services = append(cp.Services, widget.Service{Name: str(s["name"]), Provider: str(s["provider"]),
				Retention: str(s["retention"]), Cookies: strList(s["cookies"])})
		}
		c.Purposes = append(c.Purposes, cp)
	}
	c.Texts = map[string]map[string]string{}
	var ts map[string]json.RawMessage
	json.Unmarshal(raw["texts"], &ts)
	for k, v := range ts {
		c.Texts[k] = strMap(v)
	}
	return c, nil
}

// Paint returns the paint data of a site (widget.Paint.AppendJSON) as of date (YYYY-MM-DD): the layers of each
// language the config names (or, when it names none, of the widget's languages that best match accept, the
// request's Accept-Language tags, and English), with and without GPC, and the decision of every country the
// rules know and of an unknown one.
func Paint(cfg widget.Config, date string, accept []string) []byte {
	p := widget.Paint{Config: cfg, CSS: widget.CSS, GPC: []bool{false}, Date: date}
	for _, lang := range languages(cfg, accept) {
		s := *i18n.Lookup(lang)
		sum := sha256.Sum256([]byte(widget.NoticeText(widget.BuildView(cfg, s, lang, false))))
		p.Shells = append(p.Shells, widget.Shell{Lang: lang, S: s, Notice: hex.EncodeToString(sum[:])})
	}
	seen := map[string]int{}
	cs := []string{""}
	if cfg.Europe {
		cs = append(cs, "*") // any country outside the rules' (scope "europe")
	}
	for _, c := range append(cs, rules.Countries()...) { // sorted
		d := widget.DecideCookies(cfg, c, date)
		var key bytes.Buffer
		json.NewEncoder(&key).Encode([]any{d.Jurisdiction, d.Model, d.Rules, d.Banner, d.Out, d.Notice, d.Objectable})
		i, ok := seen[key.String()]
		if !ok {
			i = len(p.Decisions)
			seen[key.String()] = i
			d.Country = "" // shared by several countries: the loader knows which it asked for
			p.Decisions = append(p.Decisions, d)
		}
		p.Countries = append(p.Countries, c)
		p.DecisionOf = append(p.DecisionOf, i)
	}
	return withGPCPatches(p)
}

// withGPCPatches returns p's JSON with each language's GPC variants as patches of the plain ones: "bgi" and
// "pgi" are {"i": index, "n": node}, the one node the GPC variant inserts among the root's children (the note
// that the signal was honoured); a variant that differs otherwise is sent whole as "bg" and "pg".
func withGPCPatches(p widget.Paint) []byte {
	var out map[string]json.RawMessage
	var langs map[string]map[string]json.RawMessage
	json.Unmarshal(p.AppendJSON(nil), &out)
	json.Unmarshal(out["langs"], &langs)
	for _, sh := range p.Shells {
		plain, gpc := widget.BuildView(p.Config, sh.S, sh.Lang, false), widget.BuildView(p.Config, sh.S, sh.Lang, true)
		for _, l := range []struct {
			key        string
			plain, gpc *widget.Node
		}{{"b", widget.Banner(plain), widget.Banner(gpc)}, {"p", widget.Preferences(plain), widget.Preferences(gpc)}} {
			if i, n, ok := insertedKid(l.plain, l.gpc); ok {
				langs[sh.Lang][l.key+"gi"] = json.RawMessage(`{"i":` + strconv.Itoa(i) + `,"n":` + string(n.AppendJSON(nil)) + `}`)
			} else {
				langs[sh.Lang][l.key+"g"] = json.RawMessage(l.gpc.AppendJSON(nil))
			}
		}
	}
	out["langs"], _ = json.Marshal(langs)
	b, _ := json.Marshal(out)
	return b
}

// insertedKid reports whether b is a with one more child at the root, and which.
func insertedKid(a, b *widget.Node) (int, *widget.Node, bool) {
	if len(b.Kids) != len(a.Kids)+1 || string(a.AppendJSON(nil)) == string(b.AppendJSON(nil)) {
		return 0, nil, false
	}
	for i := range b.Kids {
		t := *b
		t.Kids = append(append([]*widget.Node(nil), b.Kids[:i]...), b.Kids[i+1:]...)
		if string(t.AppendJSON(nil)) == string(a.AppendJSON(nil)) {
			return i, b.Kids[i], true
		}
	}
	return 0, nil, false
}

// languages are the languages a site loader carries.
func languages(cfg widget.Config, accept []string) []string {
	var out []string
	add := func(l string) {
		for _, o := range out {
			if o == l {
				return
			}
		}
		out = append(out, l)
	}
	for _, l := range cfg.Languages {
		if strings.TrimSpace(l) != "" {
			add(l)
		}
	}
	if len(out) > 0 {
		return out
	}
	for _, a := range accept {
		if len(out) >= MaxCatalogLanguages-1 {
			break
		}
		add(widget.CatalogTag(a))
	}
	add("en")
	return out
}

// Loader returns a site's loader: {"base": where the widget's files are, relative to the loader's own URL,
// "config": the site config (compact JSON), "paint": the paint data as a JSON string} assigned to window.__assentPaint, then the
// widget's loader (the built dist/assent.js), which takes it. A "<" in the config is escaped, so the script can
// be inlined in a page too.
func Loader(loader []byte, base string, config, paint []byte) []byte {
	var b bytes.Buffer
	b.WriteString(`window.__assentPaint={"base":`)
	b.Write(jsonString(base))
	b.WriteString(`,"config":`)
	b.Write(bytes.ReplaceAll(config, []byte("<"), []byte(`\u003c`)))
	b.WriteString(`,"paint":`)
	b.Write(jsonString(string(paint))) // a string: a returning visitor's loader never parses it
	b.WriteString("};\n")
	b.Write(loader)
	return b.Bytes()
}

// Build returns the site loader of a site config (assent.json) as of date (YYYY-MM-DD): its paint data (Paint,
// for the languages the config names or else the best matches of accept) and the compact config in front of
// loader (Loader, the widget's files at base). langVary says the config names no languages, so the languages
// carried were chosen by accept. `assent serve`'s GET /v1/sites/{site}/assent.js and the config builder's
// preview (the tools wasm, in the page) build with it.
func Build(loader, config []byte, base, date string, accept []string) (out []byte, langVary bool, err error) {
	cfg, err := ParseConfig(config)
	if err != nil {
		return nil, false, err
	}
	var compact bytes.Buffer
	if err := json.Compact(&compact, config); err != nil {
		return nil, false, fmt.Errorf("prerender: config: %w", err)
	}
	return Loader(loader, base, compact.Bytes(), Paint(cfg, date, accept)), len(cfg.Languages) == 0, nil
}

// AcceptLanguages returns the language tags of an Accept-Language header in the order given, without weights
// of zero.
func AcceptLanguages(header string) []string {
	var out []string
	for _, part := range strings.Split(header, ",") {
		tag, params, _ := strings.Cut(part, ";")
		tag = strings.TrimSpace(tag)
		if tag == "" || tag == "*" || strings.ReplaceAll(strings.TrimSpace(params), " ", "") == "q=0" {
			continue
		}
		out = append(out, tag)
	}
	return out
}

func jsonString(s string) []byte {
	b, _ := json.Marshal(s)
	return b
}

func str(m json.RawMessage) string {
	var s string
	if json.Unmarshal(m, &s) != nil {
		return ""
	}
	return s
}

func strList(m json.RawMessage) []string {
	var list []json.RawMessage
	if json.Unmarshal(m, &list) != nil {
		return nil
	}
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = str(v)
	}
	return out
}

func strMap(m json.RawMessage) map[string]string {
	out := map[string]string{}
	var s string
	if json.Unmarshal(m, &s) == nil {
		out[""] = s
		return out
	}
	var obj map[string]json.RawMessage
	json.Unmarshal(m, &obj)
	for k, v := range obj {
		out[k] = str(v)
	}
	return out
}

// truthy is JavaScript's truthiness of a JSON value.
func truthy(m json.RawMessage) bool {
	switch strings.TrimSpace(string(m)) {
	case "", "null", "false", "0", `""`, "-0":
		return false
	}
	return true
}
