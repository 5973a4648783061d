package rules

// Hungary: Grt. (2008. évi XLVIII. törvény) § 6, Eker. tv. (2001. évi CVIII. törvény) § 14, Eht. (2003. évi C.
// törvény) § 155(4) and § 162.

const (
	urlHUGrt = "https://net.jogtar.hu/jogszabaly?docid=a0800048.tv"
	urlHUEht = "https://net.jogtar.hu/jogszabaly?docid=a0300100.tv"
)

var (
	huDirect = Reason{"HU.Grt.6.1", "Direct marketing to natural persons (email, SMS, calls) needs prior, " +
		"clear and express consent; there is no soft opt-in (uncertain: Eht. § 162 allows calls unless the " +
		"subscriber objected; Assent takes the stricter Grt.).", "Grt. § 6(1); Eker. tv. § 14", urlHUGrt}
	huLegal = Reason{"HU.Grt.6.legal", "Marketing to a legal person's central address (info@) needs no prior " +
		"consent; honour objections. A named employee's address counts as a natural person's.",
		"Grt. § 6(1) (natural persons only); NMHH guidance [secondary source]", urlHUGrt}
	huCookies = Reason{"HU.Eht.155.4", "Cookies that are not strictly necessary need prior informed consent; " +
		"no analytics exemption.", "Eht. § 155(4)", urlHUEht}
)

var lawHU = jurisdiction{
	Code: "HU", Name: "Hungary",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHidden}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHiddenCall}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHiddenPost}}},
		{when{Channels: onElectronicMail | onPhone, Recipients: toBusiness}, outcome{Model: ModelOptOut, Reasons: []Reason{huLegal}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []Reason{huDirect}}},
		{when{Channels: onPhone | onAutomated}, outcome{Model: ModelOptIn, Reasons: []Reason{huDirect}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []Reason{euPost}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []Reason{euNecessary}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []Reason{huCookies}}},
	},
}
