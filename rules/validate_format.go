package rules

import "strconv"

// Small format predicates shared by the validators (the rules package has no regexp).

// isUUID reports whether s is a lower-case 8-4-4-4-12 hex UUID.
func isUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch i {
		case 8, 13, 18, 23:
			if s[i] != '-' {
				return false
			}
		default:
			if !isLowerHex(s[i]) {
				return false
			}
		}
	}
	return true
}

// isHexHash reports whether s is 64 lower-case hex digits (a SHA-256).
func isHexHash(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !isLowerHex(s[i]) {
			return false
		}
	}
	return true
}

// isRandomID reports whether s is unpadded base64url of at least 16 bytes (22 characters).
func isRandomID(s string) bool {
	if len(s) < 22 || len(s) > 512 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !isDigit(c) && !isLetter(c) && c != '-' && c != '_' {
			return false
		}
	}
	return len(s)%4 != 1 // no base64 length leaves one character over
}

// isCountryCode reports whether s is two upper-case ASCII letters.
func isCountryCode(s string) bool {
	return len(s) == 2 && 'A' <= s[0] && s[0] <= 'Z' && 'A' <= s[1] && s[1] <= 'Z'
}

// isLanguageTag reports whether s is shaped like a BCP 47 tag: a 2-3 letter primary subtag, then subtags of
// 1-8 letters or digits separated by "-".
func isLanguageTag(s string) bool {
	n, start := 0, 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] != '-' {
			if !isDigit(s[i]) && !isLetter(s[i]) {
				return false
			}
			continue
		}
		l := i - start
		if n == 0 && (l < 2 || l > 3 || !allLetters(s[start:i])) || l < 1 || l > 8 {
			return false
		}
		n++
		start = i + 1
	}
	return true
}

func allLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isLetter(s[i]) {
			return false
		}
	}
	return true
}

func isLowerHex(c byte) bool { return isDigit(c) || 'a' <= c && c <= 'f' }

func itoa(n int) string { return strconv.Itoa(n) }

// quote returns s in double quotes for messages; control characters are shown as "?".
func quote(s string) string {
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] == 0x7f {
			b = append(b, '?')
		} else {
			b = append(b, s[i])
		}
	}
	return string(append(b, '"'))
}
