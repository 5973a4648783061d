package widget

import "github.com/assent-dev/assent/rules"

// Theme variables: the CSS custom properties a site sets on #assent-root (see CSS) whose colours CheckTheme
// checks.
const (
	VarBg       = "--assent-bg"        // the layers' background
	VarFg       = "--assent-fg"        // their text
	VarMuted    = "--assent-muted"     // secondary text (descriptions, "always on")
	VarAccent   = "--assent-accent"    // the buttons' background, links and focus rings
	VarAccentFg = "--assent-accent-fg" // the buttons' labels ("Accept all", "Reject all", ...)
)

// themePair is one text colour checked against the colour it is read on.
type themePair struct {
	fg, bg   string // variables
	severity string // error when the ledger would refuse records made with it
	what     string
}

// themePairs are checked in this order; a replaced variable is used by the pairs after it (the accent fixed for
// links is the background its label is then checked on).
var themePairs = []themePair{
	{VarFg, VarBg, rules.SeverityWarning, "text"},
	{VarMuted, VarBg, rules.SeverityWarning, "secondary text"},
	{VarAccent, VarBg, rules.SeverityWarning, "links"},
	{VarAccentFg, VarAccent, rules.SeverityError, "button labels (the ledger refuses records whose reject label is under 4.5:1)"},
}

// ThemeDefaults returns the colours the widget's stylesheet uses for a variable the site does not set, in the
// light or the dark colour scheme (prefers-color-scheme).
func ThemeDefaults(dark bool) map[string]string {
	if dark {
		return map[string]string{VarBg: "#1d1e22", VarFg: "#f2f2f4", VarMuted: "#c4c4cc", VarAccent: "#8ab4f8", VarAccentFg: "#0b1220"}
	}
	return map[string]string{VarBg: "#ffffff", VarFg: "#1b1b1f", VarMuted: "#4b4b55", VarAccent: "#1a56db", VarAccentFg: "#ffffff"}
}

// themeTarget is the contrast CheckTheme's replacements reach: rules.MinContrast with a margin, so that
// sub-pixel anti-aliasing and rounding in computed styles never bring a label under it.
const themeTarget = rules.MinContrast + 0.1

// CheckTheme checks a site's theme colours before the widget shows anything, so that a theme cannot make the
// ledger refuse every record (a reject label under rules.MinContrast against its button is "low_contrast",
// an error, in rules.ValidateUI) or leave the banner's text unreadable.
//
// vars maps theme variables (VarBg, VarFg, VarMuted, VarAccent, VarAccentFg) to the colours the page gives
// them, as computed styles give colours ("#rrggbb", "rgb()", "rgba()"; resolve named colours first, e.g. by
// reading the computed color of an element styled with the variable); a variable that is missing or "" is
// ThemeDefaults(dark). Each text colour is checked against the colour it is read on: --assent-fg and
// --assent-muted on --assent-bg, --assent-accent (links) on --assent-bg, and --assent-accent-fg (the button
// labels) on --assent-accent.
//
// fixed holds an accessible replacement for every variable whose contrast is under rules.MinContrast: the
// site's colour moved towards black or white, whichever reads better on the background, just far enough to
// reach 4.6:1, so the brand colour stays recognisable. Set them on #assent-root (style.setProperty) to apply
// them. problems lists one finding per replaced variable (Field is the variable, Code "low_contrast";
// SeverityError for --assent-accent-fg, whose contrast decides whether records are accepted, else
// SeverityWarning) and per colour that cannot be read ("unparseable_color", "contrast_unmeasured" for a
// translucent background, a warning, and then no replacement). Both are empty, not nil, for a good theme.
func CheckTheme(vars map[string]string, dark bool) (fixed map[string]string, problems []rules.Finding) {
	fixed, problems = map[string]string{}, []rules.Finding{}
	cur := ThemeDefaults(dark)
	for k := range cur {
		if v := trimSpace(vars[k]); v != "" {
			cur[k] = v
		}
	}
	bad := map[string]bool{}
	for _, p := range themePairs {
		fg, bg := cur[p.fg], cur[p.bg]
		bgHex, ok := rules.HexColor(bg, "")
		switch {
		case bad[p.fg] || bad[p.bg]:
			continue
		case !ok:
			bad[p.bg] = true
			problems = append(problems, themeFinding(rules.CodeUnparseableColor, p.bg, "cannot read "+p.bg+": "+quoteCSS(bg)))
			continue
		case len(bgHex) != 7:
			bad[p.bg] = true
			problems = append(problems, themeFinding(rules.CodeContrastUnmeasured, p.bg, p.bg+" "+quoteCSS(bg)+
				" is not opaque, so the contrast on it depends on the page behind it"))
			continue
		}
		fgHex, ok := rules.HexColor(fg, bgHex)
		if !ok {
			bad[p.fg] = true
			problems = append(problems, themeFinding(rules.CodeUnparseableColor, p.fg, "cannot read "+p.fg+": "+quoteCSS(fg)))
			continue
		}
		ratio, _ := rules.ContrastRatio(fgHex, bgHex)
		if ratio >= rules.MinContrast {
			continue
		}
		repl := readableOn(fgHex, bgHex)
		cur[p.fg], fixed[p.fg] = repl, repl
		problems = append(problems, rules.Finding{Code: rules.CodeLowContrast, Severity: p.severity, Field: p.fg,
			Cite: "WCAG 2.2 SC 1.4.3; EDPB Cookie Banner Taskforce report (17 Jan 2023) paras 17-18",
			Message: p.fg + " " + quoteCSS(fg) + " on " + p.bg + " " + quoteCSS(bg) + " (" + p.what + ") has a contrast of " +
				ratioText(ratio) + ":1, under 4.5:1; the widget uses " + repl + " (" + ratioText(contrast(repl, bgHex)) + ":1) instead"})
	}
	return fixed, problems
}

