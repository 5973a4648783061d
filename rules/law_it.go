package rules

// Italy: Codice privacy (D.Lgs. 196/2003) art. 122 and 130, DPR 26/2022 (Registro pubblico delle
// opposizioni), Garante cookie guidelines of 10 Jun 2021.

const (
	urlCodicePrivacy = "https://www.garanteprivacy.it/home/docweb/-/docweb-display/docweb/9042678"
	urlGaranteCookie = "https://www.garanteprivacy.it/home/docweb/-/docweb-display/docweb/9677876"
	urlRPO           = "https://www.registrodelleopposizioni.it/"
)

// itReasons are the facts behind the table for Italy, each under its rule id.
var itReasons = []Reason{
	{"IT.Codice.130.5", "Marketing messages that hide the sender's identity or give no valid address " +
		"for opt-out requests are prohibited.", "Codice privacy art. 130(5)", urlCodicePrivacy},
	{"IT.Codice.130.1", "Marketing by email, SMS, MMS, fax or automated calls needs prior consent. " +
		"Whether legal persons are covered is not settled in the sources used; Assent applies consent to them too " +
		"(stricter reading).", "Codice privacy art. 130(1)-(2)", urlCodicePrivacy},
	{"IT.Codice.130.4", "Soft spam: you may email a customer, at the email address they gave you " +
		"in the context of a sale, about your own analogous products, if they were informed, could refuse at " +
		"collection and in every message, and have not refused. It covers email only, not SMS.",
		"Codice privacy art. 130(4) [secondary source: dgrs.it]", urlCodicePrivacy},
	{"IT.Codice.130.1.automated", "Automated calls without an operator need prior consent.",
		"Codice privacy art. 130(1)", urlCodicePrivacy},
	{"IT.RPO", "Operator calls (and post to directory addresses) are opt-out: screen every number, " +
		"mobiles included since 27 Jul 2022, against the Registro pubblico delle opposizioni.",
		"Codice privacy art. 130(3-bis); DPR 26/2022", urlRPO},
	{"IT.RPO.listed", "The number is on the Registro pubblico delle opposizioni: registering " +
		"revokes earlier consents, so call only with consent given to you after the registration.",
		"Codice privacy art. 130(3-bis)-(3-ter); DPR 26/2022", urlRPO},
	{"IT.Codice.122.necessary", "Technical cookies needed for a service the user asked for need " +
		"no consent (information only).", "Codice privacy art. 122(1); Garante guidelines 10 Jun 2021", urlGaranteCookie},
	{"IT.Garante.analytics", "Analytics cookies are treated as technical, without consent, when " +
		"used only for aggregate statistics of the site itself, with masked IP addresses and no cross-matching " +
		"with other data.", "Garante cookie guidelines 10 Jun 2021 [secondary source]", urlGaranteCookie},
	{"IT.Codice.122", "Other cookies need prior consent; closing the banner with \"X\" means " +
		"refusal, scrolling is not consent, and do not ask again for 6 months after a refusal unless something " +
		"changes.", "Codice privacy art. 122(1); Garante guidelines 10 Jun 2021", urlGaranteCookie},
}

// itRoutes name and cite the soft opt-in routes below, for explaining their failures.
var itRoutes = []routeText{
	{Rule: "IT.Codice.130.4", Name: "soft opt-in (soft spam)", Cite: "Codice privacy art. 130(4)",
		URL: urlCodicePrivacy},
}

var itSoft = softOptIn{Rule: "IT.Codice.130.4", Channels: onEmail, Relationships: ifCustomer, Senders: byNonPolitical,
	Similar: true, AtCollection: true, EveryMessage: true}

var lawIT = jurisdiction{
	Code: "IT", Name: "Italy",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"IT.Codice.130.5"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &itSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"IT.Codice.130.4"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"IT.Codice.130.1"}, Explain: []*softOptIn{&itSoft}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"IT.Codice.130.1.automated"}}},
		{when{Channels: onPhone | onPost, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "RPO", Reasons: []string{"IT.RPO.listed"}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptOut, RegisterCheck: "RPO", Reasons: []string{"IT.RPO"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, RegisterCheck: "RPO", Reasons: []string{"EU.GDPR.21", "IT.RPO"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"IT.Codice.122.necessary"}}},
		{when{Channels: onCookies, Purposes: forAnalytics, AnalyticsExemption: isTrue}, outcome{Model: ModelExempt, Reasons: []string{"IT.Garante.analytics"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"IT.Codice.122"}}},
	},
}
