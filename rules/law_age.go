package rules

// The age of digital consent (GDPR Art 8(1)): below it, where an information society service is offered
// directly to a child and consent is the basis, a holder of parental responsibility must give or authorise
// the consent (Art 8(2): with reasonable efforts to verify it). Member states may set 13 to 16; 16 applies
// where they set nothing. One row per country Assent covers, each citing the national act and the date from
// which it applies (read in December 2026). Decide adds the row's reason and Decision.ParentalConsent when a
// scenario gives an age below it (decide.go, parental).
//
// The decision side (digitalAges) is the code and the age only; the sentences are in ageReasons, on the text
// side (law.go), under the rule id "<CC>.digital_age".

// digitalAges is the age of digital consent by country; 0 means the country sets no fixed age (Switzerland).
var digitalAges = []struct {
	rule string // the rule id of its reason: the country code and ".digital_age"
	age  int
}{
	{"AT.digital_age", 14}, {"BE.digital_age", 13}, {"BG.digital_age", 14}, {"HR.digital_age", 16},
	{"CY.digital_age", 14}, {"CZ.digital_age", 15}, {"DK.digital_age", 13}, {"EE.digital_age", 13},
	{"FI.digital_age", 13}, {"FR.digital_age", 15}, {"DE.digital_age", 16}, {"GR.digital_age", 15},
	{"HU.digital_age", 16}, {"IE.digital_age", 16}, {"IT.digital_age", 14}, {"LV.digital_age", 13},
	{"LT.digital_age", 14}, {"LU.digital_age", 16}, {"MT.digital_age", 13}, {"NL.digital_age", 16},
	{"PL.digital_age", 16}, {"PT.digital_age", 13}, {"RO.digital_age", 16}, {"SK.digital_age", 16},
	{"SI.digital_age", 15}, {"ES.digital_age", 14}, {"SE.digital_age", 13}, {"IS.digital_age", 13},
	{"LI.digital_age", 16}, {"NO.digital_age", 13}, {"GB.digital_age", 13}, {"CH.digital_age", 0},
}

// digitalAge returns the age of digital consent of a country (any case, aliases accepted; 0 where the
// country sets none) and the rule id of its reason, or "" for a country without a row.
func digitalAge(country string) (int, string) {
	a, b, ok := upperCode(country)
	if ok {
		for _, r := range digitalAges {
			if r.rule[0] == a && r.rule[1] == b {
				return r.age, r.rule
			}
		}
	}
	return 0, ""
}

const (
	urlAgeTracker = "https://www.twobirds.com/en/capabilities/practices/privacy-and-data-protection/general-data-protection-regulation/gdpr-tracker/children"
	urlAgeSWD     = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52020SC0115"
	urlAgeDKBill  = "https://www.ft.dk/samling/20231/lovforslag/l79/20231_l79_som_fremsat.htm"
	urlAgeUK      = "https://www.legislation.gov.uk/ukpga/2018/12/section/9"
	urlAgeNO      = "https://lovdata.no/dokument/NL/lov/2018-06-15-38"
	urlAgeIS      = "https://www.althingi.is/lagas/nuna/2018090.html"
	urlAgeSI      = "https://pisrs.si/pregledPredpisa?id=ZAKO7959"
	urlAgeFR      = "https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000037822953"
	urlAgeDE      = "https://eur-lex.europa.eu/eli/reg/2016/679/oj"
)

// ageBelow ends the sentence of a row: below age, a parent consents where consent is the basis.
const ageBelow = " The age applies to information society services offered directly to a child where consent " +
	"is the basis; below it a holder of parental responsibility must give or authorise the consent, with " +
	"reasonable efforts to verify it (GDPR Art 8(2))."

