package rules

// Portugal: Lei n.º 41/2004 (as amended by Lei 46/2012 and Lei 16/2022) art. 5.º, 13.º-A and 13.º-B; CNPD.

const urlPTLei41 = "https://www.pgdlisboa.pt/leis/lei_mostra_articulado.php?nid=707&tabela=leis"

// ptReasons are the facts behind the table for Portugal, each under its rule id.
var ptReasons = []Reason{
	{"PT.L41.13A.1", "Unsolicited direct marketing to natural persons, by email, SMS, " +
		"automated calls or any other means, needs their prior express consent, unless the soft opt-in applies.",
		"Lei 41/2004 art. 13.º-A(1)", urlPTLei41},
	{"PT.L41.13A.3", "Soft opt-in: details obtained from your own customer in a sale, your " +
		"own similar products, and a free, easy refusal offered at collection and in every message.",
		"Lei 41/2004 art. 13.º-A(3)", urlPTLei41},
	{"PT.L41.13A.1.phone", "Live marketing calls to natural persons need prior consent " +
		"(uncertain: art. 13.º-A(1) lists means \"designadamente\"; Assent reads calls in, the stricter view).",
		"Lei 41/2004 art. 13.º-A(1)", urlPTLei41},
	{"PT.L41.13A.2", "Legal persons may be sent marketing until they refuse it; screen against " +
		"the national opposition list of legal persons kept by the Direção-Geral do Consumidor.",
		"Lei 41/2004 art. 13.º-A(2), 13.º-B(2)", urlPTLei41},
	{"PT.L41.13B.listed", "The legal person is on the DGC opposition list: send only " +
		"with its consent.", "Lei 41/2004 art. 13.º-B(2)-(3)", urlPTLei41},
	{"PT.L41.5", "Cookies that are not strictly necessary need prior informed consent; no " +
		"analytics exemption.", "Lei 41/2004 art. 5.º", urlPTLei41},
}

// ptRoutes name and cite the soft opt-in routes below, for explaining their failures.
var ptRoutes = []routeText{
	{Rule: "PT.L41.13A.3", Name: "soft opt-in", Cite: "Lei 41/2004 art. 13.º-A(3)", URL: urlPTLei41},
}

var ptSoft = softOptIn{Rule: "PT.L41.13A.3", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawPT = jurisdiction{
	Code: "PT", Name: "Portugal",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.ePrivacy.13.4"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onTelecom, Recipients: toBusiness, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "lista DGC", Reasons: []string{"PT.L41.13B.listed"}}},
		{when{Channels: onTelecom, Recipients: toBusiness}, outcome{Model: ModelOptOut, RegisterCheck: "lista DGC", Reasons: []string{"PT.L41.13A.2"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &ptSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"PT.L41.13A.3"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"PT.L41.13A.1"}, Explain: []*softOptIn{&ptSoft}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptIn, Reasons: []string{"PT.L41.13A.1.phone"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"PT.L41.13A.1"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"EU.ePrivacy.5.3.necessary"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"PT.L41.5"}}},
	},
}
