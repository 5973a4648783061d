package rules

import (
	"fmt"
	"testing"
)

// benchScenarios is a mix of the paths through the engine: plain opt-in, soft opt-in, an explained failure,
// a fallback country, dates, registers and cookies.
var benchScenarios = []Scenario{
	{Country: "GB", Channel: "email", Date: "2026-06-01"},
	{Country: "gb", Channel: "email", Relationship: "customer", SimilarProducts: true, OptoutAtCollection: true,
		OptoutInEveryMessage: true, Date: "2026-06-01"},
	{Country: "GB", Channel: "email", Sender: "charity", Relationship: "supporter", CollectedOn: "2025-12-01",
		OptoutAtCollection: true, OptoutInEveryMessage: true, Date: "2026-06-01"},
	{Country: "FR", Channel: "phone", Date: "2026-09-01", OngoingContract: true},
	{Country: "DE", Channel: "email", Recipient: "business", Date: "2026-06-01"},
	{Country: "PT", Channel: "sms", Relationship: "negotiation", Date: "2026-06-01"},
	{Country: "IE", Channel: "email", Relationship: "customer", MonthsSinceLastSale: 13, SimilarProducts: true,
		OptoutAtCollection: true, OptoutInEveryMessage: true, Date: "2026-06-01"},
	{Country: "CH", Channel: "cookies", Purpose: "marketing", Date: "2026-06-01"},
}

func BenchmarkDecide(b *testing.B) {
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		if _, err := Decide(benchScenarios[i%len(benchScenarios)]); err != nil {
			b.Fatal(err)
		}
	}
}

// Decide allocates nothing for a valid scenario: every reasons slice is precomputed.
func TestDecideDoesNotAllocate(t *testing.T) {
	for _, s := range benchScenarios {
		if n := testing.AllocsPerRun(100, func() { Decide(s) }); n != 0 {
			t.Errorf("Decide(%+v) allocates %v times", s, n)
		}
	}
}

// The reasons share storage with the tables; appending to them must not change later decisions.
func TestReasonsAreSafeToAppendTo(t *testing.T) {
	for _, s := range benchScenarios {
		d1, _ := Decide(s)
		n := len(d1.Reasons)
		_ = append(d1.Reasons, Reason{Rule: "X"})
		d2, _ := Decide(s)
		if len(d2.Reasons) != n || (cap(d2.Reasons) > n && d2.Reasons[:n+1][n].Rule == "X") {
			t.Errorf("append to a decision's reasons leaked into the tables for %+v", s)
		}
	}
}

// Decide is pure: the same scenario gets the same decision, and the country's case does not matter.
func TestDecideIsDeterministic(t *testing.T) {
	for _, s := range benchScenarios {
		a, _ := Decide(s)
		b, _ := Decide(s)
		if fmt.Sprint(a) != fmt.Sprint(b) {
			t.Errorf("two answers for %+v", s)
		}
	}
	lower, _ := Decide(Scenario{Country: "fr", Channel: "email", Date: "2026-06-01"})
	upper, _ := Decide(Scenario{Country: "FR", Channel: "email", Date: "2026-06-01"})
	if fmt.Sprint(lower) != fmt.Sprint(upper) {
		t.Error("country case changes the decision")
	}
}

// A decision explains a failed soft opt-in by the condition that failed, for the route that came closest.
func TestDecideExplainsTheFailedCondition(t *testing.T) {
	base := Scenario{Country: "GB", Channel: "email", Relationship: "customer", SimilarProducts: true,
		OptoutAtCollection: true, OptoutInEveryMessage: true, Date: "2026-06-01"}
	cases := []struct {
		edit func(*Scenario)
		rule string
	}{
		{func(s *Scenario) { s.SimilarProducts = false }, "GB.PECR.22.3.similar_products"},
		{func(s *Scenario) { s.OptoutAtCollection = false }, "GB.PECR.22.3.optout_at_collection"},
		{func(s *Scenario) { s.Relationship = "enquiry" }, "GB.PECR.22.3.relationship_enquiry"},
		{func(s *Scenario) { s.Relationship = "" }, "GB.PECR.22.3.relationship_none"},
		{func(s *Scenario) { s.Relationship = "third_party_list" }, "GB.PECR.22.3.relationship_third_party_list"},
		{func(s *Scenario) { s.Sender, s.Relationship = "charity", "supporter" }, "GB.PECR.22.3A"},
		{func(s *Scenario) { s.Sender, s.Relationship, s.Date = "charity", "supporter", "2026-01-01" }, "GB.PECR.22.3A.in_force"},
	}
	for _, c := range cases {
		s := base
		c.edit(&s)
		d, err := Decide(s)
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, r := range d.Reasons {
			found = found || r.Rule == c.rule
		}
		if !found {
			t.Errorf("%+v: reasons %s lack %s", s, ruleIDs(d), c.rule)
		}
	}
}

func ExampleDecide() {
	d, err := Decide(Scenario{Country: "GB", Channel: "email", Relationship: "customer", SimilarProducts: true,
		OptoutAtCollection: true, OptoutInEveryMessage: true, Date: "2026-06-01"})
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Model)
	for _, r := range d.Reasons {
		fmt.Println(r.Rule, "-", r.Cite)
	}
	// Output:
	// soft_opt_in
	// GB.PECR.22.3 - PECR reg 22(3); ICO electronic mail guidance
}
