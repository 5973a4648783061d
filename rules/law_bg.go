package rules

// Bulgaria: Закон за електронната търговия (ЗЕТ, Electronic Commerce Act) art. 6, Закон за електронните
// съобщения (ЗЕС, Electronic Communications Act) art. 4a (cookies) and art. 261 (automated calls).

const (
	urlBGZET  = "https://webgate.ec.europa.eu/ucp/public/index.cfm?event=public.directive.getImplementationAjax&countryID=BG&elemID=151&languageID=EN&ret=151"
	urlBGCPDP = "https://www.cpdp.bg/"
)

var (
	bgEmail = Reason{"BG.ZET.6.4", "Commercial email or SMS to consumers needs their prior consent; Assent " +
		"applies no soft opt-in (uncertain: the Act has no express customer exception; stricter reading).",
		"ЗЕТ (Electronic Commerce Act) art. 6(4)", urlBGZET}
	bgLegal = Reason{"BG.ZET.6.2", "Legal persons may be emailed unless their address is on the Consumer " +
		"Protection Commission's register of legal persons refusing unsolicited commercial email; mark the " +
		"message as unsolicited.", "ЗЕТ art. 6(1)-(3)", urlBGZET}
	bgLegalListed = Reason{"BG.ZET.6.3", "The address is on the Commission's register: sending is prohibited " +
		"without consent.", "ЗЕТ art. 6(3)", urlBGZET}
	bgPhone = Reason{"BG.ZZP.68k", "Live marketing calls are opt-out: persistent unwanted calls are an " +
		"aggressive practice; honour objections. Automated calls need prior consent.",
		"Закон за защита на потребителите art. 68к(3); ЗЕС art. 261 (uncertain: section)", urlBGZET}
	bgCookies = Reason{"BG.ZES.4a", "Cookies that are not strictly necessary need prior informed consent; no " +
		"analytics exemption.", "ЗЕС (Electronic Communications Act) art. 4a (uncertain: section)", urlBGCPDP}
)

var lawBG = jurisdiction{
	Code: "BG", Name: "Bulgaria",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHidden}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHiddenCall}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHiddenPost}}},
		{when{Channels: onElectronicMail, Recipients: toBusiness, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "KZP register", Reasons: []Reason{bgLegalListed}}},
		{when{Channels: onElectronicMail, Recipients: toBusiness}, outcome{Model: ModelOptOut, RegisterCheck: "KZP register", Reasons: []Reason{bgLegal}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []Reason{bgEmail}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptOut, Reasons: []Reason{bgPhone}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []Reason{bgPhone}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []Reason{euPost}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []Reason{euNecessary}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []Reason{bgCookies}}},
	},
}
