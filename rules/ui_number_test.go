package rules

import (
	"math"
	"math/rand/v2"
	"strconv"
	"testing"
)

// Colour channels in computed styles (CSS Color 4, rgb()/rgba() numbers and percentages) are read by
// parseCSSNumber; it must agree with strconv.ParseFloat on every CSS number and refuse what CSS does not write.
func TestParseCSSNumber(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 2))
	var in []string
	for range 20000 {
		f := rng.Float64() * math.Pow10(rng.IntN(8)-3)
		in = append(in, strconv.FormatFloat(f, 'f', rng.IntN(9)-1, 64), strconv.FormatFloat(f, 'e', -1, 64),
			strconv.FormatFloat(-f, 'g', -1, 64))
	}
	in = append(in, "0", "255", "127.5", ".5", "5.", "+1", "-0", "1e3", "1E-3", "50", "0.498039", "007")
	for _, s := range in {
		want, err := strconv.ParseFloat(s, 64)
		got, ok := parseCSSNumber(s)
		if err != nil || !ok || math.Abs(got-want) > 1e-15*math.Abs(want) {
			t.Fatalf("parseCSSNumber(%q) = %v %v, ParseFloat %v %v", s, got, ok, want, err)
		}
	}
	for _, s := range []string{"", ".", "+", "-", "e5", "1e", "1e+", "1.2.3", "0x10", "inf", "NaN", "1_000", "12px",
		" 1", "1 ", "1e999"} {
		if got, ok := parseCSSNumber(s); ok {
			t.Errorf("parseCSSNumber(%q) = %v, want refused", s, got)
		}
	}
}

// The WCAG 2.x relative luminance raises sRGB channels to the power 2.4 (WCAG 2.2, "relative luminance"): pow24
// must agree with math.Pow on every 8-bit channel and on composited (fractional) ones.
func TestPow24(t *testing.T) {
	xs := []float64{0, 1, 0.5, 1e-300}
	for c := 0; c <= 255; c++ {
		xs = append(xs, (float64(c)/255+0.055)/1.055)
	}
	rng := rand.New(rand.NewPCG(2, 4))
	for range 100000 {
		xs = append(xs, rng.Float64())
	}
	for _, x := range xs {
		want, got := math.Pow(x, 2.4), pow24(x)
		if math.Abs(got-want) > 1e-14*want {
			t.Fatalf("pow24(%v) = %v, math.Pow %v", x, got, want)
		}
	}
}
