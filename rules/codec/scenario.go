package codec

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strconv"

	"github.com/assent-dev/assent/rules"
)

// Size limits of scenario documents.
const (
	MaxScenarioSize = 64 << 10 // one scenario
	MaxBatchSize    = 8 << 20  // a batch (array) of scenarios
)

// ParseScenario reads one scenario (docs/contract.md section 6) strictly and validates it with rules.Scenario.Set and
// rules.Scenario.Validate, the path every target shares. It is an error, naming the field, when data is over
// MaxScenarioSize (wraps ErrTooLarge), is not one JSON object (wraps ErrNotJSON), has data after it, a duplicate
// or unknown key, a value of the wrong JSON type (strings for text fields, true/false for flags, a whole number
// for months_since_last_sale; null is never allowed), an unknown value, or lacks country or channel. Missing
// flags are false; age is a whole number from 0 to 120; a missing date is today (YYYY-MM-DD, supplied by the caller). The errors are *FieldError
// values, joined when there are several, sorted by field.
func ParseScenario(data []byte, today string) (rules.Scenario, error) {
	if len(data) > MaxScenarioSize {
		return rules.Scenario{}, fmt.Errorf("%w: scenario is %d bytes, over the limit of %d", ErrTooLarge, len(data), MaxScenarioSize)
	}
	tree, err := readTree(data, "scenario")
	if err != nil {
		return rules.Scenario{}, err
	}
	return scenarioFrom(tree, "", today)
}

