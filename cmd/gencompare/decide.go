package main

import (
	"bytes"
	"fmt"
	"html/template"
	"sort"

	"github.com/assent-dev/assent/rules"
)

// valueLabels are the words the decision tool shows for the scenario values (presentation only; the values
// themselves come from rules.Fields).
var valueLabels = map[string]map[string]string{
	"channel": {"email": "Email", "sms": "SMS / text message", "phone": "Live phone call",
		"automated_call": "Automated (recorded) call", "post": "Post", "cookies": "Cookie or similar technology"},
	"recipient": {"individual": "An individual (consumer)", "sole_trader": "A sole trader or partnership",
		"business": "A company or other legal person"},
	"relationship": {"none": "None", "customer": "Customer: a sale took place",
		"negotiation": "Negotiation: asked for a quote or details of an offer", "enquiry": "A general enquiry",
		"supporter":        "Supporter: donated to or supported a charity's purposes",
		"interest":         "Interest: expressed an interest in a charity's or non-profit's purposes",
		"third_party_list": "Bought, rented or shared list"},
	"sender": {"commercial": "A business", "charity": "A registered charity", "political": "A political party or campaign",
		"nonprofit": "Another non-profit", "public_body": "A public body"},
	"sector": {"": "None of these", "claims_management": "Claims management", "pensions": "Pensions",
		"energy_renovation": "Energy renovation or home adaptation"},
	"purpose": {"strictly_necessary": "Strictly necessary", "functional": "Functional / preferences",
		"analytics": "Analytics / audience measurement", "marketing": "Advertising / marketing",
		"personalization": "Personalisation"},
	"business_address": {"named": "A named person's work address", "impersonal": "An impersonal address (info@, sales@)"},
}

type option struct{ Value, Label string }

type decidePage struct {
	Countries                                             []option
	Channels, Recipients, Relationships, Senders, Sectors []option
	Purposes                                              []option
	Addresses                                             []option
}

// RenderDecide returns site/decide.html, the "Which consent do I need?" tool, with its choices taken from
// rules.Fields and rules.Countries.
func RenderDecide() ([]byte, error) {
	var p decidePage
	for _, f := range rules.Fields() {
		var opts []option
		for _, v := range f.Values {
			if f.Name == "country" {
				c, _ := rules.LookupCountry(v)
				opts = append(opts, option{v, c.Name + " (" + v + ")"})
				continue
			}
			label, ok := valueLabels[f.Name][v]
			if !ok {
				return nil, fmt.Errorf("no label for %s value %q", f.Name, v)
			}
			opts = append(opts, option{v, label})
		}
		switch f.Name {
		case "country":
			sort.Slice(opts, func(i, j int) bool { return opts[i].Label < opts[j].Label })
			p.Countries = opts
		case "channel":
			p.Channels = opts
		case "recipient":
			p.Recipients = opts
		case "relationship":
			p.Relationships = opts
		case "sender":
			p.Senders = opts
		case "sector":
			p.Sectors = opts
		case "purpose":
			p.Purposes = opts
		case "business_address":
			p.Addresses = opts
		}
	}
	var buf bytes.Buffer
	if err := decideTemplate.Execute(&buf, p); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

var decideTemplate = template.Must(template.New("decide").Parse(decideHTML))
