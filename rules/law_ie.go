package rules

// Ireland: ePrivacy Regulations 2011 (S.I. 336/2011) reg. 5 and 13, Data Protection Commission guidance.

const (
	urlSI336   = "https://www.irishstatutebook.ie/eli/2011/si/336/made/en/print"
	urlDPCDM   = "https://www.dataprotection.ie/en/organisations/rules-electronic-and-direct-marketing"
	urlDPCCook = "https://www.dataprotection.ie/en/dpc-guidance/guidance-note-cookies-and-other-tracking-technologies"
)

// ieReasons are the facts behind the table for Ireland, each under its rule id.
var ieReasons = []Reason{
	{"IE.SI336.13.identity", "Marketing messages must identify the sender and give a valid address " +
		"for opt-out requests; otherwise they may not be sent.", "S.I. 336/2011 reg. 13", urlSI336},
	{"IE.SI336.13.1", "Marketing email or SMS to a natural person needs prior consent, unless the " +
		"soft opt-in applies.", "S.I. 336/2011 reg. 13(1)", urlDPCDM},
	{"IE.SI336.13.11", "Soft opt-in: details obtained in the context of a sale, your own similar " +
		"products, a free objection offered at collection and in every message, and a sale within the last 12 months.",
		"S.I. 336/2011 reg. 13(11) [secondary source: chalmindataprivacy.ie]", urlDPCDM},
	{"IE.SI336.13.business", "Marketing email to a body corporate at an address used mainly for " +
		"its business, about that business, is opt-out: stop when it objects.", "S.I. 336/2011 reg. 13 [secondary source]",
		urlDPCDM},
	{"IE.SI336.13.phone", "Marketing calls to a mobile need prior consent. A residential landline not " +
		"on the National Directory Database opt-out register may be called (opt-out); Assent cannot tell the two " +
		"apart and answers with the stricter rule.", "S.I. 336/2011 reg. 13; DPC direct marketing guidance", urlDPCDM},
	{"IE.SI336.13.phone_business", "Marketing calls to a business line are opt-out: screen " +
		"against the National Directory Database (NDD) opt-out register.", "S.I. 336/2011 reg. 13; DPC NDD guidance",
		urlDPCDM},
	{"IE.SI336.13.NDD_listed", "The number is recorded in the NDD as not wishing to receive " +
		"marketing calls: call only with consent.", "S.I. 336/2011 reg. 13", urlDPCDM},
	{"IE.SI336.13.automated", "Automated calling machines need prior consent.",
		"S.I. 336/2011 reg. 13(1)", urlSI336},
	{"IE.SI336.5.5", "Cookies strictly necessary for a service the user explicitly requested need " +
		"no consent.", "S.I. 336/2011 reg. 5(5)", urlDPCCook},
	{"IE.SI336.5.3", "Other cookies need prior consent; the DPC does not exempt analytics cookies.",
		"S.I. 336/2011 reg. 5(3); DPC cookie guidance (2020)", urlDPCCook},
}

// ieRoutes name and cite the soft opt-in routes below, for explaining their failures.
var ieRoutes = []routeText{
	{Rule: "IE.SI336.13.11", Name: "soft opt-in", Cite: "S.I. 336/2011 reg. 13(11)", URL: urlDPCDM},
}

var ieSoft = softOptIn{Rule: "IE.SI336.13.11", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true, MaxMonths: 12}

var lawIE = jurisdiction{
	Code: "IE", Name: "Ireland",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"IE.SI336.13.identity"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, Recipients: toBusiness}, outcome{Model: ModelOptOut, Reasons: []string{"IE.SI336.13.business"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &ieSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"IE.SI336.13.11"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"IE.SI336.13.1"}, Explain: []*softOptIn{&ieSoft}}},
		{when{Channels: onPhone, Recipients: toBusiness, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "NDD", Reasons: []string{"IE.SI336.13.NDD_listed"}}},
		{when{Channels: onPhone, Recipients: toBusiness}, outcome{Model: ModelOptOut, RegisterCheck: "NDD", Reasons: []string{"IE.SI336.13.phone_business"}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptIn, Reasons: []string{"IE.SI336.13.phone"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"IE.SI336.13.automated"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"IE.SI336.5.5"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"IE.SI336.5.3"}}},
	},
}