// ParseScenarios reads a JSON array of scenarios (for `assent decide --batch`), each as ParseScenario reads
// one; field names in errors are prefixed with the element index, e.g. "[3].country".
func ParseScenarios(data []byte, today string) ([]rules.Scenario, error) {
	if len(data) > MaxBatchSize {
		return nil, fmt.Errorf("%w: batch is %d bytes, over the limit of %d", ErrTooLarge, len(data), MaxBatchSize)
	}
	tree, err := readTree(data, "scenario")
	if err != nil {
		return nil, err
	}
	arr, ok := tree.([]any)
	if !ok {
		return nil, &FieldError{Doc: "scenario", Code: rules.CodeWrongType, Problem: "a batch must be a JSON array of scenarios"}
	}
	out := make([]rules.Scenario, 0, len(arr))
	var errs []error
	for i, e := range arr {
		s, err := scenarioFrom(e, "["+strconv.Itoa(i)+"]", today)
		if err != nil {
			errs = append(errs, err)
		}
		out = append(out, s)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
}

// scenarioFrom builds a scenario from a generic JSON tree; prefix is the JSON path of the object.
func scenarioFrom(tree any, prefix, today string) (rules.Scenario, error) {
	var s rules.Scenario
	obj, ok := tree.(map[string]any)
	if !ok {
		return s, &FieldError{Doc: "scenario", Code: rules.CodeWrongType, Field: prefix, Problem: "a scenario must be a JSON object"}
	}
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var errs []error
	for _, k := range keys {
		if err := setField(&s, k, obj[k]); err != nil {
			errs = append(errs, withPath(err, prefix))
		}
	}
	for _, req := range []string{"country", "channel"} {
		if _, ok := obj[req]; !ok {
			errs = append(errs, &FieldError{Doc: "scenario", Code: rules.CodeMissingField, Field: joinPath(prefix, req),
				Problem: "missing (required)"})
		}
	}
	if _, ok := obj["date"]; !ok {
		if err := s.Set("date", today); err != nil {
			errs = append(errs, withPath(valueError(err), prefix))
		}
	}
	if len(errs) == 0 {
		if err := s.Validate(); err != nil {
			errs = append(errs, withPath(valueError(err), prefix))
		}
	}
	if len(errs) > 0 {
		return s, errors.Join(errs...)
	}
	return s, nil
}

// setField checks the JSON type of one value and sets it through Scenario.Set.
func setField(s *rules.Scenario, name string, v any) error {
	kind, known := rules.LookupField(name)
	if !known {
		return &FieldError{Doc: "scenario", Code: rules.CodeUnknownField, Field: name, Problem: "unknown field"}
	}
	var text string
	switch x := v.(type) {
	case string:
		if kind != rules.KindString {
			return wrongType(name, kind, "a string")
		}
		text = x
	case bool:
		if kind != rules.KindBool {
			return wrongType(name, kind, "a boolean")
		}
		text = strconv.FormatBool(x)
	case json.Number:
		if kind != rules.KindInt {
			return wrongType(name, kind, "a number")
		}
		if _, err := strconv.Atoi(string(x)); err != nil {
			return &FieldError{Doc: "scenario", Code: rules.CodeWrongType, Field: name, Problem: "want a whole number, got " + string(x)}
		}
		text = string(x)
	case nil:
		return wrongType(name, kind, "null")
	default:
		return wrongType(name, kind, "an object or array")
	}
	if err := s.Set(name, text); err != nil {
		return valueError(err)
	}
	return nil
}

func wrongType(name string, kind rules.FieldKind, got string) error {
	want := map[rules.FieldKind]string{rules.KindString: "a string", rules.KindBool: "true or false",
		rules.KindInt: "a whole number"}[kind]
	return &FieldError{Doc: "scenario", Code: rules.CodeWrongType, Field: name, Problem: "want " + want + ", got " + got}
}

// valueError turns a rules.FieldError into a codec FieldError.
func valueError(err error) error {
	var fe *rules.FieldError
	if errors.As(err, &fe) {
		return &FieldError{Doc: "scenario", Code: fe.Code, Field: fe.Field, Problem: fe.Problem}
	}
	return err
}

// withPath prefixes the field of a FieldError with the JSON path of its object.
func withPath(err error, prefix string) error {
	var fe *FieldError
	if prefix != "" && errors.As(err, &fe) {
		c := *fe
		c.Field = prefix + "." + c.Field
		if fe.Field == "" {
			c.Field = prefix
		}
		return &c
	}
	return err
}

// decisionJSON is the JSON shape of a decision (docs/contract.md section 6).
type decisionJSON struct {
	Model         string `json:"model"`
	RegisterCheck string `json:"register_check"`
	DoubleOptIn   string `json:"double_opt_in"`
	// Duties and ParentalConsent are always written, like register_check and double_opt_in: [] and "" when
	// there is nothing, so a reader never has to tell a missing field from an empty one.
	Duties          []string     `json:"duties"`
	ParentalConsent string       `json:"parental_consent"`
	Reasons         []reasonJSON `json:"reasons"`
}

type reasonJSON struct {
	Rule string `json:"rule"`
	Text string `json:"text"`
	Cite string `json:"cite"`
	URL  string `json:"url"`
}

func toJSON(d rules.Decision) decisionJSON {
	out := decisionJSON{Model: d.Model, RegisterCheck: d.RegisterCheck, DoubleOptIn: d.DoubleOptIn,
		Duties: d.Duties, ParentalConsent: d.ParentalConsent, Reasons: make([]reasonJSON, len(d.Reasons))}
	if out.Duties == nil {
		out.Duties = []string{}
	}
	for i, r := range d.Reasons {
		out.Reasons[i] = reasonJSON(r)
	}
	return out
}

// FormatDecision encodes a decision as one JSON object: {"model", "register_check", "double_opt_in",
// "duties": [...], "parental_consent", "reasons": [{"rule", "text", "cite", "url"}]}, compact, UTF-8, without HTML escaping and without a newline.
func FormatDecision(d rules.Decision) []byte {
	return encode(toJSON(d))
}

// FormatDecisions encodes decisions as a JSON array of FormatDecision objects, in order.
func FormatDecisions(ds []rules.Decision) []byte {
	out := make([]decisionJSON, len(ds))
	for i, d := range ds {
		out[i] = toJSON(d)
	}
	return encode(out)
}

func encode(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic("codec: encoding a decision: " + err.Error()) // strings and slices only: cannot fail
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}
