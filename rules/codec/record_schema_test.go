package codec

import (
	"encoding/json"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/assent-dev/assent/rules"
)

// TestRecordSchema checks that site/schema/record.schema.json describes the record as ParseRecord reads it:
// every top-level schema property is a rules.Record field, and the ui, its boxes, decision, signals and form
// have exactly the Go types' fields, required unless their tag says omitempty or omitzero.
func TestRecordSchema(t *testing.T) {
	b, err := os.ReadFile("../../site/schema/record.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var schema struct {
		Properties map[string]any `json:"properties"`
		Defs       map[string]struct {
			Required   []string       `json:"required"`
			Properties map[string]any `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(b, &schema); err != nil {
		t.Fatal(err)
	}
	record := fields(reflect.TypeFor[rules.Record]())
	for name := range schema.Properties {
		if _, ok := record[name]; !ok {
			t.Errorf("schema property %q is not a record field", name)
		}
	}
	for def, typ := range map[string]reflect.Type{"ui": reflect.TypeFor[rules.UIMeasurement](), "box": reflect.TypeFor[rules.Box](),
		"layer_boxes": reflect.TypeFor[rules.LayerBoxes](), "decision": reflect.TypeFor[rules.RecordDecision](),
		"signals": reflect.TypeFor[rules.Signals](), "form": reflect.TypeFor[rules.Form]()} {
		d, ok := schema.Defs[def]
		if !ok {
			t.Errorf("no $defs/%s", def)
			continue
		}
		var required []string
		for name, optional := range fields(typ) {
			if _, ok := d.Properties[name]; !ok {
				t.Errorf("$defs/%s lacks %q", def, name)
			}
			if !optional {
				required = append(required, name)
			}
		}
		if len(d.Properties) != len(fields(typ)) {
			t.Errorf("$defs/%s has %d properties, %s %d fields", def, len(d.Properties), typ, len(fields(typ)))
		}
		slices.Sort(required)
		got := slices.Sorted(slices.Values(d.Required))
		if !slices.Equal(got, required) {
			t.Errorf("$defs/%s requires %v, want %v", def, got, required)
		}
	}
}

// fields maps a struct's JSON names to whether they are optional.
func fields(t reflect.Type) map[string]bool {
	m := map[string]bool{}
	for i := range t.NumField() {
		name, opts, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		m[name] = strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero")
	}
	return m
}
