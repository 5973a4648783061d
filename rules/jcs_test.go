package rules

import (
	_ "embed"
	"encoding/binary"
	"encoding/hex"
	"math"
	"strings"
	"testing"
)

// jcsNumbers holds "<IEEE 754 bits in hex> <expected text>" lines: ECMAScript's own JSON.stringify output for
// 4,000+ doubles (random bit patterns, decimals, every power of ten from 1e-330 to 1e310). It was generated
// with node 20 by testdata/jcs_numbers.gen.js, so it checks appendJCSNumber against a real ECMAScript engine.
//
//go:embed testdata/jcs_numbers.txt
var jcsNumbers string

// TestJCSNumberRFC8785 checks the sample values of RFC 8785 Appendix B.
func TestJCSNumberRFC8785(t *testing.T) {
	for _, c := range []struct{ bits, want string }{
		{"0000000000000000", "0"},
		{"8000000000000000", "0"},
		{"0000000000000001", "5e-324"},
		{"8000000000000001", "-5e-324"},
		{"7fefffffffffffff", "1.7976931348623157e+308"},
		{"ffefffffffffffff", "-1.7976931348623157e+308"},
		{"4340000000000000", "9007199254740992"},
		{"c340000000000000", "-9007199254740992"},
		{"4430000000000000", "295147905179352830000"},
		{"44b52d02c7e14af5", "9.999999999999997e+22"},
		{"44b52d02c7e14af6", "1e+23"},
		{"44b52d02c7e14af7", "1.0000000000000001e+23"},
		{"444b1ae4d6e2ef4e", "999999999999999700000"},
		{"444b1ae4d6e2ef4f", "999999999999999900000"},
		{"444b1ae4d6e2ef50", "1e+21"},
		{"3eb0c6f7a0b5ed8c", "9.999999999999997e-7"},
		{"3eb0c6f7a0b5ed8d", "0.000001"},
		{"41b3de4355555553", "333333333.3333332"},
		{"41b3de4355555554", "333333333.33333325"},
		{"41b3de4355555555", "333333333.3333333"},
		{"41b3de4355555556", "333333333.3333334"},
		{"41b3de4355555557", "333333333.33333343"},
		{"becbf647612f3696", "-0.0000033333333333333333"},
		{"43143ff3c1cb0959", "1424953923781206.2"},
	} {
		f := bitsToFloat(t, c.bits)
		if got := string(appendJCSNumber(nil, f)); got != c.want {
			t.Errorf("%s: got %s, want %s", c.bits, got, c.want)
		}
	}
}

func TestJCSNumberMatchesECMAScript(t *testing.T) {
	n := 0
	for line := range strings.SplitSeq(strings.TrimSpace(jcsNumbers), "\n") {
		bits, want, ok := strings.Cut(line, " ")
		if !ok {
			t.Fatalf("bad line %q", line)
		}
		if got := string(appendJCSNumber(nil, bitsToFloat(t, bits))); got != want {
			t.Errorf("%s: got %s, want %s", bits, got, want)
		}
		n++
	}
	if n < 4000 {
		t.Fatalf("only %d samples", n)
	}
}

func TestJCSNumberPlain(t *testing.T) {
	for f, want := range map[float64]string{16.5: "16.5", 120: "120", 0.1: "0.1", -2: "-2", 1e20: "100000000000000000000",
		1e-6: "0.000001", 1e-7: "1e-7", 4.5: "4.5", 0.002: "0.002", 1e30: "1e+30", 1e-27: "1e-27",
		math.NaN(): "null", math.Inf(1): "null"} {
		if got := string(appendJCSNumber(nil, f)); got != want {
			t.Errorf("%v: got %s, want %s", f, got, want)
		}
	}
}

// TestJCSRFC8785Example is the example of RFC 8785 section 3.2.2 (literals, numbers, string escaping).
func TestJCSRFC8785Example(t *testing.T) {
	v := jcsObject{
		{"numbers", []any{333333333.33333329, 1e30, 4.50, 2e-3, 0.000000000000000000000000001}},
		{"string", "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"/"},
		{"literals", []any{nil, true, false}},
	}
	want := `{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`
	if got := string(appendJCS(nil, v)); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

// TestJCSSortOrder is the property sorting example of RFC 8785 section 3.2.3: names compare by UTF-16 code
// units, so U+1F600 (a surrogate pair D83D DE00) sorts before U+FB33.
func TestJCSSortOrder(t *testing.T) {
	v := map[string]string{
		"\u20ac":     "Euro Sign",
		"\r":         "Carriage Return",
		"\ufb33":     "Hebrew Letter Dalet With Dagesh",
		"1":          "One",
		"\U0001F600": "Emoji: Grinning Face",
		"\u0080":     "Control",
		"\u00f6":     "Latin Small Letter O With Diaeresis",
	}
	want := "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"ö\":\"Latin Small Letter O With Diaeresis\"," +
		"\"€\":\"Euro Sign\",\"\U0001F600\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}"
	if got := string(appendJCS(nil, v)); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestJCSStringEscapes(t *testing.T) {
	for in, want := range map[string]string{
		"plain":         `"plain"`,
		"\x00\x1f\x7f":  `"\u0000\u001f` + "\x7f\"",
		"\b\t\n\f\r":    `"\b\t\n\f\r"`,
		"<tag>&'":       `"<tag>&'"`,
		"bad\xffutf8":   "\"bad\uFFFDutf8\"",
		"\u2028\u2029":  "\"\u2028\u2029\"",
		`back\slash"q"`: `"back\\slash\"q\""`,
	} {
		if got := string(appendJCSString(nil, in)); got != want {
			t.Errorf("%q: got %s, want %s", in, got, want)
		}
	}
}

func TestCompareUTF16(t *testing.T) {
	for _, c := range []struct {
		a, b string
		sign int
	}{{"", "", 0}, {"a", "", 1}, {"a", "b", -1}, {"ab", "a", 1}, {"\U0001F600", "\ufb33", -1},
		{"\U0001F600", "\U0001F601", -1}, {"\ud7ff", "\U00010000", -1}, {"z", "\u00e9", -1}} {
		got := compareUTF16(c.a, c.b)
		if (got < 0 && c.sign >= 0) || (got > 0 && c.sign <= 0) || (got == 0 && c.sign != 0) {
			t.Errorf("compareUTF16(%q, %q) = %d, want sign %d", c.a, c.b, got, c.sign)
		}
	}
}

func bitsToFloat(t *testing.T, h string) float64 {
	t.Helper()
	b, err := hex.DecodeString(h)
	if err != nil || len(b) != 8 {
		t.Fatalf("bad bits %q", h)
	}
	return math.Float64frombits(binary.BigEndian.Uint64(b))
}
