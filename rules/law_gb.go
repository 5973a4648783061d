package rules

// United Kingdom: PECR 2003 as amended by the Data (Use and Access) Act 2025 (PECR changes in force
// 5 Feb 2026), UK GDPR, ICO guidance.

const (
	dateDUAA    = "2026-02-05"
	urlPECR     = "https://www.legislation.gov.uk/uksi/2003/2426/contents"
	urlPECR19   = "https://www.legislation.gov.uk/uksi/2003/2426/regulation/19"
	urlPECR21   = "https://www.legislation.gov.uk/uksi/2003/2426/regulation/21"
	urlPECR21A  = "https://www.legislation.gov.uk/uksi/2003/2426/regulation/21A"
	urlPECR21B  = "https://www.legislation.gov.uk/uksi/2003/2426/regulation/21B"
	urlPECR22   = "https://www.legislation.gov.uk/uksi/2003/2426/regulation/22"
	urlPECR23   = "https://www.legislation.gov.uk/uksi/2003/2426/regulation/23"
	urlPECR24   = "https://www.legislation.gov.uk/uksi/2003/2426/regulation/24"
	urlPECR6    = "https://www.legislation.gov.uk/uksi/2003/2426/regulation/6"
	urlDUAA     = "https://www.legislation.gov.uk/ukpga/2025/18/contents"
	urlICOEmail = "https://ico.org.uk/for-organisations/direct-marketing-and-privacy-and-electronic-communications/guide-to-pecr/guidance-on-direct-marketing-using-electronic-mail/how-do-we-comply-with-the-rules-on-sending-marketing-by-electronic-mail/"
	urlICOB2B   = "https://ico.org.uk/for-organisations/direct-marketing-and-privacy-and-electronic-communications/business-to-business-marketing/"
	urlICOCalls = "https://ico.org.uk/for-organisations/direct-marketing-and-privacy-and-electronic-communications/guide-to-pecr/guidance-on-direct-marketing-using-live-calls/how-do-we-comply-with-the-rules-on-live-marketing-calls/"
	urlUKGDPR21 = "https://www.legislation.gov.uk/eur/2016/679/article/21"
)

