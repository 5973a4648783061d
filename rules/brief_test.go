package rules

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// factOf returns the one fact with the given rule id in the fact lists (the text side, see law.go).
func factOf(t *testing.T, id string) Reason {
	t.Helper()
	var found []Reason
	for _, f := range lawFacts {
		for _, r := range f.Reasons {
			if r.Rule == id {
				found = append(found, r)
			}
		}
	}
	if len(found) != 1 {
		t.Errorf("rule id %q names %d facts, want exactly 1", id, len(found))
		return Reason{Rule: id}
	}
	return found[0]
}

// failureReason explains why route failed at slot, as Decide does.
func failureReason(r *softOptIn, slot int) Reason {
	w := routeTextOf(r.Rule)
	return Reason{Rule: r.Rule + "." + failCodes[slot], Text: failureText(r, w.Name, slot), Cite: w.Cite, URL: w.URL}
}

// The tables cite facts by rule id. Every id a table cites names exactly one fact, every fact is cited by
// some table, every soft opt-in route has exactly one wording (name and citation of its explanations), and
// the ids of explanations (e.g. "GB.PECR.22.3.optout_at_collection", PECR reg 22(3)) are not facts' ids:
// the ids DecideBrief gives and the reasons Decide gives cannot drift apart.
func TestEveryRuleIDNamesOneFact(t *testing.T) {
	facts := map[string]int{}
	wordings := map[string]int{}
	for _, f := range lawFacts {
		for _, r := range f.Reasons {
			facts[r.Rule]++
		}
		for _, w := range f.Routes {
			wordings[w.Rule]++
		}
	}
	cited := map[string]bool{}
	explained := map[string]bool{}
	routes := map[string]bool{}
	cite := func(where, id string) {
		cited[id] = true
		if n := facts[id]; n != 1 {
			t.Errorf("%s: rule id %q names %d facts, want exactly 1", where, id, n)
		}
	}
	for _, a := range digitalAges { // the engine's own facts: the age table and the objection rule
		cite("age table", a.rule)
	}
	for _, id := range []string{"EU.GDPR.21.3", "GB.UKGDPR.21.3", "CH.DSG.30.2.b"} {
		cite("objection rule", id)
	}
	for _, j := range lawTables {
		if j.Note != "" {
			cite(j.Code+" note", j.Note)
		}
		for i, r := range j.Rules {
			where := j.Code + " rule " + strconv.Itoa(i)
			for _, id := range r.Then.Reasons {
				cite(where, id)
			}
			for _, route := range append(r.Then.Explain, r.When.SoftOptIn) {
				if route == nil {
					continue
				}
				routes[route.Rule] = true
				if n := wordings[route.Rule]; n != 1 {
					t.Errorf("%s: soft opt-in route %q has %d wordings, want exactly 1", where, route.Rule, n)
				}
			}
			for _, route := range r.Then.Explain {
				for _, code := range failCodes {
					explained[route.Rule+"."+code] = true
				}
			}
		}
	}
	for id, n := range facts {
		if n > 1 {
			t.Errorf("rule id %q names %d facts", id, n)
		}
		if !cited[id] {
			t.Errorf("fact %q is cited by no table", id)
		}
		if explained[id] {
			t.Errorf("fact %q has the id of an explanation", id)
		}
	}
	for rule := range wordings {
		if !routes[rule] {
			t.Errorf("route wording %q belongs to no soft opt-in route", rule)
		}
	}
	// The text side resolves exactly these ids, each to its own fact or explanation.
	for id := range cited {
		if r, ok := LookupRule(id); !ok || r != factOf(t, id) {
			t.Errorf("LookupRule(%q) = %+v, %v; want the fact", id, r, ok)
		}
	}
	for id := range explained {
		if r, ok := LookupRule(id); !ok || r.Rule != id || r.Text == "" || r.Cite == "" {
			t.Errorf("LookupRule(%q) = %+v, %v; want an explanation", id, r, ok)
		}
	}
	for _, id := range RuleIDs() {
		if !knownRule(id) {
			t.Errorf("knownRule(%q) = false, LookupRule knows it", id)
		}
	}
	if knownRule("GB.PECR.22") || knownRule("") {
		t.Error("knownRule accepts an id no decision carries")
	}
	if n := len(RuleIDs()); n != len(cited)+len(explained) {
		t.Errorf("RuleIDs has %d ids, the tables cite %d and explain %d", n, len(cited), len(explained))
	}
	if len(routes) != len(wordings) {
		t.Errorf("%d routes, %d wordings", len(routes), len(wordings))
	}
	t.Logf("%d facts, %d routes, %d explanation ids", len(facts), len(routes), len(explained))
}

