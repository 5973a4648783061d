package rules

// Luxembourg: Loi modifiée du 30 mai 2005 (vie privée dans le secteur des communications électroniques)
// art. 4(3)(e) (cookies) and art. 11 (communications non sollicitées).

const urlLU2005 = "https://data.legilux.public.lu/file/eli-etat-leg-tc-2011-08-10-n1-jo-fr-html.html"

// luReasons are the facts behind the table for Luxembourg, each under its rule id.
var luReasons = []Reason{
	{"LU.L2005.11", "Email, SMS, automated calls, fax and, under art. 11(3), other means such " +
		"as live calls need prior consent unless the soft opt-in applies, legal persons included: art. 11 " +
		"protects «abonnés», which art. 2(a) defines as natural or legal persons (verified in the coordinated " +
		"text).", "Loi du 30 mai 2005 art. 2(a), 11(1), (3)", urlLU2005},
	{"LU.L2005.11.2", "Soft opt-in: details obtained from your own customer in a sale, your " +
		"own similar products, and a free, easy refusal offered at collection and in every message.",
		"Loi du 30 mai 2005 art. 11(2)", urlLU2005},
	{"LU.L2005.4.3.e", "Cookies that are not strictly necessary need prior informed consent; " +
		"no analytics exemption.", "Loi du 30 mai 2005 art. 4(3)(e)", urlLU2005},
}

// luRoutes name and cite the soft opt-in routes below, for explaining their failures.
var luRoutes = []routeText{
	{Rule: "LU.L2005.11.2", Name: "soft opt-in", Cite: "Loi du 30 mai 2005 art. 11(2)", URL: urlLU2005},
}

var luSoft = softOptIn{Rule: "LU.L2005.11.2", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawLU = jurisdiction{
	Code: "LU", Name: "Luxembourg",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.ePrivacy.13.4"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &luSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"LU.L2005.11.2"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"LU.L2005.11"}, Explain: []*softOptIn{&luSoft}}},
		{when{Channels: onPhone | onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"LU.L2005.11"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"EU.ePrivacy.5.3.necessary"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"LU.L2005.4.3.e"}}},
	},
}
