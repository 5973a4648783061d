package rules

// The schema of the law tables (law_*.go). Each jurisdiction is one declared value: an ordered list of rules,
// each a condition on the scenario (when) and the answer it gives (outcome), which cites the facts behind it
// by rule id. The facts themselves (Reason values: rule id, sentence, citation, URL) are listed apart, in each
// file's <cc>Reasons list, with the wording of its soft opt-in routes in <cc>Routes; lawFacts gathers the
// lists. The engine (decide*.go) only matches; it holds no law.
//
// Two sides, so that a program pays only for what it calls:
//   - the decision side (tables, routes' conditions, rule ids) is what DecideBrief needs;
//   - the text side (the fact lists, lawFacts and the explanation sentences) is reached only from Decide,
//     LookupRule and RuleIDs. The linker drops what nothing reachable refers to, so a wasm program that
//     calls DecideBrief alone carries no law text. Nothing on the decision side may refer to the text side.
//
// The tables and fact lists are plain composite literals, with no function calls in them, so the compiler
// lays them out as static data: the wasm widget carries no code to build them at start-up (about 10 KB
// brotli, measured), and data no code refers to can be dropped.

// jurisdiction is one country's table (every EEA country, the UK and Switzerland has its own).
type jurisdiction struct {
	Code string // ISO 3166-1 alpha-2, or "EU" for the baseline
	Name string
	// Note, when set, is the rule id of a fact added to every decision made from this table (the baseline's
	// "no national table").
	Note string
	// Rules are tried in order; the first whose condition holds decides. Every channel must end in a rule
	// that matches everything (tested).
	Rules []rule
}

// rule is one row of a table: if When holds, the answer is Then.
type rule struct {
	When when
	Then outcome
}

// when is a condition on a scenario. Zero fields do not constrain; set fields must all hold.
type when struct {
	Channels   channelSet
	Recipients recipientSet
	Senders    senderSet
	Sectors    sectorSet // zero: any sector, including none
	Purposes   purposeSet
	From       string // the law applies on dates >= From (YYYY-MM-DD)
	Until      string // ... and < Until
	// Tri-state flags: isTrue or isFalse constrain the scenario's boolean of the same name.
	OnRegister         tri
	OngoingContract    tri
	BusinessRelevant   tri
	AnalyticsExemption tri
	HiddenSender       tri
	// Impersonal constrains business_address: isTrue for "impersonal", isFalse for "named" (the default).
	Impersonal tri
	// AtCollection and EveryMessage constrain optout_at_collection and optout_in_every_message, for the
	// exceptions (B2B, charities) that need a free objection at collection and in every message.
	AtCollection tri
	EveryMessage tri
	// SoftOptIn, when set, must hold in full (every condition of the route).
	SoftOptIn *softOptIn
}

// outcome is the answer of a rule.
type outcome struct {
	Model         string
	RegisterCheck string
	DoubleOptIn   string
	// Duties are what remains to be done when this rule allows it, beyond what its model implies (see
	// dutiesOf): the exemptions that still need information and a way to object.
	Duties dutySet
	// Reasons are the rule ids of the facts behind the answer, most decisive first; each names exactly one
	// Reason in a fact list (tested).
	Reasons []string
	// Explain names the soft opt-in routes that did not hold when this rule is reached; the decision then
	// also says which condition of the closest route failed (rule id: the route's Rule, a dot and the
	// condition's code, e.g. "GB.PECR.22.3.optout_at_collection").
	Explain []*softOptIn
}

// softOptIn is one soft opt-in route (PECR reg 22(3), ePrivacy Directive 2002/58/EC Art. 13(2); docs/law.md
// section 3): marketing without prior consent to people whose details the sender obtained itself in a
// qualifying relationship, with a free refusal offered.
// Every field is a requirement; the details must never have been collected by another entity. Its name and
// citation, used in explanations, are in a routeText with the same Rule.
type softOptIn struct {
	Rule          string          // rule id prefix of the explanations
	Channels      channelSet      // the channels the route covers
	Relationships relationshipSet // qualifying relationships (a sale; a negotiation where the law says so)
	Senders       senderSet
	From          string // the route exists on dates >= From
	CollectedFrom string // details collected on or after this date (not retrospective)
	Similar       bool   // marketing only the sender's own similar products
	AtCollection  bool   // a free opt-out was offered when the details were collected
	EveryMessage  bool   // every message carries a free opt-out
	MaxMonths     int    // the last sale was at most this many months ago (0: no limit)
	NotOnRegister bool   // the recipient is not on the opt-out register
}

// routeText is the text side of a soft opt-in route: its name in explanations (e.g. "the soft opt-in") and
// the citation and URL of every explanation of its failures.
type routeText struct {
	Rule      string // the softOptIn's Rule
	Name      string
	Cite, URL string
}

// facts is one law file's text side: its fact list and the wording of its routes.
type facts struct {
	Reasons []Reason
	Routes  []routeText
}

// tri is a three-valued condition on a boolean field.
type tri uint8

const (
	anyValue tri = iota
	isTrue
	isFalse
)

func (t tri) holds(v bool) bool {
	return t == anyValue || (t == isTrue) == v
}

// Enumerations of scenario values, as small integers for fast matching.
type (
	channel      uint8
	recipient    uint8
	relationship uint8
	sender       uint8
	sector       uint8
	purpose      uint8
)

const (
	chanEmail channel = iota
	chanSMS
	chanPhone
	chanAutomated
	chanPost
	chanCookies
	numChannels
)

