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

// chReasons are the facts behind the table for Switzerland, each under its rule id.
var chReasons = []Reason{
	{"CH.UWG.3.1.o.identity", "Mass advertising by telecommunication must state the sender's correct " +
		"identity and offer an easy, free way to refuse; calls must show a number registered in the directory. " +
		"Otherwise it is unfair and may not be sent.", "UWG Art. 3(1)(o), (v)", urlUWGCH},
	{"CH.DSG.19", "Postal marketing must say who the controller is and how to object.",
		"revDSG Art. 19, Art. 30(2)(b)", urlDSGCH},
	{"CH.UWG.3.1.o", "Mass advertising by email, SMS, automated calls or fax needs the recipients' " +
		"prior consent, businesses included, unless the customer exception applies. Whether a single individual " +
		"message is \"mass\" advertising is debated; Assent applies consent (stricter).", "UWG Art. 3(1)(o)", urlUWGCH},
	{"CH.UWG.3.1.o.customer", "Customer exception: you obtained the contact details when selling " +
		"goods, works or services to the customer and pointed out the right to refuse then; you advertise your own " +
		"similar offers, with correct sender details and an easy, free refusal in every message.",
		"UWG Art. 3(1)(o) second sentence", urlUWGCH},
	{"CH.UWG.3.1.o.automated", "Automated advertising calls need prior consent.",
		"UWG Art. 3(1)(o)", urlUWGCH},
	{"CH.UWG.3.1.u", "Live advertising calls are opt-out: respect the directory entry marking that the " +
		"subscriber wants no advertising (Sterneintrag) and call from a registered number.", "UWG Art. 3(1)(u), (v)",
		urlUWGCH},
	{"CH.UWG.3.1.u.listed", "The number carries the no-advertising mark (Sterneintrag): call " +
		"only with consent.", "UWG Art. 3(1)(u)", urlUWGCH},
	{"CH.DSG.30", "Postal advertising needs no prior consent; honour objections (revDSG) and \"no " +
		"advertising\" stickers.", "revDSG Art. 30(2)(b); UWG Art. 2", urlDSGCH},
	{"CH.FMG.45c.necessary", "Technically necessary cookies (cart, login, language, load balancing, " +
		"storing the cookie choice) need neither consent nor a banner; mention them in the privacy notice.",
		"FMG Art. 45c; FDPIC cookie guidance (Jan 2025)", urlFDPIC},
	{"CH.FMG.45c.b", "Other cookies may be set after informing users of the processing and its " +
		"purpose and that they may refuse it (opt-out); honour refusals. The FDPIC expects a banner for non-essential " +
		"cookies.", "FMG Art. 45c(b); FDPIC cookie guidance (Jan 2025)", urlFMG},
	{"CH.DSG.6.7", "Cookies that build a high-risk profile (many sources, detailed personality " +
		"profile) need express consent; Assent cannot see the risk level, so for marketing and personalisation check " +
		"this before relying on opt-out.", "revDSG Art. 5(h), Art. 6(7)(b); FDPIC cookie guidance (Jan 2025)", urlDSGCH},
}

// chRoutes name and cite the soft opt-in routes below, for explaining their failures.
var chRoutes = []routeText{
	{Rule: "CH.UWG.3.1.o.customer", Name: "customer exception", Cite: "UWG Art. 3(1)(o) second sentence",
		URL: urlUWGCH},
}

var chSoft = softOptIn{Rule: "CH.UWG.3.1.o.customer", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawCH = jurisdiction{
	Code: "CH", Name: "Switzerland",
	Rules: []rule{
		{when{Channels: onTelecom, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"CH.UWG.3.1.o.identity"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"CH.DSG.19"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &chSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"CH.UWG.3.1.o.customer"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"CH.UWG.3.1.o"}, Explain: []*softOptIn{&chSoft}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"CH.UWG.3.1.o.automated"}}},
		{when{Channels: onPhone, OnRegister: isTrue}, outcome{Model: ModelOptIn, RegisterCheck: "Sterneintrag", Reasons: []string{"CH.UWG.3.1.u.listed"}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptOut, RegisterCheck: "Sterneintrag", Reasons: []string{"CH.UWG.3.1.u"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"CH.DSG.30"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"CH.FMG.45c.necessary"}}},
		{when{Channels: onCookies, Purposes: forMarketing | forPersonalization}, outcome{Model: ModelOptOut, Reasons: []string{"CH.FMG.45c.b", "CH.DSG.6.7"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptOut, Reasons: []string{"CH.FMG.45c.b"}}},
	},
}
