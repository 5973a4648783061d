package rules

// Denmark: Markedsføringsloven (lov nr. 426 af 3.5.2017) § 10, Forbrugeraftaleloven § 6, the cookie order
// (bekendtgørelse nr. 1148 af 9.12.2011).

const (
	urlDKMFL    = "https://www.retsinformation.dk/eli/lta/2017/426"
	urlDKFAL    = "https://www.retsinformation.dk/eli/lta/2013/1457"
	urlDKCookie = "https://www.retsinformation.dk/eli/lta/2011/1148"
	urlDKRobin  = "https://www.datatilsynet.dk/erhverv/markedsfoering/robinsonlisten/"
)

// dkReasons are the facts behind the table for Denmark, each under its rule id.
var dkReasons = []Reason{
	{"DK.MFL.10.1", "Marketing by email, SMS, automated calls or fax needs the recipient's " +
		"prior request, whether a consumer, a business or a public body, unless the soft opt-in applies.",
		"Markedsføringsloven § 10, stk. 1", urlDKMFL},
	{"DK.MFL.10.2", "Soft opt-in: details obtained from your own customer in a sale, your " +
		"own similar products, and a free, easy refusal offered at collection and in every message.",
		"Markedsføringsloven § 10, stk. 2", urlDKMFL},
	{"DK.FAL.6", "Traders may not call consumers to sell without their prior request (narrow " +
		"exceptions for newspapers, books, insurance and rescue services are not modelled); check " +
		"Robinsonlisten.", "Forbrugeraftaleloven § 6, stk. 1-2", urlDKFAL},
	{"DK.FAL.6.other", "Calls to businesses, and non-commercial calls (charities, unions) " +
		"to consumers, are opt-out: honour objections.",
		"Forbrugeraftaleloven § 6 (commercial calls to consumers only); GDPR Art 21", urlDKFAL},
	{"DK.MFL.10.4", "Before addressed marketing to consumers, check in CPR (Robinsonlisten) " +
		"whether they have refused it.", "Markedsføringsloven § 10, stk. 4; CPR-loven § 40", urlDKRobin},
	{"DK.CookieBEK.3", "Cookies that are not strictly necessary need prior informed consent; " +
		"no analytics exemption.", "Cookiebekendtgørelsen (BEK 1148/2011) §§ 3-4", urlDKCookie},
}

// dkRoutes name and cite the soft opt-in routes below, for explaining their failures.
var dkRoutes = []routeText{
	{Rule: "DK.MFL.10.2", Name: "soft opt-in", Cite: "Markedsføringsloven § 10, stk. 2", URL: urlDKMFL},
}

var dkSoft = softOptIn{Rule: "DK.MFL.10.2", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawDK = jurisdiction{
	Code: "DK", Name: "Denmark",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.ePrivacy.13.4"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &dkSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"DK.MFL.10.2"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"DK.MFL.10.1"}, Explain: []*softOptIn{&dkSoft}}},
		{when{Channels: onPhone, Recipients: toIndividual, Senders: byCommercial}, outcome{Model: ModelOptIn, Reasons: []string{"DK.FAL.6"}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptOut, Reasons: []string{"DK.FAL.6.other"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"DK.MFL.10.1"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, RegisterCheck: "Robinsonlisten", Reasons: []string{"EU.GDPR.21", "DK.MFL.10.4"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"EU.ePrivacy.5.3.necessary"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"DK.CookieBEK.3"}}},
	},
}
