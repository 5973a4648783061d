package rules

import "sync"

// Compiling the law tables once, at package initialisation, into per-channel rule lists whose reasons
// (including every explanation of a failed soft opt-in) are ready-made lists of rule ids: DecideBrief then
// allocates nothing, and Decide only swaps each list for its texts (decide_text.go). This is the decision side
// of the tables (see law.go): nothing here may refer to the fact lists or the explanation sentences. The
// compiled tables are never modified afterwards.

// compiled is a jurisdiction table indexed by channel.
type compiled struct {
	src       *jurisdiction
	byChannel [numChannels][]*compiledRule
	// objection is the engine-level rule every table shares: once the person has objected to direct
	// marketing (for post, scenario field on_optout_register: an objection to the sender or the country's
	// postal opt-out list), their data may no longer be used for it (GDPR Art 21(3); UK GDPR Art 21(3);
	// Switzerland: revDSG art. 30(2)(b)), so an opt-out answer for post becomes prior consent.
	objection *compiledRule
}

// compiledRule is a rule with its reasons precomputed, as indexes into state.lists.
type compiledRule struct {
	when                 *when
	model, register, doi string
	duties               dutySet
	reasons              int32 // the rule's own reasons, then the table's note
	explain              []*softOptIn
	fails                [][numFailSlots]int32 // fails[i][slot]: the reasons when explain[i] failed at slot
}

// state is everything compiled from the tables.
type state struct {
	byCode [26 * 26]*compiled // by country code, see codeIndex
	// lists holds every list of rule ids a decision can carry, each capped so that an append copies it.
	lists  [][]string
	routes []explained // every route a rule explains, in compile order
	codes  []string    // sorted
}

// explained is a soft opt-in route that some rule explains, with the rule id of each of its failures.
type explained struct {
	route *softOptIn
	ids   [numFailSlots]string
}

var law = compileAll()

// compileAll compiles every table once. It uses slices rather than maps: there are a few dozen tables
// and routes, and the wasm widget pays for every map type it links.
func compileAll() *state {
	st := &state{}
	var done []*compiled
	for _, c := range countryTables {
		var t *compiled
		for _, d := range done {
			if d.src == c.law {
				t = d
			}
		}
		if t == nil {
			t = st.compileTable(c.law)
			done = append(done, t)
		}
		st.byCode[codeIndex(c.code[0], c.code[1])] = t
		st.codes = append(st.codes, c.code)
	}
	sortStrings(st.codes)
	return st
}

// compileTable compiles one table.
func (st *state) compileTable(j *jurisdiction) *compiled {
	id := "EU.GDPR.21.3"
	if j.Code == "GB" {
		id = "GB.UKGDPR.21.3"
	} else if j.Code == "CH" {
		id = "CH.DSG.30.2.b"
	}
	t := &compiled{src: j, objection: &compiledRule{model: ModelOptIn, reasons: st.addList([]string{id}, "", j.Note)}}
	for i := range j.Rules {
		r := &j.Rules[i]
		cr := &compiledRule{when: &r.When, model: r.Then.Model, register: r.Then.RegisterCheck,
			doi: r.Then.DoubleOptIn, duties: dutiesOf(&r.Then), explain: r.Then.Explain}
		cr.reasons = st.addList(r.Then.Reasons, "", j.Note)
		for _, route := range r.Then.Explain {
			ids := st.failureIDs(route)
			var fails [numFailSlots]int32
			for slot := range fails {
				fails[slot] = st.addList(r.Then.Reasons, ids[slot], j.Note)
			}
			cr.fails = append(cr.fails, fails)
		}
		for c := channel(0); c < numChannels; c++ {
			if r.When.Channels&(1<<c) != 0 {
				t.byChannel[c] = append(t.byChannel[c], cr)
			}
		}
	}
	return t
}

