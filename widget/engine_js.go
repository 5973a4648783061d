//go:build js && wasm

package widget

import (
	"errors"
	"strings"
	"syscall/js"

	"github.com/assent-dev/assent/rules"
)

// Engine is the running widget of one page.
type Engine struct {
	b       js.Value // the loader's bridge (Assent._)
	doc     js.Value
	cfg     Config
	lang    string
	s       *Strings
	gpc     bool
	country string            // ISO 3166-1 alpha-2 of the visitor, or "" when unknown
	models  map[string]string // purpose id -> consent model
	rules   []string          // rule ids behind the decision
	model   string            // the strictest model over the purposes
	store   ProofStore        // set once, before stored is closed: use proofs()
	stored  chan struct{}     // closed when the proof store is open
	layer   js.Value          // the layer on screen, or null
	layerN  int               // 1 banner, 2 preferences
	picks   map[string]bool   // the visitor's current purposes
	funcs   []js.Func         // released never: they live as long as the page
	sync    *syncer
}

// Run starts the engine for the loader that loaded it and hands the engine API to the loader. It returns once
// the page is set up; the caller keeps the wasm alive (select {}).
func Run() {
	b := global("Assent").Get("_")
	if !b.Truthy() {
		warn("assent: the engine must be started by assent.js")
		return
	}
	e := &Engine{b: b, doc: global("document"), layer: js.Null()}
	e.cfg = ReadConfig(b.Get("config"))
	e.gpc = b.Get("gpc").Truthy()
	e.lang = MatchLanguage(e.cfg.Languages, str(e.doc.Get("documentElement").Call("getAttribute", "lang")),
		strList(global("navigator").Get("languages")))
	e.s = &Strings{}
	*e.s = English
	e.picks = map[string]bool{}
	if st := b.Call("state"); st.Truthy() {
		ps := st.Get("purposes")
		for _, p := range e.cfg.Purposes {
			e.picks[p.ID] = ps.Get(p.ID).Truthy()
		}
	}
	go e.start()
}

// start finishes setting up in a goroutine (it awaits the endpoint and the visitor's texts), then shows the
// banner if the visitor has no valid choice and hands the API to the loader once the proof store is open.
// The banner does not wait for IndexedDB: nothing it shows comes from there, and a choice made before the store
// is open waits for it (proofs).
func (e *Engine) start() {
	country, texts := make(chan string, 1), make(chan struct{})
	go func() { country <- e.visitorCountry() }() // ask the endpoint
	go func() { e.loadStrings(); close(texts) }() // fetch the visitor's language
	e.stored = make(chan struct{})
	go func() { // and open the proof store, all at once
		if st, err := OpenIDB(e.cfg.Site); err == nil {
			e.store = st
		} else {
			warn("assent: proofs kept in memory only:", err.Error())
			e.store = NewMemStore(randomID())
		}
		close(e.stored)
	}()
	e.country = <-country
	<-texts
	e.b.Set("t", e.loaderStrings())
	e.b.Call("gate") // placeholders in the visitor's language
	e.decide()
	e.sync = newSyncer(e)
	e.renderForms()
	api := e.api()
	if !e.b.Call("state").Truthy() {
		if e.needsBanner() {
			e.show(1)
		} else {
			// Only strictly necessary (or exempt) purposes: nothing to ask. Apply without a record.
			e.b.Call("apply", e.stateValue(e.cfg.Choice("accept_all", nil, false), ""))
		}
	}
	e.b.Call("reopen", e.layer.IsNull())
	<-e.stored
	e.b.Call("ready", api)
	e.sync.flush()
}

// proofs returns the proof store, waiting until it is open.
func (e *Engine) proofs() ProofStore {
	<-e.stored
	return e.store
}

