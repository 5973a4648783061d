package rules

// Romania: Legea nr. 506/2004 art. 4(5) (cookies) and art. 12 (unsolicited commercial communications).

const urlRO506 = "https://www.avocatura.com/legi/5039/legea-506-din-2004.html"

// roReasons are the facts behind the table for Romania, each under its rule id.
var roReasons = []Reason{
	{"RO.506.12.1", "Email, SMS, automated calls, fax or any other electronic method need the " +
		"subscriber's prior express consent, legal persons included, unless the soft opt-in applies " +
		"(live calls: art. 12(1) ends with \"any other method using publicly available electronic " +
		"communications services\"; no ANSPDCP decision confirming that it covers live calls was found, so Assent " +
		"reads calls in, the stricter reading).", "Legea 506/2004 art. 12(1)", urlRO506},
	{"RO.506.12.2", "Soft opt-in: details obtained from your own customer in a sale, your " +
		"own similar products, and a free, easy refusal offered at collection and in every message.",
		"Legea 506/2004 art. 12(2)", urlRO506},
	{"RO.506.4.5", "Cookies that are not strictly necessary need prior informed consent; no " +
		"analytics exemption.", "Legea 506/2004 art. 4(5)", urlRO506},
}

// roRoutes name and cite the soft opt-in routes below, for explaining their failures.
var roRoutes = []routeText{
	{Rule: "RO.506.12.2", Name: "soft opt-in", Cite: "Legea 506/2004 art. 12(2)", URL: urlRO506},
}

var roSoft = softOptIn{Rule: "RO.506.12.2", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawRO = jurisdiction{
	Code: "RO", Name: "Romania",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.ePrivacy.13.4"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &roSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"RO.506.12.2"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"RO.506.12.1"}, Explain: []*softOptIn{&roSoft}}},
		{when{Channels: onPhone | onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"RO.506.12.1"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"EU.ePrivacy.5.3.necessary"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"RO.506.4.5"}}},
	},
}