// addList adds the list base, then extra and note if set, and returns its index. Without either it adds
// base itself, capped so that an append by a caller copies.
func (st *state) addList(base []string, extra, note string) int32 {
	list := base[:len(base):len(base)]
	if extra != "" || note != "" {
		out := make([]string, 0, len(base)+2)
		out = append(out, base...)
		if extra != "" {
			out = append(out, extra)
		}
		if note != "" {
			out = append(out, note)
		}
		list = out[:len(out):len(out)]
	}
	st.lists = append(st.lists, list)
	return int32(len(st.lists) - 1)
}

// failureIDs returns the rule ids of the failures of route, making them the first time.
func (st *state) failureIDs(route *softOptIn) [numFailSlots]string {
	for _, e := range st.routes {
		if e.route == route {
			return e.ids
		}
	}
	e := explained{route: route}
	for slot, code := range failCodes {
		e.ids[slot] = route.Rule + "." + code
	}
	st.routes = append(st.routes, e)
	return e.ids
}

// ruleSet is every rule id a decision can carry, built on first use by knownRule.
var (
	ruleSetOnce sync.Once
	ruleSet     map[string]bool
)

// knownRule reports whether a decision can carry the rule id. Unlike LookupRule it needs only the decision
// side, so record validation does not link the texts.
func knownRule(id string) bool {
	ruleSetOnce.Do(func() {
		ruleSet = make(map[string]bool)
		for _, ids := range law.lists {
			for _, x := range ids {
				ruleSet[x] = true
			}
		}
		for _, a := range digitalAges {
			ruleSet[a.rule] = true
		}
	})
	return ruleSet[id]
}

// codeIndex maps an upper-case two-letter code to its slot in state.byCode.
func codeIndex(a, b byte) int { return int(a-'A')*26 + int(b-'A') }

// tableFor returns the compiled table for a country code (any case; "UK" and "EL" aliases), or nil.
func tableFor(code string) *compiled {
	a, b, ok := upperCode(code)
	if !ok {
		return nil
	}
	return law.byCode[codeIndex(a, b)]
}

// upperCode returns code in upper case with aliases resolved, if it is two ASCII letters.
func upperCode(code string) (byte, byte, bool) {
	if len(code) != 2 {
		return 0, 0, false
	}
	a, b := asciiUpper(code[0]), asciiUpper(code[1])
	if a < 'A' || a > 'Z' || b < 'A' || b > 'Z' {
		return 0, 0, false
	}
	switch {
	case a == 'U' && b == 'K':
		a, b = 'G', 'B'
	case a == 'E' && b == 'L':
		a, b = 'G', 'R'
	}
	return a, b, true
}

func asciiUpper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// normalizeCountry returns the canonical code of a supported country.
func normalizeCountry(code string) (string, bool) {
	a, b, ok := upperCode(code)
	if !ok || law.byCode[codeIndex(a, b)] == nil {
		return "", false
	}
	return string([]byte{a, b}), true
}

// Country describes a supported country: its code, English name and the law table that applies to it (its
// own code, or "EU" where the EU baseline applies).
type Country struct {
	Code, Name, Law string
}

// Countries returns the codes of every supported country, sorted (a fresh slice).
func Countries() []string { return append([]string(nil), law.codes...) }

// CountryCode returns the code the rules know a country by (any case; aliases such as "UK" and "EL" give "GB"
// and "GR"), and false for a country the rules do not cover. Unlike LookupCountry it does not link the
// country tables' names, so the widget's wasm can call it.
func CountryCode(code string) (string, bool) { return normalizeCountry(code) }

// LookupCountry describes the country with the given code (any case, aliases accepted).
func LookupCountry(code string) (Country, bool) {
	c, ok := normalizeCountry(code)
	if !ok {
		return Country{}, false
	}
	for _, t := range countryTables {
		if t.code == c {
			return Country{Code: t.code, Name: t.name, Law: t.law.Code}, true
		}
	}
	return Country{}, false
}

// sortStrings sorts s in place: an insertion sort, as the lists are short, which keeps package sort (and
// its generic instantiations) out of the wasm widget.
func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j-1], s[j] = s[j], s[j-1]
		}
	}
}