// loadStrings sets the widget's texts to the catalog language that serves e.lang. English is built in; any
// other language is fetched from the build's language file (the loader's "strings" URL with {lang} replaced),
// and a text the file lacks, or a file that cannot be fetched, leaves English in its place.
func (e *Engine) loadStrings() {
	tag, url := CatalogTag(e.lang), str(e.b.Get("strings"))
	if tag == "en" || url == "" {
		return
	}
	res, err := await(global("fetch").Invoke(strings.Replace(url, "{lang}", tag, 1)))
	if err == nil && !res.Get("ok").Bool() {
		err = errors.New("HTTP " + res.Get("status").Call("toString").String())
	}
	var v js.Value
	if err == nil {
		v, err = await(res.Call("json"))
	}
	if err != nil {
		warn("assent: texts for "+tag+" unavailable, showing English:", err.Error())
		return
	}
	for _, f := range e.s.Fields() {
		if t := str(v.Get(f.Key)); t != "" {
			*f.Text = t
		}
	}
}

// visitorCountry asks the endpoint what the edge knows, then falls back to the region of the browser's language.
func (e *Engine) visitorCountry() string {
	if e.cfg.Endpoint != "" { // engine.js asks, within 1.5 s; the loader has usually asked already
		if c, err := await(global("__assent").Call("context", e.cfg.Endpoint)); err == nil && str(c) != "" {
			return str(c)
		}
	}
	for _, l := range strList(global("navigator").Get("languages")) {
		if c := RegionOf(l); c != "" {
			return c
		}
	}
	return ""
}

// decide runs the rules for each purpose. An unknown country is decided as the strictest EU reading.
func (e *Engine) decide() {
	e.models = map[string]string{}
	e.rules = nil
	e.model = "exempt"
	date := now()[:10]
	country := e.country
	seen := map[string]bool{}
	for _, p := range e.cfg.Purposes {
		sc := rules.Scenario{Channel: "cookies", Purpose: p.Category(), Date: date, AnalyticsExemption: p.Exempt}
		sc.Country = country
		d, err := rules.DecideBrief(sc)
		if err != nil {
			sc.Country, sc.AnalyticsExemption = StrictestCountry, false
			if d, err = rules.DecideBrief(sc); err != nil {
				e.models[p.ID] = "opt_in"
				continue
			}
		}
		e.models[p.ID] = d.Model
		if d.Model != "exempt" {
			e.model = d.Model
		}
		for _, id := range d.Rules {
			if !seen[id] {
				seen[id] = true
				e.rules = append(e.rules, id)
			}
		}
	}
}

func (e *Engine) needsBanner() bool {
	for _, p := range e.cfg.Purposes {
		if !p.Required && e.models[p.ID] != "exempt" {
			return true
		}
	}
	return false
}

func (e *Engine) jurisdiction() string {
	_, j := Reading(e.country) // a country outside the rules is decided as DE and recorded as EU
	return j
}

// view is what the layers show, localised.
func (e *Engine) view() View {
	s := *e.s // the config's texts may override the widget's own labels
	for _, o := range []struct {
		key string
		dst *string
	}{{"accept_all", &s.AcceptAll}, {"reject_all", &s.RejectAll}, {"customise", &s.Customise}, {"save", &s.Save},
		{"preferences_title", &s.Preferences}, {"reopen", &s.Reopen}} {
		*o.dst = e.cfg.Text(e.lang, o.key, *o.dst)
	}
	v := View{Lang: e.lang, S: &s, GPC: e.gpc, PolicyURL: e.cfg.PolicyURL, Controller: e.cfg.Controller,
		Title: e.cfg.Text(e.lang, "title", e.s.Title), Body: e.cfg.Text(e.lang, "body", e.s.Body)}
	for _, p := range e.cfg.Purposes {
		v.Purposes = append(v.Purposes, Purpose{ID: p.ID, Label: Localized(p.Label, e.lang),
			Description: Localized(p.Description, e.lang), Required: p.Required, On: p.Required || e.picks[p.ID],
			Services: p.Services})
	}
	return v
}

// loaderStrings are the texts the loader shows without the engine (placeholders, the reopen control).
func (e *Engine) loaderStrings() js.Value {
	t := object("placeholder", e.s.Placeholder, "placeholder_accept", e.s.PlaceholderAccept, "reopen", e.s.Reopen)
	for _, p := range e.cfg.Purposes {
		t.Set("label:"+p.ID, Localized(p.Label, e.lang))
	}
	return t
}

