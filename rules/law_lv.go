package rules

// Latvia: Informācijas sabiedrības pakalpojumu likums (ISPL) art. 7.1 (cookies) and art. 9 (commercial
// communications); the Consumer Rights Protection Centre (PTAC) enforces.

const urlLVPTAC = "https://www.ptac.gov.lv/lv/komercials-pazinojums"

var (
	lvDirect = Reason{"LV.ISPL.9", "Email, SMS, automated calls, fax and any other public electronic " +
		"communications service, calls included, need the recipient's prior consent, legal persons included, " +
		"unless the soft opt-in applies.", "ISPL art. 9(1), 9(3)", urlLVPTAC}
	lvSoftFact = Reason{"LV.ISPL.9.2", "Soft opt-in: details obtained from your own customer in a sale, your " +
		"own similar products, and a free, easy refusal offered at collection and in every message.",
		"ISPL art. 9(2)", urlLVPTAC}
	lvCookies = Reason{"LV.ISPL.7-1", "Cookies that are not strictly necessary need prior informed consent; no " +
		"analytics exemption.", "ISPL art. 7.1", urlLVPTAC}
)

var lvSoft = softOptIn{Name: "soft opt-in", Rule: "LV.ISPL.9.2", Cite: "ISPL art. 9(2)", URL: urlLVPTAC,
	Channels: onElectronicMail, Relationships: ifCustomer, Senders: byNonPolitical,
	Similar: true, AtCollection: true, EveryMessage: true}

var lawLV = jurisdiction{
	Code: "LV", Name: "Latvia",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHidden}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHiddenCall}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHiddenPost}}},
		{when{Channels: onElectronicMail, SoftOptIn: &lvSoft}, outcome{Model: ModelSoftOptIn, Reasons: []Reason{lvSoftFact}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []Reason{lvDirect}, Explain: []*softOptIn{&lvSoft}}},
		{when{Channels: onPhone | onAutomated}, outcome{Model: ModelOptIn, Reasons: []Reason{lvDirect}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []Reason{euPost}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []Reason{euNecessary}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []Reason{lvCookies}}},
	},
}
