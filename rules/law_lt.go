package rules

// Lithuania: Elektroninių ryšių įstatymas (Law on Electronic Communications, No IX-2135), art. 69 (direct
// marketing) and art. 61(3) (storage on terminal equipment); the State Data Protection Inspectorate (VDAI)
// enforces both. Verified: the Law transposes ePrivacy Art 13 and 5(3) and requires prior consent for
// electronic direct marketing with a customer exception open to natural and legal persons (TGS Baltic,
// 9 Jun 2021; DLA Piper, Data Protection Laws of the World, Lithuania), and consent for non-essential cookies
// (VDAI guidance as reported by consentstack.io). The article numbers 69 and 61(3) were not verified in a
// source read here: each row says so. The customer exception is the Directive's route (euSoft).

const (
	urlLTLaw = "https://e-seimas.lrs.lt/rs/legalact/TAD/05cd4e020f0a11e7b6c9f69dc4ecf19f/"
	urlLTTGS = "https://www.tgsbaltic.com/en/publications/can-i-send-marketing-e-mails-to-anyone-a-short-reminder-of-direct-marketing-rules/"
)

// ltReasons are the facts behind the table for Lithuania, each under its rule id.
var ltReasons = []Reason{
	{"LT.ERI.69", "Direct marketing by electronic communications services (email, SMS, calls, " +
		"automated calls, fax) needs the subscriber's prior consent, legal persons included, unless the " +
		"customer exception applies (article number not verified; the rule itself from secondary sources).",
		"Elektroninių ryšių įstatymas art. 69(1) (article number not verified); Directive 2002/58/EC Art " +
			"13(1), 13(3)", urlLTLaw},
	{"LT.ERI.69.2", "Customer exception: electronic contact details obtained from your own " +
		"customer (natural or legal person) in a sale, your own similar products, and a clear, free refusal " +
		"offered at collection and in every message.", "Elektroninių ryšių įstatymas art. 69(2) (article " +
		"number not verified); Directive 2002/58/EC Art 13(2); TGS Baltic 2021", urlLTTGS},
	{"LT.ERI.61.3", "Storing or reading information on the user's device that is not strictly " +
		"necessary needs prior consent after clear and comprehensive information; VDAI does not accept " +
		"legitimate interests for it; no analytics exemption.", "Elektroninių ryšių įstatymas art. 61(3) " +
		"(article number not verified); Directive 2002/58/EC Art 5(3)", urlLTLaw},
}

var lawLT = jurisdiction{
	Code: "LT", Name: "Lithuania",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.ePrivacy.13.4"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &euSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"LT.ERI.69.2", "EU.ePrivacy.13.2"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"LT.ERI.69"}, Explain: []*softOptIn{&euSoft}}},
		{when{Channels: onPhone | onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"LT.ERI.69"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"EU.ePrivacy.5.3.necessary"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"LT.ERI.61.3"}}},
	},
}