// show renders layer n (1 the banner, 2 the preferences), moves focus into it and checks what it rendered.
func (e *Engine) show(n int) {
	root := e.b.Call("root")
	e.hide()
	if root.Call("querySelector", "style[data-assent-style]").IsNull() {
		st := e.doc.Call("createElement", "style")
		st.Call("setAttribute", "data-assent-style", "")
		st.Set("textContent", CSS)
		root.Call("appendChild", st)
		e.listen(root)
	}
	node := Banner(e.view())
	if n == 2 {
		node = Preferences(e.view())
	}
	e.layer = Render(e.doc, node)
	e.layerN = n
	root.Call("appendChild", e.layer)
	e.b.Call("reopen", false)
	first := e.layer.Call("querySelector", "button")
	if n == 2 {
		first = e.layer.Call("querySelector", "input:not([disabled]),button")
	}
	first.Call("focus")
	layer := e.layer
	var check js.Func
	check = js.FuncOf(func(js.Value, []js.Value) any {
		check.Release()
		if m := measure(layer, n); m != nil {
			for _, f := range rules.ValidateUI(*m) {
				warn("assent: "+f.Code+": "+f.Message, "("+f.Cite+")")
			}
		}
		return nil
	})
	global("requestAnimationFrame").Invoke(check)
	e.b.Call("emit", "show", n)
}

// hide removes the layer on screen, if any.
func (e *Engine) hide() {
	if e.layer.IsNull() {
		return
	}
	e.layer.Call("remove")
	e.layer = js.Null()
	e.b.Call("reopen", true)
	e.b.Call("emit", "hide", nil)
}

// listen handles clicks and keys inside the shadow root: the action buttons, Escape, and the focus trap of the
// preferences layer.
func (e *Engine) listen(root js.Value) {
	click := js.FuncOf(func(this js.Value, args []js.Value) any {
		t := args[0].Get("target").Call("closest", "[data-assent-action]")
		if t.IsNull() {
			return nil
		}
		act := t.Call("getAttribute", "data-assent-action").String()
		switch act {
		case "preferences":
			e.show(2)
		case "close":
			e.show(1)
			if e.b.Call("state").Truthy() {
				e.hide()
			}
		case "accept-all", "reject-all", "save":
			ui := measure(e.layer, e.layerN)
			picks := e.readToggles()
			go e.choose(map[string]string{"accept-all": "accept_all", "reject-all": "reject_all", "save": "save"}[act], picks, ui)
		}
		return nil
	})
	key := js.FuncOf(func(this js.Value, args []js.Value) any {
		ev := args[0]
		if e.layerN != 2 || e.layer.IsNull() {
			return nil
		}
		switch ev.Get("key").String() {
		case "Escape":
			ev.Call("preventDefault")
			e.show(1)
			if e.b.Call("state").Truthy() {
				e.hide()
			}
		case "Tab":
			trapFocus(e.layer, root, ev)
		}
		return nil
	})
	e.funcs = append(e.funcs, click, key)
	root.Call("addEventListener", "click", click)
	root.Call("addEventListener", "keydown", key)
}

// trapFocus keeps Tab and Shift+Tab inside the layer.
func trapFocus(layer, root, ev js.Value) {
	items := layer.Call("querySelectorAll", "button:not([disabled]),input:not([disabled]),a[href],summary")
	n := items.Length()
	if n == 0 {
		return
	}
	first, last := items.Index(0), items.Index(n-1)
	active := root.Get("activeElement")
	if ev.Get("shiftKey").Bool() && (active.Equal(first) || active.IsNull()) {
		ev.Call("preventDefault")
		last.Call("focus")
	} else if !ev.Get("shiftKey").Bool() && (active.Equal(last) || active.IsNull()) {
		ev.Call("preventDefault")
		first.Call("focus")
	}
}

// readToggles returns the purposes ticked in the preferences layer (nil when it is not on screen).
func (e *Engine) readToggles() map[string]bool {
	if e.layerN != 2 || e.layer.IsNull() {
		return nil
	}
	m := map[string]bool{}
	boxes := e.layer.Call("querySelectorAll", "input[data-assent-purpose]")
	for i := 0; i < boxes.Length(); i++ {
		b := boxes.Index(i)
		m[b.Call("getAttribute", "data-assent-purpose").String()] = b.Get("checked").Bool()
	}
	return m
}

