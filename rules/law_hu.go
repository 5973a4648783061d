package rules

// Hungary: Grt. (2008. évi XLVIII. törvény) § 6, Eker. tv. (2001. évi CVIII. törvény) § 14, Eht. (2003. évi C.
// törvény) § 155(4) and § 162.

const (
	urlHUGrt = "https://net.jogtar.hu/jogszabaly?docid=a0800048.tv"
	urlHUEht = "https://net.jogtar.hu/jogszabaly?docid=a0300100.tv"
)

// huReasons are the facts behind the table for Hungary, each under its rule id.
var huReasons = []Reason{
	{"HU.Grt.6.1", "Direct marketing to natural persons (email, SMS, calls) needs prior, " +
		"clear and express consent; there is no soft opt-in. Eht. § 162 lets subscribers bar calls in general, " +
		"but for advertising the Grt. is the special rule and it requires prior consent, calls included.",
		"Grt. § 6(1); Eker. tv. § 14; Eht. § 162 (general calls)", urlHUGrt},
	{"HU.Grt.6.legal", "Marketing to a legal person's central address (info@) needs no prior " +
		"consent; honour objections. A named employee's address counts as a natural person's.",
		"Grt. § 6(1) (natural persons only)", urlHUGrt},
	{"HU.Grt.6.named", "Grt. § 6(1) protects natural persons: email to a named employee's work address " +
		"(firstname.name@company) is direct marketing to that person and needs their prior, clear and express " +
		"consent. Only a legal person's impersonal address (info@) is outside it: say business_address " +
		"\"impersonal\".", "Grt. § 6(1)", urlHUGrt},
	{"HU.Eht.155.4", "Cookies that are not strictly necessary need prior informed consent; " +
		"no analytics exemption.", "Eht. § 155(4)", urlHUEht},
}

var lawHU = jurisdiction{
	Code: "HU", Name: "Hungary",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.ePrivacy.13.4"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, Recipients: toBusiness, Impersonal: isTrue}, outcome{Model: ModelOptOut, Reasons: []string{"HU.Grt.6.legal"}}},
		{when{Channels: onElectronicMail, Recipients: toBusiness}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"HU.Grt.6.named"}}},
		{when{Channels: onPhone, Recipients: toBusiness}, outcome{Model: ModelOptOut, Reasons: []string{"HU.Grt.6.legal"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"HU.Grt.6.1"}}},
		{when{Channels: onPhone | onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"HU.Grt.6.1"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"EU.ePrivacy.5.3.necessary"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"HU.Eht.155.4"}}},
	},
}
