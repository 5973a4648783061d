package codec

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/assent-dev/assent/rules"
)

const today = "2026-06-01"

func TestParseScenarioReadsEveryField(t *testing.T) {
	in := `{"country":"uk","channel":"email","recipient":"sole_trader","relationship":"supporter","sender":"charity",
	"similar_products":true,"optout_at_collection":true,"optout_in_every_message":true,"collected_by_other_entity":false,
	"business_relevant":true,"on_optout_register":true,"ongoing_contract":true,"hidden_sender":false,
	"sector":"pensions","collected_on":"2026-03-01","months_since_last_sale":7,"purpose":"analytics",
	"analytics_exemption":true,"date":"2026-07-01"}`
	got, err := ParseScenario([]byte(in), today)
	if err != nil {
		t.Fatal(err)
	}
	want := rules.Scenario{Country: "GB", Channel: "email", Recipient: "sole_trader", Relationship: "supporter",
		Sender: "charity", SimilarProducts: true, OptoutAtCollection: true, OptoutInEveryMessage: true,
		BusinessRelevant: true, OnOptoutRegister: true, OngoingContract: true, Sector: "pensions",
		CollectedOn: "2026-03-01", MonthsSinceLastSale: 7, Purpose: "analytics", AnalyticsExemption: true,
		Date: "2026-07-01"}
	if got != want {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

func TestParseScenarioDefaults(t *testing.T) {
	got, err := ParseScenario([]byte(`{"country":"FR","channel":"phone"}`), today)
	if err != nil {
		t.Fatal(err)
	}
	if want := (rules.Scenario{Country: "FR", Channel: "phone", Date: today}); got != want {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestParseScenarioRejectsNamingTheField(t *testing.T) {
	cases := []struct{ name, in, field, code string }{
		{"unknown field", `{"country":"FR","channel":"email","colour":"red"}`, "colour", "unknown_field"},
		{"field names are case-sensitive", `{"Country":"FR","country":"FR","channel":"email"}`, "Country", "unknown_field"},
		{"missing country", `{"channel":"email"}`, "country", "missing_field"},
		{"missing channel", `{"country":"FR"}`, "channel", "missing_field"},
		{"unknown country", `{"country":"US","channel":"email"}`, "country", "invalid_value"},
		{"unknown channel", `{"country":"FR","channel":"fax"}`, "channel", "invalid_value"},
		{"string flag", `{"country":"FR","channel":"email","similar_products":"true"}`, "similar_products", "wrong_type"},
		{"number flag", `{"country":"FR","channel":"email","ongoing_contract":1}`, "ongoing_contract", "wrong_type"},
		{"null flag", `{"country":"FR","channel":"email","hidden_sender":null}`, "hidden_sender", "wrong_type"},
		{"number country", `{"country":33,"channel":"email"}`, "country", "wrong_type"},
		{"array channel", `{"country":"FR","channel":["email"]}`, "channel", "wrong_type"},
		{"fractional months", `{"country":"IE","channel":"email","months_since_last_sale":1.5}`, "months_since_last_sale", "wrong_type"},
		{"string months", `{"country":"IE","channel":"email","months_since_last_sale":"3"}`, "months_since_last_sale", "wrong_type"},
		{"negative months", `{"country":"IE","channel":"email","months_since_last_sale":-1}`, "months_since_last_sale", "invalid_value"},
		{"bad date", `{"country":"FR","channel":"email","date":"2026-02-29"}`, "date", "invalid_value"},
		{"cookies without purpose", `{"country":"FR","channel":"cookies"}`, "purpose", "missing_field"},
		{"duplicate key", `{"country":"FR","country":"DE","channel":"email"}`, "country", "duplicate_key"},
		{"not an object", `["FR","email"]`, "", "wrong_type"},
		{"trailing data", `{"country":"FR","channel":"email"} {}`, "", "trailing_data"},
	}
	for _, c := range cases {
		_, err := ParseScenario([]byte(c.in), today)
		fe := findField(err, c.field)
		if fe == nil || fe.Code != c.code {
			t.Errorf("%s: error %v, want %s on %q", c.name, err, c.code, c.field)
			continue
		}
		if c.field != "" && !strings.Contains(err.Error(), `field "`+c.field+`"`) {
			t.Errorf("%s: message %q does not name the field", c.name, err)
		}
	}
}

func findField(err error, field string) *FieldError {
	var found *FieldError
	var walk func(error)
	walk = func(e error) {
		if fe, ok := e.(*FieldError); ok && fe.Field == field && found == nil {
			found = fe
		}
		if j, ok := e.(interface{ Unwrap() []error }); ok {
			for _, x := range j.Unwrap() {
				walk(x)
			}
		}
	}
	if err != nil {
		walk(err)
	}
	return found
}

func TestParseScenarioReportsEveryProblem(t *testing.T) {
	_, err := ParseScenario([]byte(`{"zeta":1,"country":"ZZ","alpha":true,"similar_products":"no"}`), today)
	got := []string{}
	for _, f := range Findings(err) {
		got = append(got, f.Field+":"+f.Code)
	}
	want := "alpha:unknown_field country:invalid_value similar_products:wrong_type zeta:unknown_field channel:missing_field"
	if strings.Join(got, " ") != want {
		t.Errorf("findings %v, want %s", got, want)
	}
}

func TestParseScenarioErrorClasses(t *testing.T) {
	if _, err := ParseScenario(make([]byte, MaxScenarioSize+1), today); !errors.Is(err, ErrTooLarge) {
		t.Errorf("oversize: %v", err)
	}
	if _, err := ParseScenario([]byte(`{"country":`), today); !errors.Is(err, ErrNotJSON) {
		t.Errorf("truncated: %v", err)
	}
	if _, err := ParseScenario([]byte(`{"country":"FR","channel":"email"}`), "not a date"); findField(err, "date") == nil {
		t.Errorf("bad today: %v", err)
	}
}

func TestParseScenarios(t *testing.T) {
	ss, err := ParseScenarios([]byte(`[{"country":"FR","channel":"email"},{"country":"DE","channel":"sms","date":"2025-01-01"}]`), today)
	if err != nil || len(ss) != 2 || ss[0].Date != today || ss[1].Date != "2025-01-01" {
		t.Fatalf("got %+v, %v", ss, err)
	}
	if ss, err := ParseScenarios([]byte(`[]`), today); err != nil || len(ss) != 0 {
		t.Errorf("empty batch: %+v, %v", ss, err)
	}
	_, err = ParseScenarios([]byte(`[{"country":"FR","channel":"email"},{"country":"FR"},7]`), today)
	if findField(err, "[1].channel") == nil || findField(err, "[2]") == nil {
		t.Errorf("batch errors do not name the element: %v", err)
	}
	if _, err := ParseScenarios([]byte(`{"country":"FR","channel":"email"}`), today); err == nil {
		t.Error("a single object was accepted as a batch")
	}
}

func TestFormatDecision(t *testing.T) {
	d := rules.Decision{Model: "opt_in", DoubleOptIn: "recommended",
		Reasons: []rules.Reason{{Rule: "X.1", Text: "A & <b>.", Cite: "Art 1", URL: "https://example.org/?a=1&b=2"}}}
	want := `{"model":"opt_in","register_check":"","double_opt_in":"recommended","duties":[],"parental_consent":"","reasons":[{"rule":"X.1","text":"A & <b>.","cite":"Art 1","url":"https://example.org/?a=1&b=2"}]}`
	if got := string(FormatDecision(d)); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	if got := string(FormatDecisions([]rules.Decision{d, d})); got != "["+want+","+want+"]" {
		t.Errorf("batch: %s", got)
	}
	d.Duties, d.ParentalConsent = []string{"inform", "offer_objection"}, "required"
	if got := string(FormatDecision(d)); !strings.Contains(got, `"duties":["inform","offer_objection"],"parental_consent":"required"`) {
		t.Errorf("duties and parental consent: %s", got)
	}
	if got := string(FormatDecisions(nil)); got != "[]" {
		t.Errorf("empty batch: %s", got)
	}
}

// Parse, decide and format: the whole `assent decide` path for a real scenario.
func TestParseDecideFormat(t *testing.T) {
	s, err := ParseScenario([]byte(`{"country":"GB","channel":"phone","on_optout_register":true,"date":"2026-06-01"}`), today)
	if err != nil {
		t.Fatal(err)
	}
	d, err := rules.Decide(s)
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Model    string              `json:"model"`
		Register string              `json:"register_check"`
		Reasons  []map[string]string `json:"reasons"`
	}
	if err := json.Unmarshal(FormatDecision(d), &out); err != nil {
		t.Fatal(err)
	}
	if out.Model != "opt_in" || out.Register != "TPS" || len(out.Reasons) == 0 || out.Reasons[0]["cite"] == "" {
		t.Errorf("decision %s", FormatDecision(d))
	}
}

// FuzzParseScenario checks that ParseScenario never panics, that every error names findings, and that any
// scenario it accepts can be decided and formatted as valid JSON with reasons.
func FuzzParseScenario(f *testing.F) {
	f.Add([]byte(`{"country":"GB","channel":"email","relationship":"customer","similar_products":true}`))
	f.Add([]byte(`{"country":"fr","channel":"cookies","purpose":"analytics","analytics_exemption":true}`))
	f.Add([]byte(`{"country":"IE","channel":"sms","months_since_last_sale":13,"date":"2026-02-28"}`))
	f.Add([]byte(`{"country":"XX","channel":1,"date":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ParseScenario(data, today)
		if err != nil {
			if len(Findings(err)) == 0 {
				t.Fatalf("error without findings: %v", err)
			}
			return
		}
		d, err := rules.Decide(s)
		if err != nil {
			t.Fatalf("accepted scenario %+v cannot be decided: %v", s, err)
		}
		var back map[string]any
		if err := json.Unmarshal(FormatDecision(d), &back); err != nil || len(d.Reasons) == 0 {
			t.Fatalf("bad decision %s: %v", FormatDecision(d), err)
		}
	})
}