// gbReasons are the facts behind the table for United Kingdom, each under its rule id.
var gbReasons = []Reason{
	{"GB.PECR.23", "Marketing email or text must not disguise or conceal the sender and must give a " +
		"valid address for opt-out requests; without them it may not be sent at all.", "PECR reg 23", urlPECR23},
	{"GB.PECR.24", "Marketing calls must give the caller's name (and, for automated calls, an " +
		"address or freephone number) and must not withhold the calling line identity.", "PECR regs 19, 21, 24",
		urlPECR24},
	{"GB.UKGDPR.14", "Postal marketing must say who sends it and how to object.",
		"UK GDPR Art 14, Art 21(4)", urlUKGDPR21},
	{"GB.PECR.22.corporate", "Email and texts to corporate subscribers (companies, LLPs, Scottish " +
		"partnerships, government bodies) need no consent under PECR: identify yourself and give a valid opt-out " +
		"address. Named employees may still object under UK GDPR Art 21; sole traders and other partnerships are " +
		"individual subscribers.", "PECR regs 22, 23; ICO business-to-business marketing", urlICOB2B},
	{"GB.PECR.22.2", "Marketing email or text to an individual subscriber (including sole traders " +
		"and non-LLP partnerships) needs their specific prior consent to this channel, unless a soft opt-in applies.",
		"PECR reg 22(2)", urlPECR22},
	{"GB.PECR.22.3", "Soft opt-in: you obtained the details yourself in the course of a sale or " +
		"negotiations for a sale (a quote request counts; a general enquiry does not), you market your own similar " +
		"products, and a simple free refusal was offered at collection and is offered in every message.",
		"PECR reg 22(3); ICO electronic mail guidance", urlICOEmail},
	{"GB.PECR.22.3A", "Charity soft opt-in (from 5 Feb 2026): a charity may email or text people " +
		"whose details it obtained itself, on or after 5 Feb 2026, when they expressed an interest in or supported its " +
		"purposes (relationship \"interest\" or \"supporter\"), solely to further those purposes, with a free refusal " +
		"at collection and in every message.",
		"PECR reg 22(3A), inserted by DUAA 2025 s.114; ICO charity soft opt-in guidance (28 Apr 2026)", urlDUAA},
	{"GB.PECR.21", "Live marketing calls to individuals and sole traders are opt-out: screen the " +
		"number against the TPS and your own list of objections.", "PECR reg 21(1)(a),(b); ICO live calls guidance",
		urlICOCalls},
	{"GB.PECR.21.TPS", "The number is on the TPS: you may call only if the person has specifically " +
		"told you that they do not object to your calls; being an existing customer is not enough.",
		"PECR reg 21(1)(b), 21(4); ICO live calls guidance", urlICOCalls},
	{"GB.PECR.21.corporate", "Live marketing calls to companies are opt-out: screen against the " +
		"CTPS (and the TPS, where sole traders and partnerships register) and your own objections list.",
		"PECR reg 21; ICO business-to-business marketing", urlICOB2B},
	{"GB.PECR.21.CTPS", "The number is on the CTPS: call only with the company's specific " +
		"consent to your calls.", "PECR reg 21(1)(b), 21(4); ICO business-to-business marketing", urlICOB2B},
	{"GB.PECR.21A", "Live calls about claims management services need the subscriber's prior " +
		"consent to such calls from you, whoever the recipient is.", "PECR reg 21A", urlPECR21A},
	{"GB.PECR.21B", "Live calls about pension schemes need prior consent, unless you are a trustee " +
		"or manager of the scheme or FCA-authorised and the person is an existing client who expects such calls; " +
		"Assent cannot see those facts and answers with the stricter rule.", "PECR reg 21B", urlPECR21B},
	{"GB.PECR.19", "Automated (recorded) marketing calls need prior consent specific to " +
		"automated calls from you, to any subscriber, corporate ones included.", "PECR reg 19", urlPECR19},
	{"GB.UKGDPR.21", "Postal marketing needs no PECR consent: a UK GDPR lawful basis (usually " +
		"legitimate interests) and an absolute right to object. The Mailing Preference Service is not a statutory " +
		"register, so Assent names no register_check: screening against it is industry practice (DMA Code), " +
		"recommended. Someone who objected to you may not be sent post again (UK GDPR Art 21(3)).", "UK GDPR Art 6(1)(f), Art 21; ICO direct marketing guidance",
		urlUKGDPR21},

	{"GB.PECR.6.4", "Cookies strictly necessary for a service the user requested (or solely " +
		"for transmission) need no consent.", "PECR reg 6(4) (Sch A1 from 5 Feb 2026)", urlPECR6},
	{"GB.PECR.6", "Other cookies and similar technologies need clear information and the " +
		"user's consent to the UK GDPR standard.", "PECR reg 6(1)-(3)", urlPECR6},
	{"GB.PECR.SchA1.statistics", "Cookies used solely to produce statistics to improve your own " +
		"website or service are exempt from 5 Feb 2026, if users get clear information and a simple, free way to " +
		"object. Using the data for advertising, or letting a third party use it for its own purposes, needs consent.",
		"PECR reg 6 and Sch A1 (inserted by DUAA 2025 s.112, Sch 12)", urlDUAA},
	{"GB.PECR.SchA1.not_in_force", "The statistics exemption applies only from 5 Feb 2026; " +
		"before then analytics cookies need consent.", "DUAA 2025 s.112, Sch 12; commencement 5 Feb 2026", urlDUAA},
	{"GB.PECR.SchA1.functional", "From 5 Feb 2026 storage used solely to adapt the site's appearance or " +
		"functions to the user's own preferences (the purpose \"functional\") is exempt, if users get clear " +
		"information and a simple, free way to object. Third-party chat, video or embeds that track are not this " +
		"purpose: classify them as marketing or personalization.", "PECR reg 6 and Sch A1 (inserted by DUAA 2025 " +
		"s.112, Sch 12); ICO storage and access technologies guidance", urlDUAA},
	{"GB.PECR.SchA1.functional_not_in_force", "The appearance and functionality exemption applies only from " +
		"5 Feb 2026; before then such cookies need consent unless strictly necessary.",
		"DUAA 2025 s.112, Sch 12; commencement 5 Feb 2026", urlDUAA},
}

