package rules

// The EU instruments: the ePrivacy Directive 2002/58/EC and the GDPR, read strictly. Every EU member has its
// own table (law_countries.go); these facts are shared by the national tables where the EU instrument itself
// is the source (GDPR rules apply directly), and where a national table could not verify the article that
// transposes the Directive and cites the Directive instead. Until Dec 2026 they were also the whole table
// ("EU baseline") of EE, CY, LT and MT; their soft opt-in route (euSoft) is still the route of EE and LT.

const (
	urlEPrivacy = "https://eur-lex.europa.eu/eli/dir/2002/58/oj"
	urlGDPR     = "https://eur-lex.europa.eu/eli/reg/2016/679/oj"
	urlCRD      = "https://eur-lex.europa.eu/eli/dir/2011/83/oj"
	urlPlanet49 = "https://curia.europa.eu/juris/liste.jsf?num=C-673/17"
	urlInteligo = "https://curia.europa.eu/juris/liste.jsf?num=C-654/23"
	urlWP194    = "https://ec.europa.eu/justice/article-29/documentation/opinion-recommendation/files/2012/wp194_en.pdf"
)

// euReasons are the facts of the EU instruments, each under its rule id; the national tables cite them.
var euReasons = []Reason{
	{"EU.ePrivacy.13.4", "Marketing email or SMS that disguises or conceals the sender, or has no " +
		"valid address to which the recipient can send an opt-out request, is prohibited whatever the consent.",
		"Directive 2002/58/EC Art 13(4)", urlEPrivacy},
	{"EU.CRD.8.5", "A trader calling a consumer must disclose its identity and the commercial " +
		"purpose at the start of the call; concealing who calls is not allowed.",
		"Directive 2011/83/EU Art 8(5) (as transposed)", urlCRD},
	{"EU.GDPR.14", "Direct marketing by post must tell the person who the controller is and " +
		"how to object; an anonymous mailing cannot meet this.", "GDPR Art 14(1)(a), 14(2)(c), Art 21(4)", urlGDPR},

	{"EU.ePrivacy.13.1", "Marketing by email or SMS to natural persons needs their prior consent, " +
		"unless the soft opt-in applies.", "Directive 2002/58/EC Art 13(1); Art 2(h) (SMS is electronic mail)",
		urlEPrivacy},
	{"EU.ePrivacy.13.5", "For legal persons the Directive lets each member state choose; " +
		"where Assent has not verified the national choice it takes the stricter one and asks for consent.",
		"Directive 2002/58/EC Art 13(5)", urlEPrivacy},
	{"EU.ePrivacy.13.2", "Soft opt-in: you may email or text a customer whose details you " +
		"obtained yourself in the context of a sale, about your own similar products, if a free, simple refusal " +
		"was offered at collection and is offered in every message. A free account leading to a paid tier " +
		"counts as a sale (Inteligo Media).", "Directive 2002/58/EC Art 13(2); CJEU C-654/23 Inteligo Media",
		urlInteligo},
	{"EU.ePrivacy.13.3", "Each member state chooses opt-in or opt-out for live marketing calls; " +
		"where Assent has not verified the national choice it takes the stricter one: prior consent.",
		"Directive 2002/58/EC Art 13(3)", urlEPrivacy},
	{"EU.ePrivacy.13.1.automated", "Automated calling systems without human intervention " +
		"need the subscriber's prior consent.", "Directive 2002/58/EC Art 13(1)", urlEPrivacy},
	{"EU.GDPR.21", "Postal marketing needs no prior consent: a lawful basis such as legitimate " +
		"interests suffices, but the person may object at any time, free, and the objection is absolute; tell " +
		"them of this right clearly and separately at the latest in the first communication.",
		"GDPR Art 6(1)(f), Recital 47, Art 21(2)-(4)", urlGDPR},

	{"EU.ePrivacy.5.3.necessary", "Storage or access strictly necessary for a service the " +
		"user explicitly asked for (cart, login session, security, load balancing, the consent choice itself) " +
		"needs no consent.", "Directive 2002/58/EC Art 5(3); WP29 Opinion 04/2012 (WP194)", urlWP194},
	{"EU.ePrivacy.5.3", "Storing or reading anything on the user's device that is not strictly " +
		"necessary needs prior consent to the GDPR standard (no pre-ticked boxes), even where no personal data " +
		"is involved.", "Directive 2002/58/EC Art 5(3); CJEU C-673/17 Planet49", urlPlanet49},
	{"EU.ePrivacy.5.3.analytics", "The Directive has no analytics exemption; " +
		"only some national regulators grant one. Where Assent knows of none for the country it does not assume " +
		"one (stricter reading).", "Directive 2002/58/EC Art 5(3)", urlEPrivacy},
}

// euRoutes name and cite the soft opt-in routes below, for explaining their failures.
var euRoutes = []routeText{
	{Rule: "EU.ePrivacy.13.2", Name: "soft opt-in", Cite: "Directive 2002/58/EC Art 13(2)", URL: urlEPrivacy},
}

// euSoft is the Directive's soft opt-in read strictly: an actual sale, not a negotiation. EE and LT use it
// as their own route: their laws copy Art 13(2) and their subsection numbers were not verified.
var euSoft = softOptIn{Rule: "EU.ePrivacy.13.2", Channels: onElectronicMail, Relationships: ifCustomer,
	Senders: byNonPolitical, Similar: true, AtCollection: true, EveryMessage: true}
