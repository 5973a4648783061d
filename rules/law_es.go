package rules

// Spain: LSSI (Ley 34/2002) art. 20-22, Ley General de Telecomunicaciones 11/2022 art. 66, LOPDGDD (LO 3/2018)
// art. 23, AEPD guidance.

const (
	urlLSSI    = "https://www.boe.es/buscar/act.php?id=BOE-A-2002-13758"
	urlLGTel   = "https://www.boe.es/buscar/act.php?id=BOE-A-2022-10757"
	urlLOPDGDD = "https://www.boe.es/buscar/act.php?id=BOE-A-2018-16673"
	urlAEPDCk  = "https://www.aepd.es/guias/guia-cookies.pdf"
	urlAEPD23  = "https://www.aepd.es/documento/2023-0052.pdf"
)

// esReasons are the facts behind the table for Spain, each under its rule id.
var esReasons = []Reason{
	{"ES.LSSI.20", "Commercial communications must be identifiable as such and identify the sender; " +
		"every message must offer a simple, free way to opt out. Without them they may not be sent.",
		"LSSI art. 20 and 22.1", urlLSSI},
	{"ES.LSSI.21.1", "Commercial email or SMS needs the recipient's prior express request or " +
		"authorisation, for natural and legal persons alike.", "LSSI art. 21.1", urlLSSI},
	{"ES.LSSI.21.2", "Soft opt-in: a prior contractual relationship (a sale; a negotiation is not " +
		"enough), the details obtained lawfully from the customer, your own similar products, and a free opt-out at " +
		"collection and in every message.", "LSSI art. 21.2", urlLSSI},
	{"ES.LOPDGDD.23.4", "Before direct marketing to people who have not consented to you, consult " +
		"the advertising exclusion system (Lista Robinson) and leave out those registered.",
		"LOPDGDD art. 23.4", urlLOPDGDD},
	{"ES.LOPDGDD.23.4.listed", "The person is on the Lista Robinson: market to them only " +
		"with their consent given to you.", "LOPDGDD art. 23.4", urlLOPDGDD},
	{"ES.LGTel.66.1.b", "Since 29 Jun 2023 end users have the right not to receive unsolicited " +
		"marketing calls unless they consented (or another GDPR basis applies, which the AEPD reads restrictively); " +
		"Assent answers with the stricter rule: consent.",
		"Ley 11/2022 General de Telecomunicaciones art. 66.1.b; AEPD report 2023-0052", urlAEPD23},
	{"ES.LGTel.66.1.a", "Automated calling systems without human intervention need prior consent.",
		"Ley 11/2022 General de Telecomunicaciones art. 66.1.a", urlLGTel},
	{"ES.LSSI.22.2.necessary", "Cookies strictly necessary for a service the user expressly " +
		"requested need no consent.", "LSSI art. 22.2", urlLSSI},
	{"ES.LSSI.22.2", "Other cookies need informed consent; rejecting must be as easy as accepting.",
		"LSSI art. 22.2; AEPD cookie guide (2023)", urlAEPDCk},
	{"ES.AEPD.analytics", "The AEPD does not exempt analytics cookies from consent (it treats " +
		"first-party statistics as low-risk only); Assent applies consent.", "AEPD cookie guide (2023)", urlAEPDCk},
}

// esRoutes name and cite the soft opt-in routes below, for explaining their failures.
var esRoutes = []routeText{
	{Rule: "ES.LSSI.21.2", Name: "soft opt-in", Cite: "LSSI art. 21.2; LOPDGDD art. 23.4", URL: urlLSSI},
}

var esSoft = softOptIn{Rule: "ES.LSSI.21.2", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true, NotOnRegister: true}

var lawES = jurisdiction{
	Code: "ES", Name: "Spain",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"ES.LSSI.20"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &esSoft}, outcome{Model: ModelSoftOptIn, RegisterCheck: "Lista Robinson", Reasons: []string{"ES.LSSI.21.2", "ES.LOPDGDD.23.4"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"ES.LSSI.21.1"}, Explain: []*softOptIn{&esSoft}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptIn, Reasons: []string{"ES.LGTel.66.1.b"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"ES.LGTel.66.1.a"}}},
		{when{Channels: onPost, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "Lista Robinson", Reasons: []string{"ES.LOPDGDD.23.4.listed"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, RegisterCheck: "Lista Robinson", Reasons: []string{"EU.GDPR.21", "ES.LOPDGDD.23.4"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"ES.LSSI.22.2.necessary"}}},
		{when{Channels: onCookies, Purposes: forAnalytics, AnalyticsExemption: isTrue}, outcome{Model: ModelOptIn, Reasons: []string{"ES.LSSI.22.2", "ES.AEPD.analytics"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"ES.LSSI.22.2"}}},
	},
}
