package rules

// Switzerland: Federal Act against Unfair Competition (UWG, SR 241) Art. 3(1)(o), (u), (v); Telecommunications
// Act (FMG, SR 784.10) Art. 45c; revised Federal Act on Data Protection (revDSG/FADP, SR 235.1, in force
// 1 Sep 2023); FDPIC cookie guidance (Jan 2025). Swiss cookie law is information and opt-out based.

const (
	urlUWGCH = "https://www.fedlex.admin.ch/eli/cc/1988/223_223_223/de"
	urlFMG   = "https://www.fedlex.admin.ch/eli/cc/1997/2187_2187_2187/de"
	urlDSGCH = "https://www.fedlex.admin.ch/eli/cc/2022/491/de"
	urlFDPIC = "https://www.edoeb.admin.ch/"
)

var (
	chHidden = Reason{"CH.UWG.3.1.o.identity", "Mass advertising by telecommunication must state the sender's correct " +
		"identity and offer an easy, free way to refuse; calls must show a number registered in the directory. " +
		"Otherwise it is unfair and may not be sent.", "UWG Art. 3(1)(o), (v)", urlUWGCH}
	chHiddenPost = Reason{"CH.DSG.19", "Postal marketing must say who the controller is and how to object.",
		"revDSG Art. 19, Art. 30(2)(b)", urlDSGCH}
	chEmail = Reason{"CH.UWG.3.1.o", "Mass advertising by email, SMS, automated calls or fax needs the recipients' " +
		"prior consent, businesses included, unless the customer exception applies. Whether a single individual " +
		"message is \"mass\" advertising is debated; Assent applies consent (stricter).", "UWG Art. 3(1)(o)", urlUWGCH}
	chSoftFact = Reason{"CH.UWG.3.1.o.customer", "Customer exception: you obtained the contact details when selling " +
		"goods, works or services to the customer and pointed out the right to refuse then; you advertise your own " +
		"similar offers, with correct sender details and an easy, free refusal in every message.",
		"UWG Art. 3(1)(o) second sentence", urlUWGCH}
	chAutomated = Reason{"CH.UWG.3.1.o.automated", "Automated advertising calls need prior consent.",
		"UWG Art. 3(1)(o)", urlUWGCH}
	chPhone = Reason{"CH.UWG.3.1.u", "Live advertising calls are opt-out: respect the directory entry marking that the " +
		"subscriber wants no advertising (Sterneintrag) and call from a registered number.", "UWG Art. 3(1)(u), (v)",
		urlUWGCH}
	chPhoneListed = Reason{"CH.UWG.3.1.u.listed", "The number carries the no-advertising mark (Sterneintrag): call " +
		"only with consent.", "UWG Art. 3(1)(u)", urlUWGCH}
	chPost = Reason{"CH.DSG.30", "Postal advertising needs no prior consent; honour objections (revDSG) and \"no " +
		"advertising\" stickers.", "revDSG Art. 30(2)(b); UWG Art. 2", urlDSGCH}
	chNecessary = Reason{"CH.FMG.45c.necessary", "Technically necessary cookies (cart, login, language, load balancing, " +
		"storing the cookie choice) need neither consent nor a banner; mention them in the privacy notice.",
		"FMG Art. 45c; FDPIC cookie guidance (Jan 2025)", urlFDPIC}
	chCookies = Reason{"CH.FMG.45c.b", "Other cookies may be set after informing users of the processing and its " +
		"purpose and that they may refuse it (opt-out); honour refusals. The FDPIC expects a banner for non-essential " +
		"cookies.", "FMG Art. 45c(b); FDPIC cookie guidance (Jan 2025)", urlFMG}
	chProfiling = Reason{"CH.DSG.6.7", "Cookies that build a high-risk profile (many sources, detailed personality " +
		"profile) need express consent; Assent cannot see the risk level, so for marketing and personalisation check " +
		"this before relying on opt-out.", "revDSG Art. 5(h), Art. 6(7)(b); FDPIC cookie guidance (Jan 2025)", urlDSGCH}
)

var chSoft = softOptIn{Name: "customer exception", Rule: "CH.UWG.3.1.o.customer",
	Cite: "UWG Art. 3(1)(o) second sentence", URL: urlUWGCH, Channels: onElectronicMail,
	Relationships: ifCustomer, Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawCH = jurisdiction{
	Code: "CH", Name: "Switzerland",
	Rules: []rule{
		{when{Channels: onTelecom, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{chHidden}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []Reason{chHiddenPost}}},
		{when{Channels: onElectronicMail, SoftOptIn: &chSoft}, outcome{Model: ModelSoftOptIn, Reasons: []Reason{chSoftFact}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []Reason{chEmail}, Explain: []*softOptIn{&chSoft}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []Reason{chAutomated}}},
		{when{Channels: onPhone, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "Sterneintrag", Reasons: []Reason{chPhoneListed}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptOut, RegisterCheck: "Sterneintrag", Reasons: []Reason{chPhone}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []Reason{chPost}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []Reason{chNecessary}}},
		{when{Channels: onCookies, Purposes: forMarketing | forPersonalization}, outcome{Model: ModelOptOut, Reasons: []Reason{chCookies, chProfiling}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptOut, Reasons: []Reason{chCookies}}},
	},
}
