package rules

// Belgium: Code de droit économique (CDE) art. XII.13 and VI.110-VI.114, Royal Decree of 4 Apr 2003, the
// electronic communications law on cookies.

const (
	urlCDE     = "https://www.ejustice.just.fgov.be/eli/loi/2013/02/28/2013A11134/justel"
	urlDNCM    = "https://www.dncm.be/the-legislation-for-telemarketeers/"
	urlAPDCook = "https://www.autoriteprotectiondonnees.be/citoyen/themes/internet/cookies"
	urlBESoft  = "https://www.actualitesdroitbelge.be/"
)

// beReasons are the facts behind the table for Belgium, each under its rule id.
var beReasons = []Reason{
	{"BE.CDE.XII.13.identity", "Advertising by email must be identifiable as such, identify the " +
		"sender and give a valid opt-out address; otherwise it may not be sent.", "CDE art. XII.12-XII.13", urlCDE},
	{"BE.CDE.XII.13", "Advertising by email (SMS included) to natural persons, and to personal " +
		"business addresses, needs prior consent unless the soft opt-in applies.", "CDE art. XII.13", urlCDE},
	{"BE.AR2003.1.1", "Soft opt-in: details obtained directly from your customer (natural or legal " +
		"person) in a sale, your own analogous products, a free and easy objection at collection and in every message.",
		"Royal Decree 4 Apr 2003 art. 1, 1° [secondary source: actualitesdroitbelge.be]", urlBESoft},
	{"BE.AR2003.1.2", "Email to a legal person at an impersonal address (info@, sales@) needs no " +
		"consent; honour objections. A named person's work address counts as a natural person's (consent).",
		"Royal Decree 4 Apr 2003 art. 1, 2°", urlBESoft},
	{"BE.AR2003.1.2.named", "The B2B exemption covers only impersonal addresses of legal persons (info@, " +
		"sales@): a named person's work address (firstname.name@company) is treated like a natural person's, so " +
		"consent is needed unless the soft opt-in applies. Say business_address \"impersonal\" for a generic address.",
		"Royal Decree 4 Apr 2003 art. 1, 2°; CDE art. XII.13", urlBESoft},
	{"BE.CDE.VI.110.2", "Marketing calls are allowed unless the subscriber objected: screen against " +
		"the \"Ne m'appelez plus\" / \"Bel-me-niet-meer\" list, which covers natural and legal persons.",
		"CDE art. VI.110 §2, VI.111-VI.114", urlDNCM},
	{"BE.CDE.VI.110.listed", "The number is on the \"Ne m'appelez plus\" list: call only with " +
		"the subscriber's consent.", "CDE art. VI.110 §2, VI.112", urlDNCM},
	{"BE.CDE.VI.110.1", "Automated calling systems without human intervention need prior consent.",
		"CDE art. VI.110 §1", urlCDE},
	{"BE.LCE.129.necessary", "Cookies strictly necessary for transmission or for a service the " +
		"user explicitly requested need no consent.", "Loi du 13 juin 2005 art. 129 (moved by the Law of 21 Dec 2021 " +
		"into the Law of 30 Jul 2018 as art. 10/2 per secondary sources; the wording is unchanged, so either number " +
		"gives the same rule)", urlAPDCook},
	{"BE.LCE.129", "Other cookies need prior consent; the APD gives no analytics exemption.",
		"Loi du 13 juin 2005 art. 129 (art. 10/2 of the Law of 30 Jul 2018 since the 2021 renumbering; same wording); " +
			"APD cookie guidance", urlAPDCook},
}

// beRoutes name and cite the soft opt-in routes below, for explaining their failures.
var beRoutes = []routeText{
	{Rule: "BE.AR2003.1.1", Name: "soft opt-in", Cite: "Royal Decree 4 Apr 2003 art. 1, 1°", URL: urlBESoft},
}

var beSoft = softOptIn{Rule: "BE.AR2003.1.1", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawBE = jurisdiction{
	Code: "BE", Name: "Belgium",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"BE.CDE.XII.13.identity"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, Recipients: toBusiness, Impersonal: isTrue}, outcome{Model: ModelOptOut, Reasons: []string{"BE.AR2003.1.2"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &beSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"BE.AR2003.1.1"}}},
		{when{Channels: onElectronicMail, Recipients: toBusiness}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"BE.AR2003.1.2.named", "BE.CDE.XII.13"}, Explain: []*softOptIn{&beSoft}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"BE.CDE.XII.13"}, Explain: []*softOptIn{&beSoft}}},
		{when{Channels: onPhone, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "Ne m'appelez plus", Reasons: []string{"BE.CDE.VI.110.listed"}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptOut, RegisterCheck: "Ne m'appelez plus", Reasons: []string{"BE.CDE.VI.110.2"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"BE.CDE.VI.110.1"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"BE.LCE.129.necessary"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"BE.LCE.129"}}},
	},
}
