package rules

// Slovenia: Zakon o elektronskih komunikacijah (ZEKom-2, Uradni list RS 130/22), which replaced ZEKom-1
// art. 157 (cookies) and art. 158 (unsolicited communications); AKOS and the Information Commissioner enforce.

const (
	urlSIAKOS = "https://www.akos-rs.si/nadzor-odlocbe/telekomunikacije/odlocba/odlocba-06106-37-2022-15"
	urlSIIP   = "https://www.ip-rs.si/"
)

// siReasons are the facts behind the table for Slovenia, each under its rule id.
var siReasons = []Reason{
	{"SI.ZEKom.158", "Marketing by email, SMS, automated calls or fax needs the subscriber's " +
		"or user's prior consent, natural or legal person, unless the soft opt-in applies.",
		"ZEKom-2 (Uradni list RS 130/22; article number not verified: the rule is ZEKom-1 art. 158(1) and " +
			"Directive 2002/58/EC Art 13(1), carried over)", urlSIAKOS},
	{"SI.ZEKom.158.2", "Soft opt-in: details obtained from your own customer in a sale, " +
		"your own similar products, and a free, easy refusal offered at collection and in every message.",
		"ZEKom-2 (formerly ZEKom-1 art. 158(2))", urlSIAKOS},
	{"SI.ZEKom.158.3", "Live marketing calls need the subscriber's consent; the customer " +
		"exception does not cover calls (AKOS) (uncertain: the Administrative Court, I U 694/2021, held the " +
		"consent need not be prior; Assent asks for prior consent).", "ZEKom-2 (formerly ZEKom-1 art. 158(3))",
		urlSIAKOS},
	{"SI.ZEKom.157", "Cookies that are not strictly necessary need prior informed consent; " +
		"no analytics exemption.", "ZEKom-2 (formerly ZEKom-1 art. 157)", urlSIIP},
}

// siRoutes name and cite the soft opt-in routes below, for explaining their failures.
var siRoutes = []routeText{
	{Rule: "SI.ZEKom.158.2", Name: "soft opt-in", Cite: "ZEKom-2 (formerly ZEKom-1 art. 158(2))", URL: urlSIAKOS},
}

var siSoft = softOptIn{Rule: "SI.ZEKom.158.2", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}

var lawSI = jurisdiction{
	Code: "SI", Name: "Slovenia",
	Rules: []rule{
		{when{Channels: onElectronicMail, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.ePrivacy.13.4"}}},
		{when{Channels: onPhone | onAutomated, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.CRD.8.5"}}},
		{when{Channels: onPost, HiddenSender: isTrue}, outcome{Model: ModelNotAllowed, Reasons: []string{"EU.GDPR.14"}}},
		{when{Channels: onElectronicMail, SoftOptIn: &siSoft}, outcome{Model: ModelSoftOptIn, Reasons: []string{"SI.ZEKom.158.2"}}},
		{when{Channels: onElectronicMail}, outcome{Model: ModelOptIn, DoubleOptIn: DOIRecommended, Reasons: []string{"SI.ZEKom.158"}, Explain: []*softOptIn{&siSoft}}},
		{when{Channels: onPhone}, outcome{Model: ModelOptIn, Reasons: []string{"SI.ZEKom.158.3"}}},
		{when{Channels: onAutomated}, outcome{Model: ModelOptIn, Reasons: []string{"SI.ZEKom.158"}}},
		{when{Channels: onPost}, outcome{Model: ModelOptOut, Reasons: []string{"EU.GDPR.21"}}},
		{when{Channels: onCookies, Purposes: forStrictlyNecessary}, outcome{Model: ModelExempt, Reasons: []string{"EU.ePrivacy.5.3.necessary"}}},
		{when{Channels: onCookies}, outcome{Model: ModelOptIn, Reasons: []string{"SI.ZEKom.157"}}},
	},
}