// choose records a choice (action accept_all, reject_all, save or withdraw), applies it and queues it for the
// endpoint. ui is what was on screen, or nil for a choice made through the JS API.
func (e *Engine) choose(action string, picks map[string]bool, ui *rules.UIMeasurement) (Entry, error) {
	purposes := e.cfg.Choice(action, picks, e.gpc)
	ent, err := e.record(action, purposes, ui, nil, nil)
	if err != nil {
		warn("assent: could not record the choice:", err.Error())
		return ent, err
	}
	for id, on := range purposes {
		if !on {
			e.deleteCookies(id)
		}
	}
	e.picks = purposes
	e.hide()
	e.b.Call("apply", e.stateValue(purposes, ent.ID))
	e.sync.flush()
	return ent, nil
}

// record seals a consent record onto this browser's chain and stores it.
// dec overrides the cookie decision (marketing forms carry their own).
func (e *Engine) record(action string, purposes map[string]bool, ui *rules.UIMeasurement, form *rules.Form, dec *rules.RecordDecision) (Entry, error) {
	notice, err := sha256Hex(NoticeText(e.view()))
	if err != nil {
		return Entry{}, err
	}
	cm := e.cfg.ConsentMode(purposes)
	r := rules.Record{V: 1, ID: global("crypto").Call("randomUUID").String(), Site: e.cfg.Site,
		Subject: e.proofs().Subject(), Time: now(), Action: action, Purposes: purposes,
		Jurisdiction: e.jurisdiction(), Decision: rules.RecordDecision{Model: e.model, Rules: e.rules},
		Revision: e.cfg.Revision, Language: e.lang, NoticeHash: notice, UI: ui,
		Signals: rules.Signals{GPC: e.gpc, ConsentMode: cm}, Form: form}
	if dec != nil {
		r.Decision = *dec
	}
	return e.proofs().Append(func(prev string) (Entry, error) {
		r.Prev = prev
		h, body, err := sealRecord(r)
		return Entry{ID: r.ID, Hash: h, Record: body}, err
	})
}

// stateValue is the loader's state for a choice: what the next visit applies without the engine.
func (e *Engine) stateValue(purposes map[string]bool, recordID string) js.Value {
	days := e.cfg.ExpiryDays
	if days <= 0 {
		days = rules.DefaultExpiryDays
	}
	exp := global("Date").New(global("Date").Call("now").Float() + float64(days)*86400000).Call("toISOString")
	ps := global("Object").New()
	for k, v := range purposes {
		ps.Set(k, v)
	}
	st := object("revision", e.cfg.Revision, "record_id", recordID, "jurisdiction", e.jurisdiction(), "model", e.model)
	st.Set("purposes", ps)
	st.Set("expires_at", exp)
	if e.cfg.UseConsentMode {
		cm := global("Object").New()
		for k, v := range e.cfg.ConsentMode(purposes) {
			cm.Set(k, v)
		}
		st.Set("consent_mode", cm)
	}
	st.Set("t", e.b.Get("t"))
	if e.sync != nil {
		st.Set("q", e.sync.pending())
	}
	return st
}

// deleteCookies removes the cookies the services of a purpose declare (patterns may end in *), on this host and
// its parent domains.
func (e *Engine) deleteCookies(purpose string) {
	var pats []string
	for _, p := range e.cfg.Purposes {
		if p.ID == purpose {
			for _, s := range p.Services {
				pats = append(pats, s.Cookies...)
			}
		}
	}
	if len(pats) == 0 {
		return
	}
	host := global("location").Get("hostname").String()
	for _, name := range CookieNames(str(e.doc.Get("cookie"))) {
		if !MatchAny(pats, name) {
			continue
		}
		for _, dom := range DomainsOf(host) {
			e.doc.Set("cookie", name+"=; Max-Age=0; path=/"+dom)
		}
	}
}
