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

var (
	liHidden = Reason{"LI.KomG.identity", "Electronic advertising must not hide the sender and must give a valid " +
		"opt-out address.", "KomG (unsolicited communications; article not verified); ePrivacy Art 13(4) (EEA)", urlKomG}
	liEmail = Reason{"LI.KomG.unsolicited", "Email and SMS advertising needs prior consent unless the existing-customer " +
		"exception applies (ePrivacy Art 13 as incorporated in the EEA). The KomG article and its reach to legal " +
		"persons were not verified; Assent applies consent to all recipients (stricter). Senders must also respect " +
		"any ECG opt-out register the Government keeps.", "KomG (article not verified); ECG Art. 7(2); DSS direct " +
		"marketing guidance", urlDSSDM}
	liSoftFact = Reason{"LI.KomG.customer", "Existing-customer exception: details obtained in a sale, your own similar " +
		"products, a free refusal at collection and in every message (as ePrivacy Art 13(2); LI wording not verified).",
		"KomG (article not verified); ePrivacy Art 13(2) (EEA)", urlKomG}
	liPhone = Reason{"LI.KomG.phone", "Whether Liechtenstein chose opt-in or opt-out for live marketing calls was not " +
		"verified; Assent answers with the stricter choice: consent.", "KomG (article not verified); ePrivacy Art 13(3) (EEA)",
		urlKomG}
	liAutomated = Reason{"LI.KomG.automated", "Automated calling systems need prior consent.",
		"KomG (article not verified); ePrivacy Art 13(1) (EEA)", urlKomG}
	liNecessary = Reason{"LI.KomG.61.4.necessary", "Storage for the sole purpose of transmission, or strictly " +
		"necessary for a service the user expressly requested, needs no consent.", "KomG Art. 61(4)(a)-(b)", urlDSSCook}
	liAnalytics = Reason{"LI.DSS.analytics", "The Datenschutzstelle follows the French and Italian regulators: simple, " +
		"non-personal audience statistics for the site itself may be set without consent under strict conditions.",
		"KomG Art. 61(4); DSS cookie guidance (2025)", urlDSSCook}
	liCookies = Reason{"LI.KomG.61.4", "Since 1 Feb 2025 other storage or reading on the user's device needs informed " +
		"consent to the GDPR standard.", "KomG Art. 61(4)", urlDSSCook}
	liCookiesOld = Reason{"LI.GDPR.cookies_before_2025", "Before 1 Feb 2025 the 2009 ePrivacy cookie rule was not part " +
		"of EEA law: cookies were judged under the GDPR (legitimate interests possible). Assent answers with the " +
		"stricter reading: consent.", "GDPR Art 6; DSS guidance on Planet49", urlDSSCook}
)

var liSoft = softOptIn{Name: "existing-customer exception", Rule: "LI.KomG.customer",
	Cite: "KomG (article not verified); ePrivacy Art 13(2) (EEA)", URL: urlKomG, Channels: onElectronicMail,
	Relationships: ifCustomer, Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawLI = jurisdiction{
	Code: "LI", Name: "Liechtenstein",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{liHidden}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHiddenCall}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHiddenPost}}},
		{when{Channels: onElectronicMail, SoftOptIn: &liSoft}, outcome{Model: ModelSoftOptIn, Reasons: []Reason{liSoftFact}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []Reason{liEmail}, Explain: []*softOptIn{&liSoft}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptIn, Reasons: []Reason{liPhone}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []Reason{liAutomated}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []Reason{euPost}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []Reason{liNecessary}}},
		{when{Channels: onCookies, Purposes: forAnalytics, AnalyticsExemption: isTrue, From: dateLIKomG}, outcome{Model: ModelExempt, Reasons: []Reason{liAnalytics}}},
		{when{Channels: onCookies, From: dateLIKomG}, outcome{Model: ModelOptIn, Reasons: []Reason{liCookies}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []Reason{liCookiesOld}}},
	},
}
