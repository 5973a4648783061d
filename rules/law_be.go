package rules

// Belgium: Code de droit économique (CDE) art. XII.13 and VI.110-VI.114, Royal Decree of 4 Apr 2003, the
// electronic communications law on cookies.

const (
	urlCDE     = "https://www.ejustice.just.fgov.be/eli/loi/2013/02/28/2013A11134/justel"
	urlDNCM    = "https://www.dncm.be/the-legislation-for-telemarketeers/"
	urlAPDCook = "https://www.autoriteprotectiondonnees.be/citoyen/themes/internet/cookies"
	urlBESoft  = "https://www.actualitesdroitbelge.be/"
)

var (
	beHidden = Reason{"BE.CDE.XII.13.identity", "Advertising by email must be identifiable as such, identify the " +
		"sender and give a valid opt-out address; otherwise it may not be sent.", "CDE art. XII.12-XII.13", urlCDE}
	beEmail = Reason{"BE.CDE.XII.13", "Advertising by email (SMS included) to natural persons, and to personal " +
		"business addresses, needs prior consent unless the soft opt-in applies.", "CDE art. XII.13", urlCDE}
	beSoftFact = Reason{"BE.AR2003.1.1", "Soft opt-in: details obtained directly from your customer (natural or legal " +
		"person) in a sale, your own analogous products, a free and easy objection at collection and in every message.",
		"Royal Decree 4 Apr 2003 art. 1, 1° [secondary source: actualitesdroitbelge.be]", urlBESoft}
	beLegal = Reason{"BE.AR2003.1.2", "Email to a legal person at an impersonal address (info@, sales@) needs no " +
		"consent; honour objections. A named person's work address counts as a natural person's (consent).",
		"Royal Decree 4 Apr 2003 art. 1, 2°", urlBESoft}
	bePhone = Reason{"BE.CDE.VI.110.2", "Marketing calls are allowed unless the subscriber objected: screen against " +
		"the \"Ne m'appelez plus\" / \"Bel-me-niet-meer\" list, which covers natural and legal persons.",
		"CDE art. VI.110 §2, VI.111-VI.114", urlDNCM}
	bePhoneListed = Reason{"BE.CDE.VI.110.listed", "The number is on the \"Ne m'appelez plus\" list: call only with " +
		"the subscriber's consent.", "CDE art. VI.110 §2, VI.112", urlDNCM}
	beAutomated = Reason{"BE.CDE.VI.110.1", "Automated calling systems without human intervention need prior consent.",
		"CDE art. VI.110 §1", urlCDE}
	beNecessary = Reason{"BE.LCE.129.necessary", "Cookies strictly necessary for transmission or for a service the " +
		"user explicitly requested need no consent.", "Loi du 13 juin 2005 art. 129 (now art. 10/2 of the law of 30 Jul " +
		"2018: renumbering not verified)", urlAPDCook}
	beCookies = Reason{"BE.LCE.129", "Other cookies need prior consent; the APD gives no analytics exemption.",
		"Loi du 13 juin 2005 art. 129 (renumbering not verified); APD cookie guidance", urlAPDCook}
)

var beSoft = softOptIn{Name: "soft opt-in", Rule: "BE.AR2003.1.1", Cite: "Royal Decree 4 Apr 2003 art. 1, 1°",
	URL: urlBESoft, Channels: onElectronicMail, Relationships: ifCustomer, Senders: byNonPolitical,
	Similar: true, AtCollection: true, EveryMessage: true}

var lawBE = jurisdiction{
	Code: "BE", Name: "Belgium",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{beHidden}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHiddenCall}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{euHiddenPost}}},
		{when{Channels: onElectronicMail, Recipients: toBusiness}, outcome{Model: ModelOptOut, Reasons: []Reason{beLegal}}},
		{when{Channels: onElectronicMail, SoftOptIn: &beSoft}, outcome{Model: ModelSoftOptIn, Reasons: []Reason{beSoftFact}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []Reason{beEmail}, Explain: []*softOptIn{&beSoft}}},
		{when{Channels: onPhone, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "Ne m'appelez plus", Reasons: []Reason{bePhoneListed}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptOut, RegisterCheck: "Ne m'appelez plus", Reasons: []Reason{bePhone}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []Reason{beAutomated}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []Reason{euPost}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []Reason{beNecessary}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []Reason{beCookies}}},
	},
}
