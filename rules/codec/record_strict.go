package codec

// Strict JSON reading shared by ParseRecord and ParseConfig: one JSON value and nothing after it, no duplicate
// object keys, bounded nesting, and object keys compared exactly (case-sensitively) against the json tags of
// the Go type being read (encoding/json alone matches names case-insensitively and ignores duplicates).

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"

	"github.com/assent-dev/assent/rules"
)

// maxDepth bounds the nesting of objects and arrays in any document codec reads.
const maxDepth = 32

var (
	// ErrTooLarge is returned (wrapped) for a document over its size limit (HTTP 413).
	ErrTooLarge = errors.New("codec: document too large")
	// ErrNotJSON is returned (wrapped) for input that is not one well-formed JSON value (HTTP 415).
	ErrNotJSON = errors.New("codec: not JSON")
)

// notJSONError is input that is not JSON: it is ErrNotJSON and wraps the decoder's error. (Not fmt.Errorf
// with two %w: Findings reads an error with Unwrap() []error as a list of separate problems.)
type notJSONError struct {
	doc string
	err error
}

func notJSON(doc string, err error) error { return &notJSONError{doc, err} }

func (e *notJSONError) Error() string {
	return ErrNotJSON.Error() + ": " + e.doc + ": " + e.err.Error()
}
func (e *notJSONError) Is(target error) bool { return target == ErrNotJSON }
func (e *notJSONError) Unwrap() error        { return e.err }

// FieldError is one structural problem of a JSON document: a duplicate, unknown or missing key, a value of
// the wrong type, or data after the document. Code is a stable snake_case finding code; Field is the JSON path
// ("ui.accept.width", "purposes[2].id"), "" for the whole document.
type FieldError struct {
	Doc, Code, Field, Problem string
}

// Error returns e.g. `codec: record: field "ui.layer": unknown field`.
func (e *FieldError) Error() string {
	if e.Field == "" {
		return "codec: " + e.Doc + ": " + e.Problem
	}
	return "codec: " + e.Doc + ": field " + strconv.Quote(e.Field) + ": " + e.Problem
}

// Finding returns e as an error-severity finding.
func (e *FieldError) Finding() rules.Finding {
	return rules.Finding{Code: e.Code, Severity: rules.SeverityError, Message: e.Error(), Cite: rules.CiteFormat, Field: e.Field}
}

// Findings turns an error returned by ParseRecord or ParseConfig into findings, one per FieldError it holds
// (errors.Join trees are walked); any other error becomes one finding coded "too_large" (ErrTooLarge),
// "not_json" (ErrNotJSON), "invalid_utf8" (ErrInvalidUTF8) or "malformed".
func Findings(err error) []rules.Finding {
	if err == nil {
		return []rules.Finding{}
	}
	var out []rules.Finding
	var walk func(error)
	walk = func(e error) {
		if fe, ok := e.(*FieldError); ok {
			out = append(out, fe.Finding())
			return
		}
		if j, ok := e.(interface{ Unwrap() []error }); ok {
			for _, x := range j.Unwrap() {
				walk(x)
			}
			return
		}
		code := rules.CodeMalformed
		switch {
		case errors.Is(e, ErrTooLarge):
			code = rules.CodeTooLarge
		case errors.Is(e, ErrNotJSON):
			code = rules.CodeNotJSON
		case errors.Is(e, ErrInvalidUTF8):
			code = rules.CodeInvalidUTF8
		}
		out = append(out, rules.Finding{Code: code, Severity: rules.SeverityError, Message: e.Error(), Cite: rules.CiteFormat})
	}
	walk(err)
	return out
}

// readTree reads data as exactly one JSON value into a generic tree (map[string]any, []any, json.Number,
// string, bool, nil), rejecting duplicate keys, deep nesting and trailing data.
func readTree(data []byte, doc string) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	v, err := readValue(dec, doc, "", 0)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, &FieldError{Doc: doc, Code: rules.CodeTrailingData, Problem: "data after the JSON value"}
	}
	return v, nil
}

