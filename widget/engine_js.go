//go:build js && wasm

package widget

import (
	"errors"
	"strings"
	"sync"
	"syscall/js"

	"github.com/assent-dev/assent/rules"
)

// Engine is the running widget of one page. The loader (wasm/assent.js) owns the screen: it paints the layers
// from paint data, takes the clicks, applies a choice at once and keeps it as a pending choice; the engine
// writes the paint data for its visitor (so the loader keeps or corrects what it painted), seals pending choices
// into records on this browser's hash chain, draws marketing forms and syncs records with the endpoint.
type Engine struct {
	b      js.Value // the loader's bridge (Assent._)
	doc    js.Value
	cfg    Config
	lang   string
	s      *Strings
	gpc    bool
	dec    Decision      // the cookie decision for this visitor, today
	store  ProofStore    // set once, before stored is closed: use proofs()
	stored chan struct{} // closed when the proof store is open
	sealMu sync.Mutex    // one sealing pass at a time
	funcs  []js.Func     // released never: they live as long as the page
	sync   *syncer
}

// Run starts the engine for the loader that loaded it and hands the engine API to the loader. It returns once
// the page is set up; the caller keeps the wasm alive (select {}).
func Run() {
	b := global("Assent").Get("_")
	if !b.Truthy() {
		warn("assent: the engine must be started by assent.js")
		return
	}
	e := &Engine{b: b, doc: global("document")}
	e.cfg = ReadConfig(b.Get("config"))
	e.gpc = b.Get("gpc").Truthy()
	e.lang = MatchLanguage(e.cfg.Languages, str(e.doc.Get("documentElement").Call("getAttribute", "lang")),
		strList(global("navigator").Get("languages")))
	e.s = &Strings{}
	*e.s = English
	go e.start()
}

// start finishes setting up in a goroutine (it awaits the endpoint and the visitor's texts), hands the loader
// the paint data for this visitor, then seals the choices made before the engine arrived once the proof store
// is open, and hands the API to the loader.
func (e *Engine) start() {
	country, texts := make(chan string, 1), make(chan struct{})
	go func() { country <- e.visitorCountry() }() // ask the endpoint
	go func() { e.loadStrings(); close(texts) }() // fetch the visitor's language
	e.stored = make(chan struct{})
	go func() { // and open the proof store, all at once
		if st, err := OpenIDB(e.cfg.Site); err == nil {
			e.store = st
		} else {
			// In memory, with a key pair made for this page only (engine.js's subjectKey without a database), so
			// its records are version 2 like everyone's; a random subject without WebCrypto ECDSA.
			warn("assent: proofs kept in memory only:", err.Error())
			subject := randomID()
			if sk, err := idbCall("subjectKey", nil); err == nil {
				subject = sk.Get("subject").String()
			}
			e.store = NewMemStore(subject)
		}
		close(e.stored)
	}()
	c := <-country
	<-texts
	e.dec = DecideCookies(e.cfg, c, now()[:10])
	e.sync = newSyncer(e)
	e.b.Call("adopt", string(e.paint()))
	e.renderForms()
	api := e.api()
	<-e.stored
	e.sealPending() // before the API: Assent.records() then lists every choice made before the engine came
	e.b.Call("ready", api)
	e.sync.flush()
}

