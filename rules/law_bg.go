package rules

// Bulgaria: Закон за електронната търговия (ЗЕТ, Electronic Commerce Act) art. 6 and art. 4a (cookies: the
// Electronic Commerce Act, not the Electronic Communications Act as this table said before Dec 2026; Mondaq
// 2022, FEDMA), Закон за електронните съобщения (ЗЕС, Electronic Communications Act) art. 261 (automated calls).

const (
	urlBGZET  = "https://webgate.ec.europa.eu/ucp/public/index.cfm?event=public.directive.getImplementationAjax&countryID=BG&elemID=151&languageID=EN&ret=151"
	urlBGCPDP = "https://www.cpdp.bg/"
	urlBGCook = "https://www.mondaq.com/data-protection/1202530/cookies-new-legislation"
)

// bgReasons are the facts behind the table for Bulgaria, each under its rule id.
var bgReasons = []Reason{
	{"BG.ZET.6.4", "Commercial email or SMS to consumers needs their prior consent; Assent " +
		"applies no soft opt-in: no customer exception transposing Directive Art 13(2) was found in ЗЕТ art. 6 " +
		"(the consolidated text was not read here), so none is assumed (stricter reading).",
		"ЗЕТ (Electronic Commerce Act) art. 6(4)", urlBGZET},
	{"BG.ZET.6.2", "Legal persons may be emailed unless their address is on the Consumer " +
		"Protection Commission's register of legal persons refusing unsolicited commercial email; mark the " +
		"message as unsolicited.", "ЗЕТ art. 6(1)-(3)", urlBGZET},
	{"BG.ZET.6.3", "The address is on the Commission's register: sending is prohibited " +
		"without consent.", "ЗЕТ art. 6(3)", urlBGZET},
	{"BG.ZZP.68k", "Live marketing calls are opt-out: persistent unwanted calls are an " +
		"aggressive practice; honour objections. Automated calls need prior consent.",
		"Закон за защита на потребителите art. 68к(3); ЗЕС art. 261 (automated calls; article number not " +
			"verified, the rule is Directive 2002/58/EC Art 13(1))", urlBGZET},
	{"BG.ZES.4a", "Cookies that are not strictly necessary need prior informed consent; no " +
		"analytics exemption. The Bulgarian text (ЗЕТ art. 4a) asks only for information and a chance to refuse " +
		"(Mondaq 2022; FEDMA), but the Directive as read in Planet49 and the GDPR standard of consent require " +
		"prior consent, which Assent applies (stricter reading).", "ЗЕТ (Electronic Commerce Act) art. 4a " +
		"[secondary sources]; Directive 2002/58/EC Art 5(3); CJEU C-673/17 Planet49", urlBGCook},
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
