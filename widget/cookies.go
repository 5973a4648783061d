package widget

import "strings"

// CookieNames returns the names in a document.cookie string.
func CookieNames(cookie string) []string {
	var out []string
	for _, part := range strings.Split(cookie, ";") {
		name, _, _ := strings.Cut(strings.TrimSpace(part), "=")
		if name != "" {
			out = append(out, name)
		}
	}
	return out
}

// MatchAny reports whether name matches one of the patterns: an exact name, or a prefix followed by "*".
func MatchAny(patterns []string, name string) bool {
	for _, p := range patterns {
		if pre, ok := strings.CutSuffix(p, "*"); ok && strings.HasPrefix(name, pre) || p == name {
			return true
		}
	}
	return false
}

// DomainsOf returns the cookie attribute suffixes that address host and each parent domain ("" for the host-only
// cookie, then "; domain=example.com" and so on), so a cookie can be deleted whichever domain set it.
func DomainsOf(host string) []string {
	out := []string{""}
	if host == "" || strings.Trim(host, "0123456789.") == "" || strings.Contains(host, ":") {
		return out // an IP address has no parent domains
	}
	parts := strings.Split(host, ".")
	for i := 0; i < len(parts)-1; i++ {
		out = append(out, "; domain="+strings.Join(parts[i:], "."))
	}
	return out
}

// RegionOf returns the upper-case region subtag of a BCP 47 language tag ("fr-BE" -> "BE"), or "".
func RegionOf(tag string) string {
	parts := strings.FieldsFunc(tag, func(r rune) bool { return r == '-' || r == '_' })
	for _, p := range parts[min(1, len(parts)):] {
		if len(p) == 2 && isAlpha(p) {
			return upperASCII(p)
		}
	}
	return ""
}

func isAlpha(s string) bool {
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}
