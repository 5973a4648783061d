package rules

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// Every fact in every table carries its rule id, text, citation and URL.
func TestTablesCiteEveryFact(t *testing.T) {
	for _, j := range lawTables {
		if j.Code == "" || j.Name == "" {
			t.Errorf("table %q has no code or name", j.Code)
		}
		if j.Note != "" {
			checkReason(t, j.Code+" note", factOf(t, j.Note))
		}
		for i, r := range j.Rules {
			where := j.Code + " rule " + strconv.Itoa(i)
			if r.When.Channels == 0 {
				t.Errorf("%s: no channels", where)
			}
			if len(r.Then.Reasons) == 0 {
				t.Errorf("%s: no reasons", where)
			}
			for _, x := range r.Then.Reasons {
				checkReason(t, where, factOf(t, x))
			}
			routes := r.Then.Explain
			if r.When.SoftOptIn != nil {
				routes = append(routes, r.When.SoftOptIn)
			}
			for _, route := range routes {
				checkRoute(t, where, route)
			}
		}
	}
}

func checkReason(t *testing.T, where string, r Reason) {
	t.Helper()
	if r.Rule == "" || r.Text == "" || r.Cite == "" || !strings.HasPrefix(r.URL, "https://") {
		t.Errorf("%s: incomplete fact %+v", where, r)
	}
	if !strings.HasSuffix(r.Text, ".") && !strings.HasSuffix(r.Text, ")") {
		t.Errorf("%s: %s: text is not a sentence: %q", where, r.Rule, r.Text)
	}
}

func checkRoute(t *testing.T, where string, r *softOptIn) {
	t.Helper()
	if w := routeTextOf(r.Rule); w.Name == "" || r.Rule == "" || w.Cite == "" || !strings.HasPrefix(w.URL, "https://") {
		t.Errorf("%s: soft opt-in route without name or citation: %+v", where, r)
	}
	if r.Channels == 0 || r.Relationships == 0 || r.Senders == 0 {
		t.Errorf("%s: route %s must name its channels, relationships and senders", where, r.Rule)
	}
	if r.Relationships&(1<<relNone|1<<relThirdPartyList|1<<relEnquiry) != 0 {
		t.Errorf("%s: route %s accepts a relationship that never qualifies", where, r.Rule)
	}
}

// A rule id means one fact: the same id never carries two different texts or citations.
func TestRuleIDsAreConsistent(t *testing.T) {
	seen := map[string]Reason{}
	add := func(r Reason) {
		if old, ok := seen[r.Rule]; ok && old != r {
			t.Errorf("rule %s has two meanings:\n%+v\n%+v", r.Rule, old, r)
		}
		seen[r.Rule] = r
	}
	for _, j := range lawTables {
		if j.Note != "" {
			add(factOf(t, j.Note))
		}
		for _, r := range j.Rules {
			for _, x := range r.Then.Reasons {
				add(factOf(t, x))
			}
			for _, route := range r.Then.Explain {
				for slot := 0; slot < numFailSlots; slot++ {
					add(failureReason(route, slot))
				}
			}
		}
	}
	for _, list := range [][]Reason{ageReasons, objectionReasons} { // the engine's own facts
		for _, r := range list {
			add(r)
		}
	}
	for _, id := range RuleIDs() {
		r, ok := LookupRule(id)
		if !ok || r.Cite == "" || r.URL == "" || r.Text == "" {
			t.Errorf("rule %s: no citation (%+v)", id, r)
		}
		if seen[id] != r {
			t.Errorf("LookupRule(%s) = %+v, want %+v", id, r, seen[id])
		}
	}
	if len(RuleIDs()) != len(seen) {
		t.Errorf("RuleIDs has %d ids, the tables %d", len(RuleIDs()), len(seen))
	}
}

// Every country, channel and value combination gets a decision, and the decisions keep the invariants a
// user relies on.
func TestDecideCoversEveryCombination(t *testing.T) {
	ruleIDs := map[string]bool{}
	n := 0
	eachCombination(func(s Scenario) {
		checkInvariants(t, s, ruleIDs)
		n++
	})
	t.Logf("%d scenarios, %d distinct rule ids used", n, len(ruleIDs))
}

