package rules

// Liechtenstein (EEA): Kommunikationsgesetz (KomG, LGBl. 2006 Nr. 91) with Art. 61(4) on device storage since
// 1 Feb 2025, E-Commerce-Gesetz (ECG) Art. 7, Datenschutzstelle (DSS) guidance. The KomG article on unsolicited
// communications was not verified: those rows follow ePrivacy Art 13 as incorporated in the EEA, read strictly.

const (
	urlKomG    = "https://www.gesetze.li/konso/2006091000"
	urlLIECG   = "https://www.gesetze.li/konso/2003133000"
	urlDSSCook = "https://www.datenschutzstelle.li/aktuelles/aktualisierung-cookies-und-vergleichbare-technologien"
	urlDSSDM   = "https://www.datenschutzstelle.li/index.php?cID=535"
	dateLIKomG = "2025-02-01"
)

// liReasons are the facts behind the table for Liechtenstein, each under its rule id.
var liReasons = []Reason{
	{"LI.KomG.identity", "Electronic advertising must not hide the sender and must give a valid " +
		"opt-out address.", "KomG (unsolicited communications; article not verified); ePrivacy Art 13(4) (EEA)", urlKomG},
	{"LI.KomG.unsolicited", "Email and SMS advertising needs prior consent unless the existing-customer " +
		"exception applies (ePrivacy Art 13 as incorporated in the EEA). The KomG article and its reach to legal " +
		"persons were not verified; Assent applies consent to all recipients (stricter). Senders must also respect " +
		"any ECG opt-out register the Government keeps.", "KomG (article not verified); ECG Art. 7(2); DSS direct " +
		"marketing guidance", urlDSSDM},
	{"LI.KomG.customer", "Existing-customer exception: details obtained in a sale, your own similar " +
		"products, a free refusal at collection and in every message (as ePrivacy Art 13(2); LI wording not verified).",
		"KomG (article not verified); ePrivacy Art 13(2) (EEA)", urlKomG},
	{"LI.KomG.phone", "Whether Liechtenstein chose opt-in or opt-out for live marketing calls was not " +
		"verified; Assent answers with the stricter choice: consent.", "KomG (article not verified); ePrivacy Art 13(3) (EEA)",
		urlKomG},
	{"LI.KomG.automated", "Automated calling systems need prior consent.",
		"KomG (article not verified); ePrivacy Art 13(1) (EEA)", urlKomG},
	{"LI.KomG.61.4.necessary", "Storage for the sole purpose of transmission, or strictly " +
		"necessary for a service the user expressly requested, needs no consent.", "KomG Art. 61(4)(a)-(b)", urlDSSCook},
	{"LI.DSS.analytics", "The Datenschutzstelle follows the French and Italian regulators: simple, " +
		"non-personal audience statistics for the site itself may be set without consent under strict conditions.",
		"KomG Art. 61(4); DSS cookie guidance (2025)", urlDSSCook},
	{"LI.KomG.61.4", "Since 1 Feb 2025 other storage or reading on the user's device needs informed " +
		"consent to the GDPR standard.", "KomG Art. 61(4)", urlDSSCook},
	{"LI.GDPR.cookies_before_2025", "Before 1 Feb 2025 the 2009 ePrivacy cookie rule was not part " +
		"of EEA law: cookies were judged under the GDPR (legitimate interests possible). Assent answers with the " +
		"stricter reading: consent.", "GDPR Art 6; DSS guidance on Planet49", urlDSSCook},
}

// liRoutes name and cite the soft opt-in routes below, for explaining their failures.
var liRoutes = []routeText{
	{Rule: "LI.KomG.customer", Name: "existing-customer exception",
		Cite: "KomG (article not verified); ePrivacy Art 13(2) (EEA)", URL: urlKomG},
}

var liSoft = softOptIn{Rule: "LI.KomG.customer", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawLI = jurisdiction{
	Code: "LI", Name: "Liechtenstein",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"LI.KomG.identity"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &liSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"LI.KomG.customer"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"LI.KomG.unsolicited"}, Explain: []*softOptIn{&liSoft}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptIn, Reasons: []string{"LI.KomG.phone"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"LI.KomG.automated"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"LI.KomG.61.4.necessary"}}},
		{when{Channels: onCookies, Purposes: forAnalytics, AnalyticsExemption: isTrue, From: dateLIKomG}, outcome{Model: ModelExempt, Reasons: []string{"LI.DSS.analytics"}}},
		{when{Channels: onCookies, From: dateLIKomG}, outcome{Model: ModelOptIn, Reasons: []string{"LI.KomG.61.4"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"LI.GDPR.cookies_before_2025"}}},
	},
}
