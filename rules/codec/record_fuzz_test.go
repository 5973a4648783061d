package codec

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/assent-dev/assent/rules"
)

// FuzzParseRecord checks that ParseRecord never panics and that whatever it accepts survives a round trip:
// FormatRecord's output parses back to a record with the same bytes and hash.
func FuzzParseRecord(f *testing.F) {
	f.Add([]byte(strings.Replace(sample, "HASH", strings.Repeat("0", 64), 1)))
	f.Add([]byte(`{"v":1}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ParseRecord(data)
		if err != nil {
			if len(Findings(err)) == 0 {
				t.Fatalf("error without findings: %v", err)
			}
			return
		}
		b := FormatRecord(r)
		r2, err := ParseRecord(b)
		if err != nil {
			t.Fatalf("formatted record does not parse: %v\n%s", err, b)
		}
		if string(FormatRecord(r2)) != string(b) || r2.ComputeHash() != r.ComputeHash() {
			t.Fatalf("round trip not stable:\n%s\n%s", b, FormatRecord(r2))
		}
	})
}

// FuzzFormatRecord builds records from arbitrary strings and numbers and checks that the hand-written JCS
// encoder in rules always produces JSON that encoding/json reads back to the same record (strings as valid
// UTF-8, numbers exactly).
func FuzzFormatRecord(f *testing.F) {
	f.Add("shop.example", "analytics", 120.5, 600)
	f.Add("\x00\"\\\u2028\xff", "\U0001F600", 1e21, -1)
	f.Add("", "", 5e-324, 0)
	f.Fuzz(func(t *testing.T, s, key string, x float64, n int) {
		if math.IsNaN(x) || math.IsInf(x, 0) || !utf8.ValidString(s) || !utf8.ValidString(key) {
			return
		}
		r := sampleRecord(t)
		r.Site, r.Revision, r.Language = s, s, key
		r.Purposes[key] = true
		r.Signals.ConsentMode[key] = s
		r.UI.Reject.Width, r.UI.Reject.FontWeight = x, n
		r.Form = &rules.Form{Name: s, Channel: key, Context: s}
		r.Seal()
		got, err := ParseRecord(FormatRecord(r))
		if err != nil {
			t.Fatalf("%v\n%s", err, FormatRecord(r))
		}
		if !reflect.DeepEqual(got, r) {
			t.Fatalf("round trip changed the record:\n%+v\n%+v", got, r)
		}
	})
}
