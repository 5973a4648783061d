package rules

// Poland: Prawo komunikacji elektronicznej (PKE, Dz.U. 2024 poz. 1221) art. 398-399, in force 10 Nov 2024;
// before it, ustawa o świadczeniu usług drogą elektroniczną (UŚUDE) art. 10 and Prawo telekomunikacyjne (PT)
// art. 172-173.

const (
	urlPKE   = "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20240001221"
	urlUSUDE = "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20021441204"
	urlPT    = "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU20041711800"
	datePKE  = "2024-11-10"
)

// plReasons are the facts behind the table for Poland, each under its rule id.
var plReasons = []Reason{
	{"PL.USUDE.9", "Commercial information must identify the sender and be clearly marked; hidden " +
		"senders are not allowed.", "UŚUDE art. 9; ePrivacy Art 13(4)", urlUSUDE},
	{"PL.PKE.398", "Since 10 Nov 2024 direct marketing by email, SMS, phone or automated calls needs the " +
		"prior consent of the subscriber or end user, consumers and businesses alike. Poland has no soft opt-in: " +
		"being a customer does not replace consent.", "Prawo komunikacji elektronicznej art. 398 [secondary source: " +
		"radcaprawny.kirp.pl]", urlPKE},
	{"PL.USUDE.10", "Before 10 Nov 2024 unsolicited commercial information by email or SMS needed prior " +
		"consent (no soft opt-in), and so did direct marketing by phone or automated calls.",
		"UŚUDE art. 10; Prawo telekomunikacyjne art. 172", urlUSUDE},
	{"PL.PKE.399.necessary", "Storage necessary to transmit a communication or to provide a " +
		"service the user requested needs no consent.", "Prawo komunikacji elektronicznej art. 399 (before 10 Nov 2024: " +
		"PT art. 173)", urlPKE},
	{"PL.PKE.399", "Other cookies need prior informed consent; no analytics exemption.",
		"Prawo komunikacji elektronicznej art. 399 (before 10 Nov 2024: PT art. 173)", urlPKE},
}

var lawPL = jurisdiction{
	Code: "PL", Name: "Poland",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"PL.USUDE.9"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, From: datePKE}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"PL.PKE.398"}}},
		{when{Channels: onPhone | onAutomated, From: datePKE}, outcome{Model: ModelOptIn, Reasons: []string{"PL.PKE.398"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"PL.USUDE.10"}}},
		{when{Channels: onPhone | onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"PL.USUDE.10"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"PL.PKE.399.necessary"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"PL.PKE.399"}}},
	},
}
