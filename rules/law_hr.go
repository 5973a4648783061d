package rules

// Croatia: Zakon o elektroničkim komunikacijama (NN 76/22), Zakon o zaštiti potrošača (NN 19/22) and the
// Registar "NE ZOVI" kept by HAKOM.

const (
	urlHRZEK    = "https://www.hakom.hr/"
	urlHRNeZovi = "https://www.hakom.hr/en/e-registry-do-not-call/224"
)

var (
	hrDirect = Reason{"HR.ZEK.spam", "Marketing by email, SMS, automated calls or fax needs prior consent " +
		"unless the soft opt-in applies (uncertain: article of the 2022 Act; formerly ZEK 2008 art. 107).",
		"Zakon o elektroničkim komunikacijama (NN 76/22)", urlHRZEK}
	hrSoftFact = Reason{"HR.ZEK.spam.soft", "Soft opt-in: details obtained from your own customer in a sale, " +
		"your own similar products, and a free, easy refusal offered at collection and in every message.",
		"Zakon o elektroničkim komunikacijama (NN 76/22) (uncertain: article)", urlHRZEK}
	hrPhone = Reason{"HR.ZZP.NeZovi", "Sales calls (and SMS/MMS) to consumers are opt-out, but never to " +
		"numbers in the \"NE ZOVI\" register unless the consumer consented; calls to businesses are opt-out.",
		"Zakon o zaštiti potrošača (NN 19/22); Pravilnik o Registru \"NE ZOVI\" (NN 117/22)", urlHRNeZovi}
	hrCookies = Reason{"HR.ZEK.cookies", "Cookies that are not strictly necessary need prior informed consent; " +
		"no analytics exemption.", "Zakon o elektroničkim komunikacijama (NN 76/22) (uncertain: article)", urlHRZEK}
)

var hrSoft = softOptIn{Name: "soft opt-in", Rule: "HR.ZEK.spam.soft",
	Cite: "Zakon o elektroničkim komunikacijama (NN 76/22)", URL: urlHRZEK, Channels: onElectronicMail,
	Relationships: ifCustomer, Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawHR = jurisdiction{
	Code: "HR", Name: "Croatia",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHidden}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHiddenCall}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHiddenPost}}},
		{when{Channels: onElectronicMail, SoftOptIn: &hrSoft}, outcome{Model: ModelSoftOptIn, Reasons: []Reason{hrSoftFact}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []Reason{hrDirect}, Explain: []*softOptIn{&hrSoft}}},
		{when{Channels: onPhone, Recipients: toNatural, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "NE ZOVI", Reasons: []Reason{hrPhone}}},
		{when{Channels: onPhone, Recipients: toNatural}, outcome{Model: ModelOptOut, RegisterCheck: "NE ZOVI", Reasons: []Reason{hrPhone}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptOut, Reasons: []Reason{hrPhone}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []Reason{hrDirect}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []Reason{euPost}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []Reason{euNecessary}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []Reason{hrCookies}}},
	},
}
