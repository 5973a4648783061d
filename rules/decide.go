package rules

import (
	"errors"
	"strconv"
)

// Models a Decision can carry (docs/law.md section 1), from least to most demanding.
const (
	// ModelExempt: no consent needed (strictly necessary cookies; a regulator's analytics exemption met).
	ModelExempt = "exempt"
	// ModelOptOut: may send without prior consent; identify yourself, offer an opt-out, honour objections
	// and check Decision.RegisterCheck if set.
	ModelOptOut = "opt_out"
	// ModelSoftOptIn: may send without prior consent because every soft opt-in condition holds; opt-out in
	// every message.
	ModelSoftOptIn = "soft_opt_in"
	// ModelOptIn: prior consent needed (a clear affirmative act, specific and informed).
	ModelOptIn = "opt_in"
	// ModelDoubleOptIn: prior consent needed and confirmed by a second step, where the courts' standard of
	// proof makes it the norm (Germany, email).
	ModelDoubleOptIn = "double_opt_in"
	// ModelNotAllowed: may not be sent at all (a banned sector, a hidden sender).
	ModelNotAllowed = "not_allowed"
)

// Values of Decision.DoubleOptIn.
const (
	DOIRequired    = "required"
	DOIRecommended = "recommended"
)

// Reason is one fact of law behind a decision: a stable rule id (e.g. "GB.PECR.22.3"), a plain-English
// sentence, the citation of its source and a URL where it can be read.
type Reason struct {
	Rule, Text, Cite, URL string
}

// Decision is the answer of Decide: the least demanding lawful basis (Model), the opt-out register to screen
// against ("" for none), whether double opt-in is required or recommended ("" for neither), what remains to
// be done even where the model allows it (Duties: "inform", "offer_objection", "check_register"; empty, never
// nil, when nothing), whether a parent must consent (ParentalConsent: ParentalRequired or "") and the
// reasons, never empty, most decisive first.
//
// Reasons and Duties share their backing arrays with other decisions: treat them as read-only (append copies).
type Decision struct {
	Model, RegisterCheck, DoubleOptIn string
	Duties                            []string
	ParentalConsent                   string
	Reasons                           []Reason
}

// ParentalRequired is Decision.ParentalConsent when the person is below the age of digital consent and the
// model relies on consent (GDPR Art 8(1)).
const ParentalRequired = "required"

// Brief is the answer of DecideBrief: a Decision whose reasons are reduced to their rule ids (Rules), in
// the same order. LookupRule gives the reason behind an id.
//
// Rules shares its backing array with the compiled tables: treat it as read-only (append copies it).
//
// Brief has no ParentalConsent and its Rules no age-of-consent rule: DecideBrief ignores the scenario's age
// (the widget, its one caller, never knows it), which keeps the age table out of the widget's wasm.
type Brief struct {
	Model, RegisterCheck, DoubleOptIn string
	Rules                             []string
	duties                            dutySet
}

// Duties returns Decide's duties for the same scenario (shared, read-only).
func (b Brief) Duties() []string { return b.duties.names() }

// Objectable reports whether the duties include "offer_objection": the person must be offered a free, simple
// way to object even though no consent is needed.
func (b Brief) Objectable() bool { return b.duties&dutyOfferObjection != 0 }

// Decide returns the consent model the law of s.Country requires, on s.Date, for s. The date must be set
// (callers fill in today); the scenario is validated as by Scenario.Validate and an invalid one is an error
// (a *FieldError naming the field). Decide is pure: the same scenario always gets the same decision.
func Decide(s Scenario) (Decision, error) {
	r, list, err := decide(&s)
	if err != nil {
		return Decision{}, err
	}
	d := Decision{Model: r.model, RegisterCheck: r.register, DoubleOptIn: r.doi, Duties: r.duties.names(),
		Reasons: texts().lists[list]}
	var age string
	if d.ParentalConsent, age = parental(&s, r.model); age != "" {
		d.Reasons = append(d.Reasons, texts().byID[age])
	}
	return d, nil
}

