package rules

// Greece: Law 3471/2006 art. 4(5) (cookies) and art. 11 (unsolicited communications), Hellenic DPA guidance.

const urlGR3471 = "https://www.dpa.gr/"

// grReasons are the facts behind the table for Greece, each under its rule id.
var grReasons = []Reason{
	{"GR.3471.11.1", "Marketing by email, SMS, automated calls or fax needs the subscriber's " +
		"prior express consent, natural or legal person, unless the soft opt-in applies.",
		"Law 3471/2006 art. 11(1)", urlGR3471},
	{"GR.3471.11.3", "Soft opt-in: details obtained from your own customer in a sale, your " +
		"own similar products, and a free, easy refusal offered at collection and in every message.",
		"Law 3471/2006 art. 11(3)", urlGR3471},
	{"GR.3471.11.2", "Live marketing calls are allowed unless the subscriber has objected: " +
		"screen against the art. 11 opt-out register kept by each telephone provider.", "Law 3471/2006 art. 11(2)",
		urlGR3471},
	{"GR.3471.11.2.listed", "The number is on a provider's art. 11 register: call only " +
		"with consent.", "Law 3471/2006 art. 11(2)", urlGR3471},
	{"GR.3471.4.5", "Cookies that are not strictly necessary need prior informed consent; no " +
		"analytics exemption.", "Law 3471/2006 art. 4(5); HDPA cookie guidance (2020, analytics included)",
		urlGR3471},
}

// grRoutes name and cite the soft opt-in routes below, for explaining their failures.
var grRoutes = []routeText{
	{Rule: "GR.3471.11.3", Name: "soft opt-in", Cite: "Law 3471/2006 art. 11(3)", URL: urlGR3471},
}

var grSoft = softOptIn{Rule: "GR.3471.11.3", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawGR = jurisdiction{
	Code: "GR", Name: "Greece",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.ePrivacy.13.4"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &grSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"GR.3471.11.3"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"GR.3471.11.1"}, Explain: []*softOptIn{&grSoft}}},
		{when{Channels: onPhone, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "art. 11 register", Reasons: []string{"GR.3471.11.2.listed"}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptOut, RegisterCheck: "art. 11 register", Reasons: []string{"GR.3471.11.2"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"GR.3471.11.1"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"EU.ePrivacy.5.3.necessary"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"GR.3471.4.5"}}},
	},
}
