package rules

import (
	"slices"
	"strings"
)

const citeSoftOptIn = "ePrivacy Directive 2002/58/EC Art. 13(2); PECR reg 22(3)"

// configForms checks the declared marketing forms: each named once, with a known channel and context, and a
// soft opt-in asked for only where Decide grants it. The scenario tested is the best case the form can
// offer: a sale at checkout (a signup is neither a sale nor a negotiation), the sender's own similar
// products, a free opt-out at collection and in every message.
func (fs *findings) configForms(c SiteConfig, today string) {
	names := map[string]bool{}
	for i, f := range c.Forms {
		at := "forms[" + itoa(i) + "]"
		switch {
		case f.Name == "":
			fs.err(CodeMissingField, at+".name", "form name is required (the data-assent-form attribute)", citeConfigShape)
		case names[f.Name]:
			fs.err(CodeDuplicateForm, at+".name", "form "+quote(f.Name)+" is declared twice", citeConfigShape)
		}
		names[f.Name] = true
		if !slices.Contains(FormChannels, f.Channel) {
			fs.err(CodeInvalidForm, at+".channel", "channel must be one of "+strings.Join(FormChannels, ", "), citeGranular)
		}
		if !slices.Contains(FormContexts, f.Context) {
			fs.err(CodeInvalidForm, at+".context", "context must be one of "+strings.Join(FormContexts, ", "), citeConfigShape)
		}
		for j, cc := range f.Countries {
			if _, ok := LookupCountry(cc); !ok {
				fs.err(CodeUnknownCountry, at+".countries["+itoa(j)+"]", "no rules for country "+quote(cc), citeConfigShape)
			}
		}
		if f.SoftOptIn && slices.Contains(FormChannels, f.Channel) && slices.Contains(FormContexts, f.Context) {
			fs.softOptIn(f, at, today)
		}
	}
}

// softOptIn checks a form that asks for the soft opt-in against Decide in each of its countries (all
// known countries when it lists none).
func (fs *findings) softOptIn(f FormConfig, at string, today string) {
	if today == "" {
		fs.warn(CodeSoftOptInUnchecked, at+".soft_opt_in", "no date to apply the law at (give the revision as YYYY-MM-DD)", citeSoftOptIn)
		return
	}
	countries := f.Countries
	if len(countries) == 0 {
		countries = Countries()
	}
	var denied []string
	cite := citeSoftOptIn
	for _, cc := range countries {
		d, err := Decide(f.scenario(cc, today))
		if err != nil || (d.Model != ModelSoftOptIn && d.Model != ModelOptOut && d.Model != ModelExempt) {
			denied = append(denied, strings.ToUpper(cc))
			if err == nil && len(d.Reasons) > 0 && len(denied) == 1 {
				cite = d.Reasons[0].Cite + "; " + citeSoftOptIn
			}
		}
	}
	switch {
	case len(denied) == 0:
	case len(f.Countries) > 0 || len(denied) == len(countries):
		fs.err(CodeSoftOptInNotAllowed, at+".soft_opt_in", "soft opt-in does not apply to a "+f.Context+" "+f.Channel+
			" form in "+strings.Join(denied, ", ")+": ask for opt-in consent", cite)
	default:
		fs.warn(CodeSoftOptInLimited, at+".soft_opt_in", "soft opt-in does not apply in "+strings.Join(denied, ", ")+
			": the widget asks for opt-in consent there", cite)
	}
}

// scenario is the best case a form offers for the soft opt-in in one country.
func (f FormConfig) scenario(country string, today string) Scenario {
	rel := "none"
	if f.Context == "checkout" {
		rel = "customer"
	}
	return Scenario{Country: country, Channel: f.Channel, Relationship: rel, SimilarProducts: true,
		OptoutAtCollection: true, OptoutInEveryMessage: true, Date: today}
}
