package rules

// Finland: Laki sähköisen viestinnän palveluista (917/2014) §§ 200-202 and 205, Traficom's cookie guide
// (13 Sep 2021), the ASML Robinson service (self-regulation).

const (
	urlFISVPL  = "https://www.finlex.fi/fi/laki/ajantasa/2014/20140917"
	urlFIRobin = "https://www.asml.fi/"
)

// fiReasons are the facts behind the table for Finland, each under its rule id.
var fiReasons = []Reason{
	{"FI.SVPL.200", "Marketing by email, SMS, automated calls or fax to natural persons needs " +
		"prior consent, unless the soft opt-in applies.",
		"Laki sähköisen viestinnän palveluista (917/2014) § 200.1", urlFISVPL},
	{"FI.SVPL.200.2", "Soft opt-in: details obtained from your own customer in a sale, your " +
		"own similar products, and a free, easy refusal offered at collection and in every message.",
		"917/2014 § 200.2", urlFISVPL},
	{"FI.SVPL.202", "Marketing to legal persons is allowed unless they have expressly refused " +
		"it; give a free, easy way to refuse.", "917/2014 § 202", urlFISVPL},
	{"FI.SVPL.201", "Marketing calls to natural persons are allowed unless the person has " +
		"refused; screen against the ASML Robinson service (self-regulation, its status is not statutory).",
		"917/2014 § 201; ASML Robinson rules", urlFIRobin},
	{"FI.SVPL.201.listed", "The person refused marketing calls (or is on the Robinson " +
		"service): call only with consent.", "917/2014 § 201; ASML Robinson rules", urlFIRobin},
	{"FI.ASML.Robinson", "Addressed postal marketing: screen against the ASML Robinson service " +
		"(self-regulation).", "ASML Robinson rules; GDPR Art 21", urlFIRobin},
	{"FI.SVPL.205", "Cookies that are not strictly necessary need prior informed consent; no " +
		"analytics exemption.",
		"917/2014 § 205; Traficom cookie guide (13 Sep 2021: browser settings are not consent)", urlFISVPL},
}

// fiRoutes name and cite the soft opt-in routes below, for explaining their failures.
var fiRoutes = []routeText{
	{Rule: "FI.SVPL.200.2", Name: "soft opt-in", Cite: "917/2014 § 200.2", URL: urlFISVPL},
}

var fiSoft = softOptIn{Rule: "FI.SVPL.200.2", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawFI = jurisdiction{
	Code: "FI", Name: "Finland",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.ePrivacy.13.4"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, Recipients: toBusiness}, outcome{Model: ModelOptOut, Reasons: []string{"FI.SVPL.202"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &fiSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"FI.SVPL.200.2"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"FI.SVPL.200"}, Explain: []*softOptIn{&fiSoft}}},
		{when{Channels: onPhone, Recipients: toNatural, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "Robinson (ASML)", Reasons: []string{"FI.SVPL.201.listed"}}},
		{when{Channels: onPhone, Recipients: toNatural}, outcome{Model: ModelOptOut, RegisterCheck: "Robinson (ASML)", Reasons: []string{"FI.SVPL.201"}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptOut, Reasons: []string{"FI.SVPL.202"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"FI.SVPL.200"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, RegisterCheck: "Robinson (ASML)", Reasons: []string{"EU.GDPR.21", "FI.ASML.Robinson"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"EU.ePrivacy.5.3.necessary"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"FI.SVPL.205"}}},
	},
}
