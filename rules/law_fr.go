package rules

// France: Code des postes et des communications électroniques (CPCE) L.34-5, Code de la consommation L.223-1
// (as amended by Loi 2025-594 of 30 Jun 2025), Loi Informatique et Libertés art. 82, CNIL guidance.

const (
	urlCNILEmail  = "https://www.cnil.fr/fr/la-prospection-commerciale-par-courrier-electronique"
	urlCNILPhone  = "https://www.cnil.fr/fr/la-prospection-commerciale-par-telephone"
	urlCNILPol    = "https://www.cnil.fr/la-communication-politique-par-courrier-electronique"
	urlCNILCookie = "https://www.cnil.fr/fr/cookies-et-autres-traceurs"
	urlCNILAud    = "https://www.cnil.fr/fr/cookies-solutions-pour-les-outils-de-mesure-daudience"
	urlBloctel    = "https://www.bloctel.gouv.fr/"
	urlFRPhoneLaw = "https://www.village-justice.com/articles/demarchage-telephonique-les-nouvelles-regles-issues-loi-juin-2025,54618.html"
	urlFREnergy   = "https://www.erisavocat.com/news/dmarchage-par-voie-tlphonique-dans-le-domaine-de-la-rnovation-nergtique-possible-ou-non-"
	dateFRPhone   = "2026-08-11"
)

