package rules

import (
	"strconv"
	"strings"
	"sync"
)

// Compiling the law tables once, at package initialisation, into per-channel rule lists whose reasons
// (including every explanation of a failed soft opt-in) are ready-made slices: Decide then allocates nothing.
// The compiled tables are never modified afterwards.

// compiled is a jurisdiction table indexed by channel.
type compiled struct {
	src       *jurisdiction
	byChannel [numChannels][]*compiledRule
}

// compiledRule is a rule with its reasons precomputed.
type compiledRule struct {
	when                 *when
	model, register, doi string
	reasons              []Reason
	explain              []*softOptIn
	fails                [][numFailSlots][]Reason // fails[i][slot]: reasons when explain[i] failed at slot
}

// state is everything compiled from the tables.
type state struct {
	byCode  [26 * 26]*compiled // by country code, see codeIndex
	reasons []Reason           // every reason in the tables and explanations, in compile order (ruleIndex)
	codes   []string           // sorted
}

var law = compileAll()

// compileAll compiles every table once. It uses slices rather than maps: there are a few dozen tables
// and routes, and the wasm widget pays for every map type it links.
func compileAll() *state {
	st := &state{}
	var done []*compiled
	var failures []routeFailures
	for _, c := range countryTables {
		var t *compiled
		for _, d := range done {
			if d.src == c.law {
				t = d
			}
		}
		if t == nil {
			t = compileTable(c.law, &st.reasons, &failures)
			done = append(done, t)
		}
		st.byCode[codeIndex(c.code[0], c.code[1])] = t
		st.codes = append(st.codes, c.code)
	}
	sortStrings(st.codes)
	return st
}

// routeFailures are the failure reasons of one soft opt-in route, one per slot.
type routeFailures struct {
	route   *softOptIn
	reasons *[numFailSlots]Reason
}

