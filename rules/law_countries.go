package rules

// countryTables maps every supported country to its law table: its own where Assent has one, else the EU
// baseline (EU members only). EEA members and Switzerland always have their own.
var countryTables = []struct {
	code, name string
	law        *jurisdiction
}{
	{"AT", "Austria", &lawAT},
	{"BE", "Belgium", &lawBE},
	{"BG", "Bulgaria", &lawEU},
	{"HR", "Croatia", &lawEU},
	{"CY", "Cyprus", &lawEU},
	{"CZ", "Czechia", &lawEU},
	{"DK", "Denmark", &lawEU},
	{"EE", "Estonia", &lawEU},
	{"FI", "Finland", &lawEU},
	{"FR", "France", &lawFR},
	{"DE", "Germany", &lawDE},
	{"GR", "Greece", &lawEU},
	{"HU", "Hungary", &lawEU},
	{"IE", "Ireland", &lawIE},
	{"IT", "Italy", &lawIT},
	{"LV", "Latvia", &lawEU},
	{"LT", "Lithuania", &lawEU},
	{"LU", "Luxembourg", &lawEU},
	{"MT", "Malta", &lawEU},
	{"NL", "Netherlands", &lawNL},
	{"PL", "Poland", &lawPL},
	{"PT", "Portugal", &lawEU},
	{"RO", "Romania", &lawEU},
	{"SK", "Slovakia", &lawEU},
	{"SI", "Slovenia", &lawEU},
	{"ES", "Spain", &lawES},
	{"SE", "Sweden", &lawSE},
	{"IS", "Iceland", &lawIS},
	{"LI", "Liechtenstein", &lawLI},
	{"NO", "Norway", &lawNO},
	{"GB", "United Kingdom", &lawGB},
	{"CH", "Switzerland", &lawCH},
}

// lawTables lists every table, for tests and generated documentation.
var lawTables = []*jurisdiction{&lawEU, &lawAT, &lawBE, &lawDE, &lawES, &lawFR, &lawIE, &lawIT, &lawNL, &lawPL,
	&lawSE, &lawGB, &lawIS, &lawLI, &lawNO, &lawCH}
