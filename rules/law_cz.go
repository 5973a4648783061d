package rules

// Czechia: zákon č. 480/2004 Sb. § 7 (commercial communications), zákon č. 127/2005 Sb. § 89 (cookies) and
// § 96 (telemarketing, opt-in since the amendment 374/2021 Sb.; calls about a current contract excepted).

const (
	urlCZ480   = "https://www.zakonyprolidi.cz/cs/2004-480"
	urlCZ127   = "https://www.zakonyprolidi.cz/cs/2005-127"
	urlCZGiese = "https://www.giese.cz/novinky/less-aggressive-electronic-communication/"
)

// czReasons are the facts behind the table for Czechia, each under its rule id.
var czReasons = []Reason{
	{"CZ.480.7.2", "Commercial communications by electronic means need the addressee's prior " +
		"consent, for natural and legal persons alike, unless the customer exception applies.",
		"zákon 480/2004 Sb. § 7(2)", urlCZ480},
	{"CZ.480.7.3", "Soft opt-in: details obtained from your own customer in a sale, your " +
		"own similar products, and a free, easy refusal offered at collection and in every message.",
		"zákon 480/2004 Sb. § 7(3)", urlCZ480},
	{"CZ.127.96", "Since 1 Jul 2022 marketing calls to natural and legal persons need prior " +
		"consent.", "zákon 127/2005 Sb. § 96 (amended by 374/2021 Sb.)", urlCZ127},
	{"CZ.127.96.customer", "The 2022 opt-in does not affect calls to people with whom you have a " +
		"current contract, about it (secondary sources: ROWAN Legal 2021, Giese 2022, Daňovky 2022): such calls " +
		"rest on legitimate interests, and the customer may object at any time.",
		"zákon 127/2005 Sb. § 96 (customer relationship, per secondary sources); GDPR Art 6(1)(f), 21",
		urlCZGiese},
	{"CZ.127.96.automated", "Automated calling systems for marketing need prior consent.",
		"zákon 127/2005 Sb. § 96", urlCZ127},
	{"CZ.127.89.3", "Cookies that are not strictly necessary need prior informed consent; no " +
		"analytics exemption.", "zákon 127/2005 Sb. § 89(3) (since 1 Jan 2022)", urlCZ127},
}

// czRoutes name and cite the soft opt-in routes below, for explaining their failures.
var czRoutes = []routeText{
	{Rule: "CZ.480.7.3", Name: "customer exception", Cite: "zákon 480/2004 Sb. § 7(3)", URL: urlCZ480},
}

var czSoft = softOptIn{Rule: "CZ.480.7.3", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawCZ = jurisdiction{
	Code: "CZ", Name: "Czechia",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.ePrivacy.13.4"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &czSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"CZ.480.7.3"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"CZ.480.7.2"}, Explain: []*softOptIn{&czSoft}}},

		{when{Channels: onPhone, OngoingContract: isTrue}, outcome{Model: ModelOptOut, Reasons: []string{"CZ.127.96.customer"}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptIn, Reasons: []string{"CZ.127.96"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"CZ.127.96.automated"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"EU.ePrivacy.5.3.necessary"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"CZ.127.89.3"}}},
	},
}
