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

// Citations of the surface checks.
const (
	citeSurface     = "GDPR Art. 7(1); EDPB Guidelines 05/2020 paras 104-108 (how consent was collected)"
	citeInPlace     = "GDPR Art. 4(11), Art. 7(2) (a specific, distinguishable request); EDPB Guidelines 05/2020 §3.2"
	citeFormControl = "ePrivacy Directive 2002/58/EC Art. 13(2) and UK PECR r22(3)(c) (refusal offered at collection); GDPR Recital 32"
)

// ValidateUI checks what was measured where a choice was made and returns every finding (an empty, non-nil
// slice when it passes). What a measurement must prove depends on its surface (m.Where()):
//
//   - banner: the accept and reject buttons are on the first layer ("reject_not_on_first_layer" when the
//     layer is not 1) and reject is as prominent as accept (below);
//   - preferences (layer 2, else "ui_layer_mismatch"): the layer's own reject all is as prominent as its
//     accept all, so that refusing or withdrawing there is as easy as accepting; when the visitor came
//     through the banner, FirstLayer proves that banner too (below, fields prefixed "first_layer."), and a
//     banner without a reject button is "reject_not_on_first_layer". Preferences opened directly (the reopen
//     control on a later visit) have no FirstLayer and rest on their own equal prominence;
//   - placeholder and form (layer 0, else "ui_layer_mismatch"): the one control, in Accept, has a visible size
//     ("control_not_visible") and a readable label (contrast, a warning); they have no reject
//     ("ui_unexpected_reject" if one is given); a FirstLayer, when given, is checked as for the preferences;
//   - any other surface: "unknown_surface".
//
// Equal prominence: the reject button is visible ("reject_not_visible") and as prominent as the accept button
// within MinAreaRatio, MaxFontSizeGap and MaxFontWeightGap ("reject_not_equal_prominence"); each label reaches
// MinContrast against its button ("low_contrast": an error for reject, a warning for accept); and reject is a
// button, not a text link ("reject_is_link" when Kind says "link"; "reject_looks_like_link", a warning, when
// Kind is unknown and reject has no background while accept has one). A banner surface given a FirstLayer is
// "ui_unexpected_first_layer": the banner is the first layer.
func ValidateUI(m UIMeasurement) []Finding {
	var fs findings
	where := m.Where()
	switch where {
	case SurfaceBanner:
		if m.Layer != 1 {
			fs.err(CodeRejectNotOnFirstLayer, "layer", "accept and reject must both be on the first layer (layer "+strconv.Itoa(m.Layer)+" measured)", citeSameLayer)
		}
		fs.prominence("", m.Accept, m.Reject)
	case SurfacePreferences:
		fs.layer(m.Layer, 2, where)
		fs.prominence("", m.Accept, m.Reject)
	case SurfacePlaceholder, SurfaceForm:
		fs.layer(m.Layer, 0, where)
		fs.control(where, m.Accept)
		if m.Reject != (Box{}) {
			fs.err(CodeUIUnexpectedReject, "reject", "a "+where+" has no reject button; leave reject out", citeSurface)
		}
	default:
		fs.err(CodeUnknownSurface, "surface", "unknown surface "+quote(m.Surface)+"; want one of banner, preferences, placeholder, form", citeSurface)
	}
	switch {
	case m.FirstLayer == nil:
	case where == SurfaceBanner:
		fs.err(CodeUIUnexpectedFirstLayer, "first_layer", "a banner record is the first layer; first_layer is for choices made elsewhere after it", citeSurface)
	default:
		if fl := m.FirstLayer; fl.Reject.Width > 0 && fl.Reject.Height > 0 {
			fs.prominence("first_layer.", fl.Accept, fl.Reject)
		} else {
			fs.err(CodeRejectNotOnFirstLayer, "first_layer.reject", "the banner the visitor was shown had no visible reject button beside accept", citeSameLayer)
			fs.contrast("first_layer.accept", fl.Accept, SeverityWarning)
		}
	}
	return fs.list()
}

// layer checks that a surface was measured on its layer.
func (fs *findings) layer(got, want int, surface string) {
	if got != want {
		fs.err(CodeUILayerMismatch, "layer", "a "+surface+" is layer "+strconv.Itoa(want)+" (layer "+strconv.Itoa(got)+" measured)", citeSurface)
	}
}

// control checks the one control of a placeholder or a form: visible, with a readable label.
func (fs *findings) control(surface string, b Box) {
	cite := citeInPlace
	if surface == SurfaceForm {
		cite = citeFormControl
	}
	if !(b.Width > 0 && b.Height > 0) {
		fs.err(CodeControlNotVisible, "accept", "the "+surface+"'s control has no visible size", cite)
		return
	}
	fs.contrast("accept", b, SeverityWarning)
}

// prominence checks that reject r is visible and as prominent as accept a, and readable; fields are prefixed
// with prefix ("" or "first_layer.").
func (fs *findings) prominence(prefix string, a, r Box) {
	if !(r.Width > 0 && r.Height > 0 && r.FontSize > 0) {
		fs.err(CodeRejectNotVisible, prefix+"reject", "the reject button has no visible size", citeProminence)
	} else if a.Width > 0 && a.Height > 0 {
		if r.Width*r.Height < MinAreaRatio*a.Width*a.Height {
			fs.err(CodeRejectNotEqualProminence, prefix+"reject.width", "the reject button is "+pct(r.Width*r.Height/(a.Width*a.Height))+
				" of the accept button's area; at least "+pct(MinAreaRatio)+" is required", citeProminence)
		}
		if r.FontSize < a.FontSize-MaxFontSizeGap {
			fs.err(CodeRejectNotEqualProminence, prefix+"reject.font_size", "the reject label is "+num(r.FontSize)+"px against "+
				num(a.FontSize)+"px for accept", citeProminence)
		}
		if r.FontWeight < a.FontWeight-MaxFontWeightGap {
			fs.err(CodeRejectNotEqualProminence, prefix+"reject.font_weight", "the reject label's weight is "+strconv.Itoa(r.FontWeight)+
				" against "+strconv.Itoa(a.FontWeight)+" for accept", citeProminence)
		}
	}
	fs.contrast(prefix+"reject", r, SeverityError)
	fs.contrast(prefix+"accept", a, SeverityWarning)
	switch {
	case r.Kind == "link":
		fs.err(CodeRejectIsLink, prefix+"reject.kind", "reject must be a button, not a link in the text", citeLink)
	case r.Kind == "" && isTransparent(r.Background) && !isTransparent(a.Background):
		fs.warn(CodeRejectLooksLikeLink, prefix+"reject.background", "reject has no background while accept has one: it reads as a text link", citeLink)
	}
}

// contrast checks one box's label colour against its background.
func (fs *findings) contrast(name string, b Box, severity string) {
	fg, okFg := parseColor(b.Color)
	bg, okBg := parseColor(b.Background)
	switch {
	case !okFg:
		fs.warn(CodeUnparseableColor, name+".color", "cannot read colour "+quote(b.Color), citeContrast)
	case !okBg:
		fs.warn(CodeUnparseableColor, name+".background", "cannot read colour "+quote(b.Background), citeContrast)
	case bg.a < 1:
		fs.warn(CodeContrastUnmeasured, name+".background", "the background is not opaque, so the contrast depends on the page behind it", citeContrast)
	default:
		if ratio := contrastRatio(fg.over(bg), bg); ratio < MinContrast {
			f := Finding{Code: CodeLowContrast, Severity: severity, Field: name + ".color", Cite: citeContrast,
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
