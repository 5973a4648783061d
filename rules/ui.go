package rules

import (
	"math"
	"strconv"
)

// Equal-prominence tolerances used by ValidateUI. The EDPB Cookie Banner Taskforce does not publish numbers,
// so these encode "the same size, font and legibility" (CNIL) as measurable limits that allow for sub-pixel
// layout differences and different label lengths, never for a visibly weaker reject button:
const (
	// MinAreaRatio: the reject button's area (width × height) is at least 90% of the accept button's.
	MinAreaRatio = 0.9
	// MaxFontSizeGap: the reject label's font size is at most 1 CSS pixel smaller.
	MaxFontSizeGap = 1.0
	// MaxFontWeightGap: the reject label's font weight is at most 100 lighter (one step, e.g. 600 vs 700).
	MaxFontWeightGap = 100
	// MinContrast: WCAG 2.x success criterion 1.4.3 (AA) contrast of each label against its button, applied
	// to every size of text (stricter than WCAG's 3:1 for large text, and simpler to check).
	MinContrast = 4.5
)

// Citations used by the UI checks.
const (
	citeSameLayer  = "EDPB Cookie Banner Taskforce report (17 Jan 2023) para 8; CNIL Délibération 2020-092; OLG Köln 6 U 80/23"
	citeProminence = "EDPB Cookie Banner Taskforce report (17 Jan 2023) paras 17-18; CNIL Délibération 2020-092 (same size, font and legibility); GDPR Art. 7(3)"
	citeLink       = "EDPB Cookie Banner Taskforce report (17 Jan 2023) para 14"
	citeContrast   = "WCAG 2.2 SC 1.4.3; EDPB Cookie Banner Taskforce report (17 Jan 2023) paras 17-18"
)

// ValidateUI checks a measured banner and returns every finding (an empty, non-nil slice when it passes):
// the accept and reject buttons are on the same, first layer ("reject_not_on_first_layer"); the reject
// button is visible ("reject_not_visible") and as prominent as the accept button within MinAreaRatio,
// MaxFontSizeGap and MaxFontWeightGap ("reject_not_equal_prominence"); each label reaches MinContrast against
// its button ("low_contrast": an error for reject, a warning for accept); and reject is a button, not a text
// link ("reject_is_link" when Kind says "link"; "reject_looks_like_link", a warning, when Kind is unknown and
// reject has no background while accept has one).
func ValidateUI(m UIMeasurement) []Finding {
	var fs findings
	if m.Layer != 1 {
		fs.err("reject_not_on_first_layer", "layer", "accept and reject must both be on the first layer (layer "+strconv.Itoa(m.Layer)+" measured)", citeSameLayer)
	}
	a, r := m.Accept, m.Reject
	if !(r.Width > 0 && r.Height > 0 && r.FontSize > 0) {
		fs.err("reject_not_visible", "reject", "the reject button has no visible size", citeProminence)
	} else if a.Width > 0 && a.Height > 0 {
		if r.Width*r.Height < MinAreaRatio*a.Width*a.Height {
			fs.err("reject_not_equal_prominence", "reject.width", "the reject button is "+pct(r.Width*r.Height/(a.Width*a.Height))+
				" of the accept button's area; at least "+pct(MinAreaRatio)+" is required", citeProminence)
		}
		if r.FontSize < a.FontSize-MaxFontSizeGap {
			fs.err("reject_not_equal_prominence", "reject.font_size", "the reject label is "+num(r.FontSize)+"px against "+
				num(a.FontSize)+"px for accept", citeProminence)
		}
		if r.FontWeight < a.FontWeight-MaxFontWeightGap {
			fs.err("reject_not_equal_prominence", "reject.font_weight", "the reject label's weight is "+strconv.Itoa(r.FontWeight)+
				" against "+strconv.Itoa(a.FontWeight)+" for accept", citeProminence)
		}
	}
	fs.contrast("reject", r, SeverityError)
	fs.contrast("accept", a, SeverityWarning)
	switch {
	case r.Kind == "link":
		fs.err("reject_is_link", "reject.kind", "reject must be a button, not a link in the text", citeLink)
	case r.Kind == "" && isTransparent(r.Background) && !isTransparent(a.Background):
		fs.warn("reject_looks_like_link", "reject.background", "reject has no background while accept has one: it reads as a text link", citeLink)
	}
	return fs.list()
}

// contrast checks one box's label colour against its background.
func (fs *findings) contrast(name string, b Box, severity string) {
	fg, okFg := parseColor(b.Color)
	bg, okBg := parseColor(b.Background)
	switch {
	case !okFg:
		fs.warn("unparseable_color", name+".color", "cannot read colour "+quote(b.Color), citeContrast)
	case !okBg:
		fs.warn("unparseable_color", name+".background", "cannot read colour "+quote(b.Background), citeContrast)
	case bg.a < 1:
		fs.warn("contrast_unmeasured", name+".background", "the background is not opaque, so the contrast depends on the page behind it", citeContrast)
	default:
		if ratio := contrastRatio(fg.over(bg), bg); ratio < MinContrast {
			f := Finding{Code: "low_contrast", Severity: severity, Field: name + ".color", Cite: citeContrast,
				Message: "the " + name + " label's contrast is " + strconv.FormatFloat(math.Floor(ratio*100)/100, 'f', -1, 64) +
					":1; at least 4.5:1 is required"}
			*fs = append(*fs, f)
		}
	}
}

func isTransparent(s string) bool {
	c, ok := parseColor(s)
	return ok && c.a == 0
}

func pct(x float64) string { return strconv.Itoa(int(math.Round(x*100))) + "%" }
func num(x float64) string { return strconv.FormatFloat(x, 'f', -1, 64) }
