package codec

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/assent-dev/assent/rules"
)

// sample is the docs/contract.md section 5 example with real hashes, in canonical form.
const sample = `{"action":"reject_all","decision":{"model":"opt_in","rules":["EU.ePrivacy.5.3"]},"form":null,` +
	`"hash":"HASH","id":"3f0c6f1e-9d7a-4f7e-8a53-2b1f0e6c9a11","jurisdiction":"FR","language":"fr",` +
	`"notice_hash":"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08","prev":"",` +
	`"purposes":{"analytics":false,"marketing":false,"necessary":true},"revision":"2026-11-01",` +
	`"signals":{"consent_mode":{"ad_storage":"denied","analytics_storage":"denied"},"gpc":false},` +
	`"site":"shop.example","subject":"k3J9xQ2mVb7Tz1LwPq8sYA","time":"2026-11-23T10:00:00.000Z",` +
	`"ui":{"accept":{"background":"#1a56db","color":"#ffffff","font_size":16,"font_weight":600,"height":40,"width":120},"layer":1,` +
	`"reject":{"background":"#1a56db","color":"#ffffff","font_size":16,"font_weight":600,"height":40,"width":120}},"v":1}`

func sampleRecord(t testing.TB) rules.Record {
	r, err := ParseRecord([]byte(sample))
	if err != nil {
		t.Fatal(err)
	}
	r.Seal()
	return r
}

func TestParseRecordSample(t *testing.T) {
	r := sampleRecord(t)
	if r.V != 1 || r.Action != "reject_all" || r.UI == nil || r.UI.Layer != 1 || r.UI.Accept.FontWeight != 600 ||
		r.Form != nil || !r.Purposes["necessary"] || r.Signals.ConsentMode["ad_storage"] != "denied" {
		t.Fatalf("parsed %+v", r)
	}
	canon := strings.Replace(sample, "HASH", r.Hash, 1)
	if got := string(FormatRecord(r)); got != canon {
		t.Fatalf("FormatRecord:\ngot  %s\nwant %s", got, canon)
	}
}

func TestRecordRoundTrip(t *testing.T) {
	records := []rules.Record{sampleRecord(t)}
	r := sampleRecord(t)
	r.UI, r.Form, r.Action = nil, &rules.Form{Name: "news", Channel: "email", Context: "signup"}, rules.ActionMarketingOptIn
	r.Prev = strings.Repeat("a", 64)
	r.Seal()
	records = append(records, r)
	r = sampleRecord(t)
	r.UI.Reject = rules.Box{Width: 0.1, Height: 1e-7, FontSize: 1e21, FontWeight: 100, Color: "rgba(0, 0, 0, 0.5)", Background: "transparent", Kind: "link"}
	r.Revision = "é\u2028\x01\"\\"
	r.Seal()
	records = append(records, r)
	for i, r := range records {
		b := FormatRecord(r)
		got, err := ParseRecord(b)
		if err != nil {
			t.Fatalf("%d: %v\n%s", i, err, b)
		}
		if !reflect.DeepEqual(got, r) {
			t.Fatalf("%d: round trip changed the record:\n%+v\n%+v", i, got, r)
		}
		if got.ComputeHash() != r.Hash || string(FormatRecord(got)) != string(b) {
			t.Fatalf("%d: hash or bytes not stable", i)
		}
	}
}

func TestParseRecordStrict(t *testing.T) {
	base := strings.Replace(sample, "HASH", strings.Repeat("0", 64), 1)
	for _, c := range []struct{ name, in, code, field string }{
		{"unknown top", strings.Replace(base, `"v":1}`, `"v":1,"email":"a@b.c"}`, 1), "unknown_field", "email"},
		{"unknown nested", strings.Replace(base, `"layer":1`, `"layer":1,"x":2`, 1), "unknown_field", "ui.x"},
		{"case differs", strings.Replace(base, `"v":1}`, `"V":1}`, 1), "unknown_field", "V"},
		{"duplicate", strings.Replace(base, `"v":1}`, `"v":1,"v":1}`, 1), "duplicate_key", "v"},
		{"duplicate purpose", strings.Replace(base, `"necessary":true`, `"necessary":true,"analytics":true`, 1), "duplicate_key", "purposes.analytics"},
		{"missing", strings.Replace(base, `"prev":"",`, ``, 1), "missing_field", "prev"},
		{"missing box field", strings.Replace(base, `"font_size":16,"font_weight":600,"height":40,"width":120},"layer"`, `"font_size":16,"font_weight":600,"height":40},"layer"`, 1), "missing_field", "ui.accept.width"},
		{"null", strings.Replace(base, `"prev":""`, `"prev":null`, 1), "wrong_type", "prev"},
		{"wrong type", strings.Replace(base, `"v":1}`, `"v":"1"}`, 1), "wrong_type", "v"},
		{"non-integer v", strings.Replace(base, `"v":1}`, `"v":1.5}`, 1), "wrong_type", "v"},
		{"trailing", base + `{}`, "trailing_data", ""},
		{"array", `[` + base + `]`, "wrong_type", ""},
		{"not json", `{"v":1,`, "not_json", ""},
		{"empty", ``, "not_json", ""},
		{"too deep", strings.Repeat("[", 40) + strings.Repeat("]", 40), "too_deep", strings.Repeat("[0]", 32)},
		{"too large", base[:len(base)-1] + `,"pad":"` + strings.Repeat("x", MaxRecordSize) + `"}`, "too_large", ""},
	} {
		_, err := ParseRecord([]byte(c.in))
		if err == nil {
			t.Errorf("%s: accepted", c.name)
			continue
		}
		fs := Findings(err)
		if fs[0].Code != c.code || fs[0].Field != c.field {
			t.Errorf("%s: got %+v, want code %s field %q", c.name, fs, c.code, c.field)
		}
		if !strings.HasPrefix(err.Error(), "codec: ") {
			t.Errorf("%s: error %q lacks the package prefix", c.name, err)
		}
	}
}

func TestParseRecordErrorClasses(t *testing.T) {
	if _, err := ParseRecord(make([]byte, MaxRecordSize+1)); !errors.Is(err, ErrTooLarge) {
		t.Errorf("oversize: %v", err)
	}
	if _, err := ParseRecord([]byte("<html>")); !errors.Is(err, ErrNotJSON) {
		t.Errorf("html: %v", err)
	}
	_, err := ParseRecord([]byte(`{"v":1}`))
	if fs := Findings(err); len(fs) != 16 {
		t.Errorf("want 16 missing fields reported at once, got %d: %v", len(fs), err)
	}
}

func TestFormatRecordIsCanonical(t *testing.T) {
	// Whitespace, key order and number spelling do not survive: FormatRecord gives the JCS form.
	messy := strings.NewReplacer(`"font_size":16`, `"font_size":1.6e1`, `,`, ",\n  ").Replace(strings.Replace(sample, "HASH", "", 1))
	r, err := ParseRecord([]byte(messy))
	if err != nil {
		t.Fatal(err)
	}
	if got := string(FormatRecord(r)); got != strings.Replace(sample, "HASH", "", 1) {
		t.Fatalf("got %s", got)
	}
}
