package rules

// Bulgaria: Закон за електронната търговия (ЗЕТ, Electronic Commerce Act) art. 6, Закон за електронните
// съобщения (ЗЕС, Electronic Communications Act) art. 4a (cookies) and art. 261 (automated calls).

const (
	urlBGZET  = "https://webgate.ec.europa.eu/ucp/public/index.cfm?event=public.directive.getImplementationAjax&countryID=BG&elemID=151&languageID=EN&ret=151"
	urlBGCPDP = "https://www.cpdp.bg/"
)

// bgReasons are the facts behind the table for Bulgaria, each under its rule id.
var bgReasons = []Reason{
	{"BG.ZET.6.4", "Commercial email or SMS to consumers needs their prior consent; Assent " +
		"applies no soft opt-in (uncertain: the Act has no express customer exception; stricter reading).",
		"ЗЕТ (Electronic Commerce Act) art. 6(4)", urlBGZET},
	{"BG.ZET.6.2", "Legal persons may be emailed unless their address is on the Consumer " +
		"Protection Commission's register of legal persons refusing unsolicited commercial email; mark the " +
		"message as unsolicited.", "ЗЕТ art. 6(1)-(3)", urlBGZET},
	{"BG.ZET.6.3", "The address is on the Commission's register: sending is prohibited " +
		"without consent.", "ЗЕТ art. 6(3)", urlBGZET},
	{"BG.ZZP.68k", "Live marketing calls are opt-out: persistent unwanted calls are an " +
		"aggressive practice; honour objections. Automated calls need prior consent.",
		"Закон за защита на потребителите art. 68к(3); ЗЕС art. 261 (uncertain: section)", urlBGZET},
	{"BG.ZES.4a", "Cookies that are not strictly necessary need prior informed consent; no " +
		"analytics exemption.", "ЗЕС (Electronic Communications Act) art. 4a (uncertain: section)", urlBGCPDP},
}

var lawBG = jurisdiction{
	Code: "BG", Name: "Bulgaria",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.ePrivacy.13.4"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, Recipients: toBusiness, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "KZP register", Reasons: []string{"BG.ZET.6.3"}}},
		{when{Channels: onElectronicMail, Recipients: toBusiness}, outcome{Model: ModelOptOut, RegisterCheck: "KZP register", Reasons: []string{"BG.ZET.6.2"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"BG.ZET.6.4"}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptOut, Reasons: []string{"BG.ZZP.68k"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"BG.ZZP.68k"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"EU.ePrivacy.5.3.necessary"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"BG.ZES.4a"}}},
	},
}
