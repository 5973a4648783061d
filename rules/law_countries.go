package rules

// countryTables maps every supported country to its law table: its own where Assent has one, else the EU
// baseline (EU members only). EEA members and Switzerland always have their own.
var countryTables = []struct {
	code, name string
	law        *jurisdiction
}{
	{"AT", "Austria", &lawAT},
	{"BE", "Belgium", &lawBE},
	{"BG", "Bulgaria", &lawBG},
	{"HR", "Croatia", &lawHR},
	{"CY", "Cyprus", &lawEU},
	{"CZ", "Czechia", &lawCZ},
	{"DK", "Denmark", &lawDK},
	{"EE", "Estonia", &lawEU},
	{"FI", "Finland", &lawFI},
	{"FR", "France", &lawFR},
	{"DE", "Germany", &lawDE},
	{"GR", "Greece", &lawGR},
	{"HU", "Hungary", &lawHU},
	{"IE", "Ireland", &lawIE},
	{"IT", "Italy", &lawIT},
	{"LV", "Latvia", &lawLV},
	{"LT", "Lithuania", &lawEU},
	{"LU", "Luxembourg", &lawLU},
	{"MT", "Malta", &lawEU},
	{"NL", "Netherlands", &lawNL},
	{"PL", "Poland", &lawPL},
	{"PT", "Portugal", &lawPT},
	{"RO", "Romania", &lawRO},
	{"SK", "Slovakia", &lawSK},
	{"SI", "Slovenia", &lawSI},
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
	&lawSE, &lawDK, &lawFI, &lawPT, &lawCZ, &lawGR, &lawHU, &lawRO, &lawSK, &lawLU, &lawBG, &lawHR, &lawSI, &lawLV,
	&lawGB, &lawIS, &lawLI, &lawNO, &lawCH}

// lawFacts is every fact list and route wording: the text side of the tables (see law.go). Only Decide,
// LookupRule and RuleIDs read it, so programs that call DecideBrief alone do not link it.
var lawFacts = []facts{
	{Reasons: euReasons, Routes: euRoutes},
	{Reasons: atReasons, Routes: atRoutes},
	{Reasons: beReasons, Routes: beRoutes},
	{Reasons: deReasons, Routes: deRoutes},
	{Reasons: esReasons, Routes: esRoutes},
	{Reasons: frReasons, Routes: frRoutes},
	{Reasons: ieReasons, Routes: ieRoutes},
	{Reasons: itReasons, Routes: itRoutes},
	{Reasons: nlReasons, Routes: nlRoutes},
	{Reasons: plReasons},
	{Reasons: seReasons, Routes: seRoutes},
	{Reasons: dkReasons, Routes: dkRoutes},
	{Reasons: fiReasons, Routes: fiRoutes},
	{Reasons: ptReasons, Routes: ptRoutes},
	{Reasons: czReasons, Routes: czRoutes},
	{Reasons: grReasons, Routes: grRoutes},
	{Reasons: huReasons},
	{Reasons: roReasons, Routes: roRoutes},
	{Reasons: skReasons, Routes: skRoutes},
	{Reasons: luReasons, Routes: luRoutes},
	{Reasons: bgReasons},
	{Reasons: hrReasons, Routes: hrRoutes},
	{Reasons: siReasons, Routes: siRoutes},
	{Reasons: lvReasons, Routes: lvRoutes},
	{Reasons: gbReasons, Routes: gbRoutes},
	{Reasons: isReasons, Routes: isRoutes},
	{Reasons: liReasons, Routes: liRoutes},
	{Reasons: noReasons, Routes: noRoutes},
	{Reasons: chReasons, Routes: chRoutes},
	{Reasons: ageReasons},
	{Reasons: objectionReasons},
}