// gbRoutes name and cite the soft opt-in routes below, for explaining their failures.
var gbRoutes = []routeText{
	{Rule: "GB.PECR.22.3", Name: "soft opt-in", Cite: "PECR reg 22(3); ICO electronic mail guidance",
		URL: urlICOEmail},
	{Rule: "GB.PECR.22.3A", Name: "charity soft opt-in", Cite: "PECR reg 22(3A) (DUAA 2025 s.114)", URL: urlDUAA},
}

var (
	gbSoft = softOptIn{Rule: "GB.PECR.22.3", Channels: onElectronicMail, Relationships: ifCustomer | ifNegotiation,
		Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}
	gbCharitySoft = softOptIn{Rule: "GB.PECR.22.3A", Channels: onElectronicMail, Relationships: ifSupporter | ifInterest,
		Senders: byCharity, From: dateDUAA, CollectedFrom: dateDUAA, AtCollection: true, EveryMessage: true}
)

var lawGB = jurisdiction{
	Code: "GB", Name: "United Kingdom",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"GB.PECR.23"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"GB.PECR.24"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"GB.UKGDPR.14"}}},
		{when{Channels: onElectronicMail, Recipients: toBusiness}, outcome{Model: ModelOptOut, Reasons: []string{"GB.PECR.22.corporate"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &gbSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"GB.PECR.22.3"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &gbCharitySoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"GB.PECR.22.3A"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"GB.PECR.22.2"}, Explain: []*softOptIn{&gbSoft, &gbCharitySoft}}},
		{when{Channels: onPhone, Sectors: inClaimsManagement}, outcome{Model: ModelOptIn, Reasons: []string{"GB.PECR.21A"}}},
		{when{Channels: onPhone, Sectors: inPensions}, outcome{Model: ModelOptIn, Reasons: []string{"GB.PECR.21B"}}},
		{when{Channels: onPhone, Recipients: toNatural, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "TPS", Reasons: []string{"GB.PECR.21.TPS"}}},
		{when{Channels: onPhone, Recipients: toNatural}, outcome{Model: ModelOptOut, RegisterCheck: "TPS", Reasons: []string{"GB.PECR.21"}}},
		{when{Channels: onPhone, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "CTPS", Reasons: []string{"GB.PECR.21.CTPS"}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptOut, RegisterCheck: "CTPS", Reasons: []string{"GB.PECR.21.corporate"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"GB.PECR.19"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"GB.UKGDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"GB.PECR.6.4"}}},
		{when{Channels: onCookies, Purposes: forAnalytics, AnalyticsExemption: isTrue, From: dateDUAA}, outcome{Model: ModelExempt, Duties: dutyInform | dutyOfferObjection, Reasons: []string{"GB.PECR.SchA1.statistics"}}},
		{when{Channels: onCookies, Purposes: forAnalytics, AnalyticsExemption: isTrue}, outcome{Model: ModelOptIn, Reasons: []string{"GB.PECR.6", "GB.PECR.SchA1.not_in_force"}}},
		{when{Channels: onCookies, Purposes: forFunctional, From: dateDUAA}, outcome{Model: ModelExempt, Duties: dutyInform | dutyOfferObjection, Reasons: []string{"GB.PECR.SchA1.functional"}}},
		{when{Channels: onCookies, Purposes: forFunctional}, outcome{Model: ModelOptIn, Reasons: []string{"GB.PECR.6", "GB.PECR.SchA1.functional_not_in_force"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"GB.PECR.6"}}},
	},
}
