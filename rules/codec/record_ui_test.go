package codec

import (
	"reflect"
	"strings"
	"testing"

	"github.com/assent-dev/assent/rules"
)

// box is a measured button in the record's JSON form.
const box = `{"background":"#1a56db","color":"#ffffff","font_size":16,"font_weight":600,"height":40,"kind":"button","width":120}`

// surfaceUIs are the ui members a record may carry from each surface, in canonical form.
var surfaceUIs = map[string]string{
	"banner (v1)":              `{"accept":` + box + `,"layer":1,"reject":` + box + `}`,
	"banner":                   `{"accept":` + box + `,"layer":1,"reject":` + box + `,"surface":"banner"}`,
	"preferences after banner": `{"accept":` + box + `,"first_layer":{"accept":` + box + `,"reject":` + box + `},"layer":2,"reject":` + box + `,"surface":"preferences"}`,
	"preferences reopened":     `{"accept":` + box + `,"layer":2,"reject":` + box + `,"surface":"preferences"}`,
	"placeholder":              `{"accept":` + box + `,"layer":0,"surface":"placeholder"}`,
	"form":                     `{"accept":` + box + `,"layer":0,"surface":"form"}`,
}

// withUI returns the sample record with its ui replaced, sealed, in canonical form.
func withUI(t *testing.T, ui string) []byte {
	t.Helper()
	old := sample[strings.Index(sample, `"ui":`):strings.Index(sample, `,"v":1}`)]
	r, err := ParseRecord([]byte(strings.Replace(strings.Replace(sample, old, `"ui":`+ui, 1), "HASH", strings.Repeat("0", 64), 1)))
	if err != nil {
		t.Fatalf("%s: %v", ui, err)
	}
	r.Seal()
	return FormatRecord(r)
}

func TestParseRecordSurfacesRoundTrip(t *testing.T) {
	for name, ui := range surfaceUIs {
		b := withUI(t, ui)
		if !strings.Contains(string(b), `"ui":`+ui+`,`) {
			t.Errorf("%s: ui not kept byte for byte: %s", name, b)
		}
		r, err := ParseRecord(b)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if again := FormatRecord(r); string(again) != string(b) || r.ComputeHash() != r.Hash {
			t.Errorf("%s: not stable:\n%s\n%s", name, b, again)
		}
	}
	r, _ := ParseRecord(withUI(t, surfaceUIs["preferences after banner"]))
	want := rules.Box{Width: 120, Height: 40, FontSize: 16, FontWeight: 600, Color: "#ffffff", Background: "#1a56db", Kind: "button"}
	if r.UI.Surface != "preferences" || r.UI.Layer != 2 || r.UI.FirstLayer == nil || !reflect.DeepEqual(r.UI.FirstLayer.Reject, want) {
		t.Errorf("parsed %+v", r.UI)
	}
}

func TestParseRecordSurfacesStrict(t *testing.T) {
	for _, c := range []struct{ name, ui, code, field string }{
		{"banner without reject", `{"accept":` + box + `,"layer":1,"surface":"banner"}`, "missing_field", "ui.reject"},
		{"v1 without reject", `{"accept":` + box + `,"layer":1}`, "missing_field", "ui.reject"},
		{"placeholder with reject", `{"accept":` + box + `,"layer":0,"reject":` + box + `,"surface":"placeholder"}`, "unexpected_field", "ui.reject"},
		{"empty surface", `{"accept":` + box + `,"layer":1,"reject":` + box + `,"surface":""}`, "wrong_type", "ui.surface"},
		{"null first layer", `{"accept":` + box + `,"first_layer":null,"layer":2,"reject":` + box + `,"surface":"preferences"}`, "wrong_type", "ui.first_layer"},
		{"first layer without reject", `{"accept":` + box + `,"first_layer":{"accept":` + box + `},"layer":2,"reject":` + box + `,"surface":"preferences"}`, "missing_field", "ui.first_layer.reject"},
		{"unknown member of first layer", `{"accept":` + box + `,"first_layer":{"accept":` + box + `,"reject":` + box + `,"x":1},"layer":2,"reject":` + box + `,"surface":"preferences"}`, "unknown_field", "ui.first_layer.x"},
		{"surface not a string", `{"accept":` + box + `,"layer":1,"reject":` + box + `,"surface":1}`, "wrong_type", "ui.surface"},
	} {
		old := sample[strings.Index(sample, `"ui":`):strings.Index(sample, `,"v":1}`)]
		_, err := ParseRecord([]byte(strings.Replace(sample, old, `"ui":`+c.ui, 1)))
		if err == nil {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		fs := Findings(err)
		if fs[0].Code != c.code || fs[0].Field != c.field {
			t.Errorf("%s: got %+v, want code %s field %q", c.name, fs, c.code, c.field)
		}
	}
}
