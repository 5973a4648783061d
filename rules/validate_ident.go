package rules

import "unicode/utf8"

// Direct-identifier heuristics. Consent records and configs are public-facing data (the log's entries are
// published), so anything that looks like an e-mail address or a phone number in them is reported. The checks
// are deliberately narrow, to keep hashes, dates and version strings clear:
//
//   - an e-mail address: "local@domain.tld", the local part non-empty, the domain holding a dot followed by
//     at least two letters;
//   - a phone number: a run of digits, spaces, dots, dashes and brackets that starts with "+" and holds 8 to
//     15 digits (E.164), or starts with "0" or "(0" and holds 9 to 15 digits (a national number).

// looksLikeEmail reports whether s contains something shaped like an e-mail address.
func looksLikeEmail(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '@' || i == 0 || !isEmailLocal(s[i-1]) {
			continue
		}
		dot, tld := false, 0
		for j := i + 1; j < len(s) && isDomainChar(s[j]); j++ {
			switch {
			case s[j] == '.':
				dot, tld = true, 0
			case dot && isLetter(s[j]):
				tld++
			default:
				tld = 0
			}
		}
		if dot && tld >= 2 {
			return true
		}
	}
	return false
}

// looksLikePhone reports whether s contains something shaped like a phone number.
func looksLikePhone(s string) bool {
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i-1] != ' ' && (isDigit(s[i-1]) || isPhoneSep(s[i-1]) || s[i-1] == '+') {
			continue // inside a run, not at its start
		}
		start := s[i]
		if start != '+' && start != '0' && start != '(' {
			continue
		}
		digits := 0
		first := byte(0)
		for j := i; j < len(s) && (isDigit(s[j]) || isPhoneSep(s[j]) || (j == i && s[j] == '+')); j++ {
			if isDigit(s[j]) {
				if digits == 0 {
					first = s[j]
				}
				digits++
			}
		}
		switch {
		case start == '+' && digits >= 8 && digits <= 15:
			return true
		case start != '+' && first == '0' && digits >= 9 && digits <= 15:
			return true
		}
	}
	return false
}

// directIdentifier names what s looks like ("e-mail address", "phone number"), or returns "".
func directIdentifier(s string) string {
	switch {
	case looksLikeEmail(s):
		return "an e-mail address"
	case looksLikePhone(s):
		return "a phone number"
	}
	return ""
}

// checkText reports a direct identifier or invalid UTF-8 in one string value at field.
func (fs *findings) checkText(field, s string) {
	if !utf8.ValidString(s) {
		fs.err(CodeInvalidUTF8, field, "not valid UTF-8", "RFC 8785 §3.2.2.2; RFC 8259 §8.1")
	}
	if what := directIdentifier(s); what != "" {
		fs.err(CodeDirectIdentifier, field, "looks like "+what+": records and configs must hold no direct identifiers",
			"GDPR Art. 5(1)(c), Art. 25(1)")
	}
}

func isDigit(c byte) bool    { return '0' <= c && c <= '9' }
func isLetter(c byte) bool   { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isPhoneSep(c byte) bool { return c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' }
func isEmailLocal(c byte) bool {
	return isDigit(c) || isLetter(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'
}
func isDomainChar(c byte) bool { return isDigit(c) || isLetter(c) || c == '.' || c == '-' }