// ageReasons are the sources of digitalAges, one per country.
var ageReasons = []Reason{
	{"AT.digital_age", "Austria: 14." + ageBelow, "GDPR Art 8(1); DSG §4(4) (since 25 May 2018)", urlAgeTracker},
	{"BE.digital_age", "Belgium: 13." + ageBelow, "GDPR Art 8(1); Law of 30 Jul 2018 art. 7 (since 5 Sep 2018)", urlAgeTracker},
	{"BG.digital_age", "Bulgaria: 14." + ageBelow, "GDPR Art 8(1); Personal Data Protection Act art. 25c (since 2 Mar 2019)", urlAgeTracker},
	{"HR.digital_age", "Croatia: 16." + ageBelow, "GDPR Art 8(1); Act implementing the GDPR (NN 42/2018) art. 19 (since 25 May 2018)", urlAgeTracker},
	{"CY.digital_age", "Cyprus: 14." + ageBelow, "GDPR Art 8(1); Law 125(I)/2018 s.8 (since 31 Jul 2018)", urlAgeTracker},
	{"CZ.digital_age", "Czechia: 15." + ageBelow, "GDPR Art 8(1); Act 110/2019 Coll. §7 (since 24 Apr 2019)", urlAgeTracker},
	{"DK.digital_age", "Denmark: 13." + ageBelow + " Bill L 79 (tabled 14 Nov 2023) proposed 15 from 1 Jan 2024; " +
		"the bill was split and Assent could not verify that the age change was enacted, so the verified 13 is kept.",
		"GDPR Art 8(1); Databeskyttelsesloven (Act 502 of 23 May 2018) §6(2)-(3) (since 25 May 2018); bill L 79 2023-24 [enactment not verified]",
		urlAgeDKBill},
	{"EE.digital_age", "Estonia: 13." + ageBelow, "GDPR Art 8(1); Personal Data Protection Act (IKS) §8 (since 15 Jan 2019)", urlAgeTracker},
	{"FI.digital_age", "Finland: 13." + ageBelow, "GDPR Art 8(1); Data Protection Act 1050/2018 §5 (since 1 Jan 2019)", urlAgeTracker},
	{"FR.digital_age", "France: 15. Below 15 the consent must be given jointly by the child and a holder of " +
		"parental authority." + ageBelow, "GDPR Art 8(1); Loi 78-17 art. 45 (ordonnance 2018-1125, since 1 Jun 2019)", urlAgeFR},
	{"DE.digital_age", "Germany: 16 (no national derogation; the GDPR default)." + ageBelow,
		"GDPR Art 8(1) (default age; BDSG sets none) (since 25 May 2018)", urlAgeDE},
	{"GR.digital_age", "Greece: 15." + ageBelow, "GDPR Art 8(1); Law 4624/2019 art. 21 (since 29 Aug 2019)", urlAgeTracker},
	{"HU.digital_age", "Hungary: 16 (no national derogation; the GDPR default)." + ageBelow,
		"GDPR Art 8(1) (default age; Infotv. sets none) (since 25 May 2018)", urlAgeTracker},
	{"IE.digital_age", "Ireland: 16." + ageBelow, "GDPR Art 8(1); Data Protection Act 2018 s.31 (since 25 May 2018)", urlAgeTracker},
	{"IT.digital_age", "Italy: 14." + ageBelow, "GDPR Art 8(1); Codice privacy art. 2-quinquies (D.lgs. 101/2018, since 19 Sep 2018)", urlAgeTracker},
	{"LV.digital_age", "Latvia: 13." + ageBelow, "GDPR Art 8(1); Personal Data Processing Law s.33 (since 5 Jul 2018)", urlAgeTracker},
	{"LT.digital_age", "Lithuania: 14." + ageBelow, "GDPR Art 8(1); Law on Legal Protection of Personal Data art. 6 (since 16 Jul 2018)", urlAgeTracker},
	{"LU.digital_age", "Luxembourg: 16 (no national derogation; the GDPR default)." + ageBelow,
		"GDPR Art 8(1) (default age; Law of 1 Aug 2018 sets none) (since 25 May 2018)", urlAgeTracker},
	{"MT.digital_age", "Malta: 13." + ageBelow, "GDPR Art 8(1); Data Protection Act (Cap. 586) art. 8 (since 28 May 2018)", urlAgeTracker},
	{"NL.digital_age", "Netherlands: 16." + ageBelow, "GDPR Art 8(1); UAVG art. 5 (since 25 May 2018)", urlAgeTracker},
	{"PL.digital_age", "Poland: 16 (no national derogation; the GDPR default)." + ageBelow,
		"GDPR Art 8(1) (default age; the 2018 Act sets none) (since 25 May 2018)", urlAgeTracker},
	{"PT.digital_age", "Portugal: 13." + ageBelow, "GDPR Art 8(1); Lei 58/2019 art. 16 (since 9 Aug 2019)", urlAgeTracker},
	{"RO.digital_age", "Romania: 16 (no national derogation; the GDPR default)." + ageBelow,
		"GDPR Art 8(1) (default age; Law 190/2018 sets none) (since 25 May 2018)", urlAgeTracker},
	{"SK.digital_age", "Slovakia: 16." + ageBelow, "GDPR Art 8(1); Act 18/2018 Coll. §15 (since 25 May 2018)", urlAgeTracker},
	{"SI.digital_age", "Slovenia: 15." + ageBelow, "GDPR Art 8(1); ZVOP-2 art. 8 (since 26 Jan 2023)", urlAgeSI},
	{"ES.digital_age", "Spain: 14." + ageBelow + " A bill to raise it to 16 has been before the Cortes since 2025; " +
		"Assent has not verified its enactment and keeps 14.", "GDPR Art 8(1); LOPDGDD (LO 3/2018) art. 7 (since 7 Dec 2018)", urlAgeTracker},
	{"SE.digital_age", "Sweden: 13." + ageBelow, "GDPR Art 8(1); Act 2018:218 ch. 2 §4 (since 25 May 2018)", urlAgeTracker},
	{"IS.digital_age", "Iceland: 13 (the GDPR applies through the EEA Agreement)." + ageBelow,
		"GDPR Art 8(1); Act 90/2018 art. 10 (since 15 Jul 2018)", urlAgeIS},
	{"LI.digital_age", "Liechtenstein: 16; no national derogation found (the GDPR default, stricter reading)." + ageBelow,
		"GDPR Art 8(1) via the EEA Agreement; Datenschutzgesetz of 4 Oct 2018 (no derogation found; not verified) (since 1 Jan 2019)",
		urlAgeSWD},
	{"NO.digital_age", "Norway: 13 (the GDPR applies through the EEA Agreement)." + ageBelow,
		"GDPR Art 8(1); Personopplysningsloven (LOV-2018-06-15-38) §5 (since 20 Jul 2018)", urlAgeNO},
	{"GB.digital_age", "United Kingdom: 13." + ageBelow, "UK GDPR Art 8(1) as modified by DPA 2018 s.9 (since 25 May 2018)", urlAgeUK},
	{"CH.digital_age", "Switzerland sets no age of digital consent: the GDPR's Art 8 does not apply, and under the " +
		"revised FADP a minor consents alone if capable of judgement for the processing concerned (Civil Code art. 16, " +
		"19c), judged case by case (the FDPIC names no fixed age). Assent cannot judge capacity: it never answers " +
		"\"required\" for Switzerland, and says so for minors; where capacity is doubtful, ask a parent.",
		"revFADP (SR 235.1, since 1 Sep 2023) art. 6(6); Swiss Civil Code art. 16, 19c", urlDSGCH},
}
