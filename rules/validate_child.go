package rules

import (
	"strconv"
	"strings"
	"sync"
)

// childAge is one country's GDPR Art. 8(1) age of digital consent with its source.
type childAge struct {
	age  int
	cite string
}

// childAges holds the national ages of digital consent set under GDPR Art. 8(1) (LAW.md section C; Commission
// SWD(2020)115 p.17; Bird & Bird GDPR tracker "children"). Countries not listed use the GDPR default of 16,
// which is also the strictest value a member state may keep.
//
// They are built on first use, behind a function: a package-level sync.OnceValue(buildChildAges) would be
// initialised at start-up and so link the table into every program, the wasm widget included.
func childAges() map[string]childAge {
	childAgesOnce.Do(func() { childAgesMap = buildChildAges() })
	return childAgesMap
}

var (
	childAgesOnce sync.Once
	childAgesMap  map[string]childAge
)

func buildChildAges() map[string]childAge {
	ages := map[string]childAge{}
	for _, g := range []struct {
		age       int
		countries string
		cite      string
	}{
		{13, "BE DK EE FI LV MT PT SE", "GDPR Art. 8(1) as set by national law (Commission SWD(2020)115 p.17)"},
		{13, "GB", "UK GDPR Art. 8(1) as amended by DPA 2018 s.9"},
		{14, "AT BG IT LT", "GDPR Art. 8(1) as set by national law (Commission SWD(2020)115 p.17)"},
		{14, "CY", "GDPR Art. 8(1); Cyprus Law 125(I)/2018 s.8"},
		{14, "ES", "GDPR Art. 8(1); LOPDGDD art. 7"},
		{15, "CZ GR", "GDPR Art. 8(1) as set by national law (Commission SWD(2020)115 p.17)"},
		{15, "FR", "GDPR Art. 8(1); Loi 78-17 art. 45 (under 15: joint consent of child and parent)"},
		{15, "SI", "GDPR Art. 8(1); ZVOP-2 (since 26 Jan 2023)"},
		{16, "DE HR HU IE LU NL PL RO SK", "GDPR Art. 8(1) (default age of 16 kept)"},
	} {
		for _, c := range strings.Fields(g.countries) {
			ages[c] = childAge{g.age, g.cite}
		}
	}
	ages["EL"] = ages["GR"] // the EU's own code for Greece
	ages["UK"] = ages["GB"]
	return ages
}

// ChildConsentAge returns the age from which a child may consent alone to an information society service
// offered directly to them (GDPR Art. 8(1)) in country (ISO 3166-1 alpha-2, case-insensitive; "UK" and "EL"
// accepted), and the citation. Countries without a national age get 16, the GDPR default.
func ChildConsentAge(country string) (age int, cite string) {
	if a, ok := childAges()[strings.ToUpper(country)]; ok {
		return a.age, a.cite
	}
	return 16, "GDPR Art. 8(1) (default age of 16)"
}

// ChildAgeOK reports whether a person of the given age may give consent alone in country. When it is false,
// consent must be given or authorised by the holder of parental responsibility (GDPR Art. 8(1)-(2)).
func ChildAgeOK(country string, age int) bool {
	minAge, _ := ChildConsentAge(country)
	return age >= minAge
}

// ValidateChildConsent returns a "child_needs_parental_consent" finding when a person of the given age may
// not consent alone in country, and no finding otherwise. Forms that ask for an age (or a birth year) use it
// before recording consent; records themselves carry no age.
func ValidateChildConsent(country string, age int) []Finding {
	var fs findings
	if minAge, cite := ChildConsentAge(country); age < minAge {
		fs.err("child_needs_parental_consent", "age", "below "+strconv.Itoa(minAge)+", the age of digital consent in "+
			strings.ToUpper(country)+": consent must be given or authorised by a parent, with reasonable verification", cite+"; GDPR Art. 8(2)")
	}
	return fs.list()
}
