package rules

import (
	"slices"
	"strings"
)

// Re-deciding a record: the model and rules a record claims must be ones the law of its jurisdiction gives,
// on the day it was made, for what it records (ValidateRecord, "decision_not_lawful").

// citeRedecide is the citation of the check: a record is proof of a lawful basis only if it names the
// basis the law gives.
const citeRedecide = "GDPR Art. 5(2), Art. 7(1) (the controller must be able to demonstrate the lawful basis); " +
	"README “Scenario and decision” (decision = Decide for the record's jurisdiction)"

// FormScenario returns the scenario of a marketing-consent control (a [data-assent-form] of the widget): at
// checkout the details come from a sale, the widget offers the opt-out box at collection itself, and the site
// must put an opt-out in every message (its notice says so), so the soft opt-in conditions hold where the
// country's law has them. Elsewhere (signup, newsletter, contact) there is no sale.
func FormScenario(country, channel, context, date string) Scenario {
	sc := Scenario{Country: country, Channel: channel, Date: date}
	if context == "checkout" {
		sc.Relationship = "customer"
		sc.SimilarProducts, sc.OptoutAtCollection, sc.OptoutInEveryMessage = true, true, true
	}
	return sc
}

// euMembers are the EU member states, whose records may also cite the EU instruments (EU.*) the national
// law transposes or that apply directly.
const euMembers = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"

// recordLaw re-decides r: the rules of its jurisdiction ("EU": StrictestCountry's), on the day of its time
// or the day before (a page decided before midnight), for its form (marketing records) or for the cookie
// purposes (others; with c, the configured purposes only). The model must be one that decision gives and
// every rule one it cites (or, in an EU member state, an EU instrument's). A jurisdiction the rules do not
// cover is a warning.
func (fs *findings) recordLaw(r Record, c *SiteConfig) {
	if !slices.Contains(Models, r.Decision.Model) || !isCountryCode(r.Jurisdiction) && r.Jurisdiction != JurisdictionFallback {
		return // reported as unknown_model, missing_field or invalid_jurisdiction
	}
	t, ok := recordMillis(r.Time)
	if !ok {
		return
	}
	country, eu := r.Jurisdiction, strings.Contains(euMembers, r.Jurisdiction)
	if country == JurisdictionFallback {
		country, eu = StrictestCountry, true
	} else if _, known := CountryCode(country); !known {
		fs.warn(CodeJurisdictionNotCovered, "jurisdiction", "the rules do not cover "+quote(country)+
			": the decision cannot be checked against its law", citeRedecide)
		return
	}
	models, rules := map[string]bool{}, map[string]bool{}
	for _, day := range []int64{t, t - 24*60*60*1000} {
		date := dateOfMillis(day)
		if r.Form != nil {
			if b, err := DecideBrief(FormScenario(country, r.Form.Channel, r.Form.Context, date)); err == nil {
				models[b.Model] = true
				for _, id := range b.Rules {
					rules[id] = true
				}
			}
			continue
		}
		for _, p := range cookiePurposes(c) {
			for _, exempt := range []bool{false, true} {
				b, err := DecideBrief(Scenario{Country: country, Channel: "cookies", Purpose: p, Date: date,
					AnalyticsExemption: exempt && r.Jurisdiction != JurisdictionFallback})
				if err != nil {
					continue
				}
				models[b.Model] = true
				for _, id := range b.Rules {
					rules[id] = true
				}
			}
		}
	}
	what := "its cookie purposes"
	if r.Form != nil {
		what = "a " + r.Form.Channel + " form at " + r.Form.Context
	}
	if len(models) > 0 && !models[r.Decision.Model] {
		fs.err(CodeDecisionNotLawful, "decision.model", "model "+quote(r.Decision.Model)+" is not what the law of "+
			r.Jurisdiction+" gives for "+what+" on "+dateOfMillis(t)+" (want "+strings.Join(sortedKeys(models), " or ")+
			"; assent decide explains)", citeRedecide)
	}
	for i, id := range r.Decision.Rules {
		if !rules[id] && !(eu && strings.HasPrefix(id, "EU.")) && len(rules) > 0 && knownRule(id) {
			fs.err(CodeDecisionNotLawful, "decision.rules["+itoa(i)+"]", "rule "+quote(id)+" is not one the law of "+
				r.Jurisdiction+" applies to "+what, citeRedecide)
		}
	}
}

// cookiePurposes returns the cookie purposes (scenario values) to decide: those of c's purposes, or all.
func cookiePurposes(c *SiteConfig) []string {
	if c == nil || len(c.Purposes) == 0 {
		return Categories
	}
	var out []string
	for _, p := range c.Purposes {
		out = append(out, PurposeCategory(asciiLower(p.ID), p.Required))
	}
	return out
}

// PurposeCategory is the scenario purpose of a configured cookie purpose: a required purpose is strictly
// necessary; otherwise its id (in lower case: callers lower it) says it ("analytics", "statistics",
// "measure", "audience", "performance": analytics; "personali...": personalization; "function",
// "preference": functional), and any other is marketing (the strictest reading).
func PurposeCategory(id string, required bool) string {
	switch {
	case required:
		return CategoryStrictlyNecessary
	case ContainsAny(id, "analytic", "statistic", "measure", "audience", "performance"):
		return CategoryAnalytics
	case ContainsAny(id, "personali"):
		return CategoryPersonalization
	case ContainsAny(id, "function", "preference"):
		return CategoryFunctional
	}
	return CategoryMarketing
}

// ContainsAny reports whether s contains any of subs.
func ContainsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// dateOfMillis is the UTC date (YYYY-MM-DD) of a Unix time in milliseconds.
func dateOfMillis(ms int64) string {
	days := ms / 86400000
	if ms < 0 && ms%86400000 != 0 {
		days--
	}
	// Civil from days (H. Hinnant's algorithm), for 1970-01-01 = day 0.
	z := days + 719468
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
		y++
	}
	return pad(int(y), 4) + "-" + pad(int(m), 2) + "-" + pad(int(d), 2)
}

func pad(n, width int) string {
	s := itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
