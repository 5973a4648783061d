package rules

import (
	"math"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// This file is a small RFC 8785 JSON Canonicalization Scheme (JCS) writer, hand-written so that the widget
// does not pull encoding/json (and with it fmt and reflect) into its wasm. It encodes a closed set of Go
// values:
//
//	nil                       null
//	bool                      true / false
//	string                    a JCS string (RFC 8785 section 3.2.2.2)
//	int, float64              an ECMAScript Number-to-String (RFC 8785 section 3.2.2.3)
//	[]any, []string           an array, in order
//	jcsObject                 an object, members sorted by the UTF-16 code units of their names (3.2.3)
//	map[string]bool/string    an object, likewise sorted
//
// Anything else panics: the set is fixed by the record type, so that is a programming error.

// jcsMember is one name/value pair of a jcsObject.
type jcsMember struct {
	name  string
	value any
}

// jcsObject is a JSON object whose members appendJCS sorts before writing.
type jcsObject []jcsMember

// appendJCS appends the canonical encoding of v to b.
func appendJCS(b []byte, v any) []byte {
	switch v := v.(type) {
	case nil:
		return append(b, "null"...)
	case bool:
		return strconv.AppendBool(b, v)
	case string:
		return appendJCSString(b, v)
	case int:
		return strconv.AppendInt(b, int64(v), 10)
	case float64:
		return appendJCSNumber(b, v)
	case []string:
		b = append(b, '[')
		for i, s := range v {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJCSString(b, s)
		}
		return append(b, ']')
	case []any:
		b = append(b, '[')
		for i, e := range v {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJCS(b, e)
		}
		return append(b, ']')
	case map[string]bool:
		o := make(jcsObject, 0, len(v))
		for k, x := range v {
			o = append(o, jcsMember{k, x})
		}
		return appendJCSObject(b, o)
	case map[string]string:
		o := make(jcsObject, 0, len(v))
		for k, x := range v {
			o = append(o, jcsMember{k, x})
		}
		return appendJCSObject(b, o)
	case jcsObject:
		return appendJCSObject(b, v)
	}
	panic("rules: jcs: unsupported value type")
}

// appendJCSObject sorts o's members by name (UTF-16 code units) and appends the object to b.
func appendJCSObject(b []byte, o jcsObject) []byte {
	o = append(jcsObject(nil), o...)
	// Insertion sort: objects have a few dozen members at most. The widget wasm links package slices already,
	// but a slices.SortFunc instance for jcsMember adds about 90 B brotli to it (measured 2026-12-02).
	for i := 1; i < len(o); i++ {
		for j := i; j > 0 && compareUTF16(o[j-1].name, o[j].name) > 0; j-- {
			o[j-1], o[j] = o[j], o[j-1]
		}
	}
	b = append(b, '{')
	for i, m := range o {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJCSString(b, m.name)
		b = append(b, ':')
		b = appendJCS(b, m.value)
	}
	return append(b, '}')
}

// compareUTF16 compares two strings by their UTF-16 code units, as RFC 8785 section 3.2.3 sorts names.
// Invalid UTF-8 compares as U+FFFD, the same replacement appendJCSString writes.
func compareUTF16(a, b string) int {
	for a != "" && b != "" {
		ra, na := utf8.DecodeRuneInString(a)
		rb, nb := utf8.DecodeRuneInString(b)
		a, b = a[na:], b[nb:]
		if ra == rb {
			continue
		}
		ua, ub := firstUnit(ra), firstUnit(rb)
		if ua != ub {
			return int(ua) - int(ub)
		}
		// Same high surrogate: both are supplementary, and their code point order is their unit order.
		return int(ra) - int(rb)
	}
	return len(a) - len(b) // the shorter (a prefix of the other) sorts first; both empty is equal
}

// firstUnit is the first UTF-16 code unit of r.
func firstUnit(r rune) uint16 {
	if r < 0x10000 {
		return uint16(r)
	}
	hi, _ := utf16.EncodeRune(r)
	return uint16(hi)
}

const hexDigits = "0123456789abcdef"

// appendJCSString appends s as a JSON string in the JCS form: '"' and '\\' escaped, the controls
// U+0008, U+0009, U+000A, U+000C, U+000D as \b \t \n \f \r, other controls below U+0020 as \u00xx (lower-case
// hex), everything else as UTF-8 as is. Invalid UTF-8 is written as U+FFFD, as encoding/json does.
func appendJCSString(b []byte, s string) []byte {
	b = append(b, '"')
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				b = append(b, "\uFFFD"...)
			} else {
				b = append(b, s[i:i+n]...)
			}
			i += n
			continue
		}
		switch c {
		case '"':
			b = append(b, '\\', '"')
		case '\\':
			b = append(b, '\\', '\\')
		case '\b':
			b = append(b, '\\', 'b')
		case '\t':
			b = append(b, '\\', 't')
		case '\n':
			b = append(b, '\\', 'n')
		case '\f':
			b = append(b, '\\', 'f')
		case '\r':
			b = append(b, '\\', 'r')
		default:
			if c < 0x20 {
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
			} else {
				b = append(b, c)
			}
		}
		i++
	}
	return append(b, '"')
}

// appendJCSNumber appends f the way ECMAScript's Number.prototype.toString (ECMA-262 Number::toString) writes
// it, which RFC 8785 section 3.2.2.3 adopts: the shortest digits that round-trip; plain notation for
// decimal exponents from -6 up to 21 (1e21 and above, and below 1e-6, use exponent form "1e+21", "1e-7");
// -0 as 0. NaN and the infinities have no JSON form; they are written as null (ValidateRecord reports them).
func appendJCSNumber(b []byte, f float64) []byte {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return append(b, "null"...)
	}
	if f == 0 {
		return append(b, '0')
	}
	if f < 0 {
		b = append(b, '-')
		f = -f
	}
	// Shortest round-trip digits in the form d.ddddde±xx.
	var buf [32]byte
	e := strconv.AppendFloat(buf[:0], f, 'e', -1, 64)
	mant, exp := e, 0
	for i, c := range e {
		if c == 'e' {
			mant = e[:i]
			x, _ := strconv.Atoi(string(e[i+1:]))
			exp = x
			break
		}
	}
	digits := make([]byte, 0, len(mant))
	for _, c := range mant {
		if c != '.' {
			digits = append(digits, c)
		}
	}
	k := len(digits) // ECMA-262: value = digits × 10^(n−k)
	n := exp + 1
	switch {
	case k <= n && n <= 21:
		b = append(b, digits...)
		for range n - k {
			b = append(b, '0')
		}
	case 0 < n && n <= 21:
		b = append(b, digits[:n]...)
		b = append(b, '.')
		b = append(b, digits[n:]...)
	case -6 < n && n <= 0:
		b = append(b, '0', '.')
		for range -n {
			b = append(b, '0')
		}
		b = append(b, digits...)
	default:
		b = append(b, digits[0])
		if k > 1 {
			b = append(b, '.')
			b = append(b, digits[1:]...)
		}
		b = append(b, 'e')
		if n-1 >= 0 {
			b = append(b, '+')
		}
		b = strconv.AppendInt(b, int64(n-1), 10)
	}
	return b
}
