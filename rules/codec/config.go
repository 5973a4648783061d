package codec

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"

	"github.com/assent-dev/assent/rules"
)

// MaxConfigSize is the largest site config ParseConfig accepts: 1 MiB.
const MaxConfigSize = 1 << 20

// ParseConfig reads a site config (docs/contract.md section 4, site/schema/assent.schema.json). Labels and
// descriptions may be a string (stored under the key "") or an object by language. A top-level "$schema"
// is allowed and ignored. Unknown fields are not
// errors: each is returned as an "unknown_field" warning naming its path, and ignored. It is an error when
// data is over MaxConfigSize (wraps ErrTooLarge), is not one JSON object (wraps ErrNotJSON), has a duplicate
// key or data after the value, or has a value of the wrong type; the error names the field.
//
// ParseConfig checks form only; rules.ValidateConfig checks content.
func ParseConfig(data []byte) (rules.SiteConfig, []rules.Finding, error) {
	var c rules.SiteConfig
	if len(data) > MaxConfigSize {
		return c, nil, fmt.Errorf("%w: config is %d bytes, over the limit of %d", ErrTooLarge, len(data), MaxConfigSize)
	}
	tree, err := readTree(data, "config")
	if err != nil {
		return c, nil, err
	}
	top, ok := tree.(map[string]any)
	if !ok {
		return c, nil, &FieldError{Doc: "config", Code: rules.CodeWrongType, Problem: "not a JSON object"}
	}
	delete(top, "$schema") // an editor's hint to the JSON Schema, allowed by it
	// The boolean forms: consent_mode true/false is {} / {"enabled": false}; an integration true is {}, false
	// none.
	if b, ok := top["consent_mode"].(bool); ok {
		top["consent_mode"] = map[string]any{"enabled": b}
	}
	if in, ok := top["integrations"].(map[string]any); ok {
		for k, v := range in {
			if b, ok := v.(bool); ok {
				if b {
					in[k] = map[string]any{}
				} else {
					delete(in, k)
				}
			}
		}
	}
	kc := keyCheck{doc: "config"}
	kc.check(tree, reflect.TypeFor[rules.SiteConfig](), "")
	slices.Sort(kc.unknown)
	fs := []rules.Finding{}
	for _, u := range kc.unknown {
		fs = append(fs, rules.Finding{Code: rules.CodeUnknownField, Severity: rules.SeverityWarning, Field: u,
			Message: "unknown field " + u + " is ignored (a typo?)", Cite: "site/schema/assent.schema.json"})
	}
	if err := decodeTree(tree, &c, "config"); err != nil {
		return rules.SiteConfig{}, nil, err
	}
	return c, fs, nil
}

// FormatConfig returns c as indented JSON with its fields in declaration order (plain-string labels as
// strings).
func FormatConfig(c rules.SiteConfig) []byte {
	return marshalIndent(c)
}

// FormatFindings returns fs as an indented JSON array ("[]" when empty), newline-terminated, with '<', '>'
// and '&' left as they are.
func FormatFindings(fs []rules.Finding) []byte {
	if fs == nil {
		fs = []rules.Finding{}
	}
	return marshalIndent(fs)
}

func marshalIndent(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		panic("codec: " + err.Error()) // the rules types always encode
	}
	return buf.Bytes()
}
