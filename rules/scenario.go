package rules

import (
	"strconv"
	"strings"
)

// Scenario is one marketing message or cookie to decide on (docs/contract.md section 6). Strings hold the
// contract values ("email", "sole_trader", ...); an empty optional string means its default (recipient "individual",
// relationship "none", sender "commercial", no sector, collected_on = date). Build one field by field with Set,
// which validates, or fill the struct and let Decide validate it.
type Scenario struct {
	Country, Channel, Recipient, Relationship, Sender, Sector, Purpose, Date, CollectedOn string

	// BusinessAddress (field "business_address", for recipient "business"): "named" (the default, "": a
	// named person's work address) or "impersonal" (info@, sales@).
	BusinessAddress string

	SimilarProducts, OptoutAtCollection, OptoutInEveryMessage, CollectedByOtherEntity, BusinessRelevant,
	OnOptoutRegister, OngoingContract, AnalyticsExemption bool

	// HiddenSender: the message hides or disguises who sends it, or gives no valid address to opt out to
	// (field "hidden_sender"; an addition to docs/contract.md section 6). Such messages are never allowed.
	HiddenSender bool

	MonthsSinceLastSale int

	// Age (field "age") is the person's age in whole years, 0 to 120, when HasAge (GDPR Art. 8).
	Age    int
	HasAge bool
}

// FieldKind is the JSON type of a scenario field.
type FieldKind uint8

// The kinds of scenario fields.
const (
	KindString FieldKind = iota + 1
	KindBool
	KindInt
)

// Field describes one scenario field: its contract name, JSON kind and accepted values (nil: free text of
// the kind, e.g. a date or a number).
type Field struct {
	Name   string
	Kind   FieldKind
	Values []string
}

// Accepted values of the enumerated fields, default first where there is one.
var (
	channelValues      = []string{"email", "sms", "phone", "automated_call", "post", "cookies"}
	recipientValues    = []string{"individual", "sole_trader", "business"}
	relationshipValues = []string{"none", "customer", "negotiation", "enquiry", "supporter", "interest", "third_party_list"}
	senderValues       = []string{"commercial", "charity", "political", "nonprofit", "public_body"}
	sectorValues       = []string{"", "claims_management", "pensions", "energy_renovation"}
	addressValues      = []string{"named", "impersonal"}
)

// MaxAge is the highest value of the scenario field "age".
const MaxAge = 120

// Fields lists every scenario field in the order of docs/contract.md section 6 (a fresh copy on each call).
func Fields() []Field {
	return []Field{
		{"country", KindString, Countries()},
		{"channel", KindString, clone(channelValues)},
		{"recipient", KindString, clone(recipientValues)},
		{"relationship", KindString, clone(relationshipValues)},
		{"sender", KindString, clone(senderValues)},
		{"similar_products", KindBool, nil},
		{"optout_at_collection", KindBool, nil},
		{"optout_in_every_message", KindBool, nil},
		{"collected_by_other_entity", KindBool, nil},
		{"business_relevant", KindBool, nil},
		{"on_optout_register", KindBool, nil},
		{"ongoing_contract", KindBool, nil},
		{"hidden_sender", KindBool, nil},
		{"sector", KindString, clone(sectorValues)},
		{"collected_on", KindString, nil},
		{"months_since_last_sale", KindInt, nil},
		{"purpose", KindString, clone(Categories)},
		{"business_address", KindString, clone(addressValues)},
		{"age", KindInt, nil},
		{"analytics_exemption", KindBool, nil},
		{"date", KindString, nil},
	}
}

func clone(s []string) []string { return append([]string(nil), s...) }

// LookupField returns the kind of the named scenario field, or false if there is no such field.
func LookupField(name string) (FieldKind, bool) {
	switch name {
	case "country", "channel", "recipient", "relationship", "sender", "sector", "collected_on", "purpose", "date",
		"business_address":
		return KindString, true
	case "similar_products", "optout_at_collection", "optout_in_every_message", "collected_by_other_entity",
		"business_relevant", "on_optout_register", "ongoing_contract", "hidden_sender", "analytics_exemption":
		return KindBool, true
	case "months_since_last_sale", "age":
		return KindInt, true
	}
	return 0, false
}

// FieldError reports a scenario field that is unknown, missing or holds a value it does not accept.
type FieldError struct {
	Code    string // stable: "unknown_field", "missing_field" or "invalid_value"
	Field   string // the contract field name, e.g. "country"
	Problem string // e.g. `unknown value "ZZ"`
}

// Error returns e.g. `rules: field "country": unknown value "ZZ" (want ...)`.
func (e *FieldError) Error() string {
	return "rules: field " + strconv.Quote(e.Field) + ": " + e.Problem
}

func fieldErr(field, problem string) error {
	return &FieldError{Code: CodeInvalidValue, Field: field, Problem: problem}
}

