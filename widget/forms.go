package widget

import (
	"strings"

	"github.com/assent-dev/assent/rules"
)

// FormScenario returns the rules scenario of a marketing-consent control: at checkout the details come from a
// sale, the widget offers the opt-out box at collection itself, and the site must put an opt-out in every
// message (it says so in the notice), so the soft opt-in conditions hold where the country's law has them.
// Elsewhere (signup, newsletter, contact) there is no sale.
// rules.DecideBrief validates it (a channel other than email or sms is an error naming the field).
//
// It is rules.FormScenario, which the record validator re-decides form records with.
func FormScenario(country, channel, context, date string) rules.Scenario {
	return rules.FormScenario(country, channel, context, date)
}

// StrictestCountry is the jurisdiction whose cookie rules the widget applies when it cannot tell the visitor's:
// Germany, where no analytics exemption exists (TDDDG s. 25).
const StrictestCountry = rules.StrictestCountry

// Reading returns the country whose rules the widget applies to a visitor from country (an ISO 3166-1 code as
// the endpoint or the browser's language gives it, "" when unknown) and the jurisdiction its records name.
// A country the rules cover is read as itself (aliases such as "UK" and "EL" as the rules name them: "GB",
// "GR"). Any other, unknown ("") or outside the rules ("US"), gets the strictest reading, StrictestCountry's
// rules, and is recorded as "EU" (README, Jurisdiction): the rule ids then name German law, the jurisdiction
// says no country's law was known to apply.
func Reading(country string) (rulesCountry, jurisdiction string) {
	if c, ok := rules.CountryCode(country); ok && country != "" {
		return c, c
	}
	return StrictestCountry, rules.JurisdictionFallback
}

// FormDecision decides the control of a marketing form for a visitor from country, read as Reading does, so a
// visitor from outside the rules' countries gets the strictest control rather than none. Its error names a
// bad channel or context (rules.DecideBrief).
func FormDecision(country, channel, context, date string) (rules.Brief, error) {
	c, _ := Reading(country)
	return rules.DecideBrief(FormScenario(c, channel, context, date))
}

// Form returns the control a marketing form shows for a decision model:
//   - soft_opt_in: the notice ([data-assent-notice="soft-opt-in"]) and an unticked opt-out box (value opt_out);
//   - opt_out: the same opt-out box without the customer notice;
//   - opt_in and double_opt_in: an unticked opt-in box (value opt_in), and for double opt-in (required or
//     recommended) a note ([data-assent-notice="double-opt-in"]) that a confirmation link follows;
//   - not_allowed: nothing.
//
// The box's name is the form's name, so the host form submits it.
func Form(s *Strings, name, channel, model, doi string) *Node {
	ch := s.Email
	if channel == "sms" {
		ch = s.SMS
	}
	wrap := tag("div|class=assent-form|data-assent-model=%", model)
	id := "assent-form-" + name
	switch model {
	case rules.ModelSoftOptIn, rules.ModelOptOut:
		if model == rules.ModelSoftOptIn {
			wrap.Add(tag("p|data-assent-notice=soft-opt-in").Set(strings.Replace(s.SoftOptIn, "%s", ch, 1)))
		}
		wrap.Add(tag("label|for=%", id).Add(
			tag("input|type=checkbox|id=%|name=%|value=opt_out|data-assent-choice=opt_out", id, name),
			Txt(" "+s.SoftOptOut)))
	case rules.ModelOptIn, rules.ModelDoubleOptIn:
		wrap.Add(tag("label|for=%", id).Add(
			tag("input|type=checkbox|id=%|name=%|value=opt_in|data-assent-choice=opt_in", id, name),
			Txt(" "+strings.Replace(s.OptIn, "%s", ch, 1))))
		if model == rules.ModelDoubleOptIn || doi != "" {
			wrap.Add(tag("p|data-assent-notice=double-opt-in").Set(s.DoubleOptIn))
		}
	default:
		return nil
	}
	return wrap
}

// FormAction is the record action of a submitted marketing control: opting in (ticking the opt-in box, or not
// ticking the opt-out box of a soft opt-in) is marketing_opt_in; anything else is marketing_opt_out.
func FormAction(choice string, ticked bool) string {
	if choice == "opt_in" && ticked || choice == "opt_out" && !ticked {
		return "marketing_opt_in"
	}
	return "marketing_opt_out"
}
