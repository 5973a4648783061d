package rules

// Germany: UWG §7 and §7a (numbering since 28 May 2022), TDDDG §25 (ex-TTDSG, renamed 14 May 2024), BGB §312a,
// BGH case law on double opt-in.

const (
	urlUWG7   = "https://www.gesetze-im-internet.de/uwg_2004/__7.html"
	urlUWG7a  = "https://www.gesetze-im-internet.de/uwg_2004/__7a.html"
	urlTDDDG  = "https://www.gesetze-im-internet.de/ttdsg/__25.html"
	urlBGB312 = "https://www.gesetze-im-internet.de/bgb/__312a.html"
	urlBGHDOI = "https://www.iww.de/kp/quellenmaterial/id/78827"
)

// deReasons are the facts behind the table for Germany, each under its rule id.
var deReasons = []Reason{
	{"DE.UWG.7.2.3", "Advertising by message that hides or disguises the sender, or gives no valid " +
		"address to stop further messages at basic transmission cost only, is always an unacceptable nuisance.",
		"UWG §7(2) Nr. 3", urlUWG7},
	{"DE.BGB.312a", "A trader calling a consumer must disclose its identity and the commercial " +
		"purpose at the start of the call; calling with a suppressed number is also an administrative offence.",
		"BGB §312a(1); TDDDG §15(2) (ban on suppressing the number for advertising calls, ex-TKG §102(2))", urlBGB312},
	{"DE.UWG.7.2.2", "Advertising by email, SMS, fax or automated calls needs the recipient's prior " +
		"express consent, consumers and businesses alike (no B2B exception).", "UWG §7(2) Nr. 2", urlUWG7},
	{"DE.BGH.DOI", "The sender must prove consent for each address; after BGH I ZR 164/09 a confirmed " +
		"double opt-in is the accepted proof for email consent collected online. No statute requires it, but " +
		"without it consent is in practice unprovable, so Assent treats it as required.",
		"BGH 10 Feb 2011, I ZR 164/09 (Double-opt-in-Verfahren)", urlBGHDOI},
	{"DE.UWG.7.3", "Soft opt-in (four cumulative conditions): you obtained the address yourself " +
		"in connection with a sale, you advertise your own similar goods or services, the customer has not objected, " +
		"and at collection and in every use they are told clearly that they can object at any time at no more than " +
		"basic transmission cost.", "UWG §7(3)", urlUWG7},
	{"DE.UWG.7.2.1", "Advertising calls to consumers need their prior express consent.",
		"UWG §7(2) Nr. 1", urlUWG7},
	{"DE.UWG.7a", "Document consent to phone advertising when given and keep the proof for 5 " +
		"years after it was given and after each use.", "UWG §7a", urlUWG7a},
	{"DE.UWG.7.2.1.b2b", "Calls to other market participants need at least their presumed " +
		"consent: concrete facts making a real interest in the call likely. A mere connection with their trade is " +
		"not always enough; Assent answers opt-out only when the offer relates to the recipient's business.",
		"UWG §7(2) Nr. 1", urlUWG7},
	{"DE.UWG.7.2.1.b2b_unrelated", "Without a link to the recipient's business there is " +
		"no basis for presumed consent: ask first.", "UWG §7(2) Nr. 1", urlUWG7},
	{"DE.UWG.7.2.2.automated", "Automated calling machines need prior express consent.",
		"UWG §7(2) Nr. 2", urlUWG7},
	{"DE.UWG.7.1", "Advertising the recipient evidently does not want (e.g. a \"no " +
		"advertising\" sticker, an objection) is an unacceptable nuisance.", "UWG §7(1) sentence 2", urlUWG7},
	{"DE.TDDDG.25.2", "Storage or access strictly necessary for a digital service the user " +
		"expressly requested needs no consent (\"digitaler Dienst\", the TDDDG's term since 14 May 2024; " +
		"formerly \"Telemediendienst\").", "TDDDG §25(2) Nr. 2", urlTDDDG},
	{"DE.TDDDG.25.1", "Any other storage on or access to the user's device needs consent.",
		"TDDDG §25(1)", urlTDDDG},
	{"DE.TDDDG.25.analytics", "Germany has no analytics exemption: reach measurement is not " +
		"strictly necessary, so it needs consent even if anonymised.", "TDDDG §25; DSK Orientierungshilfe Telemedien",
		urlTDDDG},
}

// deRoutes name and cite the soft opt-in routes below, for explaining their failures.
var deRoutes = []routeText{
	{Rule: "DE.UWG.7.3", Name: "soft opt-in", Cite: "UWG §7(3)", URL: urlUWG7},
}

var deSoft = softOptIn{Rule: "DE.UWG.7.3", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawDE = jurisdiction{
	Code: "DE", Name: "Germany",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"DE.UWG.7.2.3"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"DE.BGB.312a"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &deSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"DE.UWG.7.3"}}},
		{when{Channels: onEmail}, outcome{Model: ModelDoubleOptIn, DoubleOptIn: DOIRequired, Reasons: []string{"DE.UWG.7.2.2", "DE.BGH.DOI"}, Explain: []*softOptIn{&deSoft}}},
		{when{Channels: onSMS}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"DE.UWG.7.2.2"}, Explain: []*softOptIn{&deSoft}}},
		{when{Channels: onPhone, Recipients: toBusiness, BusinessRelevant: isTrue}, outcome{Model: ModelOptOut, Reasons: []string{"DE.UWG.7.2.1.b2b"}}},
		{when{Channels: onPhone, Recipients: toBusiness}, outcome{Model: ModelOptIn, Reasons: []string{"DE.UWG.7.2.1.b2b_unrelated"}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptIn, Reasons: []string{"DE.UWG.7.2.1", "DE.UWG.7a"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"DE.UWG.7.2.2.automated"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21", "DE.UWG.7.1"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"DE.TDDDG.25.2"}}},
		{when{Channels: onCookies, Purposes: forAnalytics, AnalyticsExemption: isTrue}, outcome{Model: ModelOptIn, Reasons: []string{"DE.TDDDG.25.1", "DE.TDDDG.25.analytics"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"DE.TDDDG.25.1"}}},
	},
}