// parental returns Decision.ParentalConsent for s answered with model, and the rule id of the
// age-of-consent reason to add ("" for none): a person whose age is given and below the country's age of
// digital consent needs a parent's consent where the model relies on consent (GDPR Art 8(1) and the
// national acts, law_age.go). Where the country sets no age (Switzerland) the reason says so for minors.
func parental(s *Scenario, model string) (string, string) {
	min, rule := digitalAge(s.Country)
	switch {
	case !s.HasAge || rule == "" || s.Age >= min && (min > 0 || s.Age >= 18):
		return "", ""
	case min > 0 && (model == ModelOptIn || model == ModelDoubleOptIn || model == ModelSoftOptIn):
		return ParentalRequired, rule
	}
	return "", rule // below the age but no consent relied on, or no fixed age (Switzerland): the reason explains
}

// DecideBrief is Decide without the texts: for every scenario it gives Decide's model, register check, double
// opt-in and duties, and the rule ids of Decide's reasons in the same order (but the age's, see Brief), or the
// same error. A program that
// calls DecideBrief but not Decide, LookupRule or RuleIDs links none of the law's sentences, citations and
// URLs (the wasm widget, which records only rule ids), and never builds them.
func DecideBrief(s Scenario) (Brief, error) {
	r, list, err := decide(&s)
	if err != nil {
		return Brief{}, err
	}
	return Brief{Model: r.model, RegisterCheck: r.register, DoubleOptIn: r.doi, Rules: law.lists[list],
		duties: r.duties}, nil
}

// decide validates s and returns the rule that answers it, with the index of its reasons in law.lists.
func decide(s *Scenario) (*compiledRule, int32, error) {
	in, err := parse(s)
	if err != nil {
		return nil, 0, err
	}
	r, list := in.table.decide(&in)
	if r == nil {
		return nil, 0, errors.New("rules: the " + in.table.src.Code + " table has no rule for channel " + s.Channel)
	}
	return r, list, nil
}

// input is a validated scenario in the engine's terms.
type input struct {
	table        *compiled
	ch           channel
	rc           recipient
	rel          relationship
	sd           sender
	sec          sector
	pu           purpose
	date         string
	collectedOn  string
	months       int
	similar      bool
	atCollection bool
	everyMessage bool
	otherEntity  bool
	relevant     bool
	onRegister   bool
	ongoing      bool
	analytics    bool
	hidden       bool
	impersonal   bool
}

