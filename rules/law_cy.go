package rules

// Cyprus: Law 112(I)/2004 on the Regulation of Electronic Communications and Postal Services, as amended,
// s.106 (unsolicited communications) and s.99(5) (storage on terminal equipment), enforced by the
// Commissioner for Personal Data Protection. Verified from secondary sources only: s.106's consent rule for
// natural persons and its customer exception (Mondaq, Data Privacy Comparative Guide, 2021; Paschalides,
// "Email Spam: Cyprus Advertising Law"), s.99(5) for cookies (the Commissioner's announcement of
// 30 Jul 2019 as reported by thecypruslawyer.com; P&P Legal, 17 Jun 2021).

const (
	urlCY112    = "https://www.mondaq.com/cyprus/employee-rights-labour-relations/1023104/data-privacy-marketing-requirements-in-cyprus"
	urlCYCookie = "https://thecypruslawyer.com/cyprus-cookies-website-consent/"
)

// cyReasons are the facts behind the table for Cyprus, each under its rule id.
var cyReasons = []Reason{
	{"CY.112-2004.106", "Email, SMS, automated calls and fax for direct marketing to a subscriber " +
		"who is a natural person need prior consent, unless the customer exception applies (secondary source; " +
		"subsection not verified).", "Law 112(I)/2004 s.106 (as amended; secondary source)", urlCY112},
	{"CY.112-2004.106.legal", "s.106's consent rule names subscribers who are natural persons " +
		"(secondary source): electronic marketing to a legal person needs no prior consent, but the GDPR right " +
		"to object and the Directive's identity and opt-out address duties apply; offer a free refusal.",
		"Law 112(I)/2004 s.106 (natural persons only, per secondary source); Directive 2002/58/EC Art 13(5)",
		urlCY112},
	{"CY.112-2004.106.customer", "Customer exception: contact details obtained from your own " +
		"customer in a sale, your own similar products only (not a group company's), and a clear, free, easy " +
		"refusal offered at collection and in every message.", "Law 112(I)/2004 s.106 (customer exception; " +
		"secondary source)", urlCY112},
	{"CY.112-2004.calls", "Live marketing calls: s.106 has no rule for them (secondary source: " +
		"Mondaq 2021, which leaves them to the GDPR); the Commissioner's position was not verified, so Assent " +
		"takes the Directive's stricter choice and asks for prior consent.",
		"Law 112(I)/2004 s.106 (silent on live calls, per secondary source); Directive 2002/58/EC Art 13(3)",
		urlCY112},
	{"CY.112-2004.99.5", "Storing or reading information on the user's device needs express, " +
		"prior, specific consent; a notice that cookies are used is not consent (Commissioner, 30 Jul 2019); " +
		"no analytics exemption (audience-measurement cookies wrongly labelled necessary were a finding of the " +
		"Commissioner's 2023 audit).", "Law 112(I)/2004 s.99(5) (secondary source: Commissioner's " +
		"announcement as reported)", urlCYCookie},
}

// cyRoutes name and cite the soft opt-in routes below, for explaining their failures.
var cyRoutes = []routeText{
	{Rule: "CY.112-2004.106.customer", Name: "customer exception", Cite: "Law 112(I)/2004 s.106 " +
		"(customer exception)", URL: urlCY112},
}

var cySoft = softOptIn{Rule: "CY.112-2004.106.customer", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawCY = jurisdiction{
	Code: "CY", Name: "Cyprus",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.ePrivacy.13.4"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail | onAutomated, Recipients: toBusiness}, outcome{Model: ModelOptOut, Reasons: []string{"CY.112-2004.106.legal"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &cySoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"CY.112-2004.106.customer"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"CY.112-2004.106"}, Explain: []*softOptIn{&cySoft}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptIn, Reasons: []string{"CY.112-2004.calls"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"CY.112-2004.106"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"EU.ePrivacy.5.3.necessary"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"CY.112-2004.99.5"}}},
	},
}
