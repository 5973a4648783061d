package rules

// Austria: Telekommunikationsgesetz 2021 (TKG 2021) §165 and §174, E-Commerce-Gesetz §7 (ECG-Liste),
// Gewerbeordnung §151 (Robinsonliste).

const (
	urlTKG2021 = "https://www.ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen&Gesetzesnummer=20011678"
	urlECG     = "https://www.ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen&Gesetzesnummer=20001703"
	urlGewO    = "https://www.ris.bka.gv.at/GeltendeFassung.wxe?Abfrage=Bundesnormen&Gesetzesnummer=10007517"
)

// atReasons are the facts behind the table for Austria, each under its rule id.
var atReasons = []Reason{
	{"AT.TKG.174.identity", "Electronic mail that hides the sender or gives no genuine address for " +
		"opt-out requests is prohibited.", "TKG 2021 §174; ePrivacy Art 13(4)", urlTKG2021},
	{"AT.TKG.174.3", "Email and SMS for direct marketing need prior consent, for consumers and " +
		"businesses alike, unless the soft opt-in applies.", "TKG 2021 §174(3)", urlTKG2021},
	{"AT.TKG.174.4", "Soft opt-in: details obtained in connection with a sale or service to the " +
		"customer, your own similar products, a free and easy refusal at collection and in every message, and the " +
		"recipient is not on the ECG-Liste kept by the RTR.", "TKG 2021 §174(4); ECG §7(2)", urlTKG2021},
	{"AT.ECG.7", "Senders of unsolicited commercial email must consult the ECG-Liste (RTR) and leave " +
		"out the addresses on it.", "E-Commerce-Gesetz §7(2)", urlECG},
	{"AT.TKG.174.1", "Marketing calls and faxes need prior consent, to consumers and businesses " +
		"alike; there is no soft opt-in for calls.", "TKG 2021 §174(1)", urlTKG2021},
	{"AT.GewO.151.Robinson", "Address publishers and direct-marketing firms must respect the " +
		"Robinsonliste kept by the WKO for postal advertising.", "Gewerbeordnung §151(9)", urlGewO},
	{"AT.TKG.165.3.necessary", "Storage strictly necessary for a service the user expressly " +
		"requested needs no consent.", "TKG 2021 §165(3)", urlTKG2021},
	{"AT.TKG.165.3", "Other cookies need prior consent; the DSB gives no analytics exemption.",
		"TKG 2021 §165(3)", urlTKG2021},
}

// atRoutes name and cite the soft opt-in routes below, for explaining their failures.
var atRoutes = []routeText{
	{Rule: "AT.TKG.174.4", Name: "soft opt-in", Cite: "TKG 2021 §174(4); ECG §7(2)", URL: urlTKG2021},
}

var atSoft = softOptIn{Rule: "AT.TKG.174.4", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true, NotOnRegister: true}

var lawAT = jurisdiction{
	Code: "AT", Name: "Austria",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"AT.TKG.174.identity"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &atSoft}, outcome{Model: ModelSoftOptIn, RegisterCheck: "ECG-Liste", Reasons: []string{"AT.TKG.174.4", "AT.ECG.7"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"AT.TKG.174.3"}, Explain: []*softOptIn{&atSoft}}},
		{when{Channels: onPhone | onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"AT.TKG.174.1"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, RegisterCheck: "Robinsonliste", Reasons: []string{"EU.GDPR.21", "AT.GewO.151.Robinson"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"AT.TKG.165.3.necessary"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"AT.TKG.165.3"}}},
	},
}