// eachCombination calls f with every country, channel and value combination, on dates either side of the
// changes in the law, with sets of flags that open and close the soft opt-in routes.
func eachCombination(f func(Scenario)) {
	dates := []string{"2020-01-01", "2024-06-01", "2026-01-15", "2026-06-01", "2026-09-01"}
	flagSets := []func(*Scenario){
		func(*Scenario) {},
		func(s *Scenario) { s.SimilarProducts, s.OptoutAtCollection, s.OptoutInEveryMessage = true, true, true },
		func(s *Scenario) {
			s.SimilarProducts, s.OptoutAtCollection, s.OptoutInEveryMessage = true, true, true
			s.OnOptoutRegister, s.OngoingContract, s.BusinessRelevant, s.AnalyticsExemption = true, true, true, true
		},
		func(s *Scenario) { s.HiddenSender = true },
		func(s *Scenario) {
			s.BusinessAddress, s.BusinessRelevant, s.OptoutAtCollection, s.OptoutInEveryMessage = "impersonal", true, true, true
			s.Age, s.HasAge = 12, true
		},
		func(s *Scenario) {
			s.OnOptoutRegister, s.CollectedByOtherEntity, s.MonthsSinceLastSale = true, true, 48
		},
	}
	for _, country := range Countries() {
		for _, ch := range channelValues {
			purposes := []string{""}
			if ch == "cookies" {
				purposes = Categories
			}
			for _, pu := range purposes {
				for _, rc := range recipientValues {
					for _, rel := range relationshipValues {
						for _, sd := range senderValues {
							for _, sec := range sectorValues {
								for _, date := range dates {
									for _, flags := range flagSets {
										s := Scenario{Country: country, Channel: ch, Purpose: pu, Recipient: rc,
											Relationship: rel, Sender: sd, Sector: sec, Date: date}
										flags(&s)
										f(s)
									}
								}
							}
						}
					}
				}
			}
		}
	}
}

func checkInvariants(t *testing.T, s Scenario, used map[string]bool) {
	d, err := Decide(s)
	if err != nil {
		t.Fatalf("%+v: %v", s, err)
	}
	fail := func(msg string) { t.Fatalf("%+v -> %+v: %s", s, d, msg) }
	switch d.Model {
	case ModelExempt, ModelOptOut, ModelSoftOptIn, ModelOptIn, ModelDoubleOptIn, ModelNotAllowed:
	default:
		fail("unknown model")
	}
	if d.DoubleOptIn != "" && d.DoubleOptIn != DOIRequired && d.DoubleOptIn != DOIRecommended {
		fail("unknown double_opt_in")
	}
	if d.Duties == nil || slices.Contains(d.Duties, "check_register") != (d.RegisterCheck != "") {
		fail("duties must be a list, with check_register exactly when a register is named")
	}
	if (d.Model == ModelOptOut || d.Model == ModelSoftOptIn) && !slices.Contains(d.Duties, "offer_objection") {
		fail("sending without consent carries the duty to offer an objection (GDPR Art 21(2)-(4); ePrivacy Art 13(2))")
	}
	if d.ParentalConsent != "" && (d.ParentalConsent != ParentalRequired || !s.HasAge) {
		fail("parental_consent is \"required\" or \"\", and needs an age")
	}
	if s.Channel == "post" && s.OnOptoutRegister && !s.HiddenSender && d.Model == ModelOptOut {
		fail("post after an objection is never opt-out (GDPR Art 21(3))")
	}
	if (d.Model == ModelDoubleOptIn) != (d.DoubleOptIn == DOIRequired) {
		fail("double_opt_in model and required double opt-in go together")
	}
	if len(d.Reasons) == 0 {
		fail("no reasons")
	}
	for _, r := range d.Reasons {
		if r.Cite == "" || r.URL == "" || r.Text == "" {
			fail("reason without citation")
		}
		used[r.Rule] = true
	}
	if s.Channel == "cookies" {
		if s.Purpose == "strictly_necessary" && d.Model != ModelExempt {
			fail("strictly necessary cookies are exempt everywhere")
		}
		if d.Model == ModelSoftOptIn || d.Model == ModelNotAllowed {
			fail("cookie decisions are exempt, opt-out or opt-in")
		}
		return
	}
	if s.HiddenSender && d.Model != ModelNotAllowed {
		fail("a hidden sender is never allowed")
	}
	if d.Model == ModelExempt {
		fail("marketing is never exempt")
	}
	if d.Model == ModelSoftOptIn && (s.Relationship != "customer" && s.Relationship != "negotiation" &&
		s.Relationship != "supporter" && s.Relationship != "interest" || s.CollectedByOtherEntity || s.Sender == "political") {
		fail("soft opt-in without a qualifying relationship")
	}
}
