package rules

// The engine-level rule of objections (decide_compile.go, objectionRule): every table's opt-out answer for
// post becomes prior consent once the person has objected, citing one of these facts first.

// objectionReasons are the facts behind the objection rule.
var objectionReasons = []Reason{
	{"EU.GDPR.21.3", "The person has objected to direct marketing (to you, or through the country's opt-out " +
		"list for post): their data may no longer be used for it. Send again only with their consent.",
		"GDPR Art 21(3); Art 21(2) (objection at any time, free)", urlGDPR},
	{"GB.UKGDPR.21.3", "The person has objected to your direct marketing: their data may no longer be used " +
		"for it; send again only with their consent. Registration with the Mailing Preference Service is not in " +
		"itself an objection to you under the law (the MPS is industry self-regulation, DMA Code), but Assent " +
		"treats it as one (stricter reading).", "UK GDPR Art 21(3); ICO direct marketing guidance", urlUKGDPR21},
	{"CH.DSG.30.2.b", "The person has expressly objected to the processing: processing their data for " +
		"advertising against that objection violates their personality. Send again only with their consent.",
		"revDSG Art. 30(2)(b), Art. 31(1)", urlDSGCH},
}
