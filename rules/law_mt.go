package rules

// Malta: Processing of Personal Data (Electronic Communications Sector) Regulations, S.L. 586.01 (formerly
// S.L. 440.01, from L.N. 16 of 2003), reg. 5 (storage on terminal equipment) and reg. 9 (unsolicited
// communications); the Information and Data Protection Commissioner (IDPC) enforces. Verified: reg. 5 and
// its consent rule from the IDPC's Guidance Note on Cookies Consent Requirements (Aug 2021); the consent rule
// for electronic mail, its customer exception and the identity duty from a summary of the IDPC's position
// (365trust.me) and the IDPC's own page on unsolicited communications; the regulation number 9 was not
// verified in a source read here. The 2003 regime was opt-out for legal persons (ITU anti-spam survey); that
// the current text keeps it was not verified, so Assent asks consent of legal persons too (stricter).
// Malta's choice for live calls was not verified either: that row cites the Directive (Art 13(3)).

const (
	urlMTCookie = "https://idpc.org.mt/idpc-publications/guidance-note-on-cookies-consent-requirements/"
	urlMTSpam   = "https://365trust.me/en/by-the-maltese-data-protection-authority-unsolicited-direct-marketing"
)

// mtReasons are the facts behind the table for Malta, each under its rule id.
var mtReasons = []Reason{
	{"MT.SL586.01.9", "Electronic mail (email, SMS), automated calls and fax for direct marketing " +
		"need the recipient's prior consent unless the customer exception applies. Legal persons: the 2003 " +
		"rules were opt-out for them (ITU survey) but the current text was not verified, so Assent asks " +
		"consent (stricter).", "S.L. 586.01 reg. 9 (regulation number not verified); Directive 2002/58/EC Art " +
		"13(1)", urlMTSpam},
	{"MT.SL586.01.9.customer", "Customer exception: contact details obtained in an earlier sale " +
		"of a product or service, marketing only similar products or services, and a free, easy refusal " +
		"offered at collection and in every message.", "S.L. 586.01 reg. 9 (customer exception; regulation " +
		"number not verified); Directive 2002/58/EC Art 13(2)", urlMTSpam},
	{"MT.SL586.01.5", "Storing or reading information on the user's device (tracking cookies) " +
		"needs prior informed consent by an affirmative action, to the GDPR standard; pre-ticked boxes and " +
		"continued browsing are not consent; no analytics exemption.",
		"S.L. 586.01 reg. 5; IDPC Guidance Note on Cookies Consent Requirements (2021)", urlMTCookie},
}

// mtRoutes name and cite the soft opt-in routes below, for explaining their failures.
var mtRoutes = []routeText{
	{Rule: "MT.SL586.01.9.customer", Name: "customer exception", Cite: "S.L. 586.01 reg. 9 (customer " +
		"exception; regulation number not verified)", URL: urlMTSpam},
}

var mtSoft = softOptIn{Rule: "MT.SL586.01.9.customer", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawMT = jurisdiction{
	Code: "MT", Name: "Malta",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.ePrivacy.13.4"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &mtSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"MT.SL586.01.9.customer"}}},
		{when{Channels: onElectronicMail, Recipients: toBusiness}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"MT.SL586.01.9", "EU.ePrivacy.13.5"}, Explain: []*softOptIn{&mtSoft}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"MT.SL586.01.9", "EU.ePrivacy.13.1"}, Explain: []*softOptIn{&mtSoft}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptIn, Reasons: []string{"EU.ePrivacy.13.3"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"MT.SL586.01.9"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"EU.ePrivacy.5.3.necessary"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"MT.SL586.01.5"}}},
	},
}
