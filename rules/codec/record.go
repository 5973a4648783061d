package codec

import (
	"errors"
	"fmt"
	"reflect"
	"slices"

	"github.com/assent-dev/assent/rules"
)

// MaxRecordSize is the largest consent record ParseRecord accepts: 64 KiB (docs/contract.md section 3).
const MaxRecordSize = 64 << 10

// ParseRecord reads one consent record (docs/contract.md section 5) strictly. It is an error, naming the field, when
// data is over MaxRecordSize (wraps ErrTooLarge), is not valid UTF-8 or escapes a lone surrogate (wraps
// ErrInvalidUTF8, see CheckUTF8), is not one JSON value (wraps ErrNotJSON), has data after the
// value, a duplicate key, an unknown key (names are case-sensitive), a missing key (every field but a Box's
// "kind" and ui's "surface", "reject" and "first_layer" is required; "ui" and "form" may be null), a null
// elsewhere, or a value of the wrong type (e.g. a non-integer "v"). ui's "reject" is required unless its
// surface is "placeholder" or "form", and then it must be left out; "surface" and "first_layer", when present,
// are a non-empty string and an object (uiShape). The errors are *FieldError values, joined when there are several; Findings lists them.
//
// ParseRecord checks form only: ValidateRecord checks content, including the hash.
func ParseRecord(data []byte) (rules.Record, error) {
	var r rules.Record
	if len(data) > MaxRecordSize {
		return r, fmt.Errorf("%w: record is %d bytes, over the limit of %d", ErrTooLarge, len(data), MaxRecordSize)
	}
	if err := CheckUTF8(data); err != nil {
		return r, err
	}
	tree, err := readTree(data, "record")
	if err != nil {
		return r, err
	}
	if _, ok := tree.(map[string]any); !ok {
		return r, &FieldError{Doc: "record", Code: rules.CodeWrongType, Problem: "not a JSON object"}
	}
	kc := keyCheck{doc: "record", strict: true}
	kc.check(tree, reflect.TypeFor[rules.Record](), "")
	kc.errs = append(kc.errs, uiShape(tree.(map[string]any)["ui"])...)
	slices.Sort(kc.unknown)
	for _, u := range kc.unknown {
		kc.errs = append(kc.errs, &FieldError{Doc: "record", Code: rules.CodeUnknownField, Field: u, Problem: "unknown field"})
	}
	if len(kc.errs) > 0 {
		sortFieldErrors(kc.errs)
		return r, errors.Join(kc.errs...)
	}
	if err := decodeTree(tree, &r, "record"); err != nil {
		return rules.Record{}, err
	}
	return r, nil
}

// FormatRecord returns r in its stored and transmitted form: the RFC 8785 (JCS) encoding of every field,
// "hash" included as it stands (call r.Seal first to set it). The output is canonical, so
// FormatRecord(ParseRecord(x)) == x for any canonical x.
func FormatRecord(r rules.Record) []byte {
	b, _ := r.MarshalJSON()
	return b
}

func sortFieldErrors(errs []error) {
	slices.SortStableFunc(errs, func(a, b error) int {
		fa, _ := a.(*FieldError)
		fb, _ := b.(*FieldError)
		if fa == nil || fb == nil {
			return 0
		}
		if fa.Field < fb.Field {
			return -1
		}
		if fa.Field > fb.Field {
			return 1
		}
		return 0
	})
}

// uiShape checks the members of a record's ui that depend on one another (see ParseRecord), so that every
// record ParseRecord accepts encodes back to the same bytes.
func uiShape(ui any) []error {
	m, ok := ui.(map[string]any)
	if !ok {
		return nil // null, or a wrong type keyCheck leaves to decodeTree
	}
	var errs []error
	bad := func(code, field, problem string) {
		errs = append(errs, &FieldError{Doc: "record", Code: code, Field: "ui." + field, Problem: problem})
	}
	surface, hasSurface := m["surface"]
	s, _ := surface.(string)
	if hasSurface && s == "" {
		bad(rules.CodeWrongType, "surface", "surface must be a non-empty string (leave it out for the banner of a version 1 widget)")
	}
	_, hasReject := m["reject"]
	switch {
	case rules.SurfaceWithoutReject(s) && hasReject:
		bad(rules.CodeUnexpectedField, "reject", "a "+s+" has no reject button: leave reject out")
	case !rules.SurfaceWithoutReject(s) && !hasReject:
		bad(rules.CodeMissingField, "reject", "missing")
	}
	if fl, ok := m["first_layer"]; ok {
		if _, obj := fl.(map[string]any); !obj {
			bad(rules.CodeWrongType, "first_layer", "first_layer must be an object (leave it out when no banner was shown first)")
		}
	}
	return errs
}