func themeFinding(code, field, msg string) rules.Finding {
	return rules.Finding{Code: code, Severity: rules.SeverityWarning, Field: field, Message: msg + "; its contrast is not checked",
		Cite: "WCAG 2.2 SC 1.4.3"}
}

// readableOn returns fg ("#rrggbb") mixed with black or white, whichever contrasts more with bg, by the least
// amount (to 1/64) that reaches themeTarget on bg. Pure black or white reaches at least 4.58:1 on any colour.
func readableOn(fg, bg string) string {
	end := [3]float64{}
	if contrast("#ffffff", bg) > contrast("#000000", bg) {
		end = [3]float64{255, 255, 255}
	}
	from := hexRGB(fg)
	lo, hi := 0, 64 // mixing hi/64 of end reaches the target; lo/64 does not
	for hi-lo > 1 {
		mid := (lo + hi) / 2
		if contrast(mixRGB(from, end, mid), bg) >= themeTarget {
			hi = mid
		} else {
			lo = mid
		}
	}
	return mixRGB(from, end, hi)
}

func contrast(fg, bg string) float64 {
	r, _ := rules.ContrastRatio(fg, bg)
	return r
}

// hexRGB reads "#rrggbb" (as rules.HexColor writes it).
func hexRGB(h string) [3]float64 {
	var c [3]float64
	for i := range c {
		c[i] = float64(hexVal(h[1+2*i])<<4 | hexVal(h[2+2*i]))
	}
	return c
}

func hexVal(b byte) int {
	switch {
	case '0' <= b && b <= '9':
		return int(b - '0')
	case 'a' <= b && b <= 'f':
		return int(b-'a') + 10
	}
	return int(b-'A') + 10
}

// mixRGB returns a + (b-a)·n/64 as "#rrggbb".
func mixRGB(a, b [3]float64, n int) string {
	const digits = "0123456789abcdef"
	out := []byte{'#'}
	for i := range a {
		v := int(a[i] + (b[i]-a[i])*float64(n)/64 + 0.5)
		v = max(0, min(255, v))
		out = append(out, digits[v>>4], digits[v&15])
	}
	return string(out)
}

// ratioText writes a contrast ratio rounded down to two decimals ("4.48"), without strconv's float formatting.
func ratioText(r float64) string {
	n := int(r * 100)
	s := itoa(n / 100)
	if f := n % 100; f != 0 {
		s += "." + string(rune('0'+f/10))
		if f%10 != 0 {
			s += string(rune('0' + f%10))
		}
	}
	return s
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

func quoteCSS(s string) string { return `"` + s + `"` }

func trimSpace(s string) string {
	i, j := 0, len(s)
	for i < j && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	for j > i && (s[j-1] == ' ' || s[j-1] == '\t' || s[j-1] == '\n' || s[j-1] == '\r') {
		j--
	}
	return s[i:j]
}
