package rules

// Romania: Legea nr. 506/2004 art. 4(5) (cookies) and art. 12 (unsolicited commercial communications).

const urlRO506 = "https://www.avocatura.com/legi/5039/legea-506-din-2004.html"

var (
	roDirect = Reason{"RO.506.12.1", "Email, SMS, automated calls, fax or any other electronic method need the " +
		"subscriber's prior express consent, legal persons included, unless the soft opt-in applies " +
		"(uncertain: live calls as \"any other method\").", "Legea 506/2004 art. 12(1)", urlRO506}
	roSoftFact = Reason{"RO.506.12.2", "Soft opt-in: details obtained from your own customer in a sale, your " +
		"own similar products, and a free, easy refusal offered at collection and in every message.",
		"Legea 506/2004 art. 12(2)", urlRO506}
	roCookies = Reason{"RO.506.4.5", "Cookies that are not strictly necessary need prior informed consent; no " +
		"analytics exemption.", "Legea 506/2004 art. 4(5)", urlRO506}
)

var roSoft = softOptIn{Name: "soft opt-in", Rule: "RO.506.12.2", Cite: "Legea 506/2004 art. 12(2)", URL: urlRO506,
	Channels: onElectronicMail, Relationships: ifCustomer, Senders: byNonPolitical,
	Similar: true, AtCollection: true, EveryMessage: true}

var lawRO = jurisdiction{
	Code: "RO", Name: "Romania",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHidden}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHiddenCall}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHiddenPost}}},
		{when{Channels: onElectronicMail, SoftOptIn: &roSoft}, outcome{Model: ModelSoftOptIn, Reasons: []Reason{roSoftFact}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []Reason{roDirect}, Explain: []*softOptIn{&roSoft}}},
		{when{Channels: onPhone | onAutomated}, outcome{Model: ModelOptIn, Reasons: []Reason{roDirect}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []Reason{euPost}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []Reason{euNecessary}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []Reason{roCookies}}},
	},
}
