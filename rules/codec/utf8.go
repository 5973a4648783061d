package codec

import (
	"errors"
	"fmt"
	"unicode/utf8"
)

// ErrInvalidUTF8 is returned (wrapped) for a document that is not valid UTF-8 or that escapes a lone UTF-16
// surrogate ("\ud800" not followed by a low surrogate escape, or a low surrogate escape alone). encoding/json
// would silently turn either into U+FFFD, so the bytes stored would not be the bytes sent.
var ErrInvalidUTF8 = errors.New("codec: invalid UTF-8")

// CheckUTF8 reports whether data is valid UTF-8 whose \u escapes encode no lone surrogate; it returns nil or
// an error wrapping ErrInvalidUTF8 with the byte offset of the first problem.
func CheckUTF8(data []byte) error {
	if !utf8.Valid(data) {
		for i := 0; i < len(data); {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n == 1 {
				return fmt.Errorf("%w: invalid byte at offset %d", ErrInvalidUTF8, i)
			}
			i += n
		}
	}
	for i := 0; i < len(data); i++ {
		if data[i] != '\\' || i+1 >= len(data) {
			continue
		}
		if data[i+1] != 'u' {
			i++ // skip the escaped character (\\ included)
			continue
		}
		c, ok := hex4(data, i+2)
		if !ok {
			i++
			continue
		}
		switch {
		case c >= 0xd800 && c < 0xdc00:
			if lo, ok := hex4(data, i+8); ok && data[i+6] == '\\' && data[i+7] == 'u' && lo >= 0xdc00 && lo < 0xe000 {
				i += 11
				continue
			}
			return fmt.Errorf("%w: lone surrogate escape at offset %d", ErrInvalidUTF8, i)
		case c >= 0xdc00 && c < 0xe000:
			return fmt.Errorf("%w: lone surrogate escape at offset %d", ErrInvalidUTF8, i)
		}
		i += 5
	}
	return nil
}

// hex4 reads four hex digits at data[at:].
func hex4(data []byte, at int) (rune, bool) {
	if at+4 > len(data) {
		return 0, false
	}
	var c rune
	for _, b := range data[at : at+4] {
		switch {
		case b >= '0' && b <= '9':
			c = c<<4 | rune(b-'0')
		case b >= 'a' && b <= 'f':
			c = c<<4 | rune(b-'a'+10)
		case b >= 'A' && b <= 'F':
			c = c<<4 | rune(b-'A'+10)
		default:
			return 0, false
		}
	}
	return c, true
}
