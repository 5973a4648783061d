package audit

import (
	_ "embed"
	"net"
	"path"
	"strings"
)

// Category is how the knowledge base classifies a cookie, a storage key or a request.
type Category string

// The categories. Only [StrictlyNecessary] may be used before the visitor chooses; [Functional] and [Unknown] are
// reported as warnings, [Analytics] and [Marketing] as violations.
const (
	StrictlyNecessary Category = "strictly_necessary"
	Functional        Category = "functional"
	Analytics         Category = "analytics"
	Marketing         Category = "marketing"
	Unknown           Category = "unknown"
)

// NonEssential reports whether c needs consent under ePrivacy Art 5(3) in every reading: analytics or marketing.
func (c Category) NonEssential() bool { return c == Analytics || c == Marketing }

//go:embed data/cookies.csv
var cookiesCSV string

//go:embed data/trackers.csv
var trackersCSV string

type kbEntry struct {
	pattern  string
	category Category
	vendor   string
}

var (
	cookieKB  = parseKB(cookiesCSV)
	trackerKB = parseKB(trackersCSV)
)

// parseKB reads the pattern,category,vendor lines of an embedded data file; # starts a comment line.
func parseKB(text string) []kbEntry {
	var out []kbEntry
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, ",", 3)
		if len(f) != 3 {
			panic("audit: malformed knowledge base line: " + line)
		}
		out = append(out, kbEntry{pattern: f[0], category: Category(f[1]), vendor: f[2]})
	}
	return out
}

// ClassifyName returns the category and vendor of a cookie name or a storage key, or [Unknown] and "".
// Exact names win over patterns; among patterns the first in the file wins.
func ClassifyName(name string) (Category, string) {
	for _, e := range cookieKB {
		if e.pattern == name {
			return e.category, e.vendor
		}
	}
	for _, e := range cookieKB {
		if strings.Contains(e.pattern, "*") {
			if ok, _ := path.Match(e.pattern, name); ok {
				return e.category, e.vendor
			}
		}
	}
	return Unknown, ""
}

// ClassifyHost returns the category and vendor of a request host from the tracker list, or [Unknown] and "".
func ClassifyHost(host string) (Category, string) {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	for _, e := range trackerKB {
		if host == e.pattern || strings.HasSuffix(host, "."+e.pattern) {
			return e.category, e.vendor
		}
	}
	return Unknown, ""
}

// twoLevelSuffixes are public suffixes of two labels common on European sites; a full public suffix list is not
// shipped, so other multi-label suffixes are treated as one label (documented limit).
var twoLevelSuffixes = map[string]bool{
	"co.uk": true, "org.uk": true, "ac.uk": true, "gov.uk": true, "me.uk": true, "ltd.uk": true, "plc.uk": true,
	"com.au": true, "net.au": true, "org.au": true, "co.nz": true, "co.jp": true, "co.za": true, "com.br": true,
	"com.tr": true, "com.mx": true, "co.in": true, "com.pl": true, "com.es": true, "com.pt": true, "co.at": true,
	"or.at": true, "gv.at": true, "com.gr": true, "com.cy": true, "com.mt": true, "co.il": true, "com.cn": true,
}

// siteOf returns the registrable domain of host (its "site" for first/third-party decisions); an IP address is
// its own site.
func siteOf(host string) string {
	host = strings.TrimSuffix(strings.ToLower(host), ".")
	if net.ParseIP(strings.Trim(host, "[]")) != nil || !strings.Contains(host, ".") {
		return host
	}
	labels := strings.Split(host, ".")
	n := 2
	if len(labels) >= 3 && twoLevelSuffixes[strings.Join(labels[len(labels)-2:], ".")] {
		n = 3
	}
	if len(labels) <= n {
		return host
	}
	return strings.Join(labels[len(labels)-n:], ".")
}
