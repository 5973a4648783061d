package rules

// Sweden: Marknadsföringslagen (2008:486) 19-21 §§, Lag (2022:482) om elektronisk kommunikation 9 kap. 28 §,
// NIX-Telefon (self-regulation).

const (
	urlMFL = "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/marknadsforingslag-2008486_sfs-2008-486/"
	urlLEK = "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/lag-2022482-om-elektronisk-kommunikation_sfs-2022-482/"
	urlNIX = "https://www.nixtelefon.org/"
)

// seReasons are the facts behind the table for Sweden, each under its rule id.
var seReasons = []Reason{
	{"SE.MFL.20", "Marketing email and SMS must carry a valid address to which the recipient can " +
		"send an opt-out request; without it they may not be sent (duty confirmed by secondary sources; 20 § " +
		"follows the consent rule in 19 §, section number not seen in a source).", "Marknadsföringslagen 20 §",
		urlMFL},
	{"SE.MFL.19", "Marketing by email, SMS, fax or automated calls to natural persons (sole traders " +
		"included) needs prior consent, unless the soft opt-in applies.", "Marknadsföringslagen 19 § first paragraph",
		urlMFL},
	{"SE.MFL.19.2", "Soft opt-in: details obtained from your customer in connection with a sale, " +
		"your own similar products, a clear and free chance to object at collection and in every message.",
		"Marknadsföringslagen 19 § second paragraph [secondary source: iabsverige.se]", urlMFL},
	{"SE.MFL.19.legal", "The consent rule protects natural persons only: email to a legal person is " +
		"opt-out, with a valid opt-out address in every message.", "Marknadsföringslagen 19 § (natural persons " +
		"only), 20 § [secondary sources: IAB Sverige Nov 2020; PAR, E-postlagen]", urlMFL},
	{"SE.MFL.NIX", "Marketing calls to natural persons are opt-out: honour objections (21 §) and " +
		"screen against NIX-Telefon, the industry register that the Consumer Agency treats as good marketing " +
		"practice (its legal status is not verified).", "Marknadsföringslagen 5 §, 21 §; NIX-Telefon rules", urlNIX},
	{"SE.MFL.NIX_listed", "The number is on NIX-Telefon: call only people who asked you to or " +
		"with whom you have a customer relationship they have not objected to; Assent answers consent (stricter).",
		"Marknadsföringslagen 5 §; NIX-Telefon rules", urlNIX},
	{"SE.MFL.21.legal", "Marketing calls to legal persons are opt-out: honour objections.",
		"Marknadsföringslagen 21 §", urlMFL},
	{"SE.MFL.19.automated", "Automated calling systems to natural persons need prior consent; " +
		"Assent applies consent to legal persons too (stricter).", "Marknadsföringslagen 19 §", urlMFL},
	{"SE.LEK.9.28.necessary", "Storage needed to transmit a communication or to provide a " +
		"service the user expressly requested needs no consent.", "Lag (2022:482) om elektronisk kommunikation 9 kap. 28 §",
		urlLEK},
	{"SE.LEK.9.28", "Other cookies need consent to the GDPR standard; no analytics exemption.",
		"Lag (2022:482) om elektronisk kommunikation 9 kap. 28 §", urlLEK},
}

// seRoutes name and cite the soft opt-in routes below, for explaining their failures.
var seRoutes = []routeText{
	{Rule: "SE.MFL.19.2", Name: "soft opt-in", Cite: "Marknadsföringslagen 19 § second paragraph", URL: urlMFL},
}

var seSoft = softOptIn{Rule: "SE.MFL.19.2", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawSE = jurisdiction{
	Code: "SE", Name: "Sweden",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"SE.MFL.20"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, Recipients: toBusiness}, outcome{Model: ModelOptOut, Reasons: []string{"SE.MFL.19.legal"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &seSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"SE.MFL.19.2"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"SE.MFL.19"}, Explain: []*softOptIn{&seSoft}}},
		{when{Channels: onPhone, Recipients: toNatural, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "NIX-Telefon", Reasons: []string{"SE.MFL.NIX_listed"}}},
		{when{Channels: onPhone, Recipients: toNatural}, outcome{Model: ModelOptOut, RegisterCheck: "NIX-Telefon", Reasons: []string{"SE.MFL.NIX"}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptOut, Reasons: []string{"SE.MFL.21.legal"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"SE.MFL.19.automated"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"SE.LEK.9.28.necessary"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"SE.LEK.9.28"}}},
	},
}
