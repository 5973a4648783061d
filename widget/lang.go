package widget

import "strings"

// MatchLanguage chooses the language the widget shows, from the site config's languages (configured, in the
// site's order of preference). It looks for the best configured match of the page's <html lang> first, then of
// each of navigator.languages in order; the first of these that matches anything decides, so the page's language
// beats the browser's. Matching is case-insensitive BCP 47 ("_" is read as "-"): an identical tag is best, then a
// configured tag that the wanted one extends (de-AT-1996 -> de-AT -> de), then any configured tag of the same base
// language (de -> de-CH, pt-PT -> pt-BR); "no" and "nn" count as nb. Equally good matches go to the one configured
// first. Empty, "*", "und" and private-use tags ask for nothing.
//
// Blank configured entries are ignored. When configured has none left, the widget's own catalog (Languages) takes
// its place. When nothing matches, the result
// is the first configured language, else "en". The result is the configured tag as written in the config.
func MatchLanguage(configured []string, htmlLang string, navigator []string) string {
	have := make([]string, 0, len(configured))
	for _, c := range configured {
		if strings.TrimSpace(c) != "" {
			have = append(have, c)
		}
	}
	fromConfig := len(have) > 0
	if !fromConfig {
		have = Languages()
	}
	at := func(i int) string { return have[i] }
	if i := bestMatch(len(have), at, htmlLang); i >= 0 {
		return have[i]
	}
	for _, n := range navigator {
		if i := bestMatch(len(have), at, n); i >= 0 {
			return have[i]
		}
	}
	if fromConfig {
		return have[0]
	}
	return "en"
}

// Localized picks the text for lang from a per-language config text (a label or description given as a map from
// language tag to text; a plain-string label is stored under the "" key). It takes, in order: the text of the tag
// lang itself, of a tag lang extends or of the same base language (as MatchLanguage matches), of English, of the
// "" key, and finally the first text in sorted key order, so the choice never depends on map order. Empty texts
// count as missing. A nil or empty map gives "".
func Localized(m map[string]string, lang string) string {
	if v := m[lang]; v != "" && lang != "" {
		return v
	}
	keys := make([]string, 0, len(m))
	for k, v := range m {
		if v != "" {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return ""
	}
	for i := 1; i < len(keys); i++ { // insertion sort: a handful of languages, and no package sort in the wasm
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j-1], keys[j] = keys[j], keys[j-1]
		}
	}
	at := func(i int) string { return keys[i] }
	if i := bestMatch(len(keys), at, lang); i >= 0 {
		return m[keys[i]]
	}
	if i := bestMatch(len(keys), at, "en"); i >= 0 {
		return m[keys[i]]
	}
	if v := m[""]; v != "" {
		return v
	}
	return m[keys[0]]
}

// bestMatch returns the index of the best of n tags (tag(i) gives the i-th) for the wanted tag, or -1 when none
// matches it or want asks for nothing. Ties go to the lowest index.
func bestMatch(n int, tag func(int) string, want string) int {
	w := normTag(want)
	if !meaningful(w) {
		return -1
	}
	best, bestScore := -1, 0
	for i := 0; i < n; i++ {
		if s := matchScore(normTag(tag(i)), w); s > bestScore {
			best, bestScore = i, s
		}
	}
	return best
}

// Match scores: higher is better; 0 is no match.
const (
	scoreBase   = 1000 // same base language (after aliases)
	scorePrefix = 2000 // have is want with trailing subtags removed (plus the length of have)
	scoreAlias  = 3000 // equal after aliases (no-NO = nb-NO)
	scoreExact  = 4000 // equal
)

// matchScore scores a normalized available tag against a normalized wanted one.
func matchScore(have, want string) int {
	if !meaningful(have) {
		return 0
	}
	if have == want {
		return scoreExact
	}
	h, w := canonTag(have), canonTag(want)
	switch {
	case h == w:
		return scoreAlias
	case strings.HasPrefix(w, h+"-"):
		return scorePrefix + len(h)
	case baseOf(h) == baseOf(w):
		return scoreBase
	}
	return 0
}

// normTag lower-cases a tag, trims spaces and reads "_" as "-".
func normTag(t string) string {
	return strings.ReplaceAll(lowerASCII(strings.TrimSpace(t)), "_", "-")
}

// canonTag replaces the base language of a normalized tag by the one the catalog uses ("no", "nn" -> "nb").
func canonTag(t string) string {
	b := baseOf(t)
	switch b {
	case "no", "nn":
		return "nb" + t[len(b):]
	}
	return t
}

// baseOf returns the primary language subtag of a normalized tag.
func baseOf(t string) string {
	if i := strings.IndexByte(t, '-'); i >= 0 {
		return t[:i]
	}
	return t
}

// meaningful reports whether a normalized tag names a language: its primary subtag is 2 to 8 ASCII letters and
// not "und" (so "", "*", "x-..." and "i-..." are not).
func meaningful(t string) bool {
	b := baseOf(t)
	if len(b) < 2 || len(b) > 8 || b == "und" {
		return false
	}
	for i := 0; i < len(b); i++ {
		if b[i] < 'a' || b[i] > 'z' {
			return false
		}
	}
	return true
}

// lowerASCII and upperASCII change the case of ASCII letters only. Language tags, region codes and purpose ids
// are ASCII; strings.ToLower would link Unicode's case tables into the wasm for nothing.
func lowerASCII(s string) string { return mapASCII(s, 'A', 'Z', 'a'-'A') }

func upperASCII(s string) string { return mapASCII(s, 'a', 'z', 'A'-'a') }

func mapASCII(s string, lo, hi byte, delta int) string {
	b := []byte(s)
	for i, c := range b {
		if lo <= c && c <= hi {
			b[i] = byte(int(c) + delta)
		}
	}
	return string(b)
}