// compileTable compiles one table, appending every reason to ids and reusing the failure reasons of routes
// already seen.
func compileTable(j *jurisdiction, ids *[]Reason, failures *[]routeFailures) *compiled {
	t := &compiled{src: j}
	if j.Note != nil {
		*ids = append(*ids, *j.Note)
	}
	for i := range j.Rules {
		r := &j.Rules[i]
		cr := &compiledRule{when: &r.When, model: r.Then.Model, register: r.Then.RegisterCheck,
			doi: r.Then.DoubleOptIn, explain: r.Then.Explain}
		cr.reasons = withNote(r.Then.Reasons, nil, j.Note)
		*ids = append(*ids, r.Then.Reasons...)
		for _, route := range r.Then.Explain {
			reasons := failuresOf(route, ids, failures)
			var fails [numFailSlots][]Reason
			for slot := range fails {
				fails[slot] = withNote(r.Then.Reasons, &reasons[slot], j.Note)
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

// failuresOf returns the failure reasons of route, making them (and adding them to ids) the first time.
func failuresOf(route *softOptIn, ids *[]Reason, failures *[]routeFailures) *[numFailSlots]Reason {
	for _, f := range *failures {
		if f.route == route {
			return f.reasons
		}
	}
	reasons := new([numFailSlots]Reason)
	for slot := range reasons {
		reasons[slot] = failureReason(route, slot)
		*ids = append(*ids, reasons[slot])
	}
	*failures = append(*failures, routeFailures{route, reasons})
	return reasons
}

// withNote returns base, then extra and note if set. Without either it returns base itself, capped so
// that an append by a caller copies.
func withNote(base []Reason, extra, note *Reason) []Reason {
	if extra == nil && note == nil {
		return base[:len(base):len(base)]
	}
	out := make([]Reason, 0, len(base)+2)
	out = append(out, base...)
	if extra != nil {
		out = append(out, *extra)
	}
	if note != nil {
		out = append(out, *note)
	}
	return out[:len(out):len(out)]
}

// failureReason explains why route failed at slot.
func failureReason(r *softOptIn, slot int) Reason {
	code, text := failureText(r, slot)
	return Reason{Rule: r.Rule + "." + code, Text: text, Cite: r.Cite, URL: r.URL}
}

func failureText(r *softOptIn, slot int) (code, text string) {
	name := r.Name
	switch {
	case slot == failChannel:
		return "channel", "The " + name + " covers only " + channelNames(r.Channels) + ", not this channel."
	case slot == failNotInForce:
		return "in_force", "The " + name + " applies only from " + r.From + "."
	case slot == failSender:
		return "sender", "The " + name + " is not open to this kind of sender: " + senderNames(r.Senders) + " only."
	case slot >= failRelationship && slot < failNotInForce:
		return relationshipFailure(r, relationship(slot-failRelationship))
	case slot == failOtherEntity:
		return "other_entity", "Details collected by another entity (a group company, a platform, a subsidiary) " +
			"cannot be used under the " + name + ": the sender must have collected them itself, directly."
	case slot == failCollectedBefore:
		return "collected_before", "The " + name + " is not retrospective: it covers only details collected on or after " +
			r.CollectedFrom + "."
	case slot == failSimilar:
		return "similar_products", "The " + name + " covers only the sender's own products or services similar to those " +
			"the person bought or asked about."
	case slot == failAtCollection:
		return "optout_at_collection", "The " + name + " needs a simple, free chance to refuse when the details were " +
			"collected; it cannot be added afterwards."
	case slot == failEveryMessage:
		return "optout_in_every_message", "The " + name + " needs a simple, free way to opt out in every message."
	case slot == failMonths:
		return "months", "The " + name + " lapses " + strconv.Itoa(r.MaxMonths) + " months after the last sale."
	case slot == failRegister:
		return "register", "The recipient is on the opt-out register, which rules out the " + name + "."
	}
	return "unknown", "The " + name + " does not apply."
}

func relationshipFailure(r *softOptIn, rel relationship) (code, text string) {
	need := "it needs " + relationshipNames(r.Relationships) + "."
	switch rel {
	case relNone:
		return "relationship_none", "There is no prior relationship, so the " + r.Name + " is not available: " + need
	case relCustomer:
		return "relationship_customer", "A sale does not open the " + r.Name + ": " + need
	case relNegotiation:
		return "relationship_negotiation", "A quote request or negotiation is not enough for the " + r.Name + ": " + need
	case relEnquiry:
		return "relationship_enquiry", "A general enquiry is not a sale or a negotiation for one, so the " + r.Name +
			" is not available: " + need
	case relSupporter:
		return "relationship_supporter", "Supporting a cause does not open the " + r.Name + ": " + need
	case relThirdPartyList:
		return "relationship_third_party_list", "A bought, rented or shared list never qualifies for the " + r.Name +
			": the sender must have collected the details itself, directly from the person."
	}
	return "relationship", need
}

func channelNames(s channelSet) string {
	var out []string
	for c := channel(0); c < numChannels; c++ {
		if s&(1<<c) != 0 {
			out = append(out, channelValues[c])
		}
	}
	return join(out)
}

func senderNames(s senderSet) string {
	var out []string
	for i, v := range senderValues {
		if s&(1<<i) != 0 {
			out = append(out, strings.ReplaceAll(v, "_", " "))
		}
	}
	return join(out) + " senders"
}

func relationshipNames(s relationshipSet) string {
	words := map[relationship]string{relCustomer: "a sale (an existing customer)", relNegotiation: "negotiations for a sale (e.g. a quote request)",
		relSupporter: "support for, or interest in, the organisation's purposes", relEnquiry: "an enquiry"}
	var out []string
	for rel := relationship(1); rel < numRelationships; rel++ {
		if s&(1<<rel) != 0 && words[rel] != "" {
			out = append(out, words[rel])
		}
	}
	return "details obtained in " + strings.Join(out, " or in ")
}

func join(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
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

// ruleIndex maps every rule id to its reason; built on first use (the widget never needs it).
var ruleIndex = sync.OnceValue(func() map[string]Reason {
	m := make(map[string]Reason, len(law.reasons))
	for _, r := range law.reasons {
		m[r.Rule] = r
	}
	return m
})

// LookupRule returns the reason with the given rule id, as Decide would give it, if any table or
// explanation has it.
func LookupRule(id string) (Reason, bool) {
	r, ok := ruleIndex()[id]
	return r, ok
}

// RuleIDs returns every rule id Decide can give, sorted.
func RuleIDs() []string {
	m := ruleIndex()
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sortStrings(ids)
	return ids
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
