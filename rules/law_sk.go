package rules

// Slovakia: zákon č. 452/2021 Z. z. o elektronických komunikáciách § 109 (cookies) and § 116 (unsolicited
// communications), as amended from 12 Nov 2025.

const urlSK452 = "https://www.slov-lex.sk/pravne-predpisy/SK/ZZ/2021/452/"

// skReasons are the facts behind the table for Slovakia, each under its rule id.
var skReasons = []Reason{
	{"SK.452.116.3", "Automated calls, fax, email and SMS for direct marketing need the " +
		"subscriber's or user's prior demonstrable consent (legal persons too), obtained without contacting " +
		"them by these means; keep proof for 4 years after withdrawal.", "zákon 452/2021 Z. z. § 116(3)-(5)",
		urlSK452},
	{"SK.452.116.soft", "Soft opt-in: email details obtained from your customer in a sale, " +
		"your own similar products, a free refusal at collection and in every message; since 12 Nov 2025 only " +
		"up to one year after the purchase or contract (applied to every date, stricter).",
		"zákon 452/2021 Z. z. § 116", urlSK452},
	{"SK.452.116.phone", "Live calls are opt-out: never call numbers on the regulator's " +
		"do-not-call list (since 1 Nov 2022) without consent, and call from the 0888 prefix. Calls without " +
		"consent still need a GDPR basis (legitimate interests, Art 6(1)(f)) and stop on objection; whether the " +
		"regulator accepts that basis for cold calls was not verified.", "zákon 452/2021 Z. z. § 116; GDPR Art " +
		"6(1)(f), 21", urlSK452},
	{"SK.452.109.8", "Cookies that are not strictly necessary need prior consent; no " +
		"analytics exemption.", "zákon 452/2021 Z. z. § 109(8)", urlSK452},
}

// skRoutes name and cite the soft opt-in routes below, for explaining their failures.
var skRoutes = []routeText{
	{Rule: "SK.452.116.soft", Name: "soft opt-in", Cite: "zákon 452/2021 Z. z. § 116", URL: urlSK452},
}

var skSoft = softOptIn{Rule: "SK.452.116.soft", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true, MaxMonths: 12}

var lawSK = jurisdiction{
	Code: "SK", Name: "Slovakia",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.ePrivacy.13.4"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &skSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"SK.452.116.soft"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"SK.452.116.3"}, Explain: []*softOptIn{&skSoft}}},
		{when{Channels: onPhone, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "zoznam RÚ", Reasons: []string{"SK.452.116.phone"}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptOut, RegisterCheck: "zoznam RÚ", Reasons: []string{"SK.452.116.phone"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"SK.452.116.3"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"EU.ePrivacy.5.3.necessary"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"SK.452.109.8"}}},
	},
}
