package rules

// Croatia: Zakon o elektroničkim komunikacijama (NN 76/22), Zakon o zaštiti potrošača (NN 19/22) and the
// Registar "NE ZOVI" kept by HAKOM.

const (
	urlHRZEK    = "https://www.hakom.hr/"
	urlHRNeZovi = "https://www.hakom.hr/en/e-registry-do-not-call/224"
)

// hrReasons are the facts behind the table for Croatia, each under its rule id.
var hrReasons = []Reason{
	{"HR.ZEK.spam", "Marketing by email, SMS, automated calls or fax needs prior consent " +
		"unless the soft opt-in applies (the rule is Directive 2002/58/EC Art 13(1), as in ZEK 2008 art. 107; " +
		"its article number in the 2022 Act was not verified).",
		"Zakon o elektroničkim komunikacijama (NN 76/22)", urlHRZEK},
	{"HR.ZEK.spam.soft", "Soft opt-in: details obtained from your own customer in a sale, " +
		"your own similar products, and a free, easy refusal offered at collection and in every message.",
		"Zakon o elektroničkim komunikacijama (NN 76/22) (article not verified); Directive 2002/58/EC Art 13(2)",
		urlHRZEK},
	{"HR.ZZP.NeZovi", "Sales calls (and SMS/MMS) to consumers are opt-out, but never to " +
		"numbers in the \"NE ZOVI\" register unless the consumer consented; calls to businesses are opt-out.",
		"Zakon o zaštiti potrošača (NN 19/22); Pravilnik o Registru \"NE ZOVI\" (NN 117/22)", urlHRNeZovi},
	{"HR.ZEK.cookies", "Cookies that are not strictly necessary need prior informed consent; " +
		"no analytics exemption (consent after clear information, confirmed by FEDMA and Mondaq 2022 for the " +
		"Act).", "Zakon o elektroničkim komunikacijama (NN 76/22) (article not verified); Directive 2002/58/EC " +
		"Art 5(3)", urlHRZEK},
}

// hrRoutes name and cite the soft opt-in routes below, for explaining their failures.
var hrRoutes = []routeText{
	{Rule: "HR.ZEK.spam.soft", Name: "soft opt-in", Cite: "Zakon o elektroničkim komunikacijama (NN 76/22)",
		URL: urlHRZEK},
}

var hrSoft = softOptIn{Rule: "HR.ZEK.spam.soft", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawHR = jurisdiction{
	Code: "HR", Name: "Croatia",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.ePrivacy.13.4"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &hrSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"HR.ZEK.spam.soft"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"HR.ZEK.spam"}, Explain: []*softOptIn{&hrSoft}}},
		{when{Channels: onPhone, Recipients: toNatural, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "NE ZOVI", Reasons: []string{"HR.ZZP.NeZovi"}}},
		{when{Channels: onPhone, Recipients: toNatural}, outcome{Model: ModelOptOut, RegisterCheck: "NE ZOVI", Reasons: []string{"HR.ZZP.NeZovi"}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptOut, Reasons: []string{"HR.ZZP.NeZovi"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"HR.ZEK.spam"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"EU.ePrivacy.5.3.necessary"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"HR.ZEK.cookies"}}},
	},
}
