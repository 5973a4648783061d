package rules

import (
	"math"
	"strconv"
	"strings"
)

// rgba is a colour with channels in 0..255 and alpha in 0..1.
type rgba struct{ r, g, b, a float64 }

// parseColor reads a CSS colour as computed styles give it: "#rgb", "#rgba", "#rrggbb", "#rrggbbaa",
// "rgb(r, g, b)", "rgba(r, g, b, a)", the space form "rgb(r g b / a)", channels as numbers or percentages,
// and "transparent". Case and surrounding space are ignored.
func parseColor(s string) (rgba, bool) {
	s = lowerASCII(strings.TrimSpace(s))
	switch {
	case s == "transparent":
		return rgba{0, 0, 0, 0}, true
	case strings.HasPrefix(s, "#"):
		return parseHexColor(s[1:])
	case strings.HasPrefix(s, "rgb(") || strings.HasPrefix(s, "rgba("):
		open, end := strings.IndexByte(s, '('), len(s)-1
		if s[end] != ')' {
			return rgba{}, false
		}
		return parseRGBArgs(s[open+1 : end])
	}
	return rgba{}, false
}

func parseHexColor(h string) (rgba, bool) {
	var v [4]float64
	v[3] = 255
	switch len(h) {
	case 3, 4:
		for i := range len(h) {
			x, err := strconv.ParseUint(h[i:i+1], 16, 8)
			if err != nil {
				return rgba{}, false
			}
			v[i] = float64(x * 17)
		}
	case 6, 8:
		for i := 0; i < len(h); i += 2 {
			x, err := strconv.ParseUint(h[i:i+2], 16, 8)
			if err != nil {
				return rgba{}, false
			}
			v[i/2] = float64(x)
		}
	default:
		return rgba{}, false
	}
	return rgba{v[0], v[1], v[2], v[3] / 255}, true
}

func parseRGBArgs(args string) (rgba, bool) {
	var parts []string
	if strings.Contains(args, ",") {
		parts = strings.Split(args, ",")
	} else {
		rgb, alpha, hasAlpha := strings.Cut(args, "/")
		parts = strings.Fields(rgb)
		if hasAlpha {
			parts = append(parts, alpha)
		}
	}
	if len(parts) != 3 && len(parts) != 4 {
		return rgba{}, false
	}
	c := rgba{a: 1}
	for i, p := range parts {
		p = strings.TrimSpace(p)
		scale := 1.0
		if i < 3 {
			scale = 255
		}
		pct := strings.HasSuffix(p, "%")
		x, ok := parseCSSNumber(strings.TrimSuffix(p, "%"))
		if !ok {
			return rgba{}, false
		}
		if pct {
			x = x / 100 * scale
		}
		x = max(0, min(scale, x)) // x is finite (parseCSSNumber)
		switch i {
		case 0:
			c.r = x
		case 1:
			c.g = x
		case 2:
			c.b = x
		case 3:
			c.a = x
		}
	}
	return c, true
}

// over composites c (with its alpha) over an opaque backdrop.
func (c rgba) over(bg rgba) rgba {
	return rgba{c.r*c.a + bg.r*(1-c.a), c.g*c.a + bg.g*(1-c.a), c.b*c.a + bg.b*(1-c.a), 1}
}

// luminance is the WCAG 2.x relative luminance of an opaque colour.
func (c rgba) luminance() float64 {
	lin := func(v float64) float64 {
		v /= 255
		if v <= 0.04045 {
			return v / 12.92
		}
		return pow24((v + 0.055) / 1.055)
	}
	return 0.2126*lin(c.r) + 0.7152*lin(c.g) + 0.0722*lin(c.b)
}

// contrastRatio is the WCAG 2.x contrast ratio of two opaque colours, from 1 to 21.
func contrastRatio(a, b rgba) float64 {
	la, lb := a.luminance(), b.luminance()
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// ContrastRatio returns the WCAG 2.x contrast ratio (1 to 21) of text colour fg on background bg, CSS colours
// as computed styles give them (see ValidateUI); a translucent fg is composited over bg first. ok is false when
// a colour does not parse or bg is not opaque (its contrast depends on what lies beneath).
func ContrastRatio(fg, bg string) (ratio float64, ok bool) {
	f, okF := parseColor(fg)
	b, okB := parseColor(bg)
	if !okF || !okB || b.a < 1 {
		return 0, false
	}
	return contrastRatio(f.over(b), b), true
}

// HexColor returns a CSS colour as "#rrggbb". A translucent colour is composited over the opaque colour over,
// or, when over is "" or not opaque, kept translucent as "#rrggbbaa".
func HexColor(c, over string) (string, bool) {
	x, ok := parseColor(c)
	if !ok {
		return "", false
	}
	if o, okO := parseColor(over); okO && o.a >= 1 && x.a < 1 {
		x = x.over(o)
	}
	const digits = "0123456789abcdef"
	out := []byte{'#'}
	for i, v := range []float64{x.r, x.g, x.b, x.a * 255} {
		if i == 3 && x.a >= 1 {
			break
		}
		n := max(0, min(255, int(v+0.5)))
		out = append(out, digits[n>>4], digits[n&15])
	}
	return string(out), true
}

// parseCSSNumber reads a CSS <number>: an optional sign, digits with an optional fraction (at least one digit),
// and an optional exponent. strconv.ParseFloat would do, but it links its conversion tables into the wasm widget
// (about 4 KB brotli); colour channels need nowhere near its exactness (this is within 1e-15 relative).
func parseCSSNumber(s string) (float64, bool) {
	i, neg := 0, false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	var mant float64
	digits, exp := 0, 0
	for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
		mant = mant*10 + float64(s[i]-'0')
		digits++
	}
	if i < len(s) && s[i] == '.' {
		for i++; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
			mant = mant*10 + float64(s[i]-'0')
			digits++
			exp--
		}
	}
	if digits == 0 {
		return 0, false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		sign := 1
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			if s[i] == '-' {
				sign = -1
			}
			i++
		}
		e, n := 0, 0
		for ; i < len(s) && '0' <= s[i] && s[i] <= '9'; i++ {
			if e < 10000 {
				e = e*10 + int(s[i]-'0')
			}
			n++
		}
		if n == 0 {
			return 0, false
		}
		exp += sign * e
	}
	if i != len(s) {
		return 0, false
	}
	x := mant * math.Pow10(exp)
	if exp < 0 && exp >= -22 {
		x = mant / math.Pow10(-exp) // dividing by an exact power of ten rounds once
	}
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return 0, false
	}
	if neg {
		x = -x
	}
	return x, true
}

// lowerASCII lower-cases ASCII letters only: CSS colour syntax is ASCII, and strings.ToLower would link Unicode's
// case tables into the wasm widget.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// pow24 returns x^2.4 for x in [0, 1], the exponent of the sRGB transfer function, as x^2 times the fifth root of
// x^2 (Newton's method, from above). math.Pow would link its general machinery (exp, log, frexp, ...) into the
// wasm widget, about 2 KB brotli; this agrees with it to within 1e-14 relative (tested).
func pow24(x float64) float64 {
	a := x * x
	if a <= 0 {
		return 0
	}
	y := 1.0 // a <= 1, so its fifth root is <= 1 and Newton's steps fall monotonically towards it
	for range 64 {
		y4 := y * y * y * y
		next := (4*y + a/y4) / 5
		if next >= y {
			break
		}
		y = next
	}
	return a * y
}
