package rules

// Norway (EEA): Markedsføringsloven (lov 9 Jan 2009 nr. 2) §§ 12, 13, 15; Ekomloven 2024 (lov 13 Dec 2024 nr. 76,
// in force 1 Jan 2025) on cookies, replacing ekomloven 2003 § 2-7b; Forbrukertilsynet guidance.

const (
	urlMFLNO    = "https://lovdata.no/dokument/NL/lov/2009-01-09-2"
	urlFTEmail  = "https://www.forbrukertilsynet.no/lov-og-rett/veiledninger-og-retningslinjer/forbrukerombudets-veiledning-markedsforing-via-e-post-sms-o-l"
	urlFTPhone  = "https://www.forbrukertilsynet.no/telefonsalg-uonsket-reklame"
	urlEkom2024 = "https://lovdata.no/dokument/NL/lov/2024-12-13-76"
	urlEkom2003 = "https://lovdata.no/dokument/NL/lov/2003-07-04-83"
	dateNOEkom  = "2025-01-01"
)

// noReasons are the facts behind the table for Norway, each under its rule id.
var noReasons = []Reason{
	{"NO.MFL.15.identity", "Electronic marketing must make the sender identifiable and give a simple, " +
		"free way to refuse further messages; otherwise it may not be sent.", "Markedsføringsloven § 15 (paragraph " +
		"not verified); e-handelsloven § 9", urlMFLNO},
	{"NO.MFL.12.hidden_number", "Marketing calls to consumers from a hidden or unregistered " +
		"number are prohibited.", "Markedsføringsloven § 12 (as amended from 1 Jan 2018)", urlFTPhone},
	{"NO.MFL.15", "Marketing to natural persons by email, SMS, fax or automated calls needs their " +
		"prior consent, unless the existing-customer exception applies.", "Markedsføringsloven § 15 first paragraph",
		urlFTEmail},
	{"NO.MFL.15.2", "Existing-customer exception: you received the customer's electronic address " +
		"in connection with a sale, market your own goods or services like those the relationship is based on, and " +
		"give a simple, free chance to refuse at collection and in every message.",
		"Markedsføringsloven § 15 second paragraph", urlFTEmail},
	{"NO.MFL.15.legal", "§ 15 protects natural persons only: email to a legal person is opt-out; " +
		"honour objections.", "Markedsføringsloven § 15", urlFTEmail},
	{"NO.MFL.12", "Phone and addressed postal marketing to consumers is opt-out: update your list " +
		"against the Reservasjonsregisteret (Brønnøysund) before the first contact and monthly, and honour " +
		"reservations made directly with you.", "Markedsføringsloven §§ 12-13", urlFTPhone},
	{"NO.MFL.13", "The consumer is in the Reservasjonsregisteret: you may contact them only if " +
		"they expressly asked you to, or within an existing customer (or donor) relationship.",
		"Markedsføringsloven § 13", urlFTPhone},
	{"NO.MFL.13.3", "Existing-customer exception to a reservation: you may market your " +
		"own products like those the customer (or donor) relationship is based on, unless they reserved directly " +
		"with you.", "Markedsføringsloven § 13 third paragraph", urlFTPhone},
	{"NO.MFL.12.legal", "The reservation rules protect consumers; calls to businesses are " +
		"opt-out.", "Markedsføringsloven § 12", urlFTPhone},
	{"NO.MFL.15.automated", "Automated calling machines need prior consent (§ 15 protects " +
		"natural persons; Assent applies consent to businesses too, stricter).", "Markedsføringsloven § 15", urlMFLNO},
	{"NO.Ekom.necessary", "Storage strictly necessary for a service the user expressly requested " +
		"needs no consent.", "Ekomloven 2024 (cookie section, § 3-15: number not verified); before 2025 ekomloven 2003 " +
		"§ 2-7b", urlEkom2024},
	{"NO.Ekom.cookies", "From 1 Jan 2025 other cookies need consent to the GDPR standard; browser " +
		"settings and notices no longer count.", "Ekomloven 2024 (cookie section, § 3-15: number not verified)",
		urlEkom2024},
	{"NO.Ekom2003.2-7b", "Before 2025 the law required information and consent but accepted " +
		"browser settings as consent; Assent answers with the stricter reading: consent.", "Ekomloven 2003 § 2-7b",
		urlEkom2003},
}

// noRoutes name and cite the soft opt-in routes below, for explaining their failures.
var noRoutes = []routeText{
	{Rule: "NO.MFL.15.2", Name: "existing-customer exception", Cite: "Markedsføringsloven § 15 second paragraph",
		URL: urlFTEmail},
	{Rule: "NO.MFL.13.3", Name: "existing-customer exception to a reservation",
		Cite: "Markedsføringsloven § 13 third paragraph", URL: urlFTPhone},
}

var (
	noSoft = softOptIn{Rule: "NO.MFL.15.2", Channels: onElectronicMail, Relationships: ifCustomer,
		Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}
	// noReservedSoft lets a customer or donor be contacted despite a reservation. The law sets no time limit
	// for customers; Assent applies the 3 years set for donors to both (stricter).
	noReservedSoft = softOptIn{Rule: "NO.MFL.13.3", Channels: onPhone | onPost,
		Relationships: ifCustomer | ifSupporter, Senders: byNonPolitical, Similar: true, MaxMonths: 36}
)

var lawNO = jurisdiction{
	Code: "NO", Name: "Norway",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"NO.MFL.15.identity"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"NO.MFL.12.hidden_number"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, Recipients: toBusiness}, outcome{Model: ModelOptOut, Reasons: []string{"NO.MFL.15.legal"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &noSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"NO.MFL.15.2"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"NO.MFL.15"}, Explain: []*softOptIn{&noSoft}}},
		{when{Channels: onPhone | onPost, Recipients: toNatural, OnRegister: isTrue, SoftOptIn: &noReservedSoft}, outcome{Model: ModelSoftOptIn, RegisterCheck: "Reservasjonsregisteret", Reasons: []string{"NO.MFL.13.3"}}},
		{when{Channels: onPhone | onPost, Recipients: toNatural, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "Reservasjonsregisteret", Reasons: []string{"NO.MFL.13"}, Explain: []*softOptIn{&noReservedSoft}}},
		{when{Channels: onPhone | onPost, Recipients: toNatural}, outcome{Model: ModelOptOut, RegisterCheck: "Reservasjonsregisteret", Reasons: []string{"NO.MFL.12"}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptOut, Reasons: []string{"NO.MFL.12.legal"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"NO.MFL.15.automated"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"NO.Ekom.necessary"}}},
		{when{Channels: onCookies, From: dateNOEkom}, outcome{Model: ModelOptIn, Reasons: []string{"NO.Ekom.cookies"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"NO.Ekom2003.2-7b"}}},
	},
}