// frReasons are the facts behind the table for France, each under its rule id.
var frReasons = []Reason{
	{"FR.CPCE.L34-5.identity", "Marketing email or SMS that hides the sender, or gives no valid " +
		"address for opt-out requests, is prohibited.", "CPCE art. L.34-5 (last paragraphs)", urlCNILEmail},
	{"FR.Conso.L223-1.renovation", "Since 1 Jul 2025 all canvassing of consumers (calls, SMS, " +
		"email, social media messages) for energy renovation or home adaptation for age or disability is banned, " +
		"consent or not, except within a contract already concluded with the consumer.",
		"Loi 2025-594 of 30 Jun 2025 art. 13 (C. conso L.223-1) [secondary source: village-justice.com]",
		urlFRPhoneLaw},
	{"FR.Conso.L223-1.renovation_phone", "Phone canvassing of consumers for energy-saving " +
		"works or equipment is banned (since 2020), even with Bloctel checked or consent, except within a contract " +
		"in progress.", "C. conso L.223-1 as amended by Loi 2020-901 of 24 Jul 2020", urlFREnergy},
	{"FR.CNIL.B2B", "A professional may be emailed at their work address without prior consent if the " +
		"offer relates to their job, they were informed and able to object when the address was collected, and " +
		"every message lets them opt out.", "CPCE L.34-5; CNIL guidance on B2B prospecting (deliberation of 17 Feb 2005)",
		urlCNILEmail},
	{"FR.CNIL.B2B.not_informed", "The B2B exception holds only if the professional was informed that the " +
		"address would be used for prospecting and could object, free and simply, when it was collected, and if " +
		"every message offers an opt-out: without both, prior consent is needed.",
		"CPCE L.34-5; CNIL guidance on B2B prospecting (deliberation of 17 Feb 2005)", urlCNILEmail},
	{"FR.CNIL.B2B.generic", "A company's generic address (contact@, info@) is not a natural person's: L.34-5 " +
		"consent does not apply. Identify yourself and honour requests to stop.",
		"CPCE L.34-5 (natural persons); CNIL guidance on B2B prospecting", urlCNILEmail},
	{"FR.CNIL.B2B.unrelated", "An offer unrelated to the professional's job needs their prior " +
		"consent, as for consumers.", "CPCE L.34-5; CNIL guidance on B2B prospecting", urlCNILEmail},
	{"FR.CNIL.non_commercial", "CNIL reads L.34-5 as covering commercial prospecting only: a " +
		"charity's or association's non-commercial appeal may be emailed without prior consent, with an opt-out in " +
		"every message and GDPR Art 21. (Secondary source; political messages are treated as consent-based, per CNIL.)",
		"CPCE L.34-5; CNIL guidance on email prospecting [secondary source]", urlCNILEmail},
	{"FR.CNIL.non_commercial.not_informed", "A non-commercial appeal without prior consent needs the person " +
		"to have been told at collection that their address would be used for it and to have been able to object " +
		"then, free, and an opt-out in every message (GDPR Art 13, 21(4)): without both, ask for consent.",
		"CPCE L.34-5; GDPR Art 13(2)(b), Art 21(2)-(4); CNIL guidance on email prospecting", urlCNILEmail},
	{"FR.CPCE.L34-5", "Marketing email or SMS to a person needs their prior consent, unless the " +
		"soft opt-in applies. CNIL applies the same consent rule to political prospecting by email.",
		"CPCE art. L.34-5; CNIL email and political communication guidance", urlCNILEmail},
	{"FR.CPCE.L34-5.soft", "Soft opt-in: the person is already your customer, the message is about " +
		"products or services analogous to those bought from you, and they could refuse free at collection and in " +
		"every message.", "CPCE art. L.34-5 al. 4; CNIL", urlCNILEmail},
	{"FR.CNIL.phone_b2b", "Calls to businesses are outside the consumer rules: opt-out, with the " +
		"right to object (GDPR Art 21) for named contacts.", "C. conso L.223-1 (consumers only); CNIL phone prospecting",
		urlCNILPhone},
	{"FR.Conso.L223-1.2026", "From 11 Aug 2026 phone canvassing of consumers needs their prior " +
		"consent (free, specific, informed, unambiguous, revocable, provable by the trader).",
		"C. conso L.223-1 as amended by Loi 2025-594 art. 13", urlFRPhoneLaw},
	{"FR.Conso.L223-1.contract", "Calls within a contract in progress, about its subject " +
		"(including related or complementary products), need no prior consent.", "C. conso L.223-1", urlFRPhoneLaw},
	{"FR.Conso.L223-1.Bloctel", "Until 10 Aug 2026 phone canvassing of consumers is opt-out: " +
		"screen the list against Bloctel (at least monthly) and call only in the permitted time slots.",
		"C. conso L.223-1; décret 2022-1313 of 13 Oct 2022 (time slots)", urlBloctel},
	{"FR.Conso.L223-1.Bloctel_listed", "The consumer is on Bloctel: you may not canvass them " +
		"by phone unless they asked you to call (their prior consent) or within a contract in progress.",
		"C. conso L.223-1", urlBloctel},
	{"FR.CPCE.L34-5.automated", "Automated calling machines need prior consent.",
		"CPCE art. L.34-5 al. 1", urlCNILPhone},
	{"FR.LIL.82.necessary", "Trackers strictly necessary for a service the user asked for, or " +
		"storing the consent choice, need no consent.", "Loi Informatique et Libertés art. 82; CNIL guidelines 2020-091",
		urlCNILCookie},
	{"FR.CNIL.audience", "Audience measurement used solely for the publisher, producing anonymous " +
		"statistics only, without cross-site tracking, cross-matching or transfer to third parties, is exempt. " +
		"Duties remain: inform users and let them object, free and simply (an opt-out in the preferences); " +
		"cookie lifetime at most 13 months; data kept at most 25 months.",
		"Loi Informatique et Libertés art. 82; CNIL audience measurement guidance (4 Jul 2025)", urlCNILAud},
	{"FR.LIL.82", "Other trackers need prior consent; refusing must be as easy as accepting and " +
		"the choice should be kept for about 6 months.", "Loi Informatique et Libertés art. 82; CNIL recommendation 2020-092",
		urlCNILCookie},
}