// paint is the loader's paint data for this visitor: its language, its GPC signal and today's decision for
// its country.
func (e *Engine) paint() []byte {
	p := Paint{Config: e.cfg, CSS: CSS, Shells: []Shell{{Lang: e.lang, S: *e.s}}, GPC: []bool{e.gpc},
		Decisions: []Decision{e.dec}, Countries: []string{""}, DecisionOf: []int{0}, Date: now()[:10]}
	return p.AppendJSON(nil)
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

// visitorCountry is the loader's answer: the endpoint's /v1/context, else the region of the browser's language.
func (e *Engine) visitorCountry() string {
	c, err := await(e.b.Call("country"))
	if err != nil {
		return ""
	}
	return str(c)
}

// pendingChoice is a choice the loader applied and kept (localStorage) for the engine to seal.
type pendingChoice struct {
	id, action, time, lang, country, notice string
	gpc                                     bool
	picks                                   map[string]bool
	ui                                      *rules.UIMeasurement
	cm                                      map[string]string // the Consent Mode state the loader pushed
}

func readPending(v js.Value) pendingChoice {
	p := pendingChoice{id: str(v.Get("id")), action: str(v.Get("action")), time: str(v.Get("time")),
		lang: str(v.Get("lang")), country: str(v.Get("country")), notice: str(v.Get("n")), gpc: v.Get("gpc").Truthy()}
	if pk := v.Get("picks"); pk.Type() == js.TypeObject {
		p.picks = map[string]bool{}
		keys := global("Object").Call("keys", pk)
		for i := 0; i < keys.Length(); i++ {
			k := keys.Index(i).String()
			p.picks[k] = pk.Get(k).Truthy()
		}
	}
	p.ui = uiFromJS(v.Get("ui"))
	if cm := v.Get("cm"); cm.Type() == js.TypeObject {
		p.cm = strMap(cm)
	}
	return p
}

// sealPending seals every pending choice of this site (this tab's and any other's) into a record, once: a
// choice whose id is already on the chain (another tab sealed it) is only cleared.
func (e *Engine) sealPending() map[string]Entry {
	e.sealMu.Lock()
	defer e.sealMu.Unlock()
	out := map[string]Entry{}
	list := e.b.Call("pending")
	for i := 0; i < list.Length(); i++ {
		p := readPending(list.Index(i))
		ent, err := e.seal(p)
		if err != nil {
			warn("assent: could not record the choice:", err.Error())
			continue
		}
		out[p.id] = ent
		e.b.Call("done", p.id)
	}
	if len(out) > 0 {
		e.b.Call("queue", len(out)+e.sync.pending())
		e.sync.flush()
	}
	return out
}

// sealedError says a pending choice is on the chain already. A type, not a package-level errors.New: a package
// variable with an initialiser gives the package an init function, which linked the whole language catalog
// into the wasm (+13 KB brotli, measured) while the catalog was Go code in this package (now widget/i18n).
type sealedError struct{}

func (sealedError) Error() string { return "widget: already sealed" }

// seal stores p as a record on the chain, or returns the stored entry when its id is there already.
func (e *Engine) seal(p pendingChoice) (Entry, error) {
	if p.id == "" || p.time == "" {
		return Entry{}, errors.New("widget: malformed pending choice")
	}
	purposes := e.cfg.Choice(p.action, p.picks, p.gpc)
	dec := DecideCookies(e.cfg, p.country, p.time[:10])
	notice := p.notice
	if p.lang == e.lang || notice == "" {
		h, err := sha256Hex(NoticeText(BuildView(e.cfg, *e.s, e.lang, false)))
		if err != nil {
			return Entry{}, err
		}
		notice = h
	}
	r := rules.Record{V: 1, ID: p.id, Site: e.cfg.Site, Time: p.time, Action: p.action, Purposes: purposes,
		Jurisdiction: dec.Jurisdiction, Decision: rules.RecordDecision{Model: dec.Model, Rules: dec.Rules},
		Revision: e.cfg.Revision, Language: p.lang, NoticeHash: notice, UI: p.ui,
		Signals: rules.Signals{GPC: p.gpc, ConsentMode: p.cm}}
	if len(p.cm) == 0 { // a choice kept by an earlier loader
		r.Signals.ConsentMode = e.cfg.ConsentMode(purposes)
	}
	var found Entry
	ent, err := e.proofs().Append(func(prev string) (Entry, error) {
		list, err := e.proofs().List()
		if err != nil {
			return Entry{}, err
		}
		for _, en := range list {
			if en.ID == p.id {
				found = en
				return Entry{}, sealedError{}
			}
		}
		r.Subject, r.Prev = e.proofs().Subject(), prev
		h, body, err := sealRecord(r)
		return Entry{ID: r.ID, Hash: h, Record: body}, err
	})
	if _, ok := err.(sealedError); ok {
		return found, nil
	}
	if err == nil {
		for id, on := range purposes {
			if !on {
				e.deleteCookies(id)
			}
		}
	}
	return ent, err
}

// record seals a record the engine makes itself (marketing forms) onto this browser's chain and stores it.
func (e *Engine) record(action string, purposes map[string]bool, ui *rules.UIMeasurement, form *rules.Form, dec *rules.RecordDecision) (Entry, error) {
	notice, err := sha256Hex(NoticeText(BuildView(e.cfg, *e.s, e.lang, false)))
	if err != nil {
		return Entry{}, err
	}
	r := rules.Record{V: 1, ID: global("crypto").Call("randomUUID").String(), Site: e.cfg.Site,
		Subject: e.proofs().Subject(), Time: now(), Action: action, Purposes: purposes,
		Jurisdiction: e.dec.Jurisdiction, Decision: *dec, Revision: e.cfg.Revision, Language: e.lang,
		NoticeHash: notice, UI: ui, Signals: rules.Signals{GPC: e.gpc, ConsentMode: e.cfg.ConsentMode(purposes)}, Form: form}
	if st := e.b.Call("state"); st.Type() == js.TypeObject { // what the loader pushed for the current choice
		if cm := strMap(st.Get("consent_mode")); len(cm) > 0 {
			r.Signals.ConsentMode = cm
		}
	}
	return e.proofs().Append(func(prev string) (Entry, error) {
		r.Prev = prev
		h, body, err := sealRecord(r)
		return Entry{ID: r.ID, Hash: h, Record: body}, err
	})
}

// current returns the purposes of the visitor's current choice (every configured purpose; required ones on).
func (e *Engine) current() map[string]bool {
	picks := map[string]bool{}
	if st := e.b.Call("state"); st.Truthy() {
		ps := st.Get("purposes")
		for _, p := range e.cfg.Purposes {
			picks[p.ID] = ps.Get(p.ID).Truthy()
		}
	}
	return e.cfg.Choice("save", picks, e.gpc)
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
