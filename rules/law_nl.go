package rules

// Netherlands: Telecommunicatiewet (Tw) art. 11.7 and 11.7a, ACM and Autoriteit Persoonsgegevens guidance.

const (
	urlTw       = "https://wetten.overheid.nl/BWBR0009950"
	urlACMTel   = "https://www.acm.nl/nl/onderwerpen/telecommunicatie/telemarketing"
	urlAPCookie = "https://www.autoriteitpersoonsgegevens.nl/themas/internet-slimme-apparaten/cookies"
	urlAPGA     = "https://www.autoriteitpersoonsgegevens.nl/themas/internet-slimme-apparaten/cookies/google-analytics"
	dateNLPhone = "2021-07-01"
)

// nlReasons are the facts behind the table for Netherlands, each under its rule id.
var nlReasons = []Reason{
	{"NL.Tw.11.7.identity", "Unsolicited messages must state the sender's real identity and a valid " +
		"address for opt-out requests; otherwise they are prohibited.", "Telecommunicatiewet art. 11.7", urlTw},
	{"NL.Tw.11.7.1", "Commercial, idealistic or charitable email or SMS needs prior consent, for " +
		"consumers and businesses alike. An address a business has published to receive such messages is an " +
		"exception (wording not verified; not modelled).", "Telecommunicatiewet art. 11.7(1) [secondary source: dmcc.nl]",
		urlTw},
	{"NL.Tw.11.7.3", "Customer exception: details obtained in the context of a sale (for charities: " +
		"from donors), own similar products or causes, a free opt-out at collection and in every message.",
		"Telecommunicatiewet art. 11.7(3)", urlTw},
	{"NL.Tw.11.7.BelMeNiet", "Before 1 Jul 2021 phone marketing to natural persons was opt-out, " +
		"screened against the Bel-me-niet Register.", "Telecommunicatiewet art. 11.7 (version before 1 Jul 2021)", urlACMTel},
	{"NL.Tw.11.7.BelMeNiet_listed", "The number was on the Bel-me-niet Register: call only " +
		"with consent.", "Telecommunicatiewet art. 11.7 (version before 1 Jul 2021)", urlACMTel},
	{"NL.Tw.11.7.phone", "Since 1 Jul 2021 marketing calls to natural persons need prior consent, " +
		"except to your own customers and donors; the Bel-me-niet Register was abolished.",
		"Telecommunicatiewet art. 11.7 (as amended 1 Jul 2021); ACM telemarketing", urlACMTel},
	{"NL.Tw.11.7.phone_customer", "You may call your own customers (or a charity its donors) " +
		"about similar products, up to 3 years after the relationship ended (self-regulation), offering an opt-out " +
		"at collection and in every call.", "Telecommunicatiewet art. 11.7; Code Telemarketing [secondary source]",
		urlACMTel},
	{"NL.Tw.11.7.phone_legal", "Marketing calls to legal persons are opt-out: honour objections.",
		"Telecommunicatiewet art. 11.7 [secondary source: dmcc.nl]", urlACMTel},
	{"NL.Tw.11.7.automated", "Automated calling systems need prior consent.",
		"Telecommunicatiewet art. 11.7(1)", urlTw},
	{"NL.Tw.11.7a.necessary", "Cookies needed to transmit communications or to provide the " +
		"service the user asked for need no consent.", "Telecommunicatiewet art. 11.7a(3)", urlAPCookie},
	{"NL.Tw.11.7a.analytics", "Analytics cookies with little or no impact on privacy (e.g. " +
		"Google Analytics set up the AP's privacy-friendly way: data-processing agreement, masked IP, no sharing, " +
		"no other Google services) need no consent; inform users.", "Telecommunicatiewet art. 11.7a(3)(b); AP guidance",
		urlAPGA},
	{"NL.Tw.11.7a", "Other cookies, and tracking cookies in particular, need prior consent.",
		"Telecommunicatiewet art. 11.7a(1)", urlAPCookie},
}

// nlRoutes name and cite the soft opt-in routes below, for explaining their failures.
var nlRoutes = []routeText{
	{Rule: "NL.Tw.11.7.3", Name: "customer exception", Cite: "Telecommunicatiewet art. 11.7(3)", URL: urlTw},
	{Rule: "NL.Tw.11.7.phone_customer", Name: "customer exception for calls",
		Cite: "Telecommunicatiewet art. 11.7; Code Telemarketing", URL: urlACMTel},
}

var (
	nlSoft = softOptIn{Rule: "NL.Tw.11.7.3", Channels: onElectronicMail, Relationships: ifCustomer | ifSupporter,
		Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}
	nlPhoneSoft = softOptIn{Rule: "NL.Tw.11.7.phone_customer", Channels: onPhone,
		Relationships: ifCustomer | ifSupporter, Senders: byNonPolitical, Similar: true, AtCollection: true,
		EveryMessage: true, MaxMonths: 36}
)

var lawNL = jurisdiction{
	Code: "NL", Name: "Netherlands",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"NL.Tw.11.7.identity"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &nlSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"NL.Tw.11.7.3"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"NL.Tw.11.7.1"}, Explain: []*softOptIn{&nlSoft}}},
		{when{Channels: onPhone, Recipients: toNatural, Until: dateNLPhone, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "Bel-me-niet Register", Reasons: []string{"NL.Tw.11.7.BelMeNiet_listed"}}},
		{when{Channels: onPhone, Recipients: toNatural, Until: dateNLPhone}, outcome{Model: ModelOptOut, RegisterCheck: "Bel-me-niet Register", Reasons: []string{"NL.Tw.11.7.BelMeNiet"}}},
		{when{Channels: onPhone, Recipients: toNatural, SoftOptIn: &nlPhoneSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"NL.Tw.11.7.phone_customer"}}},
		{when{Channels: onPhone, Recipients: toNatural}, outcome{Model: ModelOptIn, Reasons: []string{"NL.Tw.11.7.phone"}, Explain: []*softOptIn{&nlPhoneSoft}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptOut, Reasons: []string{"NL.Tw.11.7.phone_legal"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"NL.Tw.11.7.automated"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"NL.Tw.11.7a.necessary"}}},
		{when{Channels: onCookies, Purposes: forAnalytics, AnalyticsExemption: isTrue}, outcome{Model: ModelExempt, Reasons: []string{"NL.Tw.11.7a.analytics"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"NL.Tw.11.7a"}}},
	},
}
