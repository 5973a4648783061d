//go:build js && wasm

package widget

import (
	_ "embed"
	"math/rand/v2"
	"os"
	"reflect"
	"strings"
	"syscall/js"
	"testing"

	"github.com/assent-dev/assent/rules"
)

//go:embed engine.js
var engineJS string

// TestMain loads engine.js as the build does (appended to wasm_exec.js) before any test runs.
func TestMain(m *testing.M) {
	js.Global().Call("eval", engineJS)
	os.Exit(m.Run())
}

// The widget seals records with JavaScript's canonical JSON (engine.js); the ledger, the CLI and the verifier
// recompute the hash with rules.Record.Canonical. A record whose bytes differ would fail every later
// verification (docs/contract.md section 5: hash is the SHA-256 of the RFC 8785 encoding without "hash").
func TestSealRecordMatchesGoCanonical(t *testing.T) {
	rng := rand.New(rand.NewPCG(8785, 1))
	pieces := []string{"", "a", "Z", "\"", "\\", "/", "\x00", "\x01", "\b", "\f", "\n", "\r", "\t", "\x1f", "\x7f",
		"\u2028", "\u2029", "é", "e\u0301", "€", "😀", "\ufb00", "\uffff", "<script>alert(1)</script>", "</", "1e3"}
	text := func() string {
		var b strings.Builder
		for range rng.IntN(4) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		return b.String()
	}
	floats := []float64{0, 1, 16, 0.1, 1.0 / 3, 44.5, 123456789.123, 1e21, 1e-7, 1e-6, 9007199254740993,
		5e-324, 1.7976931348623157e308, 299.99999999999994}
	num := func() float64 {
		if rng.IntN(3) == 0 {
			return rng.Float64() * 1000
		}
		return floats[rng.IntN(len(floats))]
	}
	box := func() rules.Box {
		b := rules.Box{Width: num(), Height: num(), FontSize: num(), FontWeight: rng.IntN(1000), Color: text(),
			Background: text()}
		if rng.IntN(2) == 0 {
			b.Kind = text()
		}
		return b
	}
	for i := range 400 {
		r := rules.Record{V: 1, ID: text(), Site: text(), Subject: text(), Time: text(), Action: text(),
			Jurisdiction: text(), Revision: text(), Language: text(), NoticeHash: text(), Prev: text()}
		if rng.IntN(4) > 0 {
			r.Purposes = map[string]bool{}
			for range rng.IntN(5) {
				r.Purposes[text()] = rng.IntN(2) == 0
			}
		}
		r.Decision.Model = text()
		for range rng.IntN(3) {
			r.Decision.Rules = append(r.Decision.Rules, text())
		}
		r.Signals.GPC = rng.IntN(2) == 0
		if rng.IntN(4) > 0 {
			r.Signals.ConsentMode = map[string]string{"ad_storage": text(), text(): text()}
		}
		if rng.IntN(2) == 0 {
			r.UI = &rules.UIMeasurement{Layer: rng.IntN(3), Accept: box(), Reject: box()}
			r.UI.Surface = []string{"", "banner", "preferences", "placeholder", "form", text()}[rng.IntN(6)]
			if rules.SurfaceWithoutReject(r.UI.Surface) && rng.IntN(2) == 0 {
				r.UI.Reject = rules.Box{}
			}
			if rng.IntN(2) == 0 {
				r.UI.FirstLayer = &rules.LayerBoxes{Accept: box(), Reject: box()}
			}
		}
		if rng.IntN(2) == 0 {
			r.Form = &rules.Form{Name: text(), Channel: text(), Context: text()}
		}
		hash, body, err := sealRecord(r)
		if err != nil {
			t.Fatal(err)
		}
		if want := r.ComputeHash(); hash != want {
			t.Fatalf("record %d: hash %s, rules.Record.ComputeHash %s\ncanonical %s", i, hash, want, r.Canonical())
		}
		r.Hash = hash
		want, _ := r.MarshalJSON()
		if body != string(want) {
			t.Fatalf("record %d: sealed\n%s\nrules.Record.MarshalJSON\n%s", i, body, want)
		}
	}
}

// The loader's measurement of every surface, read into a record, seals to the bytes rules.Record gives, and the
// ui it reads back is the one the loader sent.
func TestUIFromJSPerSurface(t *testing.T) {
	b := rules.Box{Width: 120.5, Height: 40, FontSize: 16, FontWeight: 600, Color: "#ffffff", Background: "#1a56db", Kind: "button"}
	for _, m := range []*rules.UIMeasurement{
		nil,
		{Layer: 1, Accept: b, Reject: b},
		{Layer: 1, Surface: rules.SurfaceBanner, Accept: b, Reject: b},
		{Layer: 2, Surface: rules.SurfacePreferences, Accept: b, Reject: b, FirstLayer: &rules.LayerBoxes{Accept: b, Reject: b}},
		{Layer: 2, Surface: rules.SurfacePreferences, Accept: b, Reject: b},
		{Layer: 0, Surface: rules.SurfacePlaceholder, Accept: b},
		{Layer: 0, Surface: rules.SurfaceForm, Accept: rules.Box{Width: 13, Height: 13, FontSize: 13.33, FontWeight: 400, Color: "#111111", Background: "#ffffff"}},
	} {
		v := js.Null()
		if m != nil {
			v = uiJS(m)
		}
		got := uiFromJS(v)
		if !reflect.DeepEqual(got, m) {
			t.Fatalf("uiFromJS(uiJS(%+v)) = %+v", m, got)
		}
		r := rules.Record{V: 1, ID: "x", UI: got}
		hash, _, err := sealRecord(r)
		if err != nil || hash != r.ComputeHash() {
			t.Fatalf("%+v: sealed hash %s, rules %s (%v)", m, hash, r.ComputeHash(), err)
		}
	}
}