// frRoutes name and cite the soft opt-in routes below, for explaining their failures.
var frRoutes = []routeText{
	{Rule: "FR.CPCE.L34-5.soft", Name: "soft opt-in", Cite: "CPCE art. L.34-5 al. 4", URL: urlCNILEmail},
}

var frSoft = softOptIn{Rule: "FR.CPCE.L34-5.soft", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawFR = jurisdiction{
	Code: "FR", Name: "France",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"FR.CPCE.L34-5.identity"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onTelecom, Recipients: toNatural, Sectors: inEnergyRenovation, From: "2025-07-01", OngoingContract: isFalse}, outcome{Model: ModelNotAllowed, Reasons: []string{"FR.Conso.L223-1.renovation"}}},
		{when{Channels: onPhone, Recipients: toNatural, Sectors: inEnergyRenovation, From: "2020-07-26", OngoingContract: isFalse}, outcome{Model: ModelNotAllowed, Reasons: []string{"FR.Conso.L223-1.renovation_phone"}}},
		{when{Channels: onElectronicMail, Recipients: toBusiness, Impersonal: isTrue}, outcome{Model: ModelOptOut, Reasons: []string{"FR.CNIL.B2B.generic"}}},
		{when{Channels: onElectronicMail, Recipients: toBusiness, BusinessRelevant: isTrue, AtCollection: isTrue, EveryMessage: isTrue}, outcome{Model: ModelOptOut, Reasons: []string{"FR.CNIL.B2B"}}},
		{when{Channels: onElectronicMail, Recipients: toBusiness, BusinessRelevant: isTrue}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"FR.CNIL.B2B.not_informed"}}},
		{when{Channels: onElectronicMail, Senders: byCharity | byNonprofit, AtCollection: isTrue, EveryMessage: isTrue}, outcome{Model: ModelOptOut, Reasons: []string{"FR.CNIL.non_commercial"}}},
		{when{Channels: onElectronicMail, Senders: byCharity | byNonprofit, SoftOptIn: &frSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"FR.CPCE.L34-5.soft"}}},
		{when{Channels: onElectronicMail, Senders: byCharity | byNonprofit}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"FR.CNIL.non_commercial.not_informed"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &frSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"FR.CPCE.L34-5.soft"}}},
		{when{Channels: onElectronicMail, Recipients: toBusiness}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"FR.CNIL.B2B.unrelated"}, Explain: []*softOptIn{&frSoft}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"FR.CPCE.L34-5"}, Explain: []*softOptIn{&frSoft}}},
		{when{Channels: onPhone, Recipients: toBusiness}, outcome{Model: ModelOptOut, Reasons: []string{"FR.CNIL.phone_b2b"}}},
		{when{Channels: onPhone, From: dateFRPhone, OngoingContract: isTrue}, outcome{Model: ModelOptOut, Reasons: []string{"FR.Conso.L223-1.contract"}}},
		{when{Channels: onPhone, From: dateFRPhone}, outcome{Model: ModelOptIn, Reasons: []string{"FR.Conso.L223-1.2026"}}},
		{when{Channels: onPhone, OnRegister: isTrue, OngoingContract: isTrue}, outcome{Model: ModelOptOut, RegisterCheck: "Bloctel", Reasons: []string{"FR.Conso.L223-1.contract", "FR.Conso.L223-1.Bloctel"}}},
		{when{Channels: onPhone, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "Bloctel", Reasons: []string{"FR.Conso.L223-1.Bloctel_listed"}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptOut, RegisterCheck: "Bloctel", Reasons: []string{"FR.Conso.L223-1.Bloctel"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"FR.CPCE.L34-5.automated"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"FR.LIL.82.necessary"}}},
		{when{Channels: onCookies, Purposes: forAnalytics, AnalyticsExemption: isTrue}, outcome{Model: ModelExempt, Duties: dutyInform | dutyOfferObjection, Reasons: []string{"FR.CNIL.audience"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"FR.LIL.82"}}},
	},
}