func readValue(dec *json.Decoder, doc, path string, depth int) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return nil, notJSON(doc, err)
	}
	d, ok := tok.(json.Delim)
	if !ok {
		return tok, nil
	}
	if depth >= maxDepth {
		return nil, &FieldError{Doc: doc, Code: rules.CodeTooDeep, Field: path, Problem: "nested deeper than " + strconv.Itoa(maxDepth)}
	}
	if d == '[' {
		arr := []any{}
		for dec.More() {
			e, err := readValue(dec, doc, path+"["+strconv.Itoa(len(arr))+"]", depth+1)
			if err != nil {
				return nil, err
			}
			arr = append(arr, e)
		}
		return arr, closeToken(dec, doc)
	}
	obj := map[string]any{}
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			return nil, notJSON(doc, err)
		}
		k := kt.(string)
		p := joinPath(path, k)
		if _, dup := obj[k]; dup {
			return nil, &FieldError{Doc: doc, Code: rules.CodeDuplicateKey, Field: p, Problem: "duplicate key"}
		}
		if obj[k], err = readValue(dec, doc, p, depth+1); err != nil {
			return nil, err
		}
	}
	return obj, closeToken(dec, doc)
}

// closeToken reads the ] or } that ends an array or object; a document cut short there is not JSON either.
func closeToken(dec *json.Decoder, doc string) error {
	if _, err := dec.Token(); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return notJSON(doc, err)
	}
	return nil
}

func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// textType is rules.Text, which JSON gives as a string or an object.
var textType = reflect.TypeFor[rules.Text]()

// keyCheck compares a generic tree against the json tags of a Go type.
type keyCheck struct {
	doc     string
	strict  bool // missing non-omitempty keys and nulls in non-pointer places are problems too
	unknown []string
	errs    []error
}

// check walks v against t. Unknown keys are recorded in kc.unknown and deleted from the tree, so that a
// later encoding/json decode cannot match them case-insensitively. Values whose type clearly does not match
// t are left for encoding/json to report.
func (kc *keyCheck) check(v any, t reflect.Type, path string) {
	for t.Kind() == reflect.Pointer {
		if v == nil {
			return
		}
		t = t.Elem()
	}
	if v == nil {
		if kc.strict && t.Kind() != reflect.Interface {
			kc.errs = append(kc.errs, &FieldError{Doc: kc.doc, Code: rules.CodeWrongType, Field: path, Problem: "null is not allowed here"})
		}
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		obj, ok := v.(map[string]any)
		if ok {
			kc.checkStruct(obj, t, path)
		}
	case reflect.Map:
		if obj, ok := v.(map[string]any); ok {
			for k, e := range obj {
				kc.check(e, t.Elem(), joinPath(path, k))
			}
		}
	case reflect.Slice, reflect.Array:
		if arr, ok := v.([]any); ok {
			for i, e := range arr {
				kc.check(e, t.Elem(), path+"["+strconv.Itoa(i)+"]")
			}
		}
	}
}

func (kc *keyCheck) checkStruct(obj map[string]any, t reflect.Type, path string) {
	known := map[string]bool{}
	for i := range t.NumField() {
		f := t.Field(i)
		name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name == "" || name == "-" || !f.IsExported() {
			continue
		}
		known[name] = true
		e, present := obj[name]
		if str, ok := e.(string); ok && f.Type == textType {
			e = map[string]any{"": str} // a plain-string label: stored under ""
			obj[name] = e
		}
		if !present {
			if kc.strict && !strings.Contains(opts, "omitempty") && !strings.Contains(opts, "omitzero") {
				kc.errs = append(kc.errs, &FieldError{Doc: kc.doc, Code: rules.CodeMissingField, Field: joinPath(path, name), Problem: "missing"})
			}
			continue
		}
		kc.check(e, f.Type, joinPath(path, name))
	}
	for k := range obj {
		if !known[k] {
			kc.unknown = append(kc.unknown, joinPath(path, k))
			delete(obj, k)
		}
	}
}

// decodeTree decodes the (cleaned) tree into out with encoding/json and turns a type mismatch into a
// FieldError naming the field.
func decodeTree(tree any, out any, doc string) error {
	b, err := json.Marshal(tree)
	if err != nil {
		return fmt.Errorf("codec: %s: %w", doc, err)
	}
	if err := json.Unmarshal(b, out); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			return &FieldError{Doc: doc, Code: rules.CodeWrongType, Field: te.Field, Problem: "want " + te.Type.String() + ", got " + te.Value}
		}
		return &FieldError{Doc: doc, Code: rules.CodeWrongType, Problem: err.Error()}
	}
	return nil
}
