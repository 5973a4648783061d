package rules

// Slovakia: zákon č. 452/2021 Z. z. o elektronických komunikáciách § 109 (cookies) and § 116 (unsolicited
// communications), as amended from 12 Nov 2025.

const urlSK452 = "https://www.slov-lex.sk/pravne-predpisy/SK/ZZ/2021/452/"

var (
	skDirect = Reason{"SK.452.116.3", "Automated calls, fax, email and SMS for direct marketing need the " +
		"subscriber's or user's prior demonstrable consent (legal persons too), obtained without contacting " +
		"them by these means; keep proof for 4 years after withdrawal.", "zákon 452/2021 Z. z. § 116(3)-(5)",
		urlSK452}
	skSoftFact = Reason{"SK.452.116.soft", "Soft opt-in: email details obtained from your customer in a sale, " +
		"your own similar products, a free refusal at collection and in every message; since 12 Nov 2025 only " +
		"up to one year after the purchase or contract (applied to every date, stricter).",
		"zákon 452/2021 Z. z. § 116", urlSK452}
	skPhone = Reason{"SK.452.116.phone", "Live calls are opt-out: never call numbers on the regulator's " +
		"do-not-call list (since 1 Nov 2022) without consent, and call from the 0888 prefix (uncertain: GDPR " +
		"basis for unconsented calls).", "zákon 452/2021 Z. z. § 116", urlSK452}
	skCookies = Reason{"SK.452.109.8", "Cookies that are not strictly necessary need prior consent; no " +
		"analytics exemption.", "zákon 452/2021 Z. z. § 109(8)", urlSK452}
)

var skSoft = softOptIn{Name: "soft opt-in", Rule: "SK.452.116.soft", Cite: "zákon 452/2021 Z. z. § 116",
	URL: urlSK452, Channels: onElectronicMail, Relationships: ifCustomer, Senders: byNonPolitical,
	Similar: true, AtCollection: true, EveryMessage: true, MaxMonths: 12}

var lawSK = jurisdiction{
	Code: "SK", Name: "Slovakia",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHidden}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHiddenCall}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHiddenPost}}},
		{when{Channels: onElectronicMail, SoftOptIn: &skSoft}, outcome{Model: ModelSoftOptIn, Reasons: []Reason{skSoftFact}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []Reason{skDirect}, Explain: []*softOptIn{&skSoft}}},
		{when{Channels: onPhone, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "zoznam RÚ", Reasons: []Reason{skPhone}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptOut, RegisterCheck: "zoznam RÚ", Reasons: []Reason{skPhone}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []Reason{skDirect}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []Reason{euPost}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []Reason{euNecessary}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []Reason{skCookies}}},
	},
}
