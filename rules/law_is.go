package rules

// Iceland (EEA): Electronic Communications Act No. 70/2022 (replacing Act No. 81/2003, whose art. 46 held the
// unsolicited-communications rule), the Data Protection Act No. 90/2018 (GDPR) and the Registers Iceland
// no-marketing list (bannskrá). Article numbers in Act 70/2022 were not verified: the rows say so.

const (
	urlIS70  = "https://www.althingi.is/lagas/nuna/2022070.html"
	urlISDLA = "https://www.dlapiperdataprotection.com/?c=IS&t=electronic-marketing"
	urlISBan = "https://www.skra.is/"
)

// isReasons are the facts behind the table for Iceland, each under its rule id.
var isReasons = []Reason{
	{"IS.70-2022.identity", "Electronic marketing must not hide the sender and must give a valid " +
		"address for opt-out requests.", "Act No. 70/2022 on Electronic Communications (unsolicited communications " +
		"article; number not verified); ePrivacy Art 13(4) as incorporated in the EEA", urlIS70},
	{"IS.70-2022.unsolicited", "Direct marketing by email, SMS or automated calls is allowed only " +
		"with the subscriber's prior informed consent, unless the existing-customer exception applies. Whether legal " +
		"persons are covered was not verified; Assent applies consent to them too (stricter).",
		"Act No. 70/2022 (formerly Act No. 81/2003 art. 46) [secondary source: DLA Piper]", urlISDLA},
	{"IS.70-2022.customer", "Existing-customer exception: an email address obtained in connection " +
		"with a sale, used for your own similar products, with a free, easy refusal at collection and in every " +
		"message (as in ePrivacy Art 13(2); Icelandic wording not verified).", "Act No. 70/2022 (number not verified)",
		urlISDLA},
	{"IS.70-2022.automated", "Automated calling systems need prior consent.",
		"Act No. 70/2022 (number not verified)", urlIS70},
	{"IS.70-2022.phone", "Live marketing calls to individuals are opt-out: screen against the " +
		"Registers Iceland no-marketing list (bannskrá) and the phone directory's no-marketing mark.",
		"Act No. 70/2022 (number not verified); Act No. 90/2018", urlISBan},
	{"IS.70-2022.phone_listed", "The person is on the no-marketing list: call only with their " +
		"consent.", "Act No. 70/2022 (number not verified)", urlISBan},
	{"IS.70-2022.phone_legal", "Marketing calls to legal persons are opt-out; honour objections.",
		"Act No. 70/2022 (number not verified)", urlIS70},
	{"IS.90-2018.bannskra", "Addressed postal marketing to individuals: screen against the Registers " +
		"Iceland no-marketing list (bannskrá).", "Act No. 90/2018 on Data Protection (article not verified)", urlISBan},
	{"IS.70-2022.necessary", "Storage strictly necessary for a service the user requested needs " +
		"no consent.", "Act No. 70/2022 (storage article; number not verified)", urlIS70},
	{"IS.70-2022.cookies", "Other cookies need informed consent to the GDPR standard (Iceland " +
		"applies the EEA version of ePrivacy Art 5(3); Assent assumes no analytics exemption).",
		"Act No. 70/2022 (storage article; number not verified); Act No. 90/2018", urlIS70},
}

// isRoutes name and cite the soft opt-in routes below, for explaining their failures.
var isRoutes = []routeText{
	{Rule: "IS.70-2022.customer", Name: "existing-customer exception", Cite: "Act No. 70/2022 (number not verified)",
		URL: urlISDLA},
}

var isSoft = softOptIn{Rule: "IS.70-2022.customer", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawIS = jurisdiction{
	Code: "IS", Name: "Iceland",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"IS.70-2022.identity"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &isSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"IS.70-2022.customer"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"IS.70-2022.unsolicited"}, Explain: []*softOptIn{&isSoft}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"IS.70-2022.automated"}}},
		{when{Channels: onPhone | onPost, Recipients: toNatural, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "Bannskrá", Reasons: []string{"IS.70-2022.phone_listed"}}},
		{when{Channels: onPhone, Recipients: toNatural}, outcome{Model: ModelOptOut, RegisterCheck: "Bannskrá", Reasons: []string{"IS.70-2022.phone"}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptOut, Reasons: []string{"IS.70-2022.phone_legal"}}},
		{when{Channels: onPost, Recipients: toNatural}, outcome{Model: ModelOptOut, RegisterCheck: "Bannskrá", Reasons: []string{"EU.GDPR.21", "IS.90-2018.bannskra"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"IS.70-2022.necessary"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"IS.70-2022.cookies"}}},
	},
}
