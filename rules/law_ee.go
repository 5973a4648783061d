package rules

// Estonia: Elektroonilise side seadus (ESS, Electronic Communications Act) § 103¹ (electronic direct
// marketing), which the Andmekaitse Inspektsioon (AKI) enforces; the Information Society Services Act § 6
// sets the content duties of commercial communications. Verified: § 103¹ and its consent rule for natural
// persons (AKI's spam-sender list, which cites § 103¹ and its subsection 5 on the burden of proving consent);
// the opt-out rule for legal persons and the customer exception from secondary sources only (TGS Baltic,
// 9 Jun 2021; a data seller's legal notice quoting § 103¹); no source found for a national cookie article or
// for the national choices on live and automated calls: those rows cite the Directive (Art 5(3), 13(3),
// 13(1)) and take its stricter reading. The customer exception is the Directive's route (euSoft).

const (
	urlEEAKI = "https://www.aki.ee/et/menetluspraktika/rampspostitajate-nimekiri"
	urlEETGS = "https://www.tgsbaltic.com/en/publications/can-i-send-marketing-e-mails-to-anyone-a-short-reminder-of-direct-marketing-rules/"
)

// eeReasons are the facts behind the table for Estonia, each under its rule id.
var eeReasons = []Reason{
	{"EE.ESS.103-1", "Electronic direct marketing (email, SMS, fax) to a natural " +
		"person needs their prior consent, unless the customer exception applies; the sender must prove the " +
		"consent (§ 103¹(5), verified from AKI).", "ESS § 103¹ (verified: AKI); Directive 2002/58/EC Art 13(1)",
		urlEEAKI},
	{"EE.ESS.103-1.legal", "Electronic direct marketing to a legal person's contact details is " +
		"allowed without consent if every message offers a clear, free way to refuse (secondary sources; " +
		"subsection number not verified).", "ESS § 103¹ (legal persons: secondary source, subsection not " +
		"verified); Directive 2002/58/EC Art 13(5)", urlEETGS},
	{"EE.ESS.103-1.customer", "Customer exception: contact details obtained from your own " +
		"customer in a sale, your own similar products, and a clear, free refusal offered at collection and in " +
		"every message (secondary source: TGS Baltic 2021; subsection number not verified).",
		"ESS § 103¹ (customer exception; subsection not verified); Directive 2002/58/EC Art 13(2)", urlEETGS},
	{"EE.ESS.cookies", "Cookies that are not strictly necessary need prior informed consent " +
		"(the Directive's rule; the Estonian article transposing it was not verified).",
		"Directive 2002/58/EC Art 5(3) (national article not verified)", urlEPrivacy},
}

var lawEE = jurisdiction{
	Code: "EE", Name: "Estonia",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.ePrivacy.13.4"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, Recipients: toBusiness}, outcome{Model: ModelOptOut, Reasons: []string{"EE.ESS.103-1.legal"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &euSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"EE.ESS.103-1.customer", "EU.ePrivacy.13.2"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"EE.ESS.103-1"}, Explain: []*softOptIn{&euSoft}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptIn, Reasons: []string{"EU.ePrivacy.13.3"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"EU.ePrivacy.13.1.automated"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"EU.ePrivacy.5.3.necessary"}}},
		{when{Channels: onCookies, Purposes: forAnalytics, AnalyticsExemption: isTrue}, outcome{Model: ModelOptIn, Reasons: []string{"EE.ESS.cookies", "EU.ePrivacy.5.3.analytics"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"EE.ESS.cookies", "EU.ePrivacy.5.3"}}},
	},
}
