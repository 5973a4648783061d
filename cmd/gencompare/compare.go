package main

import (
	"bytes"
	"html/template"
	"sort"

	"github.com/assent-dev/assent/rules"
)

// AsOf is the date the comparison applies the law as of.
const AsOf = "2026-12-01"

// column is one situation compared across countries.
type column struct {
	Head, Detail string
	Scenario     rules.Scenario // Country and Date are filled in per row
}

var soft = rules.Scenario{Relationship: "customer", SimilarProducts: true, OptoutAtCollection: true,
	OptoutInEveryMessage: true}

func with(s rules.Scenario, channel string) rules.Scenario {
	s.Channel = channel
	return s
}

var columns = []column{
	{"Email", "to a consumer, no prior relationship", rules.Scenario{Channel: "email"}},
	{"Email", "to an existing customer, similar products, opt-outs offered", with(soft, "email")},
	{"Email", "to a company (legal person)", rules.Scenario{Channel: "email", Recipient: "business", BusinessRelevant: true}},
	{"SMS", "to an existing customer, similar products, opt-outs offered", with(soft, "sms")},
	{"Live call", "to a consumer not on the opt-out register", rules.Scenario{Channel: "phone"}},
	{"Live call", "to a company", rules.Scenario{Channel: "phone", Recipient: "business", BusinessRelevant: true}},
	{"Automated call", "to a consumer", rules.Scenario{Channel: "automated_call"}},
	{"Post", "to a consumer", rules.Scenario{Channel: "post"}},
	{"Analytics cookies", "meeting the regulator's exemption conditions, if any", rules.Scenario{Channel: "cookies", Purpose: "analytics", AnalyticsExemption: true}},
	{"Advertising cookies", "", rules.Scenario{Channel: "cookies", Purpose: "marketing"}},
}

// modelLabel is how each model reads in a cell.
var modelLabel = map[string]string{
	rules.ModelExempt:      "exempt",
	rules.ModelOptOut:      "opt-out",
	rules.ModelSoftOptIn:   "soft opt-in",
	rules.ModelOptIn:       "opt-in",
	rules.ModelDoubleOptIn: "double opt-in",
	rules.ModelNotAllowed:  "not allowed",
}

type cell struct {
	Model, Label, Register string
	Notes                  []int
}

type row struct {
	Code, Name string
	Baseline   bool
	Cells      []cell
}

type source struct {
	N int
	rules.Reason
}

type page struct {
	AsOf     string
	Columns  []column
	Rows     []row
	Sources  []source
	Baseline rules.Reason
	Models   []string
}

// Render returns the comparison page.
func Render() ([]byte, error) {
	p := page{AsOf: AsOf, Columns: columns,
		Models: []string{rules.ModelExempt, rules.ModelOptOut, rules.ModelSoftOptIn, rules.ModelOptIn,
			rules.ModelDoubleOptIn, rules.ModelNotAllowed}}
	notes := map[string]int{}
	countries := []rules.Country{}
	for _, code := range rules.Countries() {
		c, _ := rules.LookupCountry(code)
		countries = append(countries, c)
	}
	sort.Slice(countries, func(i, j int) bool { return countries[i].Name < countries[j].Name })
	for _, c := range countries {
		r := row{Code: c.Code, Name: c.Name, Baseline: c.Law != c.Code}
		for _, col := range columns {
			s := col.Scenario
			s.Country, s.Date = c.Code, AsOf
			d, err := rules.Decide(s)
			if err != nil {
				return nil, err
			}
			cl := cell{Model: d.Model, Label: modelLabel[d.Model], Register: d.RegisterCheck}
			for _, reason := range d.Reasons {
				if reason.Rule == "EU.baseline" {
					continue // said once per row
				}
				n, ok := notes[reason.Rule]
				if !ok {
					n = len(p.Sources) + 1
					notes[reason.Rule] = n
					p.Sources = append(p.Sources, source{n, reason})
				}
				cl.Notes = append(cl.Notes, n)
			}
			r.Cells = append(r.Cells, cl)
		}
		p.Rows = append(p.Rows, r)
	}
	p.Baseline, _ = rules.LookupRule("EU.baseline")
	var buf bytes.Buffer
	if err := pageTemplate.Execute(&buf, p); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

var pageTemplate = template.Must(template.New("compare").Funcs(template.FuncMap{
	"label": func(m string) string { return modelLabel[m] },
}).Parse(pageHTML))