// parse validates s and turns it into an input. It allocates only to report an error.
func parse(s *Scenario) (input, error) {
	var in input
	var ok bool
	if s.Country == "" {
		return in, missing("country", "missing (required)")
	}
	if in.table = tableFor(s.Country); in.table == nil {
		return in, fieldErr("country", "unknown country "+strconv.Quote(s.Country))
	}
	if s.Channel == "" {
		return in, missing("channel", "missing (required)")
	}
	if in.ch, ok = channelOf(s.Channel); !ok {
		return in, badValue("channel", s.Channel, channelValues)
	}
	if in.rc, ok = recipientOf(s.Recipient); !ok {
		return in, badValue("recipient", s.Recipient, recipientValues)
	}
	if in.rel, ok = relationshipOf(s.Relationship); !ok {
		return in, badValue("relationship", s.Relationship, relationshipValues)
	}
	if in.sd, ok = senderOf(s.Sender); !ok {
		return in, badValue("sender", s.Sender, senderValues)
	}
	if in.sec, ok = sectorOf(s.Sector); !ok {
		return in, badValue("sector", s.Sector, nonEmpty(sectorValues))
	}
	if in.pu, ok = purposeOf(s.Purpose); !ok {
		return in, badValue("purpose", s.Purpose, Categories)
	}
	if in.ch == chanCookies && in.pu == puNone {
		return in, missing("purpose", `missing (required when channel is "cookies")`)
	}
	if s.Date == "" {
		return in, missing("date", "missing (required; callers fill in today)")
	}
	if !validDate(s.Date) {
		return in, fieldErr("date", "invalid date "+strconv.Quote(s.Date)+" (want YYYY-MM-DD)")
	}
	in.date, in.collectedOn = s.Date, s.Date
	if s.CollectedOn != "" {
		if !validDate(s.CollectedOn) {
			return in, fieldErr("collected_on", "invalid date "+strconv.Quote(s.CollectedOn)+" (want YYYY-MM-DD)")
		}
		if s.CollectedOn > s.Date {
			return in, fieldErr("collected_on", "later than date (details cannot be used before they are collected)")
		}
		in.collectedOn = s.CollectedOn
	}
	in.impersonal = s.BusinessAddress == "impersonal"
	if !in.impersonal && s.BusinessAddress != "" && s.BusinessAddress != "named" {
		return in, badValue("business_address", s.BusinessAddress, addressValues)
	}
	if s.HasAge && (s.Age < 0 || s.Age > MaxAge) {
		return in, fieldErr("age", "out of range (want 0 to 120)")
	}
	if s.MonthsSinceLastSale < 0 || s.MonthsSinceLastSale > 1200 {
		return in, fieldErr("months_since_last_sale", "out of range (want 0 to 1200)")
	}
	in.months = s.MonthsSinceLastSale
	in.similar, in.atCollection, in.everyMessage = s.SimilarProducts, s.OptoutAtCollection, s.OptoutInEveryMessage
	in.otherEntity, in.relevant, in.onRegister = s.CollectedByOtherEntity, s.BusinessRelevant, s.OnOptoutRegister
	in.ongoing, in.analytics, in.hidden = s.OngoingContract, s.AnalyticsExemption, s.HiddenSender
	return in, nil
}

func channelOf(v string) (channel, bool) {
	switch v {
	case "email":
		return chanEmail, true
	case "sms":
		return chanSMS, true
	case "phone":
		return chanPhone, true
	case "automated_call":
		return chanAutomated, true
	case "post":
		return chanPost, true
	case "cookies":
		return chanCookies, true
	}
	return 0, false
}

func recipientOf(v string) (recipient, bool) {
	switch v {
	case "", "individual":
		return rcIndividual, true
	case "sole_trader":
		return rcSoleTrader, true
	case "business":
		return rcBusiness, true
	}
	return 0, false
}

func relationshipOf(v string) (relationship, bool) {
	switch v {
	case "", "none":
		return relNone, true
	case "customer":
		return relCustomer, true
	case "negotiation":
		return relNegotiation, true
	case "enquiry":
		return relEnquiry, true
	case "supporter":
		return relSupporter, true
	case "interest":
		return relInterest, true
	case "third_party_list":
		return relThirdPartyList, true
	}
	return 0, false
}

func senderOf(v string) (sender, bool) {
	switch v {
	case "", "commercial":
		return sdCommercial, true
	case "charity":
		return sdCharity, true
	case "political":
		return sdPolitical, true
	case "nonprofit":
		return sdNonprofit, true
	case "public_body":
		return sdPublicBody, true
	}
	return 0, false
}

func sectorOf(v string) (sector, bool) {
	switch v {
	case "":
		return secNone, true
	case "claims_management":
		return secClaimsManagement, true
	case "pensions":
		return secPensions, true
	case "energy_renovation":
		return secEnergyRenovation, true
	}
	return 0, false
}

func purposeOf(v string) (purpose, bool) {
	switch v {
	case "":
		return puNone, true
	case CategoryStrictlyNecessary:
		return puStrictlyNecessary, true
	case CategoryFunctional:
		return puFunctional, true
	case CategoryAnalytics:
		return puAnalytics, true
	case CategoryMarketing:
		return puMarketing, true
	case CategoryPersonalization:
		return puPersonalization, true
	}
	return 0, false
}