// sameAnswer checks that DecideBrief(s) is Decide(s) with its reasons reduced to their rule ids, and its
// duties, but for the age (DecideBrief ignores it: Brief).
func sameAnswer(t *testing.T, s Scenario) {
	young := s
	young.HasAge, young.Age = false, 0
	d, derr := Decide(young)
	b, berr := DecideBrief(s)
	if (derr == nil) != (berr == nil) || derr != nil && derr.Error() != berr.Error() {
		t.Fatalf("%+v: Decide error %v, DecideBrief error %v", s, derr, berr)
	}
	same := d.Model == b.Model && d.RegisterCheck == b.RegisterCheck && d.DoubleOptIn == b.DoubleOptIn &&
		len(d.Reasons) == len(b.Rules) && strings.Join(d.Duties, " ") == strings.Join(b.Duties(), " ") &&
		b.Objectable() == slices.Contains(d.Duties, "offer_objection")
	for i := 0; same && i < len(b.Rules); i++ {
		same = d.Reasons[i].Rule == b.Rules[i]
	}
	if ba, _ := DecideBrief(young); strings.Join(ba.Rules, " ") != strings.Join(b.Rules, " ") {
		t.Fatalf("%+v: DecideBrief depends on the age", s)
	}
	if !same {
		t.Fatalf("%+v:\nDecide      %s %q %q %s\nDecideBrief %s %q %q %v", s, d.Model, d.RegisterCheck,
			d.DoubleOptIn, ruleIDs(d), b.Model, b.RegisterCheck, b.DoubleOptIn, b.Rules)
	}
}

// DecideBrief answers every case of the scenario corpus (each citing its law) as Decide does.
func TestDecideBriefMatchesDecideOnTheCorpus(t *testing.T) {
	cases := append(loadCorpus(t, "decisions.json", sharedCorpus), loadCorpus(t, "cases.json", ownCorpus)...)
	for _, c := range cases {
		sameAnswer(t, scenarioOf(t, c.Scenario))
	}
	for _, s := range benchScenarios {
		sameAnswer(t, s)
	}
	t.Logf("%d corpus cases", len(cases))
}

// DecideBrief answers every country, channel and value combination as Decide does.
func TestDecideBriefMatchesDecideOnEveryCombination(t *testing.T) {
	n := 0
	eachCombination(func(s Scenario) {
		sameAnswer(t, s)
		n++
	})
	t.Logf("%d scenarios", n)
}

// DecideBrief rejects an invalid scenario with the same error as Decide, naming the same field.
func TestDecideBriefRejectsAsDecide(t *testing.T) {
	bad := []Scenario{
		{},
		{Country: "XX", Channel: "email", Date: "2026-06-01"},
		{Country: "GB", Date: "2026-06-01"},
		{Country: "GB", Channel: "fax", Date: "2026-06-01"},
		{Country: "GB", Channel: "email", Recipient: "robot", Date: "2026-06-01"},
		{Country: "GB", Channel: "cookies", Date: "2026-06-01"},
		{Country: "GB", Channel: "email"},
		{Country: "GB", Channel: "email", Date: "2026-13-01"},
		{Country: "GB", Channel: "email", Date: "2026-06-01", CollectedOn: "yesterday"},
		{Country: "GB", Channel: "email", Date: "2026-06-01", MonthsSinceLastSale: -1},
	}
	for _, s := range bad {
		_, derr := Decide(s)
		_, berr := DecideBrief(s)
		var dfe, bfe *FieldError
		if derr == nil || berr == nil || derr.Error() != berr.Error() ||
			!errors.As(derr, &dfe) || !errors.As(berr, &bfe) || dfe.Field != bfe.Field {
			t.Errorf("%+v: Decide error %v, DecideBrief error %v", s, derr, berr)
		}
		sameAnswer(t, s)
	}
}

// DecideBrief allocates nothing for a valid scenario, and its rule ids are safe to append to.
func TestDecideBriefDoesNotAllocate(t *testing.T) {
	for _, s := range benchScenarios {
		if n := testing.AllocsPerRun(100, func() { DecideBrief(s) }); n != 0 {
			t.Errorf("DecideBrief(%+v) allocates %v times", s, n)
		}
		b1, _ := DecideBrief(s)
		n := len(b1.Rules)
		_ = append(b1.Rules, "X")
		b2, _ := DecideBrief(s)
		if len(b2.Rules) != n || (cap(b2.Rules) > n && b2.Rules[:n+1][n] == "X") {
			t.Errorf("append to a brief's rules leaked into the tables for %+v", s)
		}
	}
}

func BenchmarkDecideBrief(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := DecideBrief(benchScenarios[i%len(benchScenarios)]); err != nil {
			b.Fatal(err)
		}
	}
}

// A UK customer emailed without a refusal offered at collection: no soft opt-in (PECR reg 22(3)(c)), and
// the brief names the failed condition by its rule id.
func ExampleDecideBrief() {
	b, err := DecideBrief(Scenario{Country: "GB", Channel: "email", Relationship: "customer", SimilarProducts: true,
		OptoutInEveryMessage: true, Date: "2026-06-01"})
	if err != nil {
		panic(err)
	}
	fmt.Println(b.Model, b.DoubleOptIn)
	fmt.Println(b.Rules)
	// Output:
	// opt_in recommended
	// [GB.PECR.22.2 GB.PECR.22.3.optout_at_collection]
}