func missing(field, problem string) error {
	return &FieldError{Code: CodeMissingField, Field: field, Problem: problem}
}

func badValue(field, value string, want []string) error {
	return fieldErr(field, "unknown value "+strconv.Quote(value)+" (want one of "+strings.Join(want, ", ")+")")
}

// Set sets the field named by its contract name from its text form, after checking the value: enumerations
// must be one of their values ("" means the default for optional ones), booleans "true" or "false", dates
// YYYY-MM-DD, months a whole number from 0 to 1200, age a whole number from 0 to 120. Country is
// case-insensitive and stored in upper case, with
// "UK" read as "GB" and "EL" as "GR". An unknown field or value is a *FieldError naming the field.
func (s *Scenario) Set(field, value string) error {
	switch field {
	case "country":
		code, ok := normalizeCountry(value)
		if !ok {
			return fieldErr(field, "unknown country "+strconv.Quote(value)+
				" (want an ISO 3166-1 alpha-2 code of an EU or EEA country, GB (or UK) or CH)")
		}
		s.Country = code
	case "channel":
		return setEnum(&s.Channel, field, value, channelValues, false)
	case "recipient":
		return setEnum(&s.Recipient, field, value, recipientValues, true)
	case "relationship":
		return setEnum(&s.Relationship, field, value, relationshipValues, true)
	case "sender":
		return setEnum(&s.Sender, field, value, senderValues, true)
	case "sector":
		return setEnum(&s.Sector, field, value, sectorValues, true)
	case "purpose":
		return setEnum(&s.Purpose, field, value, Categories, true)
	case "business_address":
		return setEnum(&s.BusinessAddress, field, value, addressValues, true)
	case "age":
		n, err := strconv.Atoi(value)
		if err != nil || n < 0 || n > MaxAge {
			return fieldErr(field, "invalid age "+strconv.Quote(value)+" (want a whole number of years from 0 to 120)")
		}
		s.Age, s.HasAge = n, true
	case "date", "collected_on":
		if !validDate(value) && !(field == "collected_on" && value == "") {
			return fieldErr(field, "invalid date "+strconv.Quote(value)+" (want YYYY-MM-DD)")
		}
		if field == "date" {
			s.Date = value
		} else {
			s.CollectedOn = value
		}
	case "months_since_last_sale":
		n, err := strconv.Atoi(value)
		if err != nil || n < 0 || n > 1200 {
			return fieldErr(field, "invalid number "+strconv.Quote(value)+" (want a whole number from 0 to 1200)")
		}
		s.MonthsSinceLastSale = n
	default:
		p := s.boolField(field)
		if p == nil {
			return &FieldError{Code: CodeUnknownField, Field: field, Problem: "unknown field"}
		}
		switch value {
		case "true":
			*p = true
		case "false":
			*p = false
		default:
			return fieldErr(field, "invalid boolean "+strconv.Quote(value)+" (want true or false)")
		}
	}
	return nil
}

func (s *Scenario) boolField(name string) *bool {
	switch name {
	case "similar_products":
		return &s.SimilarProducts
	case "optout_at_collection":
		return &s.OptoutAtCollection
	case "optout_in_every_message":
		return &s.OptoutInEveryMessage
	case "collected_by_other_entity":
		return &s.CollectedByOtherEntity
	case "business_relevant":
		return &s.BusinessRelevant
	case "on_optout_register":
		return &s.OnOptoutRegister
	case "ongoing_contract":
		return &s.OngoingContract
	case "analytics_exemption":
		return &s.AnalyticsExemption
	case "hidden_sender":
		return &s.HiddenSender
	}
	return nil
}

func setEnum(dst *string, field, value string, values []string, optional bool) error {
	if value == "" && optional {
		*dst = ""
		return nil
	}
	for _, v := range values {
		if v == value && v != "" {
			*dst = value
			return nil
		}
	}
	return badValue(field, value, nonEmpty(values))
}

func nonEmpty(values []string) []string {
	if len(values) > 0 && values[0] == "" {
		return values[1:]
	}
	return values
}

// Validate checks a whole scenario as Decide reads it: country, channel and date are required, every value
// must be known, and a cookie scenario needs a purpose. It returns the first problem as a *FieldError.
func (s Scenario) Validate() error {
	_, err := parse(&s)
	return err
}

// validDate reports whether v is a calendar date written YYYY-MM-DD.
func validDate(v string) bool {
	if len(v) != 10 || v[4] != '-' || v[7] != '-' {
		return false
	}
	for i := 0; i < 10; i++ {
		if i != 4 && i != 7 && (v[i] < '0' || v[i] > '9') {
			return false
		}
	}
	y := int(v[0]-'0')*1000 + int(v[1]-'0')*100 + int(v[2]-'0')*10 + int(v[3]-'0')
	m := int(v[5]-'0')*10 + int(v[6]-'0')
	d := int(v[8]-'0')*10 + int(v[9]-'0')
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