const (
	rcIndividual recipient = iota
	rcSoleTrader
	rcBusiness
)

const (
	relNone relationship = iota
	relCustomer
	relNegotiation
	relEnquiry
	relSupporter
	relInterest
	relThirdPartyList
	numRelationships
)

const (
	sdCommercial sender = iota
	sdCharity
	sdPolitical
	sdNonprofit
	sdPublicBody
)

const (
	secNone sector = iota
	secClaimsManagement
	secPensions
	secEnergyRenovation
)

const (
	puNone purpose = iota
	puStrictlyNecessary
	puFunctional
	puAnalytics
	puMarketing
	puPersonalization
)

// Sets of values: bit i stands for value i. A zero set does not constrain.
type (
	channelSet      uint8
	recipientSet    uint8
	relationshipSet uint8
	senderSet       uint8
	sectorSet       uint8
	purposeSet      uint8
)

const (
	onEmail     channelSet = 1 << chanEmail
	onSMS       channelSet = 1 << chanSMS
	onPhone     channelSet = 1 << chanPhone
	onAutomated channelSet = 1 << chanAutomated
	onPost      channelSet = 1 << chanPost
	onCookies   channelSet = 1 << chanCookies
	// onElectronicMail is "electronic mail" in the ePrivacy sense: email and SMS (Art 2(h)).
	onElectronicMail = onEmail | onSMS
	// onMarketing is every marketing channel (all but cookies).
	onMarketing = onEmail | onSMS | onPhone | onAutomated | onPost
	// onTelecom is every electronic marketing channel.
	onTelecom = onEmail | onSMS | onPhone | onAutomated
)

const (
	toIndividual recipientSet = 1 << rcIndividual
	toSoleTrader recipientSet = 1 << rcSoleTrader
	toBusiness   recipientSet = 1 << rcBusiness
	// toNatural is every natural person: consumers and sole traders.
	toNatural = toIndividual | toSoleTrader
)

const (
	ifCustomer    relationshipSet = 1 << relCustomer
	ifNegotiation relationshipSet = 1 << relNegotiation
	ifSupporter   relationshipSet = 1 << relSupporter
	ifInterest    relationshipSet = 1 << relInterest
)

const (
	byCommercial senderSet = 1 << sdCommercial
	byCharity    senderSet = 1 << sdCharity
	byPolitical  senderSet = 1 << sdPolitical
	byNonprofit  senderSet = 1 << sdNonprofit
	byPublicBody senderSet = 1 << sdPublicBody
	// byNonPolitical is every sender that may sell something: the commercial soft opt-in route is open to
	// them for goods and services they sell; political campaigning never uses it (stricter reading).
	byNonPolitical = byCommercial | byCharity | byNonprofit | byPublicBody
)

const (
	inClaimsManagement sectorSet = 1 << secClaimsManagement
	inPensions         sectorSet = 1 << secPensions
	inEnergyRenovation sectorSet = 1 << secEnergyRenovation
)

const (
	forStrictlyNecessary purposeSet = 1 << puStrictlyNecessary
	forFunctional        purposeSet = 1 << puFunctional
	forAnalytics         purposeSet = 1 << puAnalytics
	forMarketing         purposeSet = 1 << puMarketing
	forPersonalization   purposeSet = 1 << puPersonalization
)

func (s channelSet) has(c channel) bool           { return s == 0 || s&(1<<c) != 0 }
func (s recipientSet) has(r recipient) bool       { return s == 0 || s&(1<<r) != 0 }
func (s relationshipSet) has(r relationship) bool { return s == 0 || s&(1<<r) != 0 }
func (s senderSet) has(d sender) bool             { return s == 0 || s&(1<<d) != 0 }
func (s sectorSet) has(x sector) bool             { return s == 0 || s&(1<<x) != 0 }
func (s purposeSet) has(p purpose) bool           { return s == 0 || s&(1<<p) != 0 }

// dutySet is a set of duties (Decision.Duties); bit i stands for dutyNames[i].
type dutySet uint8

const (
	dutyInform dutySet = 1 << iota
	dutyOfferObjection
	dutyCheckRegister
)

// dutyNames are the contract names of the duties, in the order decisions list them.
var dutyNames = [...]string{"inform", "offer_objection", "check_register"}

// dutyLists is the list of names of each duty set, as static data (no code builds it: the wasm widget
// pays for code, and tests check it against dutyNames). Decisions share these lists: read-only.
var dutyLists = [1 << len(dutyNames)][]string{
	{}, {"inform"}, {"offer_objection"}, {"inform", "offer_objection"}, {"check_register"},
	{"inform", "check_register"}, {"offer_objection", "check_register"}, {"inform", "offer_objection", "check_register"},
}

// dutiesOf is every duty of an outcome: its own, plus those its model and register imply. Sending without
// consent (opt_out, soft_opt_in) means saying who sends and that the person may object, and offering that
// objection free in every message (ePrivacy Directive Art 13(2), 13(4); GDPR Art 21(2)-(4)); a register
// named in RegisterCheck must be screened against.
func dutiesOf(o *outcome) dutySet {
	d := o.Duties
	if o.Model == ModelOptOut || o.Model == ModelSoftOptIn {
		d |= dutyInform | dutyOfferObjection
	}
	if o.RegisterCheck != "" {
		d |= dutyCheckRegister
	}
	return d
}

// names returns the contract names of the duties in d: a shared list for each set, so callers must not
// modify it.
func (d dutySet) names() []string { return dutyLists[d] }
