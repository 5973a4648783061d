package rules

// Latvia: Informācijas sabiedrības pakalpojumu likums (ISPL) art. 7.1 (cookies) and art. 9 (commercial
// communications); the Consumer Rights Protection Centre (PTAC) enforces.

const urlLVPTAC = "https://www.ptac.gov.lv/lv/komercials-pazinojums"

// lvReasons are the facts behind the table for Latvia, each under its rule id.
var lvReasons = []Reason{
	{"LV.ISPL.9", "Email, SMS, automated calls, fax and any other public electronic " +
		"communications service, calls included, need the recipient's prior consent, legal persons included, " +
		"unless the soft opt-in applies.", "ISPL art. 9(1), 9(3)", urlLVPTAC},
	{"LV.ISPL.9.2", "Soft opt-in: details obtained from your own customer in a sale, your " +
		"own similar products, and a free, easy refusal offered at collection and in every message.",
		"ISPL art. 9(2)", urlLVPTAC},
	{"LV.ISPL.7-1", "Cookies that are not strictly necessary need prior informed consent; no " +
		"analytics exemption.", "ISPL art. 7.1", urlLVPTAC},
}

// lvRoutes name and cite the soft opt-in routes below, for explaining their failures.
var lvRoutes = []routeText{
	{Rule: "LV.ISPL.9.2", Name: "soft opt-in", Cite: "ISPL art. 9(2)", URL: urlLVPTAC},
}

var lvSoft = softOptIn{Rule: "LV.ISPL.9.2", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawLV = jurisdiction{
	Code: "LV", Name: "Latvia",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.ePrivacy.13.4"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &lvSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"LV.ISPL.9.2"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"LV.ISPL.9"}, Explain: []*softOptIn{&lvSoft}}},
		{when{Channels: onPhone | onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"LV.ISPL.9"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"EU.ePrivacy.5.3.necessary"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"LV.ISPL.7-1"}}},
	},
}
